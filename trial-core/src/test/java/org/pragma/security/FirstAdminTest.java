package org.pragma.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The first admin when two servers of one deployment group start together on an empty database. */
class FirstAdminTest {
  /** The user service as the second server sees it: its insert collides with the first server's admin. */
  static final class CollidingUsers extends UserService {
    final List<String> calls = new ArrayList<>();
    boolean adminExists;

    @Override
    public boolean createFirstAdmin(String username, String password, boolean oneTime) {
      calls.add(username);
      if (adminExists) {
        return false;
      }
      adminExists = true;
      throw new EJBException("duplicate key value violates unique constraint \"app_user_username_unique\"");
    }
  }

  @Test
  void aServerWhoseAdminCollidesWithAnotherServersStartsAndFindsTheAdminMade() {
    CollidingUsers users = new CollidingUsers();
    FirstAdmin first = firstAdmin(users);

    first.ensure();

    assertThat(users.calls).containsExactly("admin", "admin");
  }

  @Test
  void aFailureThatPersistsIsNotHidden() {
    UserService broken = new UserService() {
      @Override
      public boolean createFirstAdmin(String username, String password, boolean oneTime) {
        throw new EJBException("database unreachable");
      }
    };

    assertThatThrownBy(() -> firstAdmin(broken).ensure()).isInstanceOf(EJBException.class).hasMessageContaining("unreachable");
  }

  private static FirstAdmin firstAdmin(UserService users) {
    FirstAdmin first = new FirstAdmin();
    first.users = users;
    first.configuredPassword = Optional.of("a long enough first password 2026");
    return first;
  }
}
