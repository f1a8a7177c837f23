package org.pragma.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start (no account at all) creates the user {@code admin} with the password from
 * {@code pragma.admin.password} (environment variable {@code PRAGMA_ADMIN_PASSWORD}). Without it, a
 * random one-time password is generated and written to the server log this one time; there is no
 * default password anywhere in the code. Each attempt runs in a transaction of its own (the bean's
 * start-up is not one), so a failed attempt does not doom the next.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class FirstAdmin {
  private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());
  public static final String USERNAME = "admin";
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  @Inject
  @ConfigProperty(name = "pragma.admin.password")
  Optional<String> configuredPassword;

  @EJB UserService users;

  @PostConstruct
  void ensure() {
    boolean generated = configuredPassword.filter(p -> !p.isBlank()).isEmpty();
    String password = generated ? oneTimePassword() : configuredPassword.get();
    if (!PasswordPolicy.problems(USERNAME, password).isEmpty()) {
      throw new IllegalStateException(
          "PRAGMA_ADMIN_PASSWORD is too weak: it " + String.join(", ", PasswordPolicy.problems(USERNAME, password)));
    }
    if (!createOnce(password, generated)) {
      return;
    }
    if (generated) {
      LOG.warning(
          "\n\n  First start: created user 'admin' with the one-time password  "
              + password
              + "\n  It is shown only this once and works only to choose your own at the first sign-in.\n"
              + "  (Set PRAGMA_ADMIN_PASSWORD before the first start to choose it instead.)\n");
    } else {
      LOG.info("First start: created user 'admin' with the password from PRAGMA_ADMIN_PASSWORD");
    }
  }

  /**
   * Creates the admin unless an account exists. Servers of one deployment group starting together
   * on an empty database may both find no account: the second one's insert then fails on the unique
   * username (its transaction rolls back whole) and, asked again, it finds the admin the first made.
   */
  boolean createOnce(String password, boolean generated) {
    try {
      return users.createFirstAdmin(USERNAME, password, generated);
    } catch (EJBException e) {
      LOG.info("Another server created the first account at the same moment; checking again");
      return users.createFirstAdmin(USERNAME, password, generated);
    }
  }

  static String oneTimePassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder p = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      p.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return p.toString();
  }
}
