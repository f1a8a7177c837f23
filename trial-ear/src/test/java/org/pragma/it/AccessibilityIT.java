package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pragma.it.Trials.expect;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of Pragma, as each role sees it with a randomized study and an enrolled patient, passes
 * axe-core's WCAG 2.1 A/AA rules with no serious or critical violation (each {@link Browser#screenshot}
 * checks the page; the browser fails the test on close, listing every page's violations), and the
 * forms people fill in all day work from the keyboard alone.
 */
@Tag(Browser.TAG)
@ExtendWith(ArquillianExtension.class)
class AccessibilityIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void everyPageTheClinicalTeamUsesPassesWcag21AA() {
    Trials.Trial trial = Trials.spineCare(base);
    String study = trial.study();
    String site = trial.siteInArm("ice");
    ItUsers.User coordinator = ItUsers.create(base, "COORDINATOR", study + "/" + site);
    ItUsers.User investigator = ItUsers.create(base, "INVESTIGATOR", study + "/" + site);
    Http api = coordinator.http();
    long enrolled = Trials.screen(api, study, site, Trials.spineCareScreening("low-back", true));
    String studyId = EnrollmentApiIT.field(expect(201, api.postJson("api/studies/" + study + "/sites/" + site + "/patients",
        Trials.spineCareEnrollment(enrolled, Trials.newMrn(), Trials.spineCareBaseline(0, 3)))), "studyId");
    long screened = Trials.screen(api, study, site, Trials.spineCareScreening("low-back", true));

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(30);
      d.get(base + "login.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:signIn"))).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "Enter your username"));
      browser.screenshot("a11y-sign-in-refused");

      browser.signIn(base, coordinator.username(), coordinator.password());
      browser.screenshot("a11y-coordinator-studies");
      visit(browser, "mysites.xhtml", "mysites:sites", "a11y-my-sites");
      visit(browser, "site.xhtml?study=" + study + "&site=" + site, "site:patients", "a11y-site");
      visit(browser, "screen.xhtml?study=" + study + "&site=" + site, "screen:submit", "a11y-screen");
      d.findElement(By.id("screen:submit")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-error-for=\"pain-location\"]")));
      browser.screenshot("a11y-screen-errors");
      visit(browser, "enroll.xhtml?study=" + study + "&site=" + site + "&screening=" + screened, "enroll:next", "a11y-enroll-consent");
      visit(browser, "patient.xhtml?study=" + study + "&id=" + studyId, "patient:visits", "a11y-patient");
      visit(browser, "worklist.xhtml?study=" + study + "&on=" + Trials.today().plusDays(85), "worklist:rows", "a11y-worklist");
      visit(browser, "visit.xhtml?study=" + study + "&id=" + studyId + "&visit=month-3", "entry:save", "a11y-visit");
      visit(browser, "queries.xhtml?study=" + study, "queries:rows", "a11y-queries");
      visit(browser, "account.xhtml", "account:change", "a11y-account");
      visit(browser, "dashboard.xhtml?study=" + study, "dashboard:sites", "a11y-coordinator-dashboard");
      visit(browser, "patients.xhtml?study=" + study + "&visit=month-3&outcome=PENDING", "patients:list", "a11y-coordinator-patients");
      visit(browser, "users.xhtml", "denied", "a11y-denied");
      visit(browser, "no-such-page.xhtml", "nav-account", "a11y-not-found");
      d.findElement(By.id("signout:go")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:signedOut")));
      browser.screenshot("a11y-signed-out");

      browser.signIn(base, investigator.username(), investigator.password());
      browser.screenshot("a11y-investigator-studies");
      visit(browser, "site.xhtml?study=" + study + "&site=" + site, "site:patients", "a11y-investigator-site");
      visit(browser, "patient.xhtml?study=" + study + "&id=" + studyId, "patient:visits", "a11y-investigator-patient");
      visit(browser, "dashboard.xhtml?study=" + study, "dashboard:sites", "a11y-investigator-dashboard");
      visit(browser, "patients.xhtml?study=" + study + "&site=" + site, "patients:list", "a11y-investigator-patients");
      visit(browser, "queries.xhtml?study=" + study, "denied", "a11y-investigator-queries-denied");
    }
  }

  @Test
  void everyPageTheTrialOfficeUsesPassesWcag21AA() {
    Trials.Trial trial = Trials.spineCare(base);
    Http admin = trial.admin();
    String pending = TestStudies.fromTemplate(admin, "impact-lbp");
    for (int i = 1; i <= 6; i++) {
      expect(201, admin.postJson("api/studies/" + pending + "/sites",
          TestStudies.site("S" + i, TestStudies.SYSTEMS.get(i % 3), 300 + 41 * i, i % 2 == 0 ? "family" : "internal")));
    }
    ItUsers.User statistician = ItUsers.create(base, "STATISTICIAN");
    ItUsers.User dataManager = ItUsers.create(base, "DATA_MANAGER");

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(30);
      browser.signIn(base, "admin", ItUsers.adminPassword());
      browser.screenshot("a11y-admin-studies");
      visit(browser, "study.xhtml?code=" + trial.study(), "arms", "a11y-study");
      visit(browser, "sites.xhtml?code=" + trial.study(), "sites:table", "a11y-sites");
      d.findElement(By.id("sites:table:0:edit")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sites:name")));
      browser.screenshot("a11y-sites-edit-dialog");
      d.navigate().refresh();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("sites:table:0:close"))).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sites:close-reason")));
      browser.screenshot("a11y-sites-close-dialog");
      visit(browser, "randomization.xhtml?code=" + trial.study(), "rand:sites", "a11y-randomization-committed");
      visit(browser, "users.xhtml", "users:table", "a11y-users");
      visit(browser, "audit.xhtml", "audit:table", "a11y-audit");
      visit(browser, "dashboard.xhtml?study=" + trial.study(), "dashboard:sites", "a11y-admin-dashboard");
      visit(browser, "protocols.xhtml", "protocols:studies", "a11y-protocols");
      visit(browser, "exports.xhtml?code=" + trial.study(), "exports:history", "a11y-exports");
      visit(browser, "account.xhtml", "account:change", "a11y-admin-account");
      d.findElement(By.id("signout:go")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:signedOut")));

      browser.signIn(base, statistician.username(), statistician.password());
      d.findElement(By.id("nav-exports")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("exports:history")));
      assertThat(d.findElements(By.id("exports:start"))).isEmpty();
      browser.screenshot("a11y-statistician-exports");
      // SPINE CARE has three arms (and was randomized by strata): the refusal says why beside the button
      visit(browser, "outcome-test.xhtml?code=" + trial.study(), "test:run", "a11y-outcome-test");
      d.findElement(By.id("test:run")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("test:run-message"), "compares two arms"));
      browser.screenshot("a11y-outcome-test-refused");
      visit(browser, "randomization.xhtml?code=" + pending, "rand:preview", "a11y-randomization-pending");
      d.findElement(By.id("rand:preview")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rand:preview-report")));
      browser.screenshot("a11y-randomization-preview");
      d.findElement(By.id("rand:commit")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign:password")));
      browser.screenshot("a11y-randomization-sign-dialog");
      d.navigate().refresh();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("signout:go"))).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:signedOut")));

      browser.signIn(base, dataManager.username(), dataManager.password());
      browser.screenshot("a11y-data-manager-studies");
      visit(browser, "audit.xhtml", "audit:table", "a11y-data-manager-audit");
      visit(browser, "protocols.xhtml", "protocols:studies", "a11y-data-manager-protocols");
      visit(browser, "exports.xhtml?code=" + trial.study(), "exports:start", "a11y-data-manager-exports");
      visit(browser, "queries.xhtml?study=" + trial.study(), "queries:rows", "a11y-data-manager-queries");
    }
  }

  @Test
  void signsInWithTheKeyboardAlone() {
    ItUsers.User coordinator = ItUsers.create(base, "COORDINATOR");
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      d.get(base + "login.xhtml");
      browser.waiting(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:signIn")));
      tabTo(d, "login:username", Keys.TAB);
      keys(d, coordinator.username(), Keys.TAB);
      assertThat(focused(d)).isEqualTo("login:password");
      keys(d, coordinator.password(), Keys.ENTER);
      browser.waiting(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-account")));
      assertThat(d.findElement(By.id("nav-account")).getText()).isEqualTo(coordinator.username());
    }
  }

  @Test
  void screensAPatientWithTheKeyboardAloneAndEnterSubmits() {
    Trials.Trial trial = Trials.spineCare(base);
    String site = trial.siteInArm("ipt");
    ItUsers.User coordinator = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + site);
    java.time.LocalDate onset = Trials.today().minusDays(12);

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(30);
      browser.signIn(base, coordinator.username(), coordinator.password());
      d.get(base + "screen.xhtml?study=" + trial.study() + "&site=" + site);
      wait.until(ExpectedConditions.elementToBeClickable(By.id("screen:submit")));
      // Walk the form with Tab as a keyboard user does, answering each question where focus lands.
      java.util.Set<String> answered = new java.util.HashSet<>();
      for (int i = 0; i < 120 && !"screen:submit".equals(focused(d)); i++) {
        WebElement at = d.switchTo().activeElement();
        String question = (String) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
            "var q = arguments[0].closest('[data-question]'); return q ? q.getAttribute('data-question') : null;", at);
        if (question != null && answered.add(question)) {
          switch (String.valueOf(at.getAttribute("type")) + ":" + question) {
            case "date:pain-onset-date" -> keys(d, String.format("%02d%02d%04d", onset.getMonthValue(), onset.getDayOfMonth(), onset.getYear()));
            case "number:birth-year" -> keys(d, "1975");
            case "select-one:pain-location" -> keys(d, "low");
            // A radio group: Space answers Yes (the first option), an arrow key moves to No and answers it.
            default -> keys(d, question.matches("spine-pain-present|able-to-consent") ? Keys.SPACE : Keys.ARROW_RIGHT);
          }
        }
        keys(d, Keys.TAB);
      }
      assertThat(answered).contains("pain-location", "pain-onset-date", "birth-year", "pregnant", "red-flags");
      // Back to the year of birth, and Enter there submits the screening.
      tabTo(d, d.findElement(By.cssSelector("input[data-question='birth-year']")).getAttribute("id"), Keys.chord(Keys.SHIFT, Keys.TAB));
      keys(d, Keys.ENTER);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("screen:outcome"), "Eligible"));
      browser.screenshot("keyboard-screening-eligible");
    }
  }

  @Test
  void correctsASiteInTheEditDialogWithTheKeyboardAndEnterSaves() {
    Http admin = ItUsers.admin(base);
    String study = TestStudies.fromTemplate(admin, "impact-lbp");
    expect(201, admin.postJson("api/studies/" + study + "/sites", TestStudies.site("S1", "duke", 420, "family")));

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(30);
      browser.signIn(base, "admin", ItUsers.adminPassword());
      d.get(base + "sites.xhtml?code=" + study);
      wait.until(ExpectedConditions.elementToBeClickable(By.id("sites:table:0:edit")));
      tabTo(d, "sites:table:0:edit", Keys.TAB);
      keys(d, Keys.ENTER);
      wait.until(d2 -> "sites:name".equals(focused(d2)));
      keys(d, Keys.chord(Keys.CONTROL, "a"), "Duke Family Medicine Clinic");
      tabTo(d, "sites:reason", Keys.TAB);
      keys(d, "Name as on the contract");
      tabTo(d, "sites:location", Keys.chord(Keys.SHIFT, Keys.TAB));
      keys(d, "Durham, NC", Keys.ENTER);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sites:table"), "Duke Family Medicine Clinic"));
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("sites:name")));
      browser.screenshot("keyboard-site-corrected");
    }
    assertThat(admin.get("api/audit?study=" + study + "&site=S1").body()).contains("Name as on the contract");
  }

  @Test
  void theCheckFailsOnAnUnlabelledFieldAndOnLightGreyText() {
    try (Browser browser = Browser.open()) {
      browser.driver().get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang='en'><head><title>Bad page</title></head><body>"
          + "<main><h1>Bad page</h1><p style='color:%238a96a3;background:%23f5f7fa'>Light grey text</p><input type='text'></main></body></html>");
      assertThatThrownBy(() -> browser.assertAccessible("bad-page"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("color-contrast [serious]")
          .hasMessageContaining("label [critical] [input]");
    }
  }

  /** Presses {@code key} (Tab or Shift+Tab) until the element with {@code id} has the focus. */
  private static void tabTo(WebDriver d, String id, CharSequence key) {
    for (int i = 0; i < 100 && !id.equals(focused(d)); i++) {
      keys(d, key);
    }
    assertThat(focused(d)).as("keyboard focus reaches " + id).isEqualTo(id);
  }

  private static void keys(WebDriver d, CharSequence... keys) {
    new org.openqa.selenium.interactions.Actions(d).sendKeys(keys).perform();
  }

  private static String focused(WebDriver d) {
    return (String) ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.activeElement ? document.activeElement.id : null;");
  }

  private void visit(Browser browser, String page, String waitForId, String name) {
    browser.driver().get(base + page);
    browser.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.id(waitForId)));
    browser.screenshot(name);
  }
}
