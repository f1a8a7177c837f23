package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
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

/** Signing in, being refused a page the role does not allow, and signing out, in a browser. */
@Tag(Browser.TAG)
@ExtendWith(ArquillianExtension.class)
class SignInPageIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void aCoordinatorSignsInIsRefusedTheAuditTrailAndSignsOut() {
    ItUsers.User coordinator = ItUsers.create(base, "COORDINATOR");
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(20);

      d.get(base + "index.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:signIn")));
      assertThat(d.getCurrentUrl()).contains("login.xhtml");
      browser.screenshot("sign-in-page");

      browser.signIn(base, coordinator.username(), coordinator.password());
      assertThat(d.findElement(By.id("nav-account")).getText()).isEqualTo(coordinator.username());
      assertThat(d.findElements(By.id("nav-users"))).isEmpty();
      assertThat(d.findElements(By.id("studies:register"))).isEmpty();
      browser.screenshot("signed-in-coordinator");

      d.get(base + "audit.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("denied")));
      assertThat(d.getPageSource()).doesNotContain("Verify the hash chain");
      browser.screenshot("denied-page");

      d.findElement(By.id("signout:go")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:signedOut")));
      d.get(base + "index.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:signIn")));
      browser.screenshot("signed-out");
    }
  }

  @Test
  void aWrongPasswordShowsOneMessageForEveryRefusal() {
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(20);
      d.get(base + "login.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:signIn")));

      d.findElement(By.id("login:username")).sendKeys("nobody-" + System.nanoTime());
      d.findElement(By.id("login:password")).sendKeys("whatever password");
      d.findElement(By.id("login:signIn")).click();

      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "Wrong username or password"));
      browser.screenshot("sign-in-refused");
    }
  }

  @Test
  void anAdminVerifiesTheAuditTrailInTheViewer() {
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(20);
      browser.signIn(base, "admin", ItUsers.adminPassword());

      d.findElement(By.id("nav-audit")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit:verify")));
      d.findElement(By.id("audit:verify")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:chain"), "Intact"));
      assertThat(d.findElement(By.id("audit:table")).getText()).contains("Created").doesNotContain("CREATE");
      browser.screenshot("audit-viewer");

      d.findElement(By.id("nav-users")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("users:table")));
      assertThat(d.findElement(By.id("users:table")).getText()).contains("admin", "Administrator");
      browser.screenshot("users-page");
    }
  }

  @Test
  void aNewUserChoosesTheirOwnPasswordBeforeAnythingElseInTheBrowserAndOverRest() {
    ItUsers.User user = ItUsers.createWithOneTimePassword(base, "COORDINATOR");
    String own = "my own spine clinic passphrase";

    HttpResponse<String> basic = Http.basic(base, user.username(), ItUsers.ONE_TIME_PASSWORD).get("api/studies");
    assertThat(basic.statusCode()).isEqualTo(403);
    assertThat(basic.body()).contains("urn:pragma:problem:password-change-required", "PUT /api/account/password");
    assertThat(Http.bearer(base, user.username(), ItUsers.ONE_TIME_PASSWORD).get("api/studies").statusCode()).isEqualTo(403);

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(20);
      browser.signIn(base, user.username(), ItUsers.ONE_TIME_PASSWORD);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account:first")));
      assertThat(d.getCurrentUrl()).contains("account.xhtml");
      assertThat(d.findElement(By.id("account:password")).getText()).contains("Choose your password");
      browser.screenshot("first-sign-in-choose-password");

      d.get(base + "worklist.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account:first")));
      assertThat(d.getCurrentUrl()).contains("account.xhtml");

      d.findElement(By.id("account:current")).sendKeys(ItUsers.ONE_TIME_PASSWORD);
      d.findElement(By.id("account:new")).sendKeys(ItUsers.ONE_TIME_PASSWORD);
      d.findElement(By.id("account:repeated")).sendKeys(ItUsers.ONE_TIME_PASSWORD);
      d.findElement(By.id("account:change")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account"), "must differ from the current password"));
      browser.screenshot("first-sign-in-same-password-refused");

      d.findElement(By.id("account:current")).sendKeys(ItUsers.ONE_TIME_PASSWORD);
      d.findElement(By.id("account:new")).sendKeys(own);
      d.findElement(By.id("account:repeated")).sendKeys(own);
      d.findElement(By.id("account:change")).click();
      wait.until(ExpectedConditions.urlContains("index.xhtml"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("studies:nothing-yours")));
      browser.screenshot("first-sign-in-done");
    }
    assertThat(Http.basic(base, user.username(), own).get("api/studies").statusCode()).isEqualTo(200);
    assertThat(Http.basic(base, user.username(), ItUsers.ONE_TIME_PASSWORD).get("api/studies").statusCode()).isEqualTo(401);

    HttpResponse<String> reset = ItUsers.admin(base).putJson("api/users/" + user.username() + "/password",
        "{\"password\":\"another one-time password\",\"reason\":\"Forgot it, identity checked by phone\"}");
    assertThat(reset.statusCode()).isEqualTo(204);
    assertThat(Http.basic(base, user.username(), "another one-time password").get("api/studies").statusCode()).isEqualTo(403);
    assertThat(Http.basic(base, user.username(), "another one-time password").get("api/account").statusCode()).isEqualTo(200);
  }
}
