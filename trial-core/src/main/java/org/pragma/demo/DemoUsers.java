package org.pragma.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.pragma.security.NewUser;
import org.pragma.security.Role;
import org.pragma.security.Roles;
import org.pragma.security.SiteRef;
import org.pragma.security.UserService;

/**
 * One demo user per role besides {@code admin}: a statistician, a data manager, a coordinator of two
 * demo clinics and an investigator of the demo study. Like the first admin's, their passwords are
 * random one-time passwords, written to the server log once when the accounts are created, and serve
 * only to choose one's own at the first sign-in. Accounts that already exist are left alone.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoUsers {
  private static final Logger LOG = Logger.getLogger(DemoUsers.class.getName());
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  @EJB UserService users;

  /** A created demo account and its one-time password. */
  public record Created(String username, Role role, String password) {}

  /**
   * Creates the demo accounts ({@code prefix} + demo-statistician, demo-data-manager, demo-coordinator
   * of {@code coordinatorSites}, demo-investigator of {@code study}) that do not exist yet and logs
   * their one-time passwords once.
   */
  public List<Created> create(String prefix, String study, List<String> coordinatorSites) {
    Map<String, NewUser> wanted = new LinkedHashMap<>();
    wanted.put("statistician", user(prefix + "demo-statistician", "Demo statistician (synthetic)", Role.STATISTICIAN, Set.of(), Set.of()));
    wanted.put("data-manager", user(prefix + "demo-data-manager", "Demo data manager (synthetic)", Role.DATA_MANAGER, Set.of(), Set.of()));
    wanted.put("coordinator", user(prefix + "demo-coordinator", "Demo coordinator (synthetic)", Role.COORDINATOR,
        Set.copyOf(coordinatorSites.stream().map(s -> new SiteRef(study, s)).toList()), Set.of()));
    wanted.put("investigator", user(prefix + "demo-investigator", "Demo investigator (synthetic)", Role.INVESTIGATOR, Set.of(), Set.of(study)));
    List<Created> created = new ArrayList<>();
    for (NewUser u : wanted.values()) {
      if (users.all().stream().noneMatch(a -> a.username().equals(u.username()))) {
        users.create(u);
        created.add(new Created(u.username(), u.roles().iterator().next(), u.password()));
      }
    }
    if (!created.isEmpty()) {
      StringBuilder log = new StringBuilder("\n\n  Demo users (synthetic), each with a one-time password shown only this once;"
          + "\n  at the first sign-in each chooses their own:\n");
      for (Created c : created) {
        log.append(String.format("    %-20s %-14s %s%n", c.username(), c.role().name().toLowerCase(java.util.Locale.ROOT)
            .replace('_', ' '), c.password()));
      }
      LOG.warning(log.toString());
    }
    return List.copyOf(created);
  }

  private static NewUser user(String username, String name, Role role, Set<SiteRef> sites, Set<String> studies) {
    return new NewUser(username, name, null, oneTimePassword(), Set.of(role), sites, studies);
  }

  static String oneTimePassword() {
    StringBuilder p = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      p.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return p.toString();
  }
}
