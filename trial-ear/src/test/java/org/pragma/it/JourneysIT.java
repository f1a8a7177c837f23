package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pragma.it.Trials.expect;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The life of one trial in the browser, role by role, each journey only clicks and typing: an admin
 * registers the study, loads its protocol, adds and imports its clinics and opens them; a statistician
 * previews the randomization and commits it with a password-signed e-signature; a coordinator screens an
 * ineligible and an eligible patient, enrolls the eligible one, enters their 3-month ODI and is refused
 * another clinic's patient; a data manager imports claims and downloads an analysis dataset; an
 * investigator reads the dashboard.
 *
 * <p>The journeys tell one story about one study, so they run in order and each starts where the one
 * before left the study (one deployment, one study: the suite's time matters). Between journeys the test
 * only does what happens outside Pragma: users get their accounts, the protocol folder is copied to the
 * server, time passes, another clinic enrolls a patient.
 */
@Tag(Browser.TAG)
@ExtendWith(ArquillianExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneysIT {
  private static final Pattern ARM = Pattern.compile("\"arm\":\"([^\"]+)\"");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  /** The study the journeys share, registered in journey 1. */
  final String study = "JRN-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
  /** The coordinator's clinic (journey 3) and the patient they enroll there. */
  String site;
  String patient;

  @Test
  @Order(1)
  void anAdminRegistersTheStudyLoadsItsProtocolAddsAndImportsItsClinicsAndOpensThem(@TempDir Path dir) throws IOException {
    Path clinics = Files.writeString(dir.resolve("spine-clinics.csv"), "code,name,health-system,annual-spine-visits\n"
        + "S2,Vanderbilt Spine Center,vanderbilt,334\nS3,Vanderbilt Bone and Joint,vanderbilt,351\n"
        + "S4,HonorHealth Scottsdale,honorhealth,368\nS5,HonorHealth Deer Valley,honorhealth,385\nS6,HonorHealth Tempe,honorhealth,402\n");
    Path downloads = Files.createDirectories(dir.resolve("downloads"));
    try (Browser browser = Browser.open(downloads)) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(30);
      browser.signIn(base, "admin", ItUsers.adminPassword());
      d.findElement(By.id("nav-studies")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("studies:add")));
      d.findElement(By.id("studies:code")).sendKeys(study);
      d.findElement(By.id("studies:title")).sendKeys("SPINE CARE journey");
      d.findElement(By.id("studies:registryId")).sendKeys("NCT03083886");
      d.findElement(By.id("studies:add")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("studies:table"), study));
      assertThat(d.findElement(By.id("studies:table")).getText()).contains("SPINE CARE journey", "NCT03083886", "Planning");
      browser.screenshot("journey1-study-registered");

      // The pages upload no protocol: its folder is copied to the server, then the admin has it read.
      StudyFolders.copy(ProtocolZips.protocolsRoot().resolve("spine-care"),
          Path.of(System.getProperty("it.protocols.dir")).resolve(study.toLowerCase(Locale.ROOT)), study.toLowerCase(Locale.ROOT));
      d.findElement(By.id("nav-protocols")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("protocols:revalidate"))).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("protocols:studies"), study));
      browser.screenshot("journey1-protocol-loaded");
      d.findElement(By.linkText(study)).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("to-sites")));
      assertThat(d.findElement(By.id("protocol")).getText()).contains("Randomized by clinic, stratified", "0 sites");
      browser.screenshot("journey1-study-page");
      d.findElement(By.id("to-sites")).click();

      // One clinic by hand: a first try with every field wrong says all that is wrong at once, beside each field.
      wait.until(ExpectedConditions.elementToBeClickable(By.id("sites:add"))).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sites:add-code")));
      d.findElement(By.id("sites:add-target")).sendKeys("lots");
      d.findElement(By.id("sites:add-covariates:1:add-covariate")).sendKeys("many");
      saveNewSite(d);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sites:add-content"), "Code is required"));
      assertThat(d.findElement(By.id("sites:add-content")).getText())
          .contains("Name is required", "Enrollment target must be a whole number", "Annual spine visits must be a decimal number");
      assertThat(d.findElement(By.id("sites:add-content")).getText().split("Not added", -1)).as("said once, beside the button").hasSize(2);
      browser.screenshot("journey1-add-clinic-refused");
      d.findElement(By.id("sites:add-target")).clear();
      d.findElement(By.id("sites:add-target")).sendKeys("95");
      d.findElement(By.id("sites:add-covariates:1:add-covariate")).clear();
      d.findElement(By.id("sites:add-code")).sendKeys("s1");
      d.findElement(By.id("sites:add-name")).sendKeys("Vanderbilt Primary Care");
      d.findElement(By.id("sites:add-covariates:0:add-covariate")).sendKeys("vanderbilt");
      d.findElement(By.id("sites:add-covariates:1:add-covariate")).sendKeys("317");
      browser.screenshot("journey1-add-clinic");
      saveNewSite(d);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sites:table"), "Vanderbilt Primary Care"));
      assertThat(d.findElement(By.id("sites:table")).getText()).contains("S1", "Planned", "95");

      // Five more from a spreadsheet.
      d.findElement(By.id("import:upload_input")).sendKeys(clinics.toString());
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sites:table"), "HonorHealth Tempe"));
      assertThat(d.findElements(By.cssSelector("#sites\\:table_data > tr"))).hasSize(6);
      // SPINE CARE's covariate "health-system" is told apart from the record's own health system, which nobody filled
      String header = d.findElement(By.cssSelector("#sites\\:table thead")).getText();
      assertThat(header).contains("Health system (covariate)", "Annual spine visits").doesNotContain("Location", "Stratum");
      // a row's buttons sit on one line
      assertThat(d.findElement(By.id("sites:table:0:close")).getLocation().getY())
          .isEqualTo(d.findElement(By.id("sites:table:0:activate")).getLocation().getY());
      browser.screenshot("journey1-clinics-imported");

      // Open each clinic for enrollment; it enrolls once it is randomized too.
      for (int row = 0; row < 6; row++) {
        By open = By.id("sites:table:" + row + ":activate");
        // the table is re-rendered after each opening: find the button afresh until a click lands
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(x -> {
          x.findElement(open).click();
          return true;
        });
        // the table is re-rendered by the answer: wait on the button by locator, never hold it
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(x -> x.findElement(open).getAttribute("disabled") != null);
      }
      wait.until(d2 -> d2.findElement(By.id("sites:table")).getText().split("Active", -1).length - 1 == 6);
      assertThat(d.findElement(By.id("sites:table")).getText()).doesNotContain("Planned", "ACTIVE");
      assertThat(d.findElement(By.id("sites:table")).getText()).contains("since " + Trials.today());
      assertThat(d.findElement(By.id("activate-why-S1")).getAttribute("title")).contains("already open for enrollment");
      assertThat(d.getPageSource()).doesNotContain("Say why the site closes");
      browser.screenshot("journey1-clinics-open");

      // The site file's header row, covariates included, for the next spreadsheet.
      d.findElement(By.id("import:template")).click();
      Path template = downloads.resolve(study.toLowerCase(Locale.ROOT) + "-sites.csv");
      wait.until(x -> Files.exists(template));
      assertThat(Files.readString(template).strip())
          .isEqualTo("code,name,healthSystem,location,stratum,enrollmentTarget,health-system,annual-spine-visits");
    }
    Http admin = ItUsers.admin(base);
    assertThat(admin.get("api/studies/" + study + "/sites/S1").body()).contains("\"status\":\"ACTIVE\"", "\"enrollmentTarget\":95");
    assertThat(admin.get("api/audit?study=" + study + "&site=S1").body()).contains("Site opened for enrollment");
  }

  /** The add dialog's save button, scrolled into view first (the dialog scrolls when it is taller than the window). */
  private static void saveNewSite(WebDriver d) {
    WebElement button = d.findElement(By.id("sites:add-save"));
    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
    button.click();
  }

  @Test
  @Order(2)
  void aStatisticianPreviewsTheRandomizationAndCommitsItWithAnESignature() {
    ItUsers.User statistician = ItUsers.create(base, "STATISTICIAN");
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(60);
      browser.signIn(base, statistician.username(), statistician.password());
      d.findElement(By.id("nav-studies")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.linkText(study))).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("to-randomization"))).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("rand:preview"))).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rand:preview-report")));
      assertThat(d.findElement(By.id("rand:preview-report")).getText()).contains("Stratified");
      // a statistician screens no one: no screening link, only each clinic's patients
      assertThat(d.findElements(By.linkText("Screen a patient"))).isEmpty();
      browser.screenshot("journey2-preview");

      d.findElement(By.id("rand:commit")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign:password")));
      d.findElement(By.id("sign:password")).sendKeys(statistician.password());
      wait.until(ExpectedConditions.attributeToBe(By.id("sign:password"), "value", statistician.password()));
      assertThat(d.findElement(By.id("signer")).getText()).isEqualTo("You sign as " + statistician.username() + ".");
      browser.screenshot("journey2-sign");
      d.findElement(By.id("sign:sign-commit")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Wave 1 committed by " + statistician.username()));
      assertThat(d.findElement(By.id("rand:sites")).getText())
          .contains("Usual", "Individualized Postural Therapy (IPT)", "Identify, Coordinate and Enhance (ICE)").doesNotContain("not randomized");
      browser.screenshot("journey2-committed");
    }
  }

  @Test
  @Order(3)
  void aCoordinatorScreensEnrollsEntersTheThreeMonthOdiAndCannotOpenAnotherClinicsPatient() {
    Http admin = ItUsers.admin(base);
    // The coordinator works at the clinic the draw gave ICE (whose risk-stratified packages the wizard names).
    site = java.util.stream.Stream.of("S1", "S2", "S3", "S4", "S5", "S6").filter(c -> "ice".equals(armOf(admin, c))).findFirst().orElse(null);
    assertThat(site).as("a clinic randomized to ICE in journey 2").isNotNull();
    ItUsers.User coordinator = ItUsers.create(base, "COORDINATOR", study + "/" + site);
    // Meanwhile another clinic enrolls a patient of its own.
    String other = site.equals("S1") ? "S4" : "S1";
    Http elsewhere = ItUsers.create(base, "COORDINATOR", study + "/" + other).http();
    long screening = Trials.screen(elsewhere, study, other, Trials.spineCareScreening("low-back", true));
    String theirs = EnrollmentApiIT.field(expect(201, elsewhere.postJson("api/studies/" + study + "/sites/" + other + "/patients",
        Trials.spineCareEnrollment(screening, Trials.newMrn(), Trials.spineCareBaseline(0, 1)))), "studyId");
    String onset = Trials.today().minusDays(12).toString();

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(30);
      browser.signIn(base, coordinator.username(), coordinator.password());
      d.findElement(By.id("nav-sites")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Screen a patient"))).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("screen:submit")));
      ScreenPatientPageIT.setDate(d, d.findElement(By.id("screen:screenedOn")), Trials.today().toString());

      ScreenPatientPageIT.answer(browser, "2015", onset, true);
      d.findElement(By.id("screen:submit")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("screen:outcome")));
      assertThat(d.findElement(By.id("screen:outcome")).getText()).contains("Not eligible", "18 or older", "pregnancy");
      assertThat(d.findElements(By.id("screen:enrollLink"))).isEmpty();
      browser.screenshot("journey3-ineligible");

      ScreenPatientPageIT.answer(browser, "1975", onset, false);
      d.findElement(By.id("screen:submit")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("screen:outcome"), "Eligible"));
      assertThat(d.findElement(By.id("screen:log")).getText()).contains("Eligible", "Not eligible");
      browser.screenshot("journey3-eligible");

      d.findElement(By.id("screen:enrollLink")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("enroll:next")));
      ScreenPatientPageIT.type(d, "enroll:given", "Grace");
      ScreenPatientPageIT.type(d, "enroll:family", "Hopper");
      ScreenPatientPageIT.setDate(d, d.findElement(By.id("enroll:dob")), "1975-12-09");
      ScreenPatientPageIT.type(d, "enroll:mrn", Trials.newMrn());
      ScreenPatientPageIT.type(d, "enroll:consentBy", "Dana Coordinator");
      ScreenPatientPageIT.type(d, "enroll:consentDoc", "ICF v2.1");
      browser.screenshot("journey3-consent");
      d.findElement(By.id("enroll:next")).click();

      wait.until(ExpectedConditions.elementToBeClickable(By.id("enroll:enrollButton")));
      // Enroll before answering: each questionnaire says, in its own panel, that it is missing; the button says why nothing happened.
      d.findElement(By.id("enroll:enrollButton")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-error-for='ODI']"), "is required at baseline"));
      assertThat(d.findElement(By.cssSelector("[data-error-for='SBST']")).getText()).startsWith("STarT Back Screening Tool is required");
      assertThat(d.findElement(By.id("enroll:baseline")).getText()).contains("Not enrolled: complete the questionnaires marked above.");
      ScreenPatientPageIT.assertPlainWords(d);
      assertThat(ScreenPatientPageIT.occurrences(d, "Oswestry Disability Index is required at baseline")).isEqualTo(1);
      browser.screenshot("journey3-baseline-missing");
      ((JavascriptExecutor) d).executeScript("window.scrollTo(0, 0)");
      for (String code : d.findElements(By.cssSelector("table[data-item]")).stream().map(e -> e.getAttribute("data-item")).toList()) {
        // SBST all "agree" (high risk), ODI all 2 (40 %), NPRS 6.
        int choice = code.startsWith("SBST.sbst9") ? 4 : code.startsWith("SBST") ? 1 : code.startsWith("NPRS") ? 6 : 2;
        browser.answer(By.cssSelector("table[data-item='" + code + "'] tr:nth-child(" + (choice + 1) + ") input"));
      }
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-instrument='ODI']"), "40.0 %"));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-instrument='SBST']"), "high risk"));
      browser.screenshot("journey3-baseline");
      d.findElement(By.id("enroll:enrollButton")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("studyId")));
      patient = d.findElement(By.id("studyId")).getText();
      assertThat(patient).isEqualTo("SC-" + site + "-0001");
      assertThat(d.findElement(By.id("enroll:done")).getText()).contains("Medium- and high-risk package");
      browser.screenshot("journey3-enrolled");

      // Three months later the 3-month visit is due on the worklist.
      DashboardIT.moveBack(study, patient, 90);
      d.findElement(By.id("nav-worklist")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("worklist:rows")));
      assertThat(d.findElement(By.id("worklist:rows")).getText()).contains(patient, "3-month follow-up");
      browser.screenshot("journey3-worklist");
      d.findElement(By.linkText("3-month follow-up")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("entry:save")));
      for (String item : d.findElements(By.cssSelector("input[type='radio'][data-item]")).stream()
          .map(e -> e.getAttribute("data-item")).distinct().toList()) {
        int choice = item.startsWith("NPRS") ? 3 : 1;
        browser.answer(By.cssSelector("input[type='radio'][data-item='" + item + "'][value='" + choice + "']"));
      }
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-instrument='ODI']"), "20.0 %"));
      d.findElement(By.id("entry:save")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry:saveMessages"), "complete"));
      assertThat(d.findElement(By.id("entry:saveMessages")).getText()).isEqualTo("The visit is complete.");
      browser.screenshot("journey3-odi-saved");

      // A contact attempt reads as words: "Phone", "No answer".
      d.findElement(By.id("entry:note")).sendKeys("Voicemail full");
      d.findElement(By.id("entry:addContact")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry:contacts"), "Voicemail full"));
      assertThat(d.findElement(By.id("entry:contacts")).getText()).contains("Phone", "No answer").doesNotContain("PHONE", "NO_ANSWER");
      assertThat(d.findElement(By.id("entry:method")).getText()).contains("Phone").doesNotContain("PHONE");

      // A change dated in the future and without a reason: both problems at once, each beside its field, in words.
      ScreenPatientPageIT.setDate(d, d.findElement(By.id("entry:visitOn")), Trials.today().plusDays(2).toString());
      d.findElement(By.id("entry:save")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry:savePanel"), "Visit date cannot be in the future."));
      assertThat(d.findElement(By.id("entry:savePanel")).getText())
          .contains("Visit date cannot be in the future.", "Reason for the change is required for a change.");
      assertThat(ScreenPatientPageIT.occurrences(d, "Visit date cannot be in the future")).isEqualTo(1);
      assertThat(ScreenPatientPageIT.occurrences(d, "Reason for the change is required")).isEqualTo(1);
      ScreenPatientPageIT.assertPlainWords(d);
      browser.screenshot("journey3-visit-two-mistakes");


      d.findElement(By.id("nav-sites")).click();
      // The site row's link, not the menu's study-wide "Patients".
      wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//main//a[normalize-space()='Patients']"))).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("site:patients")));
      assertThat(d.findElement(By.id("site:patients")).getText()).contains(patient, "Grace Hopper");
      d.findElement(By.linkText(patient)).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("patient:visits")));
      assertThat(d.findElement(By.tagName("main")).getText()).contains("Grace Hopper", "ODI: 40.0 %", "ODI: 20.0 %");
      assertThat(d.findElement(By.id("consent")).getText()).startsWith("Written consent");
      String history = d.findElement(By.id("patient:history")).getText();
      assertThat(history).contains("When (CDT)", "Consent model", "Written consent", "Study ID").doesNotContain("consentModel", "WRITTEN", "UTC");
      assertThat(history).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} CDT").doesNotContainPattern(":\\d{2}:\\d{2}\\.\\d");
      ScreenPatientPageIT.assertPlainWords(d);
      browser.screenshot("journey3-patient");

      // Five calls unanswered: the coordinator marks the patient unreachable, with the reason kept in the history.
      d.findElement(By.id("patient:unreachableReason")).sendKeys("Five calls without answer");
      d.findElement(By.id("patient:toggleUnreachable")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reachability"), "Marked unreachable"));
      assertThat(d.findElement(By.id("patient:history")).getText())
          .contains("Five calls without answer", "Marked unreachable", "Visit date", "ODI score", "Contact method", "Phone")
          .doesNotContain("visitOn", "ODI.score", "attemptedOn", "NO_ANSWER", "COMPLETE", "UTC");
      assertThat(d.findElement(By.id("patient:visits")).getText()).contains("Complete").doesNotContain("COMPLETE");
      ScreenPatientPageIT.assertPlainWords(d);
      browser.screenshot("journey3-patient-unreachable");

      // Another clinic's patient, by a typed address: refused in words, nothing of theirs shown.
      d.get(base + "patient.xhtml?study=" + study + "&id=" + theirs);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found")));
      assertThat(d.findElement(By.tagName("main")).getText()).contains("There is nothing here that you may see")
          .doesNotContain(theirs, "Lovelace", "Exception", "Something went wrong");
      browser.screenshot("journey3-other-clinic-refused");

      // Someone else saves the visit while it is open here: this page's save is refused, loses nothing, and says to reload.
      d.get(base + "visit.xhtml?study=" + study + "&id=" + patient + "&visit=month-3");
      wait.until(ExpectedConditions.elementToBeClickable(By.id("entry:save")));
      Http api = coordinator.http();
      String visit = "api/studies/" + study + "/patients/" + patient + "/visits/month-3";
      String version = api.get(visit).body().replaceAll("(?s).*?\"version\":(\\d+).*", "$1");
      expect(200, api.putJson(visit, "{\"version\":" + version + ",\"visitOn\":\"" + Trials.today() + "\",\"reason\":\"Phone call\","
          + "\"instruments\":{\"NPRS\":{\"nprs1\":3}}}"));
      d.findElement(By.id("entry:reason")).sendKeys("Second look");
      d.findElement(By.id("entry:save")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry:saveMessages"), "changed by someone else"));
      assertThat(api.get(visit).body()).contains("\"nprs1\":3");
      browser.screenshot("journey3-visit-changed-meanwhile");
    }
  }

  @Test
  @Order(4)
  void aDataManagerImportsClaimsAndDownloadsAnAnalysisDataset(@TempDir Path dir) throws IOException {
    assertThat(patient).as("the patient enrolled in journey 3").isNotNull();
    ItUsers.User manager = ItUsers.create(base, "DATA_MANAGER");
    Path claims = Files.writeString(dir.resolve("payer-claims.csv"),
        "study_id,service_date,category,procedure_code,units,allowed_amount,paid_amount,rvu\n"
            + patient + "," + Trials.today() + ",,72148,1,1412.37,300.10,1.48\n" + patient + "," + Trials.today() + ",,97110,2,70,60,\n");
    Path bad = Files.writeString(dir.resolve("april-claims.csv"),
        "study_id,service_date,category,procedure_code,units,allowed_amount,paid_amount,rvu\nSC-999-9999," + Trials.today() + ",,72148,1,1,1,\n");
    Path downloads = Files.createDirectories(dir.resolve("downloads"));
    try (Browser browser = Browser.open(downloads)) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(60);
      browser.signIn(base, manager.username(), manager.password());
      d.findElement(By.id("nav-claims")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claims:upload_input")));
      new Select(d.findElement(By.id("claims:study"))).selectByValue(study);
      wait.until(ExpectedConditions.attributeToBe(By.id("claims:study"), "value", study));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claims:upload_input")));
      d.findElement(By.id("claims:source")).sendKeys("Payer extract");
      d.findElement(By.id("claims:upload_input")).sendKeys(claims.toString());
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claims:preview")));
      assertThat(d.findElement(By.id("claims:preview")).getText()).contains(patient, "Imaging: MRI", "1,412.37");
      browser.screenshot("journey4-claims-preview");
      d.findElement(By.id("claims:import")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claims:totals")));
      assertThat(d.findElement(By.id("claims:outcome")).getText()).contains("Imported:", "payer-claims.csv from Payer extract", "2 lines read, 2 added.");
      assertThat(d.findElement(By.id("claims:totals")).getText())
          .contains("Imaging: MRI", "1,412.37", "Physical therapy", "70.00").doesNotContain("IMAGING_MRI");
      assertThat(d.findElement(By.id("claims:history")).getText()).contains("payer-claims.csv", "Imported", "Payer extract");
      browser.screenshot("journey4-claims-imported");

      // A file naming nobody enrolled: the preview warns, the import refuses it whole and lists the problem.
      d.findElement(By.id("claims:upload_input")).sendKeys(bad.toString());
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("claims:preview"), "No enrolled patient"));
      assertThat(d.findElement(By.id("claims:preview")).getText()).contains("rows with problems are refused");
      d.findElement(By.id("claims:import")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claims:errors")));
      assertThat(d.findElement(By.id("claims:outcome")).getText()).contains("1 problem in 1 line; nothing was imported");
      assertThat(d.findElement(By.id("claims:errors")).getText()).contains("study_id", "No enrolled patient of this study has study ID 'SC-999-9999'");
      assertThat(d.findElement(By.id("claims:history")).getText()).contains("april-claims.csv", "Refused (nothing imported)");
      assertThat(ScreenPatientPageIT.occurrences(d, "upload the whole file again")).as("what to do, said once").isEqualTo(1);
      browser.screenshot("journey4-claims-refused");

      // The patient's page shows what the claims add up to.
      d.get(base + "patient.xhtml?study=" + study + "&id=" + patient);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("patient:spending")));
      assertThat(d.findElement(By.id("patient:spending")).getText())
          .contains("12 months from enrollment", "1,482.37", "Physical therapy 1, Imaging: MRI 1", "12 months before enrollment");
      browser.screenshot("journey4-patient-spending");

      d.findElement(By.id("nav-exports")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("exports:start")));
      new Select(d.findElement(By.id("exports:study"))).selectByValue(study);
      wait.until(ExpectedConditions.attributeToBe(By.id("exports:study"), "value", study));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("exports:start")));
      // Nothing chosen: both problems at once.
      d.findElement(By.id("exports:datasets:0")).click();
      d.findElement(By.id("exports:formats:0")).click();
      d.findElement(By.id("exports:start")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("exports"), "Choose at least one dataset."));
      assertThat(d.findElement(By.id("exports")).getText()).contains("Choose CSV, XLSX or both.");
      browser.screenshot("journey4-export-every-problem");
      browser.answer(By.id("exports:datasets:0"));
      browser.answer(By.id("exports:datasets:3"));
      browser.answer(By.id("exports:formats:0"));
      browser.answer(By.id("exports:formats:1"));
      browser.screenshot("journey4-export-form");
      d.findElement(By.id("exports:start")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("exports:download-last")));
      assertThat(d.findElement(By.id("exports:outcome")).getText()).contains("Ready", "patients: 2 rows", "sites: 6 rows");
      assertThat(d.findElement(By.id("exports:history")).getText())
          .contains("Ready", "CSV + XLSX", "Days from enrollment", "All sites · all arms · enrolled any time");
      ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView()", d.findElement(By.id("exports:outcome")));
      browser.screenshot("journey4-export-ready");
      d.findElement(By.id("exports:download-last")).click();
      Path zip = wait.until(x -> {
        try (var files = Files.list(downloads)) {
          return files.filter(f -> f.toString().endsWith(".zip")).findFirst().orElse(null);
        } catch (IOException e) {
          return null;
        }
      });
      Map<String, byte[]> entries = ExportsIT.unzip(Files.readAllBytes(zip));
      assertThat(entries.keySet()).contains("patients.csv", "sites.csv", "datasets.xlsx", "codebook.csv", "import.R", "manifest.json");
      assertThat(new String(entries.get("patients.csv"), java.nio.charset.StandardCharsets.UTF_8)).contains(patient);
      assertThat(ExportsIT.unzip(entries.get("datasets.xlsx")).keySet()).contains("xl/worksheets/sheet1.xml", "xl/worksheets/sheet3.xml");

      // The data manager signs it as the final export with their password.
      d.findElement(By.id("exports:history:0:sign")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("exports:password")));
      browser.screenshot("journey4-export-sign");
      d.findElement(By.id("exports:password")).sendKeys(manager.password());
      d.findElement(By.id("exports:sign")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("exports:history"), "Signed by " + manager.username()));
      assertThat(d.findElements(By.id("exports:history:0:sign"))).isEmpty();
      browser.screenshot("journey4-export-signed");
    }
  }

  @Test
  @Order(5)
  void anInvestigatorOpensTheDashboard() {
    assertThat(patient).as("the patient enrolled in journey 3").isNotNull();
    ItUsers.User investigator = investigatorOf(study);
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(30);
      browser.signIn(base, investigator.username(), investigator.password());
      d.findElement(By.id("nav-dashboard")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:sites")));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#dashboard\\:enrollmentChart canvas")));
      assertThat(d.findElement(By.id("cardEnrolled")).getText()).isEqualTo("2");
      assertThat(d.findElement(By.id("funnelScreened")).getText()).isEqualTo("3");
      ScreenPatientPageIT.assertPlainWords(d);
      browser.screenshot("journey5-dashboard");
      // the filters sit on one line above the figures
      assertThat(d.findElement(By.id("dashboard:clear")).getLocation().getY()).isEqualTo(d.findElement(By.id("dashboard:show")).getLocation().getY());
      assertThat(d.findElement(By.id("dashboard:to")).getLocation().getY()).isEqualTo(d.findElement(By.id("dashboard:study")).getLocation().getY());
    }
  }

  private String armOf(Http admin, String siteCode) {
    Matcher arm = ARM.matcher(admin.get("api/studies/" + study + "/sites/" + siteCode).body());
    return arm.find() ? arm.group(1) : null;
  }

  /** An investigator of the whole study, as the admin creates one; they have chosen their own password. */
  private ItUsers.User investigatorOf(String code) {
    String username = "investigator-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> r = ItUsers.admin(base).postJson("api/users", "{\"username\":\"" + username
        + "\",\"fullName\":\"Pat Investigator\",\"password\":\"" + ItUsers.ONE_TIME_PASSWORD
        + "\",\"roles\":[\"INVESTIGATOR\"],\"studies\":[\"" + code + "\"]}");
    expect(201, r);
    return ItUsers.chooseOwnPassword(base, username);
  }
}
