package dev.kiln.samples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.testing.TestClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A user of the service in a real browser: headless Chromium opens {@code /docs}, logs in through Swagger
 * UI's Authorize dialog (OAuth2's password flow against {@code POST /token}) and calls a protected
 * operation: 401 before, 200 after. CI installs Debian's {@code chromium} and {@code chromium-driver}
 * ({@code .ci/run}); without them this test is skipped locally and fails in CI.
 */
class DocsAuthorizeIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path folder;

    private static TestClient server;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            throw new AssertionError("CI must install Debian's chromium and chromium-driver (.ci/run does)");
        }
        Assumptions.assumeTrue(installed, "Chromium and chromedriver are not installed");
        server = TestClient.start(ServiceApp.app(new ServiceSettings(
                TestDatabase.H2.create(folder),
                2,
                Optional.empty(),
                5,
                folder.resolve("uploads").toString(),
                1024,
                Optional.empty(),
                false)));
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=1280,8000",
                        "--user-data-dir=" + Files.createDirectories(folder.resolve("chromium")));
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build(),
                options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void logsInThroughTheAuthorizeDialogAndCallsAProtectedOperation() {
        var signedUp = server.post(
                "/users", Map.of("username", "grace", "email", "grace@example.com", "password", "correct horse"));
        assertEquals(201, signedUp.status(), signedUp.text());

        browser.get(server.baseUrl() + "/docs");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 10));
        WebElement me =
                browser.findElement(By.xpath("//div[contains(@class,'opblock-get')][.//*[@data-path='/users/me']]"));
        me.findElement(By.cssSelector(".opblock-summary-control")).click();
        wait.until(ExpectedConditions.elementToBeClickable(me.findElement(By.cssSelector(".try-out__btn"))))
                .click();
        String refused = execute(wait, me);
        assertTrue(refused.contains("401"), refused);

        browser.findElement(By.cssSelector(".auth-wrapper .authorize")).click();
        WebElement oauth2 = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//div[contains(@class,'auth-container')][.//h4[contains(.,'OAuth2PasswordBearer')]]")));
        oauth2.findElement(By.id("oauth_username")).sendKeys("grace");
        oauth2.findElement(By.id("oauth_password")).sendKeys("correct horse");
        List<WebElement> scopes = oauth2.findElements(By.cssSelector(".scopes input[type='checkbox']"));
        assertEquals(2, scopes.size(), "the items and admin scopes are offered");
        oauth2.findElement(By.cssSelector(".scopes a[data-all]")).click();
        oauth2.findElement(By.cssSelector("button.authorize")).click();
        wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(oauth2, By.xpath(".//h6[.='Authorized']")));
        browser.findElement(By.cssSelector(".dialog-ux .btn-done")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".dialog-ux")));

        String status = execute(wait, me);
        assertTrue(status.contains("200"), status);
        String body = me.findElement(By.cssSelector(".live-responses-table tbody .response-col_description"))
                .getText();
        assertTrue(body.contains("grace@example.com"), body);
    }

    /** Executes the expanded operation and returns the status shown once the new answer is in. */
    private static String execute(WebDriverWait wait, WebElement operation) {
        By liveStatus = By.cssSelector(".live-responses-table tbody .response-col_status");
        List<WebElement> clear = operation.findElements(By.cssSelector(".btn-clear"));
        if (!clear.isEmpty()) {
            clear.get(0).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(liveStatus));
        }
        wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector(".execute"))))
                .click();
        return wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(operation, liveStatus))
                .getText();
    }
}
