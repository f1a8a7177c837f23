package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A statistician previews the randomization of a study's clinics, then signs and commits it. */
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
    for (int i = 1; i <= 10; i++) {
      admin.postJson("api/studies/" + study + "/sites",
          TestStudies.site("S" + i, TestStudies.SYSTEMS.get(i % 3), 300 + 41 * i % 400, i % 2 == 0 ? "family" : "internal"));
    }
    ItUsers.User statistician = ItUsers.create(base, "STATISTICIAN");

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(30);
      browser.signIn(base, statistician.username(), statistician.password());
      d.get(base + "randomization.xhtml?code=" + study);
      wait.until(ExpectedConditions.elementToBeClickable(By.id("rand:preview"))).click();

      try {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rand:preview-report")));
      } catch (RuntimeException e) {
        browser.screenshot("randomization-preview-failed");
        throw e;
      }
      assertThat(d.findElement(By.id("rand:preview-report")).getText()).contains("Preview", "Constrained space", "25", "--seed");
      ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView()", d.findElement(By.id("rand:preview-report")));
      browser.screenshot("randomization-preview");

      d.findElement(By.id("rand:commit")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign:password")));
      d.findElement(By.id("sign:password")).sendKeys(statistician.password());
      wait.until(ExpectedConditions.attributeToBe(By.id("sign:password"), "value", statistician.password()));
      d.findElement(By.id("sign:sign-commit")).click();

      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rand:sites"), "usual-medical-care"));
      assertThat(d.findElement(By.id("rand:sites")).getText()).contains("primary-spine-provider").doesNotContain("not randomized");
      assertThat(d.findElement(By.tagName("body")).getText()).contains("Wave 1", "committed by " + statistician.username());
      browser.screenshot("randomization-committed");
    }
  }
}
