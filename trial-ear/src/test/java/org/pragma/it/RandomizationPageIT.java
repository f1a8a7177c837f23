package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A statistician previews the randomization of a study's clinics, then signs and commits it; the
 * report of each method shows what applies to it and nothing else; its files download in the
 * signed-in browser, to each role what that role may have.
 */
@Tag(Browser.TAG)
@ExtendWith(ArquillianExtension.class)
class RandomizationPageIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void previewsThenSignsAndCommitsAndSeesEachClinicsArm() {
    Http admin = ItUsers.admin(base);
    String study = TestStudies.fromTemplate(admin, "impact-lbp");
    // 22 clinics, 11 per arm: C(22,11) = 705,432 possible allocations, more than the 200,000 scored, so a sample.
    // One clinic is the only "family" clinic: whichever arm gets it differs from the other on clinic type by
    // a standardized difference of 0.43, an imbalance no allocation avoids.
    for (int i = 1; i <= 22; i++) {
      Trials.expect(201, admin.postJson("api/studies/" + study + "/sites",
          TestStudies.site("S" + i, TestStudies.SYSTEMS.get(i % 3), 300 + 41 * i % 400, i == 7 ? "family" : "internal")));
    }
    ItUsers.User statistician = ItUsers.create(base, "STATISTICIAN");

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(60);
      browser.signIn(base, statistician.username(), statistician.password());
      d.get(base + "randomization.xhtml?code=" + study);
      wait.until(ExpectedConditions.elementToBeClickable(By.id("rand:preview"))).click();

      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rand:preview-report")));
      WebElement preview = d.findElement(By.id("rand:preview-report"));
      assertThat(preview.findElement(By.className("pragma-draw-possible")).getText()).isEqualTo("705,432");
      assertThat(preview.findElement(By.className("pragma-draw-scored")).getText()).isEqualTo("200,000 (a random sample of distinct allocations)");
      assertThat(preview.findElement(By.className("pragma-draw-kept")).getText()).startsWith("20,000 kept");
      assertThat(preview.getText()).contains("Covariate-constrained: one allocation drawn at random from the best-balanced 10%",
          "Balance scores of the 200,000 allocations scored (a random sample of the 705,432 possible)", "Cutoff score", "--seed");
      WebElement chart = preview.findElement(By.cssSelector("svg.pragma-chart"));
      assertThat(chart.findElements(By.cssSelector("line.pragma-chart-cutoff"))).hasSize(1);
      assertThat(chart.findElements(By.cssSelector("path.pragma-chart-chosen"))).hasSize(1);
      assertThat(chart.getText()).contains("Allocations", "Balance score (lower is better balanced)", "cutoff ");
      assertThat(preview.findElement(By.className("pragma-imbalance")).getText())
          .contains("Imbalance", "more than 0.2 standard deviations", "Clinic type: internal", "Consider adjusting for it");
      assertThat(preview.findElements(By.cssSelector(".pragma-draw-balance td.pragma-imbalanced"))).isNotEmpty();
      assertReadableNumbers(preview);
      scrollTo(d, preview);
      browser.screenshot("randomization-preview-constrained");

