package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A coordinator screens an ineligible and then an eligible patient at their clinic, sees why, and
 * enrolls the eligible one through the wizard: consent, baseline with live scores, study ID and arm.
 */
@Tag(Browser.TAG)
@ExtendWith(ArquillianExtension.class)
class ScreenPatientPageIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void screensAnIneligibleThenAnEligiblePatientAndEnrollsThem() {
    Trials.Trial trial = Trials.spineCare(base);
    String study = trial.study();
    String site = trial.siteInArm("ice");
    ItUsers.User coordinator = ItUsers.create(base, "COORDINATOR", study + "/" + site);
    String onset = Trials.today().minusDays(12).toString();

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(30);
      browser.signIn(base, coordinator.username(), coordinator.password());
      d.get(base + "screen.xhtml?study=" + study + "&site=" + site);
      wait.until(ExpectedConditions.elementToBeClickable(By.id("screen:submit")));
      setDate(d, d.findElement(By.id("screen:screenedOn")), Trials.today().toString());

      answer(browser, "2015", onset, true);
      d.findElement(By.id("screen:submit")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("screen:outcome")));
      assertThat(d.findElement(By.id("screen:outcome")).getText()).contains("Not eligible", "18 or older", "pregnancy");
      assertThat(d.findElements(By.id("screen:enrollLink"))).isEmpty();
      browser.screenshot("screening-ineligible");

      answer(browser, "1975", onset, false);
      d.findElement(By.id("screen:submit")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("screen:outcome"), "Eligible"));
      assertThat(d.findElement(By.id("screen:log")).getText()).contains("Eligible", "Not eligible");
      browser.screenshot("screening-eligible");

      d.findElement(By.id("screen:enrollLink")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("enroll:next")));
      type(d, "enroll:given", "Grace");
      type(d, "enroll:family", "Hopper");
      setDate(d, d.findElement(By.id("enroll:dob")), "1975-12-09");
      type(d, "enroll:mrn", Trials.newMrn());
      type(d, "enroll:consentBy", "Dana Coordinator");
      type(d, "enroll:consentDoc", "ICF v2.1");
      browser.screenshot("enrollment-consent");
      d.findElement(By.id("enroll:next")).click();

      wait.until(ExpectedConditions.elementToBeClickable(By.id("enroll:enrollButton")));
      // Enroll before answering: each questionnaire says, in its own panel, that it is missing; the button says why nothing happened.
      d.findElement(By.id("enroll:enrollButton")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-error-for='ODI']"), "is required at baseline"));
      assertThat(d.findElement(By.cssSelector("[data-error-for='SBST']")).getText()).startsWith("STarT Back Screening Tool is required");
      assertThat(d.findElement(By.id("enroll:baseline")).getText()).contains("Not enrolled: complete the questionnaires marked above.");
      assertPlainWords(d);
      assertThat(occurrences(d, "Oswestry Disability Index is required at baseline")).isEqualTo(1);
      browser.screenshot("enrollment-baseline-missing");
      ((JavascriptExecutor) d).executeScript("window.scrollTo(0, 0)");
      List<String> items = d.findElements(By.cssSelector("table[data-item]")).stream().map(e -> e.getAttribute("data-item")).toList();
      for (String code : items) {
        // SBST all "agree" (high risk), ODI all 2 (40 %), NPRS 6.
        int choice = code.startsWith("SBST.sbst9") ? 4 : code.startsWith("SBST") ? 1 : code.startsWith("NPRS") ? 6 : 2;
        browser.answer(By.cssSelector("table[data-item='" + code + "'] tr:nth-child(" + (choice + 1) + ") input"));
      }
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-instrument='ODI']"), "40.0 %"));
      // The score panels are re-rendered by each answer's request: wait on them by locator, never hold an element.
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-instrument='SBST']"), "high risk"));
      browser.screenshot("enrollment-baseline");
      d.findElement(By.id("enroll:enrollButton")).click();

      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("studyId")));
      assertThat(d.findElement(By.id("studyId")).getText()).isEqualTo("SC-" + site + "-0001");
      assertThat(d.findElement(By.id("enroll:done")).getText()).contains("Identify, Coordinate and Enhance", "Medium- and high-risk package");
      browser.screenshot("enrollment-enrolled");

      d.findElement(By.id("enroll:patientLink")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("patient:visits")));
      assertThat(d.findElement(By.tagName("main")).getText()).contains("Grace Hopper", "3-month follow-up", "ODI: 40.0 %");
      assertThat(d.findElement(By.id("consent")).getText()).startsWith("Written consent");
      String history = d.findElement(By.id("patient:history")).getText();
      assertThat(history).contains("When (CDT)", "Consent model", "Written consent", "Study ID").doesNotContain("consentModel", "WRITTEN", "UTC");
      assertThat(history).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} CDT").doesNotContainPattern(":\\d{2}:\\d{2}\\.\\d");
      assertPlainWords(d);
      browser.screenshot("patient-page");

      d.get(base + "site.xhtml?study=" + study + "&site=" + site);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("site:patients")));
      assertThat(d.findElement(By.id("site:patients")).getText()).contains("SC-" + site + "-0001", "Grace Hopper", "3-month follow-up");
      browser.screenshot("site-patients");
    }
  }

  @Test
  void aScreeningFormWithSeveralMistakesShowsEachOnceBesideItsQuestionInPlainWords() {
    Trials.Trial trial = Trials.spineCare(base);
    String study = trial.study();
    String site = trial.siteInArm("usual-care");
    ItUsers.User coordinator = ItUsers.create(base, "COORDINATOR", study + "/" + site);
    Trials.screen(coordinator.http(), study, site, Trials.spineCareScreening("low-back", true));

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(30);
      browser.signIn(base, coordinator.username(), coordinator.password());
      d.get(base + "screen.xhtml?study=" + study + "&site=" + site);
      wait.until(ExpectedConditions.elementToBeClickable(By.id("screen:submit")));
      assertThat(d.findElement(By.id("screen:log")).getText()).contains("Female", "Low back", "Eligible").doesNotContain("FEMALE", "low-back");
      assertThat(new Select(d.findElement(By.cssSelector("select[data-question='pain-location']"))).getOptions().stream()
          .map(WebElement::getText).toList()).contains("Low back", "Neck", "Low back and neck").doesNotContain("low-back");

      // No date, a year of birth out of range, and no yes/no answered: every mistake at once, each beside its question.
      setDate(d, d.findElement(By.id("screen:screenedOn")), "");
      d.findElement(By.cssSelector("input[data-question='birth-year']")).sendKeys("1850");
      d.findElement(By.id("screen:submit")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-error-for='birth-year']"), "between 1900 and 2100"));
      assertThat(d.findElement(By.cssSelector("[data-error-for='pregnant']")).getText()).isEqualTo("This answer is required.");
      assertThat(d.findElement(By.cssSelector("[data-error-for='pain-location']")).getText()).isEqualTo("This answer is required.");
      assertThat(d.findElement(By.id("screen:screenedOn")).findElement(By.xpath("following-sibling::*[1]")).getText())
          .isEqualTo("Enter the screening date as YYYY-MM-DD.");
      assertThat(occurrences(d, "between 1900 and 2100")).isEqualTo(1);
      assertThat(occurrences(d, "Enter the screening date")).isEqualTo(1);
      assertThat(d.findElement(By.cssSelector(".pragma-actions")).getText()).contains("Not recorded: correct the answers marked above.");
      assertPlainWords(d);
      browser.screenshot("screening-mistakes");

      // A screening date in the future and a missing answer are refused together, too.
      answer(browser, "1975", Trials.today().minusDays(5).toString(), false);
      ((JavascriptExecutor) d).executeScript("arguments[0].checked = false", d.findElement(By.cssSelector("table[data-question='red-flags'] input[value='false']")));
      setDate(d, d.findElement(By.id("screen:screenedOn")), Trials.today().plusDays(3).toString());
      d.findElement(By.id("screen:submit")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("screen"), "Screening date must not be in the future"));
      assertThat(d.findElement(By.cssSelector("[data-error-for='red-flags']")).getText()).isEqualTo("This answer is required.");
      assertThat(d.findElement(By.cssSelector("[data-error-for='birth-year']")).getText()).isEmpty();
      assertThat(d.findElement(By.id("screen:screenedOn")).findElement(By.xpath("following-sibling::*[1]")).getText())
          .startsWith("Screening date must not be in the future");
      assertPlainWords(d);
      browser.screenshot("screening-future-date");

      // A link with a screening that is not a number: a plain sentence, once, and no Faces ids or number ranges.
      d.get(base + "enroll.xhtml?study=" + study + "&site=" + site + "&screening=abc");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "This link names no screening"));
      assertThat(occurrences(d, "This link names no screening")).isEqualTo(1);
      assertPlainWords(d);
      browser.screenshot("enroll-bad-link");
    }
  }

  /** No programmer's text on the page: no Faces ids, record dumps, field codes, enum constants or REST pointers. */
  static void assertPlainWords(WebDriver d) {
    String text = d.findElement(By.tagName("main")).getText();
    assertThat(text).doesNotContain("j_idt", "AnswerError", "EnrollmentError", "FieldProblem", "9223372036854775807", "see errors",
        "See errors", "screenedOn", "visitOn", "birth-year", "pain-location", "baseline.", "instruments.", "IN_PERSON", "NO_ANSWER",
        "FEMALE", "implied-by-baseline", "IMPLIED_BY_BASELINE", "WRITTEN", "COMPLETE", "ENROLLED");
  }

  /** How often {@code text} appears in the page's main part. */
  static int occurrences(WebDriver d, String text) {
    String main = d.findElement(By.tagName("main")).getText();
    return main.split(java.util.regex.Pattern.quote(text), -1).length - 1;
  }

  private static void setDate(WebDriver d, WebElement input, String isoDate) {
    ((JavascriptExecutor) d).executeScript("arguments[0].value = arguments[1]", input, isoDate);
  }

  private static void type(WebDriver d, String id, String value) {
    WebElement input = d.findElement(By.id(id));
    input.clear();
    input.sendKeys(value);
  }

  private static void answer(Browser browser, String birthYear, String onset, boolean pregnant) {
    WebDriver d = browser.driver();
    List<String> questions = d.findElements(By.cssSelector("table[data-question]")).stream()
        .map(e -> e.getAttribute("data-question")).toList();
    for (String question : questions) {
      boolean yes = question.matches("spine-pain-present|able-to-consent") || (pregnant && question.equals("pregnant"));
      browser.answer(By.cssSelector("table[data-question='" + question + "'] input[value='" + yes + "']"));
    }
    new Select(d.findElement(By.cssSelector("select[data-question='pain-location']"))).selectByValue("low-back");
    WebElement year = d.findElement(By.cssSelector("input[data-question='birth-year']"));
    year.clear();
    year.sendKeys(birthYear);
    JavascriptExecutor js = (JavascriptExecutor) d;
    js.executeScript("arguments[0].value = arguments[1]", d.findElement(By.cssSelector("input[data-question='pain-onset-date']")), onset);
  }

}
