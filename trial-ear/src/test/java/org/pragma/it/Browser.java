package org.pragma.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
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
 *
 * <p>Every page state a test takes a screenshot of is also checked with axe-core against WCAG 2.1 A
 * and AA: a serious or critical violation fails the test when the browser closes, listed with every
 * other page's, so one run shows all there is to fix and a failing step's own error stays the cause.
 */
public final class Browser implements AutoCloseable {
  /**
   * The JUnit tag of tests that drive pages in the browser. The PostgreSQL run of CI leaves them out
   * ({@code it.excludedGroups} in the postgres profile): pages call the same services the API tests
   * run on PostgreSQL, and the browser does not depend on the database.
   */
  public static final String TAG = "browser";
  /** axe-core's tags for the WCAG 2.0 and 2.1 success criteria of levels A and AA. */
  private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  /** The impacts that fail a test; axe's "moderate" and "minor" are reported by axe but not enforced. */
  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  private final WebDriver driver;
  private final List<String> inaccessible = new ArrayList<>();

  private Browser(WebDriver driver) {
    this.driver = driver;
  }

  public static Browser open() {
    return open(null);
  }

  /** A browser that saves downloads into {@code downloads} without asking. */
  public static Browser open(Path downloads) {
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
    if (downloads != null) {
      options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
          "download.prompt_for_download", false));
    }
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
          Path png = picture(name);
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

  /**
   * Waits until the page is at rest: no ajax request pending and no CSS transition or animation
   * running. A button caught halfway through its hover fade has colours it never shows at rest, and
   * axe-core would judge its contrast on those.
   */
  private void settled() {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(50)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
          "return (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
              + " && (!document.getAnimations || document.getAnimations().every(function (a) { return a.playState !== 'running'; }));")));
    } catch (org.openqa.selenium.TimeoutException e) {
      // an endless animation (a spinner): check the page as it is
    }
  }

  /**
   * Saves a PNG under target/screenshots for a person to look at, and checks the page as it is now
   * with axe-core: violations are reported when the browser closes (see {@link #close()}).
   */
  public Path screenshot(String name) {
    Path file = picture(name);
    inaccessible.addAll(accessibilityProblems(name));
    return file;
  }

  /**
   * Fails now, with one line per element (rule, impact, target selector, what is wrong), if axe-core
   * finds a serious or critical WCAG 2.1 A/AA violation on the page as it is.
   */
  public void assertAccessible(String pageName) {
    List<String> problems = accessibilityProblems(pageName);
    if (!problems.isEmpty()) {
      throw new AssertionError(report(problems));
    }
  }

  private List<String> accessibilityProblems(String pageName) {
    String where = pageName + " (" + driver.getCurrentUrl() + ")";
    settled();
    Results results;
    try {
      results = new AxeBuilder().withTags(WCAG_21_AA).disableIframeTesting().analyze(driver);
    } catch (RuntimeException e) {
      return List.of(where + ": axe-core could not check the page: " + e.getMessage());
    }
    if (results.isErrored()) {
      return List.of(where + ": axe-core could not check the page: " + results.getErrorMessage());
    }
    List<String> problems = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      for (CheckedNode node : rule.getNodes()) {
        String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
        if (!BLOCKING.contains(impact)) {
          continue;
        }
        problems.add(where + ": " + rule.getId() + " [" + impact + "] " + node.getTarget() + " | "
            + rule.getHelp() + " | " + String.valueOf(node.getFailureSummary()).replaceAll("\\s*\\n\\s*", " "));
      }
    }
    return problems;
  }

  private static String report(List<String> problems) {
    return problems.size() + " serious or critical WCAG 2.1 A/AA violation(s) found by axe-core:\n  "
        + problems.stream().collect(Collectors.joining("\n  "));
  }

  private Path picture(String name) {
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

  /** Quits the browser, then fails if any page a screenshot was taken of had a serious accessibility violation. */
  @Override
  public void close() {
    driver.quit();
    if (!inaccessible.isEmpty()) {
      throw new AssertionError(report(inaccessible));
    }
  }
}
