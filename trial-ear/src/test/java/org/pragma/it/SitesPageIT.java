package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin uploads a site file with a bad row, sees what to fix, uploads it again fixed, then corrects
 * one site. (Adding a clinic with the form, opening it and downloading the template is the admin's
 * journey in {@link JourneysIT}.)
 */
@Tag(Browser.TAG)
@ExtendWith(ArquillianExtension.class)
class SitesPageIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void importsASiteFileAfterShowingItsBadRowsThenCorrectsASite(@TempDir Path dir) throws Exception {
    Http admin = ItUsers.admin(base);
    String study = TestStudies.fromTemplate(admin, "impact-lbp");
    String header = "code,name,health-system,annual-low-back-pain-visits,clinic-type\n";
    Path bad = Files.writeString(dir.resolve("bad-sites.csv"), header + "S01,Duke Family Medicine,duke,420,family\nS02,Iowa clinic,iowa,lots,internal\n");
    Path good = Files.writeString(dir.resolve("sites.csv"), header + "S01,Duke Family Medicine,duke,420,family\nS02,Iowa clinic,iowa,310,internal\n");

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(30);
      browser.signIn(base, "admin", ItUsers.adminPassword());
      d.get(base + "sites.xhtml?code=" + study);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import:upload_input")));

      d.findElement(By.id("import:upload_input")).sendKeys(bad.toString());
      try {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import:row-errors")));
      } catch (RuntimeException e) {
        browser.screenshot("sites-upload-failed");
        throw e;
      }
      assertThat(d.findElement(By.id("import:row-errors")).getText()).contains("annual-low-back-pain-visits", "must be a decimal number");
      browser.screenshot("sites-upload-refused");

      d.findElement(By.id("import:upload_input")).sendKeys(good.toString());
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sites:table"), "Iowa clinic"));
      assertThat(d.findElements(By.id("import:row-errors"))).isEmpty();

      d.findElement(By.id("sites:table:1:edit")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sites:name")));
      d.findElement(By.id("sites:name")).clear();
      d.findElement(By.id("sites:name")).sendKeys("University of Iowa Spine Clinic");
      d.findElement(By.id("sites:reason")).sendKeys("Official clinic name");
      d.findElement(By.id("sites:save")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sites:table"), "University of Iowa Spine Clinic"));
      browser.screenshot("sites-corrected");
    }
    assertThat(admin.get("api/audit?study=" + study + "&site=S02").body()).contains("Official clinic name");
  }

  /** The dialog's save button, scrolled into view first (the dialog scrolls when it is taller than the window). */
  private static void save(WebDriver d) {
    org.openqa.selenium.WebElement button = d.findElement(By.id("sites:add-save"));
    ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
    button.click();
  }
}
