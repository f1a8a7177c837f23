package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Protocols and instruments over HTTP: the loaded studies, their protocol, uploads to validate, and scoring. */
@ExtendWith(ArquillianExtension.class)
class ProtocolsApiIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;
  Http http;

  @BeforeEach
  void client() {
    http = ItUsers.admin(base);
  }

  @Test
  void bothShippedStudiesAreLoadedAsStudiesWithoutErrors() {
    assertThat(http.get("api/studies").body()).contains("\"code\":\"SPINE-CARE\"", "\"code\":\"IMPACT-LBP\"", "NCT03083886");
    HttpResponse<String> status = http.get("api/protocols");
    assertThat(status.statusCode()).isEqualTo(200);
    assertThat(status.body()).contains("\"study\":\"SPINE-CARE\"", "\"valid\":true").contains("\"errors\":[]");
  }

  @Test
  void aStudysProtocolShowsItsArmsSchedulesAndEligibility() {
    HttpResponse<String> r = http.get("api/studies/SPINE-CARE/protocol");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("\"study\":\"SPINE-CARE\"", "\"registryId\":\"NCT03083886\"")
        .contains("\"code\":\"usual-care\"", "\"code\":\"ice\"", "\"code\":\"ipt\"")
        .contains("\"targetDay\":91", "\"targetDay\":365")
        .contains("\"kind\":\"inclusion\"", "\"kind\":\"exclusion\"");
    assertThat(http.get("api/studies/SPINE-CARE/protocol/versions").body()).contains("\"sequence\":1", "\"label\":");
  }

  @Test
  void aStudyWithoutAProtocolIsNotFound() {
    HttpResponse<String> r = http.get("api/studies/NO-SUCH-STUDY/protocol");

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("protocol-not-loaded");
  }

  @Test
  void aValidUploadedStudyFolderPasses() {
    HttpResponse<String> r = http.postZip("api/protocols/validate", ProtocolZips.studyFolder("spine-care"));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"valid\":true", "\"study\":\"SPINE-CARE\"");
  }

  @Test
  void anUploadWithAnUnknownKeyNamesTheFileLineAndColumn() {
    byte[] zip = ProtocolZips.studyFolder("spine-care", "study.yaml", s -> s.replaceFirst("\nsponsor:", "\nsponsr:"));

    HttpResponse<String> r = http.postZip("api/protocols/validate", zip);

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(r.body()).contains("invalid-protocol", "study.yaml", "\"line\":", "\"column\":", "sponsr");
  }

  @Test
  void anUploadThatIsNotAZipIsABadRequest() {
    HttpResponse<String> r = http.postZip("api/protocols/validate", "not a zip".getBytes());

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("unreadable-protocol-upload");
  }

  @Test
  void onlyAdminsAndStatisticiansMayReloadOrValidateAndAnonymousCallersMustSignIn() {
    Http coordinator = ItUsers.create(base, "COORDINATOR").http();

    assertThat(coordinator.postJson("api/protocols/reload", "").statusCode()).isEqualTo(403);
    assertThat(coordinator.postZip("api/protocols/validate", ProtocolZips.studyFolder("spine-care")).statusCode()).isEqualTo(403);
    assertThat(coordinator.postJson("api/instruments/NPRS/score", "{\"items\":{\"nprs1\":4}}").statusCode()).isEqualTo(200);
    assertThat(Http.anonymous(base).get("api/instruments").statusCode()).isEqualTo(401);
  }

  @Test
  void instrumentsAreListedWithTheirItems() {
    assertThat(http.get("api/instruments").body()).contains("\"code\":\"ODI\"", "\"code\":\"NDI\"", "\"code\":\"SBST\"", "\"code\":\"PROMIS-PI-6A\"");
    HttpResponse<String> odi = http.get("api/instruments/ODI");
    assertThat(odi.statusCode()).isEqualTo(200);
    assertThat(odi.body()).contains("\"code\":\"odi1\"", "\"code\":\"odi10\"", "percent-of-answered");
  }

  @Test
  void scoresAnOswestryResponseWithOneSectionUnanswered() {
    String items = "{\"items\":{\"odi1\":2,\"odi2\":1,\"odi3\":3,\"odi4\":0,\"odi5\":2,\"odi6\":1,\"odi7\":4,\"odi8\":null,\"odi9\":2,\"odi10\":3}}";

    HttpResponse<String> r = http.postJson("api/instruments/ODI/score", items);

    // 18 points of a possible 45 for the nine answered sections: 40.0 %
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"total\":18", "\"percent\":40", "\"itemsAnswered\":9");
  }

  @Test
  void scoresStartBackIntoARiskGroup() {
    String items = "{\"items\":{\"sbst1\":1,\"sbst2\":1,\"sbst3\":1,\"sbst4\":1,\"sbst5\":1,\"sbst6\":1,\"sbst7\":1,\"sbst8\":1,\"sbst9\":5}}";

    HttpResponse<String> r = http.postJson("api/instruments/SBST/score", items);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"total\":9", "\"riskGroup\":\"high\"");
  }

  @Test
  void invalidItemsAreUnprocessableAndEachIsNamed() {
    HttpResponse<String> r = http.postJson("api/instruments/ODI/score", "{\"items\":{\"odi1\":6,\"odi99\":1,\"odi2\":\"a lot\"}}");

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("invalid-instrument-response", "\"item\":\"odi1\"", "\"item\":\"odi99\"", "\"item\":\"odi2\"");
  }

  @Test
  void anUnknownInstrumentIsNotFound() {
    HttpResponse<String> r = http.postJson("api/instruments/XYZ/score", "{\"items\":{}}");

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("unknown-instrument");
  }
}
