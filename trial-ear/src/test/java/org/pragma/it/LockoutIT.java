package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Five wrong passwords in a row lock an account until an admin unlocks it (or 15 minutes pass). */
@ExtendWith(ArquillianExtension.class)
class LockoutIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void fiveWrongPasswordsLockTheAccountAndAnAdminUnlocksIt() {
    ItUsers.User user = ItUsers.create(base, "COORDINATOR");
    Http anonymous = Http.anonymous(base);
    for (int i = 0; i < 5; i++) {
      assertThat(anonymous.postJson("api/auth/token", Http.credentials(user.username(), "wrong password " + i)).statusCode())
          .isEqualTo(401);
    }

    HttpResponse<String> rightButLocked = anonymous.postJson("api/auth/token", Http.credentials(user.username(), user.password()));
    Http admin = ItUsers.admin(base);
    String state = admin.get("api/users/" + user.username()).body();
    HttpResponse<String> unlock =
        admin.putJson(
            "api/users/" + user.username(),
            "{\"fullName\":\"Test COORDINATOR\",\"roles\":[\"COORDINATOR\"],\"sites\":[],"
                + "\"active\":true,\"unlock\":true,\"reason\":\"Identity confirmed by phone\"}");

    assertThat(rightButLocked.statusCode()).isEqualTo(401);
    assertThat(state).contains("\"locked\":true");
    assertThat(unlock.statusCode()).isEqualTo(200);
    assertThat(unlock.body()).contains("\"locked\":false");
    assertThat(user.http().get("api/account").statusCode()).isEqualTo(200);
    assertThat(admin.get("api/audit?entity=user&entityId=" + user.username()).body())
        .contains("\"field\":\"lockedUntil\"", "5 wrong passwords in a row", "Identity confirmed by phone");
  }

  @Test
  void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
    ItUsers.User user = ItUsers.create(base, "INVESTIGATOR");
    Http http = user.http();

    HttpResponse<String> wrong = http.putJson("api/account/password", "{\"currentPassword\":\"nope\",\"newPassword\":\"a brand new passphrase\"}");
    HttpResponse<String> weak = http.putJson("api/account/password", "{\"currentPassword\":\"" + user.password() + "\",\"newPassword\":\"short\"}");
    HttpResponse<String> changed =
        http.putJson("api/account/password", "{\"currentPassword\":\"" + user.password() + "\",\"newPassword\":\"a brand new passphrase\"}");

    assertThat(wrong.statusCode()).isEqualTo(422);
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(weak.body()).contains("weak-password");
    assertThat(changed.statusCode()).isEqualTo(204);
    assertThat(Http.basic(base, user.username(), "a brand new passphrase").get("api/account").statusCode()).isEqualTo(200);
    assertThat(Http.basic(base, user.username(), user.password()).get("api/account").statusCode()).isEqualTo(401);
  }
}
