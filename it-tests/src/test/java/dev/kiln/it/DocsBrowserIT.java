package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.it.security.Tokens;
import dev.kiln.testing.TestClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on the docs: headless Chromium opens {@code /docs} (Swagger UI served from the
 * webjar, no network), sees the operations, and runs "Try it out" on a GET. CI installs Debian's
 * {@code chromium} and {@code chromium-driver} (see {@code .ci/run}); without them this test is
 * skipped locally and fails in CI.
 */
class DocsBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static TestClient server;
    private static WebDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            throw new AssertionError("CI must install Debian's chromium and chromium-driver (.ci/run does)");
        }
        Assumptions.assumeTrue(installed, "Chromium and chromedriver are not installed");
        server = TestClient.start(Kiln.app().title("Kiln it-tests"));
        profile = Files.createTempDirectory("kiln-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--no-first-run",
                        "--disable-quic",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        // Swagger UI (5.34, the version served) renders only the operations in view once a document
                        // lists 150
                        // tags and operations or more (a virtual list); a window this tall keeps them all in
                        // view, so the test can find each operation without scrolling.
                        "--window-size=1280,40000",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
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
    void swaggerUiListsTheOperationsAndTryItOutCallsTheApp() {
        browser.get(server.baseUrl() + "/docs");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 50));
        List<String> paths = browser.findElements(By.cssSelector(".opblock-summary-path")).stream()
                .map(e -> e.getAttribute("data-path"))
                .toList();
        assertTrue(paths.contains("/params/path/{itemId}") && paths.contains("/bodies/items"), paths.toString());
        assertTrue(browser.findElement(By.cssSelector(".info .title")).getText().contains("Kiln it-tests"));

        WebElement operation = browser.findElement(
                By.xpath("//div[contains(@class,'opblock-get')][.//*[@data-path='/responses/json']]"));
        operation.findElement(By.cssSelector(".opblock-summary-control")).click();
        clickable(wait, operation, ".try-out__btn").click();
        clickable(wait, operation, ".execute").click();
        By liveStatus = By.cssSelector(".live-responses-table tbody .response-col_status");
        WebElement status = wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(operation, liveStatus));
        assertTrue(status.getText().contains("200"), status.getText());
        String body = operation
                .findElement(By.cssSelector(".live-responses-table tbody .response-col_description"))
                .getText();
        assertTrue(body.contains("Hello, World!"), body);
    }

    /**
     * Swagger UI's Authorize dialog (from {@code components.securitySchemes}): a bearer-protected operation answers
     * 401 before, and 200 once a token is entered for {@code HTTPBearer}.
     */
    @Test
    void swaggerUiAuthorizesWithABearerToken() {
        callBeforeAndAfterAuthorizing(
                "/security/bearer",
                "HTTPBearer",
                "johndoe",
                scheme -> scheme.findElement(By.id("auth-bearer-value"))
                        .sendKeys(Tokens.create("johndoe", List.of(), Duration.ofMinutes(5))));
    }

    /**
     * The password flow in Swagger UI's Authorize dialog: user name, password and scopes sent to the app's token
     * endpoint ({@code @Form PasswordForm}), then an operation that needs the {@code me} scope answers 200.
     */
    @Test
    void swaggerUiAuthorizesWithThePasswordFlow() {
        callBeforeAndAfterAuthorizing("/security/users/me", "OAuth2PasswordBearer", "John Doe", scheme -> {
            scheme.findElement(By.id("oauth_username")).sendKeys("johndoe");
            scheme.findElement(By.id("oauth_password")).sendKeys("secret");
            scheme.findElement(By.cssSelector(".scopes a[data-all]")).click();
        });
    }

    /**
     * Runs the GET operation of {@code path} from Swagger UI: 401 first; then authorizes {@code scheme} in the
     * Authorize dialog, its credentials entered by {@code credentials}, and runs it again: 200, with
     * {@code expected} in the body.
     */
    private static void callBeforeAndAfterAuthorizing(
            String path, String scheme, String expected, Consumer<WebElement> credentials) {
        browser.get(server.baseUrl() + "/docs");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 50));
        WebElement operation =
                browser.findElement(By.xpath("//div[contains(@class,'opblock-get')][.//*[@data-path='" + path + "']]"));
        operation.findElement(By.cssSelector(".opblock-summary-control")).click();
        clickable(wait, operation, ".try-out__btn").click();
        String refused = executedStatus(wait, operation);
        assertTrue(refused.contains("401"), refused);

        browser.findElement(By.cssSelector(".auth-wrapper .authorize")).click();
        WebElement container = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//div[contains(@class,'auth-container')][.//h4[contains(.,'" + scheme + "')]]")));
        credentials.accept(container);
        container.findElement(By.cssSelector("button.authorize")).click();
        wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(container, By.xpath(".//h6[.='Authorized']")));
        browser.findElement(By.cssSelector(".dialog-ux .btn-done")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".dialog-ux")));

        String status = executedStatus(wait, operation);
        assertTrue(status.contains("200"), status);
        String body = operation
                .findElement(By.cssSelector(".live-responses-table tbody .response-col_description"))
                .getText();
        assertTrue(body.contains(expected), body);
    }

    /** Executes the expanded operation and returns the status shown once a new answer is in. */
    private static String executedStatus(WebDriverWait wait, WebElement operation) {
        By liveStatus = By.cssSelector(".live-responses-table tbody .response-col_status");
        List<WebElement> clear = operation.findElements(By.cssSelector(".btn-clear"));
        if (!clear.isEmpty()) {
            // the answer before goes, so the one waited for below is the new one
            clear.get(0).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(liveStatus));
        }
        clickable(wait, operation, ".execute").click();
        return wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(operation, liveStatus))
                .getText();
    }

    /**
     * Swagger UI's form for an urlencoded operation (text inputs) and for a multipart one (text inputs and a
     * file picker, from the document's {@code contentMediaType}): filled in, executed, answered 200.
     */
    @Test
    void swaggerUiFillsAFormAndUploadsAFile() throws Exception {
        browser.get(server.baseUrl() + "/docs");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 50));

        WebElement login = tryItOut(wait, "/forms/login");
        type(wait, login, "username", "ada");
        type(wait, login, "password", "secret");
        String loginBody = execute(wait, login);
        assertTrue(loginBody.contains("\"username\": \"ada\""), loginBody);

        Path file = Files.createTempFile(profile, "avatar", ".txt");
        Files.writeString(file, "picture of ada");
        WebElement upload = tryItOut(wait, "/forms/profile");
        type(wait, upload, "name", "Ada");
        type(wait, upload, "age", "36");
        WebElement picker = wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(
                upload, By.cssSelector("tr[data-property-name='avatar'] input[type='file']")));
        picker.sendKeys(file.toAbsolutePath().toString());
        String uploadBody = execute(wait, upload);
        assertTrue(uploadBody.contains(file.getFileName().toString()), uploadBody);
        assertTrue(uploadBody.contains("picture of ada"), uploadBody);
    }

    /** The POST operation of {@code path}, expanded, in "Try it out" mode. */
    private static WebElement tryItOut(WebDriverWait wait, String path) {
        WebElement operation = browser.findElement(
                By.xpath("//div[contains(@class,'opblock-post')][.//*[@data-path='" + path + "']]"));
        operation.findElement(By.cssSelector(".opblock-summary-control")).click();
        clickable(wait, operation, ".try-out__btn").click();
        clickable(wait, operation, ".execute");
        return operation;
    }

    /** Types into the text input of a form field of the request body. */
    private static void type(WebDriverWait wait, WebElement operation, String field, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(
                operation, By.cssSelector("tr[data-property-name='" + field + "'] input")));
        input.clear();
        input.sendKeys(text);
    }

    /** Executes the operation and returns the response body shown, once its status is 200. */
    private static String execute(WebDriverWait wait, WebElement operation) throws InterruptedException {
        // Swagger UI's inputs hand their value over after a short debounce
        Thread.sleep(800);
        operation.findElement(By.cssSelector(".execute")).click();
        By liveStatus = By.cssSelector(".live-responses-table tbody .response-col_status");
        WebElement status = wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(operation, liveStatus));
        String body = operation
                .findElement(By.cssSelector(".live-responses-table tbody .response-col_description"))
                .getText();
        assertTrue(status.getText().contains("200"), status.getText() + " " + body);
        return body;
    }

    /**
     * The element {@code css} inside {@code parent} once it is there and clickable: Swagger UI renders what a click
     * opens (the Try it out and Execute buttons) a moment after the click, not at once.
     */
    private static WebElement clickable(WebDriverWait wait, WebElement parent, String css) {
        WebElement element =
                wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(parent, By.cssSelector(css)));
        return wait.until(ExpectedConditions.elementToBeClickable(element));
    }
}
