package org.interstice;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base class for browser tests: Debian's headless chromium driven by chromedriver, one browser per test JVM
 * (shared, so sign in at the start of each test), against the application on its random port.
 */
@IntegrationTest
public abstract class BrowserTest {

    private static WebDriver browser;

    @LocalServerPort
    protected int port;

    /** The shared browser. */
    protected static synchronized WebDriver browser() {
        if (browser == null) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("interstice.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,1024", "--lang=en-GB");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("interstice.chromedriver", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            browser = new ChromeDriver(service, options);
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            WebDriver started = browser;
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
        }
        return browser;
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page by path, e.g. {@code open("/")}. */
    protected WebDriver open(String path) {
        browser().get(url(path));
        return browser();
    }

    /** Signs out any previous user and signs in as this one (demo password), ending on the page after sign-in. */
    protected WebDriver signIn(String username) {
        WebDriver driver = open("/sign-in");
        driver.manage().deleteAllCookies();
        driver.get(url("/sign-in"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(IntegrationTest.DEMO_PASSWORD);
        org.openqa.selenium.WebElement signInPage = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector("form[action='/sign-in'] button[type=submit]")).click();
        // the click does not always wait for the next page: wait until the sign-in page has gone
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(signInPage));
        return driver;
    }

    /** Runs axe-core on the current page and fails on any serious or critical violation. */
    protected void assertAccessible() {
        List<Rule> violations = new AxeBuilder().analyze(browser()).getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(violations)
                .as(() -> "Accessibility violations on " + browser().getCurrentUrl() + ":\n" + violations.stream()
                        .map(r -> r.getImpact() + " " + r.getId() + ": " + r.getHelp() + " " + r.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
    }
}