      // a wrong password: the dialog stays open and says so once, beside the password
      d.findElement(By.id("rand:commit")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign:password")));
      d.findElement(By.id("sign:password")).sendKeys("not my password");
      d.findElement(By.id("sign:sign-commit")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sign:password-message"), "The password is wrong"));
      assertThat(d.findElement(By.id("sign:sign-dialog")).isDisplayed()).isTrue();
      assertThat(count(d.findElement(By.tagName("body")).getText(), "The password is wrong")).isEqualTo(1);
      assertThat(d.findElement(By.id("rand:messages")).getText()).isBlank();
      browser.screenshot("randomization-wrong-password");

      d.findElement(By.id("sign:password")).clear();
      d.findElement(By.id("sign:password")).sendKeys(statistician.password());
      wait.until(ExpectedConditions.attributeToBe(By.id("sign:password"), "value", statistician.password()));
      d.findElement(By.id("sign:sign-commit")).click();

      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rand:sites"), "Usual medical care"));
      assertThat(d.findElement(By.id("rand:sites")).getText()).contains("Primary spine practitioner (PSP) model")
          .doesNotContain("not randomized", "usual-medical-care", "ACTIVE", "PLANNED");
      assertThat(armClasses(d.findElement(By.id("rand:sites")))).hasSize(2);
      String body = d.findElement(By.tagName("body")).getText();
      assertThat(body).containsPattern("Wave 1 committed by " + statistician.username() + " on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} E[DS]T")
          .doesNotContain("UTC");
      assertThat(d.findElement(By.id("rand:actions")).getText()).contains("Disabled: every site has its arm");
      WebElement wave = d.findElement(By.cssSelector(".pragma-wave"));
      assertThat(wave.findElement(By.className("pragma-imbalance")).getText()).contains("Clinic type: internal");
      assertReadableNumbers(wave);
      browser.screenshot("randomization-committed");

      // both files download in the signed-in browser, from the page's links
      String csvLink = d.findElement(By.cssSelector("a[id$='sites-csv']")).getAttribute("href");
      String jsonLink = d.findElement(By.cssSelector("a[id$='report-json']")).getAttribute("href");
      assertThat(csvLink).doesNotContain("/api/");
      String[] csv = fetch(d, csvLink);
      assertThat(csv[0]).isEqualTo("200");
      assertThat(csv[1]).contains("attachment", study.toLowerCase(Locale.ROOT) + "-wave1-sites.csv");
      assertThat(csv[2]).startsWith("site,").contains("annual-low-back-pain-visits", "\nS1,", "\nS22,");
      String[] json = fetch(d, jsonLink);
      assertThat(json[0]).isEqualTo("200");
      assertThat(json[2]).contains("\"contentHash\":", "\"S1\":", "\"S22\":", "\"scoredAllocations\":200000");
      scrollTo(d, wave);
      browser.screenshot("randomization-committed-report");
    }
  }

