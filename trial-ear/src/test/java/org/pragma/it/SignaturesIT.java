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

/**
 * Electronic signatures over REST. A signature is applied only by the action it signs, with a subject
 * the server derives; the list shows every signature to the all-site roles and each other user only
 * their own.
 */
@ExtendWith(ArquillianExtension.class)
class SignaturesIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void nobodyCanSignArbitraryContentWithASubjectOfTheirChoice() {
    ItUsers.User statistician = ItUsers.create(base, "STATISTICIAN");
    String lookAlike = "{\"password\":\"" + statistician.password() + "\",\"meaning\":\"APPROVAL\",\"contentHash\":\""
        + "a".repeat(64) + "\",\"subject\":\"Randomization of SPINE-CARE, wave 99\"}";

    HttpResponse<String> refused = statistician.http().postJson("api/signatures", lookAlike);

    assertThat(refused.statusCode()).isEqualTo(405);
    assertThat(statistician.http().get("api/signatures?contentHash=" + "a".repeat(64)).body()).isEqualTo("[]");
  }

  @Test
  void aRandomizationCommitIsSignedWithTheSubjectTheServerDerivesAndShownToWhoMayReviewIt() {
    Trials.Trial trial = Trials.spineCare(base);
    String subject = "Randomization of " + trial.study() + ", wave 1";
    Http dataManager = ItUsers.create(base, "DATA_MANAGER").http();
    Http coordinator = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + trial.arms().keySet().iterator().next()).http();
    Http investigator = ItUsers.create(base, "INVESTIGATOR", trial.study() + "/" + trial.arms().keySet().iterator().next()).http();

    HttpResponse<String> all = dataManager.get("api/signatures?max=1000");

    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(all.body()).contains(subject, "\"meaning\":\"APPROVAL\"", "signedAt", "\"fullName\":\"Test STATISTICIAN\"");
    assertThat(coordinator.get("api/signatures?max=1000").body()).isEqualTo("[]");
    assertThat(investigator.get("api/signatures?max=1000").body()).isEqualTo("[]");
  }
}
