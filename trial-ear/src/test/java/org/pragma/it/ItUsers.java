package org.pragma.it;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Users for black-box tests. The first admin exists because failsafe passes
 * {@code PRAGMA_ADMIN_PASSWORD} to the server (and {@code pragma.admin.password} to the tests);
 * every other user is created through {@code POST /api/users} with a fresh name per test, so tests
 * never share an account's lock-out state.
 *
 * <pre>
 * Http admin = ItUsers.admin(base);
 * ItUsers.User coordinator = ItUsers.create(base, "COORDINATOR", study + "/S1"); // a registered site
 * coordinator.http().get("api/studies");
 * </pre>
 */
public final class ItUsers {
  public static final String PASSWORD = "correct horse battery staple";
  /** The password an admin gives a new user; it serves only to choose their own ({@link #PASSWORD}). */
  public static final String ONE_TIME_PASSWORD = "one-time password from the admin";

  /** A test user: its name, password and an API client signed in as it. */
  public record User(String username, String password, URL base) {
    public Http http() {
      return Http.bearer(base, username, password);
    }
  }

  private ItUsers() {}

  public static String adminPassword() {
    String p = System.getProperty("pragma.admin.password");
    if (p == null || p.isBlank()) {
      throw new IllegalStateException("failsafe must pass pragma.admin.password (the server's PRAGMA_ADMIN_PASSWORD)");
    }
    return p;
  }

  public static Http admin(URL base) {
    return Http.bearer(base, "admin", adminPassword());
  }

  /**
   * A new user with one role and the given registered sites ("STUDY/SITE"), who has replaced the
   * admin's one-time password with their own ({@link #PASSWORD}), as every user must before working.
   */
  public static User create(URL base, String role, String... sites) {
    return chooseOwnPassword(base, createWithOneTimePassword(base, role, sites).username());
  }

  /** A user an admin created with {@link #ONE_TIME_PASSWORD} replaces it with {@link #PASSWORD}, as at a first sign-in. */
  public static User chooseOwnPassword(URL base, String username) {
    HttpResponse<String> changed = Http.basic(base, username, ONE_TIME_PASSWORD).putJson("api/account/password",
        "{\"currentPassword\":\"" + ONE_TIME_PASSWORD + "\",\"newPassword\":\"" + PASSWORD + "\"}");
    if (changed.statusCode() != 204) {
      throw new IllegalStateException("Could not choose a password for " + username + ": " + changed.statusCode() + " " + changed.body());
    }
    return new User(username, PASSWORD, base);
  }

  /** A new user as an admin creates them: signed in with {@link #ONE_TIME_PASSWORD}, they may only choose their own. */
  public static User createWithOneTimePassword(URL base, String role, String... sites) {
    String username = role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
    String siteJson =
        Arrays.stream(sites)
            .map(s -> s.split("/"))
            .map(s -> "{\"study\":\"" + s[0] + "\",\"site\":\"" + s[1] + "\"}")
            .collect(Collectors.joining(","));
    HttpResponse<String> r =
        admin(base)
            .postJson(
                "api/users",
                "{\"username\":\"" + username + "\",\"fullName\":\"Test " + role + "\",\"password\":\"" + ONE_TIME_PASSWORD
                    + "\",\"roles\":[\"" + role + "\"],\"sites\":[" + siteJson + "]}");
    if (r.statusCode() != 201) {
      throw new IllegalStateException("Could not create " + username + ": " + r.statusCode() + " " + r.body());
    }
    return new User(username, ONE_TIME_PASSWORD, base);
  }
}
