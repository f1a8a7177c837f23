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

/** An admin registers a study on the studies page and sees it listed. */
@ExtendWith(ArquillianExtension.class)
class StudiesPageIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void registersAStudyThroughTheFormAndSeesItListed() {
    String code = StudyServiceIT.uniqueCode();
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(20);
      browser.signIn(base, "admin", ItUsers.adminPassword());
      d.get(base.toString());
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("studies:add")));

      d.findElement(By.id("studies:code")).sendKeys(code);
      d.findElement(By.id("studies:title")).sendKeys("Acute spine pain in primary care");
      d.findElement(By.id("studies:registryId")).sendKeys("NCT03083886");
      d.findElement(By.id("studies:add")).click();

      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("studies:table"), code));
      assertThat(d.findElement(By.id("studies:table")).getText())
          .contains(code, "Acute spine pain in primary care", "NCT03083886", "PLANNING");
      browser.screenshot("studies-page");
    }
  }

  @Test
  void showsWhatIsWrongWithAnInvalidForm() {
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(20);
      browser.signIn(base, "admin", ItUsers.adminPassword());
      d.get(base.toString());
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("studies:add")));

      d.findElement(By.id("studies:code")).sendKeys("not a code");
      d.findElement(By.id("studies:add")).click();

      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("studies:register"), "upper-case"));
      assertThat(d.findElement(By.id("studies:register")).getText()).contains("Title is required");
      browser.screenshot("studies-page-invalid");
    }
  }
}
