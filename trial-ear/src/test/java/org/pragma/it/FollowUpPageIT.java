package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pragma.it.Trials.expect;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A coordinator finds the 3-month visit on the worklist, enters the ODI and sees its score. */
@Tag(Browser.TAG)
@ExtendWith(ArquillianExtension.class)
class FollowUpPageIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void entersAThreeMonthOdiFromTheWorklistAndSeesTheScore() {
    Trials.Trial trial = Trials.spineCare(base);
    String site = trial.siteInArm("ipt");
    ItUsers.User coordinator = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + site);
    Http api = coordinator.http();
    long screening = Trials.screen(api, trial.study(), site, Trials.spineCareScreening("low-back", true));
    String studyId = EnrollmentApiIT.field(expect(201, api.postJson("api/studies/" + trial.study() + "/sites/" + site + "/patients",
        Trials.spineCareEnrollment(screening, Trials.newMrn(), Trials.spineCareBaseline(0, 3)))), "studyId");
    LocalDate planning = Trials.today().plusDays(85);

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(30);
      browser.signIn(base, coordinator.username(), coordinator.password());
      d.get(base + "worklist.xhtml?study=" + trial.study() + "&on=" + planning);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("worklist:rows")));
      browser.screenshot("worklist");
      assertThat(d.findElement(By.id("worklist:rows")).getText()).contains(studyId, "3-month follow-up", "due soon");
      browser.screenshot("worklist");

      d.findElement(By.linkText("3-month follow-up")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("entry:save")));
      // Faces puts the pass-through data-item on the radio inputs here; group them by item.
      List<String> items = d.findElements(By.cssSelector("input[type='radio'][data-item]")).stream()
          .map(e -> e.getAttribute("data-item")).distinct().toList();
      for (String item : items) {
        int choice = item.startsWith("NPRS") ? 5 : 2;
        By option = By.cssSelector("input[type='radio'][data-item='" + item + "'][value='" + choice + "']");
        browser.answer(option);
      }
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-instrument='ODI']"), "40.0 %"));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-instrument='NPRS']"), "5"));
      browser.screenshot("visit-odi-entered");
      d.findElement(By.id("entry:save")).click();

      // The outcome appears beside the Save button, where the user is looking, once.
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry:saveMessages"), "complete"));
      assertThat(d.findElement(By.id("entry:saveMessages")).getText()).isEqualTo("The visit is complete, out of its window (flagged).");
      assertThat(d.findElement(By.id("visitStatus")).getText()).contains("completed out of window");
      browser.screenshot("visit-saved");

      // A contact attempt reads as words: "Phone", "No answer".
      d.findElement(By.id("entry:note")).sendKeys("Voicemail full");
      d.findElement(By.id("entry:addContact")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry:contacts"), "Voicemail full"));
      assertThat(d.findElement(By.id("entry:contacts")).getText()).contains("Phone", "No answer").doesNotContain("PHONE", "NO_ANSWER");
      assertThat(d.findElement(By.id("entry:method")).getText()).contains("Phone").doesNotContain("PHONE");

      // A change dated in the future and without a reason: both problems at once, each beside its field, in words.
      ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].value = arguments[1]",
          d.findElement(By.id("entry:visitOn")), Trials.today().plusDays(2).toString());
      d.findElement(By.id("entry:save")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry:savePanel"), "Visit date cannot be in the future."));
      String saveArea = d.findElement(By.id("entry:savePanel")).getText();
      assertThat(saveArea).contains("Visit date cannot be in the future.", "Reason for the change is required for a change.");
      assertThat(ScreenPatientPageIT.occurrences(d, "Visit date cannot be in the future")).isEqualTo(1);
      assertThat(ScreenPatientPageIT.occurrences(d, "Reason for the change is required")).isEqualTo(1);
      ScreenPatientPageIT.assertPlainWords(d);
      browser.screenshot("visit-two-mistakes");

      d.get(base + "patient.xhtml?study=" + trial.study() + "&id=" + studyId);
      wait.until(ExpectedConditions.elementToBeClickable(By.id("patient:toggleUnreachable")));
      assertThat(d.findElement(By.id("patient:visits")).getText()).contains("completed out of window");
      d.findElement(By.id("patient:unreachableReason")).sendKeys("Five calls without answer");
      d.findElement(By.id("patient:toggleUnreachable")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reachability"), "Marked unreachable"));
      String history = d.findElement(By.id("patient:history")).getText();
      assertThat(history).contains("Five calls without answer", "Marked unreachable", "Visit date", "ODI score", "Contact method", "Phone")
          .doesNotContain("visitOn", "ODI.score", "attemptedOn", "NO_ANSWER", "COMPLETE", "UTC");
      assertThat(history).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} CDT");
      assertThat(d.findElement(By.id("patient:visits")).getText()).contains("Complete").doesNotContain("COMPLETE");
      ScreenPatientPageIT.assertPlainWords(d);
      browser.screenshot("patient-unreachable");

      // Someone else saves the visit while it is open here: this page's save is refused, loses nothing, and says to reload.
      d.get(base + "visit.xhtml?study=" + trial.study() + "&id=" + studyId + "&visit=month-3");
      wait.until(ExpectedConditions.elementToBeClickable(By.id("entry:save")));
      String visit = "api/studies/" + trial.study() + "/patients/" + studyId + "/visits/month-3";
      String version = api.get(visit).body().replaceAll("(?s).*?\"version\":(\\d+).*", "$1");
      expect(200, api.putJson(visit, "{\"version\":" + version + ",\"visitOn\":\"" + Trials.today() + "\",\"reason\":\"Phone call\","
          + "\"instruments\":{\"NPRS\":{\"nprs1\":3}}}"));
      d.findElement(By.id("entry:reason")).sendKeys("Second look");
      d.findElement(By.id("entry:save")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry:saveMessages"), "changed by someone else"));
      assertThat(api.get(visit).body()).contains("\"nprs1\":3");
      browser.screenshot("visit-changed-meanwhile");
    }
  }
}
