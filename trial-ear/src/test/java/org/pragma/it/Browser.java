package org.pragma.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its matching chromedriver: nothing is downloaded at test
 * time. Without Chromium the browser tests are skipped, unless {@code browser.required=true} (CI).
 */
public final class Browser implements AutoCloseable {
  private final WebDriver driver;

  private Browser(WebDriver driver) {
    this.driver = driver;
  }

  public static Browser open() {
    File chromium = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    File chromedriver = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    boolean installed = chromium.canExecute() && chromedriver.canExecute();
    if (!installed && Boolean.getBoolean("browser.required")) {
      throw new IllegalStateException("Chromium or chromedriver missing: apt-get install -y chromium chromium-driver");
    }
    Assumptions.assumeTrue(installed, "Chromium not installed: browser test skipped");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", "--no-first-run", "--window-size=1280,900");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    return new Browser(driver);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Signs in through the sign-in page and waits for the signed-in header. */
  public void signIn(java.net.URL base, String username, String password) {
    driver.get(base + "login.xhtml");
    WebDriverWait wait = waiting(20);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:signIn")));
    driver.findElement(By.id("login:username")).sendKeys(username);
    driver.findElement(By.id("login:password")).sendKeys(password);
    driver.findElement(By.id("login:signIn")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-account")));
  }

  /**
   * A wait of {@code seconds} that, when it times out, saves a screenshot and the page source under
   * target/screenshots (named after the failing test's condition) so a failure on CI can be looked at.
   */
  public WebDriverWait waiting(int seconds) {
    return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(seconds)) {
      @Override
      protected RuntimeException timeoutException(String message, Throwable lastException) {
        String name = "timeout-" + System.currentTimeMillis();
        try {
          Path png = screenshot(name);
          Files.writeString(png.resolveSibling(name + ".html"), driver.getPageSource());
          message = message + " (screenshot and page source: " + png + ")";
        } catch (RuntimeException | IOException e) {
          message = message + " (no screenshot: " + e.getMessage() + ")";
        }
        return super.timeoutException(message, lastException);
      }
    }.pollingEvery(Duration.ofMillis(50));
  }

  /**
   * Answers with one radio or checkbox the way a user does, and checks that nothing moved under the
   * pointer: the control is clicked, its selected state is read back by locator (the element may be
   * re-rendered), the answer's ajax round trip (if any) completes, and every answer control on the page
   * is still where it was, at the same size. A control that grows on focus or a panel that grows on
   * re-render would make a fast user's next click land beside its target.
   */
  public void answer(By control) {
    Map<String, Object> before = answerControlPositions();
    driver.findElement(control).click();
    WebDriverWait wait = waiting(20);
    wait.until(ExpectedConditions.elementSelectionStateToBe(control, true));
    wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    assertThat(answerControlPositions()).as("answer controls (id -> x,y,size) after answering " + control).isEqualTo(before);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> answerControlPositions() {
    return (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
        "var m = {}; document.querySelectorAll('input[type=radio], input[type=checkbox]').forEach(function (e) {"
            + " var r = e.getBoundingClientRect();"
            + " m[e.id] = Math.round(r.left + window.scrollX) + ',' + Math.round(r.top + window.scrollY) + ' '"
            + " + Math.round(r.width) + 'x' + Math.round(r.height); }); return m;");
  }

  /** Saves a PNG under target/screenshots for a person to look at. */
  public Path screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new IllegalStateException("Could not save screenshot " + name, e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
