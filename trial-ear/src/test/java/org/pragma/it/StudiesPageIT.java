package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The studies page refuses an invalid form, saying what is wrong (registering a study through the form is
 * the admin's journey in {@link JourneysIT}); an investigator nobody has
 * assigned is told whom to ask, and sees the study once the admin assigns it on the users page.
 */
@Tag(Browser.TAG)
@ExtendWith(ArquillianExtension.class)
class StudiesPageIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

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

  @Test
  void anInvestigatorWithoutAStudyIsToldWhomToAskAndSeesTheStudyOnceTheAdminAssignsIt() {
    Trials.Trial trial = Trials.spineCare(base);
    ItUsers.User investigator = ItUsers.create(base, "INVESTIGATOR");

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(20);
      browser.signIn(base, investigator.username(), investigator.password());
      d.get(base + "index.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("studies:nothing-yours")));
      assertThat(d.findElement(By.id("studies:nothing-yours")).getText())
          .contains("No study is assigned to you yet", "Ask an administrator", "Administrator");
      assertThat(d.getPageSource()).doesNotContain("register the first one");
      assertThat(d.findElements(By.id("studies:register"))).isEmpty();
      browser.screenshot("studies-nothing-assigned");

      d.get(base + "study.xhtml?code=" + trial.study());
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found")));
      assertThat(d.findElement(By.id("not-found")).getText()).contains("not one of the studies", "ask an administrator");
      d.get(base + "study.xhtml?code=NO-SUCH-STUDY");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found")));
      assertThat(d.getPageSource()).doesNotContain("Something went wrong");
      browser.screenshot("study-not-found");
    }

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(20);
      browser.signIn(base, "admin", ItUsers.adminPassword());
      d.get(base + "users.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("users:table")));
      WebElement row = d.findElements(By.cssSelector("#users\\:table_data > tr")).stream()
          .filter(r -> r.getText().contains(investigator.username())).findFirst().orElseThrow();
      assertThat(row.findElements(By.tagName("td")).get(2).getText()).isEqualTo("Investigator");
      row.findElement(By.cssSelector("button")).click();
      wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class) // the panel is re-rendered while we look
          .until(ExpectedConditions.attributeToBe(By.id("users:editName"), "value", "Test INVESTIGATOR"));
      d.findElement(By.id("users:editStudies")).sendKeys(trial.study());
      d.findElement(By.id("users:editReason")).sendKeys("Principal investigator of the study");
      d.findElement(By.id("users:save")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:table"), trial.study() + " (all sites)"));
      assertThat(d.findElement(By.id("users:create")).getText()).contains("Data manager", "Study coordinator").doesNotContain("DATA_MANAGER");
      browser.screenshot("users-study-assigned");
    }

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(20);
      browser.signIn(base, investigator.username(), investigator.password());
      d.get(base + "index.xhtml");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("studies:table"), trial.study()));
      assertThat(d.findElement(By.id("studies:table")).getText()).contains("Randomized");
      assertThat(d.findElements(By.id("studies:nothing-yours"))).isEmpty();
      browser.screenshot("studies-investigator");

      d.findElement(By.linkText(trial.study())).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("study-status")));
      assertThat(d.findElement(By.id("study-status")).getText()).isEqualTo("Randomized");
      browser.screenshot("study-page-status");
    }
  }
}