  /**
   * Outcomes by arm are the statisticians' alone: a statistician follows the wave's link to the outcome
   * test, runs it on pain interference at baseline and reads the arm means, the p-value over the 7
   * allocations of the constrained space and the method; an investigator finds no link and is denied the page.
   */
  @Test
  void aStatisticianRunsThePermutationTestAndAnInvestigatorCannot() {
    Http admin = ItUsers.admin(base);
    String study = TestStudies.fromTemplate(admin, "impact-lbp");
    for (int i = 1; i <= 8; i++) {
      Trials.expect(201, admin.postJson("api/studies/" + study + "/sites",
          TestStudies.site("S" + i, TestStudies.SYSTEMS.get(i % 3), 400 + 37 * i % 500, i % 2 == 0 ? "family" : "internal")));
    }
    ItUsers.User statistician = ItUsers.create(base, "STATISTICIAN");
    Trials.expect(201, statistician.http().postJson("api/studies/" + study + "/randomizations",
        "{\"password\":\"" + ItUsers.PASSWORD + "\",\"meaning\":\"APPROVAL\"}"));
    for (int i = 1; i <= 8; i++) {
      Trials.expect(200, admin.postJson("api/studies/" + study + "/sites/S" + i + "/activation", ""));
      RandomizationApiIT.enrollWithPain(admin, study, "S" + i, 1 + i % 3);
    }
    ItUsers.User investigator = ItUsers.create(base, "INVESTIGATOR", study + "/S1");

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(60);
      browser.signIn(base, statistician.username(), statistician.password());
      d.get(base + "randomization.xhtml?code=" + study);
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[id$='outcome-test']"))).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("test:run")));
      assertThat(d.findElement(By.id("test:outcome")).getText()).contains("at Baseline");
      d.findElement(By.id("test:run")).click();

      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("test:result")));
      String result = d.findElement(By.id("test:result")).getText();
      assertThat(result).contains("Primary spine practitioner (PSP) model", "Usual medical care", "Permutation p-value",
          "Allocations used", "cptest").doesNotContain("usual-medical-care", "NaN", "E-");
      assertThat(d.findElement(By.id("allocations")).getText()).isEqualTo("7");
      assertThat(d.findElement(By.id("p-value")).getText()).matches("0(\\.\\d{1,4})?|1");
      assertThat(d.findElement(By.id("test:arms")).getText()).contains("4");
      browser.screenshot("outcome-test-result");
      d.findElement(By.id("signout:go")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:signedOut")));

      browser.signIn(base, investigator.username(), investigator.password());
      d.get(base + "randomization.xhtml?code=" + study);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pragma-wave")));
      assertThat(d.findElements(By.cssSelector("a[id$='outcome-test']"))).isEmpty();
      d.get(base + "outcome-test.xhtml?code=" + study);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("denied")));
      assertThat(d.findElement(By.tagName("body")).getText()).doesNotContain("Permutation p-value", "Mean");
      browser.screenshot("outcome-test-denied-investigator");
    }
  }

  @Test
  void aCoordinatorDownloadsTheReportOfTheirOwnClinicButNotTheOtherClinicsCovariates() {
    Trials.Trial trial = Trials.impactLbp(base);
    ItUsers.User coordinator = ItUsers.create(base, "COORDINATOR", trial.study() + "/S1");

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(30);
      browser.signIn(base, coordinator.username(), coordinator.password());
      d.get(base + "randomization.xhtml?code=" + trial.study());
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pragma-wave")));

      assertThat(d.findElements(By.id("rand:preview"))).isEmpty();
      // nothing on the page names another clinic (not even a warning that S1 and S4 always share an arm)
      assertThat(d.findElement(By.tagName("body")).getText()).doesNotContainPattern("\\bS[234]\\b");
      assertThat(d.findElements(By.cssSelector("a[id$='sites-csv']"))).isEmpty();
      String[] json = fetch(d, d.findElement(By.cssSelector("a[id$='report-json']")).getAttribute("href"));
      assertThat(json[0]).isEqualTo("200");
      assertThat(json[2]).contains("\"S1\":").doesNotContain("\"S2\"", "\"S3\"", "\"S4\"");
      String[] csv = fetch(d, base + "randomization-files/" + trial.study() + "/1/sites.csv");
      assertThat(csv[0]).isEqualTo("404");
      assertThat(csv[2]).doesNotContain("S2,", "annual-low-back-pain-visits");
      browser.screenshot("randomization-coordinator");
    }
  }

  @Test
  void aStratifiedReportShowsItsStrataAndNoSpaceCutoffOrHistogramAndSaysWhyItsButtonsAreDisabled() {
    Trials.Trial trial = Trials.spineCare(base);
    ItUsers.User statistician = ItUsers.create(base, "STATISTICIAN");

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      browser.signIn(base, statistician.username(), statistician.password());
      d.get(base + "randomization.xhtml?code=" + trial.study());
      browser.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pragma-wave")));

      assertThat(d.findElement(By.id("rand:preview")).isEnabled()).isFalse();
      assertThat(d.findElement(By.id("rand:preview")).getAttribute("title")).startsWith("Disabled: every site has its arm");
      assertThat(d.findElement(By.id("rand:why-disabled")).isDisplayed()).isTrue();
      WebElement wave = d.findElement(By.cssSelector(".pragma-wave"));
      assertThat(wave.getText()).contains("Stratified by health system: permuted blocks within each stratum", "Balance score of this allocation",
          "Usual care", "Identify, Coordinate and Enhance (ICE)", "Individualized Postural Therapy (IPT)")
          .doesNotContain("Possible allocations", "Allocations scored", "Constrained space", "Cutoff", "STRATIFIED");
      assertThat(wave.findElement(By.className("pragma-draw-arms")).getText() + d.findElement(By.id("rand:sites")).getText())
          .doesNotContain("usual-care", "ipt", "ice");
      assertThat(wave.findElements(By.cssSelector("svg"))).isEmpty();
      assertThat(armClasses(d.findElement(By.id("rand:sites")))).hasSize(3);
      assertReadableNumbers(wave);
      browser.screenshot("randomization-stratified");
      scrollTo(d, wave);
      browser.screenshot("randomization-stratified-report");
    }
  }

  @Test
  void simpleAndPairMatchedPreviewsShowOnlyWhatApplies() throws IOException {
    Http admin = ItUsers.admin(base);
    ItUsers.User statistician = ItUsers.create(base, "STATISTICIAN");
    String simple = studyWithMethod(admin, "simple");
    String paired = studyWithMethod(admin, "pair-matched");
    for (String study : List.of(simple, paired)) {
      for (int i = 1; i <= 8; i++) {
        Trials.expect(201, admin.postJson("api/studies/" + study + "/sites",
            TestStudies.site("S" + i, TestStudies.SYSTEMS.get(i % 3), 300 + 53 * i % 400, i % 2 == 0 ? "family" : "internal")));
      }
    }

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(30);
      browser.signIn(base, statistician.username(), statistician.password());
      for (String study : List.of(simple, paired)) {
        d.get(base + "randomization.xhtml?code=" + study);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("rand:preview"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rand:preview-report")));
        WebElement preview = d.findElement(By.id("rand:preview-report"));
        assertThat(preview.getText()).contains("Balance score of this allocation", "Usual medical care")
            .doesNotContain("Possible allocations", "Allocations scored", "Constrained space", "Cutoff", "SIMPLE", "PAIR_MATCHED");
        assertThat(preview.findElements(By.cssSelector("svg"))).isEmpty();
        assertReadableNumbers(preview);
        scrollTo(d, preview);
        browser.screenshot("randomization-preview-" + (study.equals(simple) ? "simple" : "pair-matched"));
      }
      WebElement paired8 = d.findElement(By.id("rand:preview-report"));
      assertThat(paired8.getText()).contains("Pair-matched: the most similar sites paired", "Matched pairs");
      assertThat(paired8.findElement(By.className("pragma-draw-pairs")).getText().split(" · ")).hasSize(4);
    }
  }

  /** A copy of IMPACt-LBP randomized by another method. */
  private String studyWithMethod(Http admin, String method) throws IOException {
    String code = "it-" + UUID.randomUUID().toString().substring(0, 8);
    Path folder = Path.of(System.getProperty("it.protocols.dir")).resolve(code);
    StudyFolders.copy(ProtocolZips.protocolsRoot().resolve("impact-lbp"), folder, code);
    Path yaml = folder.resolve("study.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("method: covariate-constrained", "method: " + method)
        .replaceAll("(?m)^\\s*constraintCutoff:.*\\R", ""));
    var reload = admin.postJson("api/protocols/reload", "");
    assertThat(reload.body()).as("reload").contains(code.toUpperCase(Locale.ROOT));
    return code.toUpperCase(Locale.ROOT);
  }

  /** No machine-formatted numbers: no exponents, no long runs of decimals, no NaN. */
  private static void assertReadableNumbers(WebElement report) {
    for (WebElement part : report.findElements(By.cssSelector(".pragma-draw-facts, .pragma-draw-balance, .pragma-draw-arms, h3"))) {
      assertThat(part.getText()).doesNotContainPattern("\\d[.]\\d{4,}").doesNotContainPattern("\\d[Ee][-+]?\\d").doesNotContain("NaN", "Infinity");
    }
  }

  private static Set<String> armClasses(WebElement table) {
    return table.findElements(By.cssSelector(".pragma-arm-badge")).stream().map(e -> e.getAttribute("class")).collect(Collectors.toSet());
  }

  /** What the browser gets for {@code url} with its own session: status, Content-Disposition and body. */
  private static String[] fetch(WebDriver d, String url) {
    d.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    Object r = ((JavascriptExecutor) d).executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { return r.text().then(function (t) {"
            + " done([String(r.status), String(r.headers.get('Content-Disposition')), t]); }); })"
            + ".catch(function (e) { done(['error', '', String(e)]); });", url);
    @SuppressWarnings("unchecked")
    List<Object> parts = (List<Object>) r;
    return parts.stream().map(String::valueOf).toArray(String[]::new);
  }

  private static void scrollTo(WebDriver d, WebElement element) {
    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView()", element);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
