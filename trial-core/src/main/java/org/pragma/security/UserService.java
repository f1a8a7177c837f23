package org.pragma.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.pragma.audit.Audit;
import org.pragma.audit.AuditSubject;
import org.pragma.audit.Changes;

/**
 * User accounts: admins create and change them (every change audited with its reason); anyone
 * may try a password ({@link #login}), which counts failures and locks the account per
 * {@link LoginPolicy}; every signed-in user may change their own password.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
@RolesAllowed(Roles.ADMIN)
public class UserService {
  private static final Logger LOG = Logger.getLogger(UserService.class.getName());

  @Inject Users users;
  @Inject Passwords passwords;
  @Inject LoginPolicy policy;
  @Inject Audit audit;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;
  @Inject SiteDirectory siteDirectory;
  @Resource SessionContext self;

  public UserAccount create(@NotNull @Valid NewUser request) {
    if (users.byUsername(request.username()).isPresent()) {
      throw new UsernameTakenException(request.username());
    }
    requireStrong(request.username(), request.password());
    requireRegistered(request.sites());
    requireRegisteredStudies(request.studies());
    UserAccount user = UserAccount.withOneTimePassword(
        request.username(), request.fullName(), passwords.hash(request.password()), request.roles(), clock.instant());
    user.assignSites(request.sites().stream().map(SiteRef::toAssignment).collect(Collectors.toSet()));
    user.assignStudies(request.studies());
    user.changeEmail(request.email());
    users.add(user);
    audit.created(subject(user), auditedState(user));
    LOG.info(() -> "Created user " + user.username() + " with roles " + user.roles());
    return user;
  }

  public UserAccount update(String username, @NotNull @Valid UserChange change) {
    UserAccount user = byUsername(username);
    requireRegistered(change.sites().stream().filter(s -> !user.sites().contains(s.toAssignment())).collect(Collectors.toSet()));
    requireRegisteredStudies(change.studies().stream().filter(s -> !user.studies().contains(s)).collect(Collectors.toSet()));
    Changes changes =
        Changes.of()
            .field("fullName", user.fullName(), change.fullName().strip())
            .field("email", user.email().orElse(null), change.email() == null || change.email().isBlank() ? null : change.email().strip())
            .field("roles", user.roles(), change.roles())
            .field("sites", user.sites(), sites(change))
            .field("studies", new java.util.TreeSet<>(user.studies()), new java.util.TreeSet<>(change.studies()))
            .field("active", user.active(), change.active());
    if (change.unlock() && user.lockedUntil().isPresent()) {
      changes.field("lockedUntil", user.lockedUntil(), null);
      user.unlock();
    }
    user.rename(change.fullName());
    user.changeEmail(change.email());
    user.assignRoles(change.roles());
    user.assignSites(sites(change));
    user.assignStudies(change.studies());
    user.setActive(change.active());
    audit.changed(subject(user), changes, change.reason());
    LOG.info(() -> "Changed user " + username);
    return user;
  }

  /**
   * An admin sets a new password for someone who lost theirs (§11.300(c)); it also unlocks. The
   * admin knows it, so it serves one sign-in only: the user must then choose their own.
   */
  public void resetPassword(String username, @NotNull String newPassword, String reason) {
    UserAccount user = byUsername(username);
    requireStrong(username, newPassword);
    audit.changed(subject(user), "password", "(set)", "(reset by admin)", reason);
    user.resetPassword(passwords.hash(newPassword), clock.instant());
    user.unlock();
  }

  public List<UserAccount> all() {
    return users.all();
  }

  public UserAccount byUsername(String username) {
    return users.byUsername(username).orElseThrow(() -> new UserNotFoundException(username));
  }

  /**
   * Checks a password; wrong ones count toward the lock-out, a right one resets the count. Runs in
   * its own transaction so that a failure is counted even when the caller's work is refused.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public LoginResult login(String username, String password) {
    UserAccount user = username == null ? null : users.byUsername(username).orElse(null);
    if (user == null || !user.active()) {
      passwords.spendTimeOnUnknownUser(password);
      return LoginResult.refused();
    }
    Instant now = clock.instant();
    if (user.isLocked(now)) {
      passwords.spendTimeOnUnknownUser(password);
      return LoginResult.locked();
    }
    if (!passwords.matches(password, user.passwordHash())) {
      Instant lockedBefore = user.lockedUntil().orElse(null);
      if (user.recordFailedLogin(now, policy)) {
        audit.changed(subject(user), "lockedUntil", lockedBefore, user.lockedUntil(), policy.maxFailures() + " wrong passwords in a row");
        LOG.warning(() -> "Locked user " + user.username() + " after " + policy.maxFailures() + " wrong passwords");
      } else {
        LOG.info(() -> "Wrong password for user " + user.username() + " (" + user.failedLogins() + " in a row)");
      }
      return LoginResult.refused();
    }
    if (user.failedLogins() > 0 || user.lockedUntil().isPresent()) {
      user.recordSuccessfulLogin();
    }
    return LoginResult.signedIn(user);
  }

  /** The caller a signed-in session stands for, while the account is active and unlocked. */
  @PermitAll
  public Optional<Caller> activeCaller(String username) {
    Instant now = clock.instant();
    return users.byUsername(username)
        .filter(u -> u.active() && !u.isLocked(now))
        .map(UserAccount::caller);
  }

  /**
   * The signed-in user replaces their own password, confirming the current one (the one-time
   * password an admin set, the first time). The new one must differ from the current one.
   */
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
  public void changeOwnPassword(String currentPassword, String newPassword) {
    String username = currentUser.name();
    if (self.getBusinessObject(UserService.class).login(username, currentPassword).signedInCaller().isEmpty()) {
      throw new WrongPasswordException();
    }
    requireStrong(username, newPassword);
    if (newPassword.equals(currentPassword)) {
      throw new WeakPasswordException(List.of("must differ from the current password"));
    }
    UserAccount user = byUsername(username);
    user.changePassword(passwords.hash(newPassword), clock.instant());
    audit.changed(subject(user), "password", "(set)", "(changed by its owner)", "Password change by its owner");
    LOG.info(() -> "User " + username + " changed their password");
  }

  /**
   * Creates the first admin when there is no account at all (first start); does nothing
   * otherwise. Returns whether an account was created. A generated (logged) password is one-time:
   * the admin chooses their own at the first sign-in; one from the environment was chosen already.
   */
  @PermitAll
  public boolean createFirstAdmin(String username, String password, boolean oneTime) {
    if (users.anyExists()) {
      return false;
    }
    requireStrong(username, password);
    UserAccount admin = oneTime
        ? UserAccount.withOneTimePassword(username, "Administrator", passwords.hash(password), Set.of(Role.ADMIN), clock.instant())
        : new UserAccount(username, "Administrator", passwords.hash(password), Set.of(Role.ADMIN), clock.instant());
    users.add(admin);
    audit.created(subject(admin), auditedState(admin));
    return true;
  }

  /**
   * Who to ask for access: the names and email addresses of the active administrators, for a user
   * who may see nothing yet.
   */
  @PermitAll
  public List<String> administrators() {
    return users.all().stream()
        .filter(u -> u.active() && u.roles().contains(Role.ADMIN))
        .map(u -> u.fullName() + " (" + u.username() + u.email().map(e -> ", " + e).orElse("") + ")")
        .sorted()
        .toList();
  }

  private void requireRegisteredStudies(Set<String> studies) {
    Set<String> unknown = studies.stream().filter(s -> !siteDirectory.isRegistered(s)).collect(Collectors.toSet());
    if (!unknown.isEmpty()) {
      throw new UnknownStudyException(unknown);
    }
  }

  private static Set<SiteAssignment> sites(UserChange change) {
    return change.sites().stream().map(SiteRef::toAssignment).collect(Collectors.toSet());
  }

  private void requireRegistered(Set<SiteRef> sites) {
    List<SiteRef> unknown = sites.stream().filter(s -> !siteDirectory.isRegistered(s.study(), s.site())).toList();
    if (!unknown.isEmpty()) {
      throw new UnknownSiteException(unknown);
    }
  }

  private static void requireStrong(String username, String password) {
    List<String> problems = PasswordPolicy.problems(username, password);
    if (!problems.isEmpty()) {
      throw new WeakPasswordException(problems);
    }
  }

  static AuditSubject subject(UserAccount user) {
    return AuditSubject.of("user", user.username());
  }

  private static Map<String, Object> auditedState(UserAccount user) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("username", user.username());
    state.put("fullName", user.fullName());
    state.put("roles", user.roles());
    state.put("sites", user.sites());
    state.put("studies", new java.util.TreeSet<>(user.studies()));
    state.put("active", user.active());
    return state;
  }
}
