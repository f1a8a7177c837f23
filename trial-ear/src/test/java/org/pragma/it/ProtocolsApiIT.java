package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pragma.it.Trials.expect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
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
    String registered = StudyServiceIT.uniqueCode();
    expect(201, ItUsers.admin(base).postJson("api/studies", "{\"code\":\"" + registered + "\",\"title\":\"No protocol yet\"}"));

    HttpResponse<String> noProtocol = http.get("api/studies/" + registered + "/protocol");
    HttpResponse<String> noStudy = http.get("api/studies/NO-SUCH-STUDY/protocol");

    assertThat(noProtocol.statusCode()).isEqualTo(404);
    assertThat(noProtocol.body()).contains("protocol-not-loaded");
    assertThat(noStudy.statusCode()).isEqualTo(404);
    assertThat(noStudy.body()).contains("study-not-found");
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
  void aBinaryStudyFileIsNamedInPlainWordsNeverAsAJavaException() throws IOException {
    byte[] binary = new byte[4096];
    new Random(3).nextBytes(binary);
    byte[] zip = replaceEntry(ProtocolZips.studyFolder("spine-care"), "spine-care/study.yaml", binary);

    HttpResponse<String> r = http.postZip("api/protocols/validate", zip);

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("invalid-protocol", "\"file\":\"spine-care/study.yaml\"", "study.yaml is not a UTF-8 text file")
        .doesNotContain("java.", "Exception", "CharConversion");
  }

  @Test
  void aReloadWithAnErrorInOneStudyKeepsItsProtocolInForceAndSaysSo() throws IOException {
    String study = TestStudies.fromTemplate(http, "spine-care");
    Path file = Path.of(System.getProperty("it.protocols.dir"), study.toLowerCase(Locale.ROOT), "arms", "ice.yaml");
    String original = Files.readString(file);
    try {
      Files.writeString(file, original.replaceFirst("\nrole: ", "\nrole: boss\ncolour: red\nrle: "));
      HttpResponse<String> reload = http.postJson("api/protocols/reload", "");

      assertThat(reload.statusCode()).isEqualTo(200);
      assertThat(reload.body()).contains("\"kept\":[{", "stays in force", study, "colour");
      HttpResponse<String> protocol = http.get("api/studies/" + study + "/protocol");
      assertThat(protocol.statusCode()).as("the study is not unloaded by a bad amendment").isEqualTo(200);
      assertThat(protocol.body()).contains("\"code\":\"ice\"");
      assertThat(http.get("api/protocols").body()).contains("\"folder\":\"" + study.toLowerCase(Locale.ROOT) + "\"",
          "arms/ice.yaml", "colour");
    } finally {
      Files.writeString(file, original);
      assertThat(http.postJson("api/protocols/reload", "").body()).doesNotContain(study.toLowerCase(Locale.ROOT) + "/arms");
    }
  }

  private static byte[] replaceEntry(byte[] zip, String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip)); ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = e.getName().equals(name) ? content : in.readAllBytes();
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(data);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
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
  void scoresPromisFormsAsTScoresWithTheirStandardErrorAndNamedCalibration() {
    HttpResponse<String> complete = http.postJson("api/instruments/PROMIS-PI-6A/score",
        "{\"items\":{\"promispi1\":1,\"promispi2\":2,\"promispi3\":3,\"promispi4\":4,\"promispi5\":2,\"promispi6\":3}}");
    HttpResponse<String> skipped = http.postJson("api/instruments/PROMIS-PF-6B/score",
        "{\"items\":{\"promispf1\":4,\"promispf2\":4,\"promispf3\":4,\"promispf4\":4,\"promispf5\":3,\"promispf6\":null}}");

    // PI 6a raw 15 -> T 58.6 as published; PF 6b v1.2 with item 6 skipped: response-pattern EAP of the five answered
    assertThat(complete.statusCode()).as(complete.body()).isEqualTo(200);
    assertThat(complete.body()).contains("\"total\":15", "\"value\":58.6", "\"standardError\":1.5",
        "\"calibration\":\"v1.0\"", "ALL_ANSWERED");
    assertThat(skipped.statusCode()).as(skipped.body()).isEqualTo(200);
    assertThat(skipped.body()).contains("\"total\":19", "\"value\":41.9", "\"standardError\":1.8",
        "\"calibration\":\"v1.2\"", "RESPONSE_PATTERN");
    assertThat(http.get("api/instruments/PROMIS-PF-6B").body()).contains("\"calibration\":\"v1.2\"", "\"tScoreTable\":true");
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
