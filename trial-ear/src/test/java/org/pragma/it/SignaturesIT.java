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

/** Electronic signatures over REST: the password again, a meaning, the hash; wrong passwords refused. */
@ExtendWith(ArquillianExtension.class)
class SignaturesIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  static String request(String password, String hash) {
    return "{\"password\":\"" + password + "\",\"meaning\":\"APPROVAL\",\"contentHash\":\"" + hash
        + "\",\"subject\":\"Randomization of TEST-STUDY\"}";
  }

  static String randomHash() {
    return (java.util.UUID.randomUUID().toString() + java.util.UUID.randomUUID()).replace("-", "").substring(0, 64);
  }

  @Test
  void signsWithTheRightPasswordAndShowsWhoWhenAndWhy() {
    ItUsers.User statistician = ItUsers.create(base, "STATISTICIAN");
    Http http = statistician.http();
    String hash = randomHash();

    HttpResponse<String> signed = http.postJson("api/signatures", request(statistician.password(), hash));
    HttpResponse<String> listed = http.get("api/signatures?contentHash=" + hash);

    assertThat(signed.statusCode()).isEqualTo(201);
    assertThat(listed.body())
        .contains("\"username\":\"" + statistician.username() + "\"", "\"fullName\":\"Test STATISTICIAN\"", "\"meaning\":\"APPROVAL\"", hash, "signedAt");
  }

  @Test
  void aWrongPasswordIsRefusedAndNothingIsSigned() {
    ItUsers.User coordinator = ItUsers.create(base, "COORDINATOR");
    Http http = coordinator.http();
    String hash = randomHash();

    HttpResponse<String> refused = http.postJson("api/signatures", request("not my password", hash));

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("urn:pragma:problem:wrong-password");
    assertThat(http.get("api/signatures?contentHash=" + hash).body()).isEqualTo("[]");
  }

  @Test
  void aMalformedSignatureRequestIsABadRequest() {
    Http http = ItUsers.create(base, "DATA_MANAGER").http();

    HttpResponse<String> r = http.postJson("api/signatures", "{\"password\":\"x\",\"meaning\":\"APPROVAL\",\"contentHash\":\"abc\"}");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("\"field\":\"contentHash\"", "\"field\":\"subject\"");
  }
}
