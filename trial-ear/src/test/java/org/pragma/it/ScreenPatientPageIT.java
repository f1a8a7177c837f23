package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
 * A screening form with several mistakes, and an enrollment link that names no eligible screening, each
 * explained in plain words. (Screening an ineligible and an eligible patient and enrolling through the
 * wizard is the coordinator's journey in {@link JourneysIT}.)
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
  @Test
  void aCoordinatorRecordsInTheLogWhyAnEligiblePatientWasNotEnrolledAndUndoesIt() {
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
      // No reason is assumed: recording without choosing one is refused beside the menu.
      wait.until(ExpectedConditions.elementToBeClickable(By.id("screen:log:0:notEnrolled"))).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("screen:log"), "Choose why the patient was not enrolled."));
      assertThat(occurrences(d, "Choose why the patient was not enrolled.")).isEqualTo(1);
      assertThat(d.findElements(By.id("screen:log:0:undoNotEnrolled"))).as("nothing recorded").isEmpty();
      // The menu's value set on its form field (as DashboardIT does): a click on an item of the opening panel
      // was sometimes lost while the panel was still sliding open.
      ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].value = 'OTHER_REASON'",
          d.findElement(By.id("screen:log:0:reason_input")));
      d.findElement(By.id("screen:log:0:notEnrolled")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("screen:log"), "Reason is required for another reason"));
      assertThat(occurrences(d, "is required for another reason")).isEqualTo(1);

      d.findElement(By.id("screen:log:0:note")).sendKeys("Moved away");
      d.findElement(By.id("screen:log:0:notEnrolled")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("screen:log"), "Other reason: Moved away"));
      assertThat(d.findElement(By.id("screen")).getText()).contains("Recorded as not enrolled.").doesNotContain("OTHER_REASON");
      assertPlainWords(d);
      browser.screenshot("screening-not-enrolled");

      d.findElement(By.id("screen:log:0:undoNotEnrolled")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("screen:log"), "Reason is required"));
      d.findElement(By.id("screen:log:0:note")).sendKeys("Patient called back and agrees");
      d.findElement(By.id("screen:log:0:undoNotEnrolled")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("screen"), "Undone: the patient can be enrolled."));
      assertThat(d.findElement(By.id("screen:log")).getText()).doesNotContain("Moved away");
      assertThat(d.findElements(By.id("screen:log:0:notEnrolled"))).isNotEmpty();
      browser.screenshot("screening-not-enrolled-undone");
    }
  }

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

  static void setDate(WebDriver d, WebElement input, String isoDate) {
    ((JavascriptExecutor) d).executeScript("arguments[0].value = arguments[1]", input, isoDate);
  }

  static void type(WebDriver d, String id, String value) {
    WebElement input = d.findElement(By.id(id));
    input.clear();
    input.sendKeys(value);
  }

  static void answer(Browser browser, String birthYear, String onset, boolean pregnant) {
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
