package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
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

/** A statistician opens a study from the studies list and reads its arms, schedules and eligibility rules. */
@Tag(Browser.TAG)
@ExtendWith(ArquillianExtension.class)
class StudyProtocolPageIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void showsTheArmsSideBySideWithTheirSchedulesAndTheEligibilityRules() {
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(20);
      browser.signIn(base, "admin", ItUsers.adminPassword());
      d.get(base.toString());
      wait.until(ExpectedConditions.elementToBeClickable(By.linkText("SPINE-CARE"))).click();

      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("arms")));
      assertThat(d.findElements(By.cssSelector("#arms .pragma-arm"))).hasSize(3);
      assertThat(d.findElement(By.id("arms")).getText()).contains("Usual care", "day 91", "day 365");
      assertThat(d.findElements(By.cssSelector(".pragma-window"))).isNotEmpty();
      assertThat(d.findElement(By.id("rules")).getText()).contains("Inclusion", "Exclusion", "18 or older");
      browser.screenshot("study-spine-care");

      d.findElement(By.linkText("Protocols")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("protocols:errors")));
      assertThat(d.findElement(By.id("protocols:studies")).getText()).contains("spine-care", "impact-lbp", "Loaded");
      assertThat(d.findElement(By.id("protocols:errors")).getText()).contains("No errors");
      browser.screenshot("protocols");
    }
  }
}
