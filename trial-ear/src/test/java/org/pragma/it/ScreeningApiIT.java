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

/** A coordinator screens patients at their own clinic; every screening is kept with its reasons. */
@ExtendWith(ArquillianExtension.class)
class ScreeningApiIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;
  String study;
  Http coordinator;

  @BeforeEach
  void aStudyWithTwoClinicsAndACoordinatorAtTheFirst() {
    Http admin = ItUsers.admin(base);
    study = TestStudies.fromTemplate(admin, "spine-care");
    for (String site : new String[] {"S1", "S2"}) {
      admin.postJson("api/studies/" + study + "/sites",
          "{\"code\":\"" + site + "\",\"name\":\"Clinic " + site + "\",\"covariates\":{\"health-system\":\"vanderbilt\",\"annual-spine-visits\":\"400\"}}");
    }
    coordinator = ItUsers.create(base, "COORDINATOR", study + "/S1").http();
  }

  @Test
  void screensAnEligibleAndAnIneligiblePatientAndKeepsBoth() {
    HttpResponse<String> eligible = coordinator.postJson(screenings("S1"), screening("1980", Trials.today().minusDays(22).toString(), false));
    HttpResponse<String> ineligible = coordinator.postJson(screenings("S1"), screening("2012", Trials.today().minusDays(325).toString(), true));

    assertThat(eligible.statusCode()).as(eligible.body()).isEqualTo(201);
    assertThat(eligible.body()).contains("\"eligible\":true", "\"failedCriteria\":[]", "\"age\":" + (Trials.today().getYear() - 1980));
    assertThat(ineligible.statusCode()).isEqualTo(201);
    assertThat(ineligible.body()).contains("\"eligible\":false", "18 or older", "no more than 3 months", "pregnancy");
    String log = coordinator.get(screenings("S1")).body();
    assertThat(log).contains("\"eligible\":true", "\"eligible\":false");
  }

  @Test
  void anotherClinicsLogIsNotFoundForTheCoordinator() {
    assertThat(coordinator.get(screenings("S2")).statusCode()).isEqualTo(404);
    assertThat(coordinator.postJson(screenings("S2"), screening("1980", Trials.today().minusDays(22).toString(), false)).statusCode()).isEqualTo(404);
  }

  @Test
  void answersThatCannotBeEvaluatedAreUnprocessableAndNothingIsKept() {
    String bad = "{\"screenedOn\":\"" + Trials.today() + "\",\"answers\":{\"birth-year\":\"nineteen\",\"pain-onset-date\":\"yesterday\",\"no-such-question\":true}}";

    HttpResponse<String> r = coordinator.postJson(screenings("S1"), bad);

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("invalid-screening-answers", "birth-year", "pain-onset-date", "no-such-question");
    assertThat(coordinator.get(screenings("S1")).body()).isEqualTo("[]");
  }

  @Test
  void aMalformedDateIsABadRequest() {
    HttpResponse<String> r = coordinator.postJson(screenings("S1"), "{\"screenedOn\":\"23/11/2026\",\"answers\":{}}");

    assertThat(r.statusCode()).isEqualTo(400);
  }

  @Test
  void answersAreCorrectedWithAReasonAndTheRulesDecideAgain() {
    HttpResponse<String> screened = coordinator.postJson(screenings("S1"), screening("1980", Trials.today().minusDays(22).toString(), false));
    String id = screened.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
    String corrected = screening("1980", Trials.today().minusDays(22).toString(), true).replaceFirst("}$", ",\"reason\":\"Pregnancy test positive\"}");

    HttpResponse<String> noReason = coordinator.putJson(screenings("S1") + "/" + id, screening("1980", Trials.today().minusDays(22).toString(), true));
    HttpResponse<String> fixed = coordinator.putJson(screenings("S1") + "/" + id, corrected);

    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(200);
    assertThat(fixed.body()).contains("\"eligible\":false", "pregnancy");
    assertThat(coordinator.putJson(screenings("S1") + "/999999", corrected).statusCode()).isEqualTo(404);
  }

  private String screenings(String site) {
    return "api/studies/" + study + "/sites/" + site + "/screenings";
  }

  private static String screening(String birthYear, String onset, boolean pregnant) {
    return "{\"screenedOn\":\"" + Trials.today() + "\",\"sex\":\"FEMALE\",\"answers\":{"
        + "\"pain-location\":\"low-back\",\"pain-onset-date\":\"" + onset + "\",\"birth-year\":" + birthYear + ","
        + "\"spine-pain-present\":true,\"able-to-consent\":true,\"pregnant\":" + pregnant + ","
        + "\"disability-or-litigation\":false,\"other-trial\":false,\"active-cancer\":false,"
        + "\"recent-spine-therapy\":false,\"recent-spine-procedure\":false,\"severe-psychiatric\":false,\"red-flags\":false}}";
  }
}
