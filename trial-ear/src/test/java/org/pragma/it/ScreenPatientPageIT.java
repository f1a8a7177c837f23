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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A coordinator screens an ineligible and then an eligible patient at their clinic and sees why. */
@ExtendWith(ArquillianExtension.class)
class ScreenPatientPageIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void screensAnIneligibleThenAnEligiblePatientAndSeesTheReasons() {
    Http admin = ItUsers.admin(base);
    String study = TestStudies.fromTemplate(admin, "spine-care");
    admin.postJson("api/studies/" + study + "/sites",
        "{\"code\":\"S1\",\"name\":\"Clinic S1\",\"covariates\":{\"health-system\":\"vanderbilt\",\"annual-spine-visits\":\"400\"}}");
    ItUsers.User coordinator = ItUsers.create(base, "COORDINATOR", study + "/S1");

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(30));
      browser.signIn(base, coordinator.username(), coordinator.password());
      d.get(base + "screen.xhtml?study=" + study + "&site=S1");
      wait.until(ExpectedConditions.elementToBeClickable(By.id("screen:submit")));

      answer(d, "2015", "2026-11-10", true);
      d.findElement(By.id("screen:submit")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("screen:outcome")));
      assertThat(d.findElement(By.id("screen:outcome")).getText()).contains("Not eligible", "18 or older", "pregnancy");
      browser.screenshot("screening-ineligible");

      answer(d, "1975", "2026-11-10", false);
      d.findElement(By.id("screen:submit")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("screen:outcome"), "Eligible"));
      assertThat(d.findElement(By.id("screen:log")).getText()).contains("eligible", "ineligible");
      browser.screenshot("screening-eligible");
    }
  }

  private static void answer(WebDriver d, String birthYear, String onset, boolean pregnant) {
    for (WebElement radios : d.findElements(By.cssSelector("table[data-question]"))) {
      boolean yes = radios.getAttribute("data-question").matches("spine-pain-present|able-to-consent")
          || (pregnant && radios.getAttribute("data-question").equals("pregnant"));
      radios.findElements(By.tagName("input")).get(yes ? 0 : 1).click();
    }
    new Select(d.findElement(By.cssSelector("select[data-question='pain-location']"))).selectByValue("low-back");
    type(d, "birth-year", birthYear);
    JavascriptExecutor js = (JavascriptExecutor) d;
    js.executeScript("arguments[0].value = arguments[1]", d.findElement(By.cssSelector("input[data-question='pain-onset-date']")), onset);
  }

  private static void type(WebDriver d, String question, String value) {
    WebElement input = d.findElement(By.cssSelector("input[data-question='" + question + "']"));
    input.clear();
    input.sendKeys(value);
  }
}
