package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pragma.it.Trials.expect;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages a site works from, as each role walks through them: the coordinator's worklist and My sites,
 * a site's patients, the study page an investigator reads, and the audit trail an admin reviews. They
 * speak the user's language (labels, not codes) and have no dead ends.
 */
@Tag(Browser.TAG)
@ExtendWith(ArquillianExtension.class)
class WorkPagesIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void worklistOpensOnTheCoordinatorsOwnStudyAndAnEmptiedDateMeansToday() {
    Trials.Trial trial = Trials.spineCare(base);
    String site = trial.siteInArm("ipt");
    ItUsers.User coordinator = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + site);
    String studyId = enroll(coordinator, trial.study(), site);
    // A coordinator who is also a data manager sees every study; the worklist still opens on their own.
    String both = "dm-coordinator-" + UUID.randomUUID().toString().substring(0, 8);
    expect(201, ItUsers.admin(base).postJson("api/users", "{\"username\":\"" + both + "\",\"fullName\":\"Dana Both\",\"password\":\""
        + ItUsers.ONE_TIME_PASSWORD + "\",\"roles\":[\"DATA_MANAGER\",\"COORDINATOR\"],\"sites\":[{\"study\":\"" + trial.study()
        + "\",\"site\":\"" + site + "\"}]}"));
    ItUsers.chooseOwnPassword(base, both);
    for (int i = 0; i < 8 && firstStudyCode().equals(trial.study()); i++) {
      TestStudies.fromTemplate(trial.admin(), "spine-care"); // until a study sorts before theirs
    }
    assertThat(firstStudyCode()).as("a study sorts before the coordinator's (else the test proves nothing)")
        .isNotEqualTo(trial.study());

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(30);
      browser.signIn(base, both, ItUsers.PASSWORD);
      d.get(base + "worklist.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("worklist:rows")));
      assertThat(d.findElement(By.id("worklist:study_label")).getText()).isEqualTo(trial.study());
      assertThat(d.findElement(By.id("worklist:on_input")).getAttribute("value")).isEqualTo(Trials.today().toString());
    }

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(30);
      browser.signIn(base, coordinator.username(), coordinator.password());
      LocalDate planning = Trials.today().plusDays(85);
      d.get(base + "worklist.xhtml?on=" + planning);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("worklist:rows"), studyId));
      assertThat(d.findElement(By.id("worklist:study_label")).getText()).isEqualTo(trial.study());
      assertThat(d.findElement(By.cssSelector("label[for='worklist:on_input']")).getText()).contains("YYYY-MM-DD");
      assertThat(d.findElement(By.id("worklist:on_input")).getAttribute("value")).isEqualTo(planning.toString());
      String rows = d.findElement(By.id("worklist:rows")).getText();
      assertThat(rows).contains("Individualized Postural Therapy (IPT)").doesNotContain(" ipt ");
      assertThat(linesOf(d, "#worklist\\:rows tbody tr:first-child td:nth-child(n+5):nth-child(-n+6)")).as("lines per date cell").allMatch(n -> n <= 1);
      assertThat(unlabelledInputs(d)).as("inputs without a label").isEmpty();
      browser.screenshot("worklist-coordinator");

      d.findElement(By.id("worklist:on_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, Keys.ESCAPE);
      wait.ignoring(StaleElementReferenceException.class).until(x -> valueOf(x, "worklist:on_input").isEmpty());
      d.findElement(By.id("worklist:show")).click();
      wait.ignoring(StaleElementReferenceException.class)
          .until(x -> valueOf(x, "worklist:on_input").equals(Trials.today().toString()));
      assertThat(d.getPageSource()).doesNotContain("NullPointerException");
      assertThat(d.findElement(By.id("worklist:rows")).getText()).contains("Nothing due");
      browser.screenshot("worklist-emptied-date");
    }
  }

  @Test
  void mySitesAndTheSitePageShowArmEnrollmentAgainstTargetAndVisitsDue() {
    Trials.Trial trial = Trials.spineCare(base);
    String site = trial.siteInArm("ipt");
    ItUsers.User coordinator = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + site);
    String studyId = enroll(coordinator, trial.study(), site);
    LocalDate today = Trials.today();
    // The 3-month visit made overdue: target yesterday, window still open.
    assertThat(Database.update("update patient_visit set opens_on = ?, remind_on = ?, target_on = ?, closes_on = ?"
        + " where code = 'month-3' and patient_id = (select p.id from patient p join study s on s.id = p.study_id"
        + " where s.code = ? and p.study_patient_id = ?)", today.minusDays(10), today.minusDays(5), today.minusDays(1),
        today.plusDays(10), trial.study(), studyId)).isEqualTo(1);

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(30);
      browser.signIn(base, coordinator.username(), coordinator.password());
      d.get(base + "mysites.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mysites:sites")));
      String row = d.findElement(By.id("mysites:sites")).findElement(By.xpath(".//tbody/tr[1]")).getText();
      assertThat(row).contains(trial.study(), site, "Active", "Individualized Postural Therapy (IPT)", "1 / 95",
          "1 due · 1 overdue");
      assertThat(d.findElement(By.id("siteCounts")).getText()).startsWith("1 site · 1 active");
      browser.screenshot("mysites-coordinator");

      d.findElement(By.linkText("Worklist")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("worklist:rows"), studyId));
      assertThat(d.findElement(By.id("worklist:rows")).getText()).contains("overdue");

      d.get(base + "mysites.xhtml");
      // The site row's link, not the menu's study-wide "Patients".
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//main//a[normalize-space()='Patients']"))).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("site:patients")));
      assertThat(d.findElement(By.id("siteArm")).getText()).isEqualTo("Individualized Postural Therapy (IPT)");
      assertThat(d.findElement(By.id("siteStatus")).getText()).isEqualTo("Active");
      assertThat(d.findElement(By.id("siteEnrolled")).getText()).isEqualTo("1 / 95");
      assertThat(d.findElement(By.id("site:patients")).getText()).contains(studyId, "Enrolled").doesNotContain("ENROLLED");
      assertThat(unlabelledInputs(d)).as("inputs without a label").isEmpty();
      browser.screenshot("site-coordinator");
    }
  }

  @Test
  void anInvestigatorReadsTheStudysSitesSortedAndCountedInWords() {
    Trials.Trial trial = Trials.spineCare(base, "S6");
    ItUsers.User investigator = ItUsers.create(base, "INVESTIGATOR", trial.study() + "/S1");

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(30);
      browser.signIn(base, investigator.username(), investigator.password());
      d.get(base + "study.xhtml?code=" + trial.study());
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("study:sites")));
      assertThat(d.findElement(By.id("siteCounts")).getText()).isEqualTo("6 sites · 5 active");
      assertThat(siteColumn(d)).containsExactly("S1", "S2", "S3", "S4", "S5", "S6");
      String page = d.findElement(By.tagName("main")).getText();
      assertThat(page).contains("Usual care", "Experimental", "Planned", "Inclusion")
          .doesNotContain("usual-care", "[", "PLANNED", "covariate-constrained");
      assertThat(d.findElement(By.id("versions")).getText()).containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d C[DS]T");
      browser.screenshot("study-investigator");

      By siteHeader = By.cssSelector("#study\\:sites th:first-child");
      d.findElement(siteHeader).click();
      wait.ignoring(StaleElementReferenceException.class)
          .until(x -> "ascending".equals(x.findElement(siteHeader).getDomAttribute("aria-sort")));
      assertThat(siteColumn(d)).containsExactly("S1", "S2", "S3", "S4", "S5", "S6");
      d.findElement(siteHeader).click();
      wait.ignoring(StaleElementReferenceException.class).until(x -> siteColumn(x).stream().findFirst().orElse("").equals("S6"));
      assertThat(siteColumn(d)).containsExactly("S6", "S5", "S4", "S3", "S2", "S1");

      d.get(base + "mysites.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mysites:sites")));
      assertThat(d.findElement(By.id("siteCounts")).getText()).startsWith("6 sites · 5 active");
      assertThat(d.findElement(By.id("mysites:sites")).getText()).contains("Planned").doesNotContain("Screen a patient");
      browser.screenshot("mysites-investigator");
    }
  }

  @Test
  void anAdminReadsTheAuditTrailInWordsAndTheStudysTime() {
    Trials.Trial trial = Trials.spineCare(base);

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(30);
      browser.signIn(base, "admin", ItUsers.adminPassword());
      d.get(base + "audit.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit:table")));
      d.findElement(By.id("audit:study")).sendKeys(trial.study());
      d.findElement(By.id("audit:site")).sendKeys("S1");
      d.findElement(By.id("audit:search")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:table"), "Changed: Site"));
      String table = d.findElement(By.id("audit:table")).getText();
      assertThat(table).contains("Status", "Planned", "Active", "Created: Site's arm", "Site opened for enrollment")
          .containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d C[DS]T")
          .doesNotContain("UPDATE", "ACTIVE", "PLANNED", "site-arm", "Z UTC");
      assertThat(unlabelledInputs(d)).as("inputs without a label").isEmpty();
      browser.screenshot("audit-admin");

      d.get(base + "mysites.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mysites:sites")));
      browser.screenshot("mysites-admin");
      d.get(base + "study.xhtml?code=" + trial.study());
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("study:sites")));
      assertThat(d.findElement(By.id("siteCounts")).getText()).isEqualTo("6 sites · 6 active");
      browser.screenshot("study-admin");
    }

    String csv = expect(200, trial.admin().get("api/audit/export?study=" + trial.study() + "&site=S1")).body();
    assertThat(csv.lines().findFirst().orElseThrow()).startsWith("seq,recorded_at_iso8601_utc,");
    assertThat(csv).containsPattern(",\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z,")
        .contains(",status,Status,PLANNED,Planned,ACTIVE,Active,");
  }

  @Test
  void aDataManagerRaisesAQueryOnAnItemTheCoordinatorAnswersItAndTheDataManagerClosesIt() {
    Trials.Trial trial = Trials.spineCare(base);
    String site = trial.siteInArm("ipt");
    ItUsers.User coordinator = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + site);
    ItUsers.User dataManager = ItUsers.create(base, "DATA_MANAGER");
    String studyId = enroll(coordinator, trial.study(), site);
    String visitPage = base + "visit.xhtml?study=" + trial.study() + "&id=" + studyId + "&visit=baseline";
    String question = "Item 3 reads 5 on screen but 1 on the paper form: please check.";

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(30);
      browser.signIn(base, dataManager.username(), dataManager.password());
      d.get(visitPage);
      wait.until(ExpectedConditions.elementToBeClickable(By.id("entry:raiseQuery"))).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry:raiseFields"), "Question is required"));
      d.findElement(By.id("entry:queryField")).click();
      List<WebElement> odiItems = wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(
          By.cssSelector("#entry\\:queryField_items li[data-label^='ODI · ']")));
      odiItems.get(2).click();
      d.findElement(By.id("entry:queryQuestion")).sendKeys(question);
      d.findElement(By.id("entry:raiseQuery")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry:queries"), question));
      assertThat(d.findElement(By.id("entry:queries")).getText()).contains("Open: waiting for the clinic", "ODI · ")
          .doesNotContain("OPEN", "ODI.odi3");
      assertThat(d.findElement(By.cssSelector(".pragma-query-flag")).getText()).contains(question);
      browser.screenshot("query-raised-data-manager");
    }

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(30);
      browser.signIn(base, coordinator.username(), coordinator.password());
      d.findElement(By.id("nav-queries")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queries:rows"), question));
      assertThat(d.findElement(By.id("queries:rows")).getText()).contains(studyId, "Baseline", "Open: waiting for the clinic", "ODI · ")
          .doesNotContain("ODI.odi3", "OPEN");
      browser.screenshot("queries-coordinator");
      d.findElement(By.cssSelector("#queries\\:rows a.pragma-query-visit")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("entry:queries:0:answer"))).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry:queries"), "Answer is required"));
      assertThat(d.findElements(By.id("entry:queries:0:close"))).as("only data managers close").isEmpty();
      d.findElement(By.id("entry:queries:0:text")).sendKeys("Corrected item 3 to 1 from the paper form.");
      d.findElement(By.id("entry:queries:0:answer")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry:queries"), "Answered: waiting for the data manager"));
      assertThat(d.findElement(By.id("entry:queriesPanel")).getText()).contains("Corrected item 3 to 1", "Answer sent");
      browser.screenshot("query-answered-coordinator");
    }

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(30);
      browser.signIn(base, dataManager.username(), dataManager.password());
      d.get(base + "queries.xhtml?study=" + trial.study());
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queries:rows"), "Corrected item 3 to 1"));
      d.findElement(By.cssSelector("#queries\\:rows a.pragma-query-visit")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("entry:queries:0:close"))).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry:queriesPanel"), "Query closed"));
      assertThat(d.findElement(By.id("entry:queries")).getText()).contains("Closed", "Re-open with follow-up");
      assertThat(d.findElements(By.cssSelector(".pragma-query-flag"))).as("no flag once closed").isEmpty();
      assertThat(d.findElement(By.id("entry:queriesPanel")).getText()).contains("Data queries (0 not closed)");
      browser.screenshot("query-closed-data-manager");
    }
  }

  private String enroll(ItUsers.User coordinator, String study, String site) {
    Http api = coordinator.http();
    long screening = Trials.screen(api, study, site, Trials.spineCareScreening("low-back", true));
    return EnrollmentApiIT.field(expect(201, api.postJson("api/studies/" + study + "/sites/" + site + "/patients",
        Trials.spineCareEnrollment(screening, Trials.newMrn(), Trials.spineCareBaseline(0, 3)))), "studyId");
  }

  private String firstStudyCode() {
    String body = expect(200, ItUsers.admin(base).get("api/studies")).body();
    java.util.regex.Matcher code = java.util.regex.Pattern.compile("\"code\":\"([^\"]+)\"").matcher(body);
    return code.find() ? code.group(1) : "";
  }

  private static String valueOf(WebDriver d, String id) {
    return String.valueOf(d.findElement(By.id(id)).getDomProperty("value"));
  }

  private static List<String> siteColumn(WebDriver d) {
    return d.findElements(By.cssSelector("#study\\:sites tbody tr td:first-child")).stream().map(WebElement::getText).toList();
  }

  /** How many lines of text each matching cell wraps to. */
  @SuppressWarnings("unchecked")
  private static List<Long> linesOf(WebDriver d, String css) {
    return (List<Long>) ((JavascriptExecutor) d).executeScript(
        "return Array.from(document.querySelectorAll(arguments[0])).map(function (td) {"
            + " var r = document.createRange(); r.selectNodeContents(td);"
            + " var tops = {}; Array.from(r.getClientRects()).forEach(function (x) { if (x.width > 0) tops[Math.round(x.bottom)] = 1; });"
            + " return Object.keys(tops).length; });", css);
  }

  /** Ids of visible inputs and selects that neither a label nor an ARIA attribute names (axe's "label" rule). */
  @SuppressWarnings("unchecked")
  private static List<String> unlabelledInputs(WebDriver d) {
    return (List<String>) ((JavascriptExecutor) d).executeScript(
        "return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))"
            + ".filter(function (e) { return !e.closest('[aria-hidden=true]') && e.getClientRects().length; })"
            + ".filter(function (e) { return !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
            + " && !e.getAttribute('aria-labelledby') && !e.title; })"
            + ".map(function (e) { return e.id || e.name; });");
  }
}
