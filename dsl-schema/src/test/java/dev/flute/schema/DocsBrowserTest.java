package dev.flute.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import io.vertx.core.Vertx;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The docs as a person uses them: headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}) opens Swagger UI and ReDoc of a real server on an ephemeral port, with
 * nothing but the loopback network, and of the same API mounted under {@code /shop/api} in a host
 * Vert.x router. Skipped where those packages are not installed.
 */
class DocsBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static Vertx vertx;
    private static FluteServer server;
    private static WebDriver browser;
    private static String base;
    private static io.vertx.core.http.HttpServer host;
    private static String mounted;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "needs Debian's chromium and chromium-driver packages");
        vertx = Vertx.vertx();
        server = FluteServer.start(
                        vertx, Docs.with(SampleApi.api()), ServerConfig.port(0).host("127.0.0.1"))
                .toCompletionStage()
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        base = "http://127.0.0.1:" + server.port();
        var router = io.vertx.ext.web.Router.router(vertx);
        router.route("/shop/api/*").subRouter(dev.flute.dsl.vertx.FluteRouter.of(vertx, Docs.with(SampleApi.api())));
        host = vertx.createHttpServer()
                .requestHandler(router)
                .listen(0, "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        mounted = "http://127.0.0.1:" + host.actualPort() + "/shop/api";
        var options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-dev-shm-usage",
                        "--disable-gpu",
                        "--window-size=1400,2000");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (server != null)
            server.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        if (host != null) host.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        if (vertx != null)
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Test
    void should_show_the_operations_in_swagger_ui() {
        browser.get(base + "/docs");
        var wait = new WebDriverWait(browser, WAIT);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
        List<String> paths = browser.findElements(By.cssSelector(".opblock-summary [data-path]")).stream()
                .map(e -> e.getAttribute("data-path"))
                .toList();
        assertTrue(
                paths.containsAll(List.of("/health", "/items/", "/items/{item_id}", "/items/{item_id}/price")),
                paths.toString());
        assertTrue(!paths.contains("/items/internal/stats"), "hidden operations stay hidden: " + paths);
        assertTrue(browser.getPageSource().contains("Read one item"));
        screenshot("swagger-ui");
    }

    @Test
    void should_try_out_an_operation_and_show_the_real_response() {
        WebElement operation = tryOutReadItem(base);
        assertTrue(requestUrl(operation).startsWith(base + "/items/"), requestUrl(operation));
        screenshot("swagger-ui-try-it-out");
    }

    @Test
    void should_try_out_an_operation_of_a_mounted_api_at_its_mounted_url() {
        WebElement operation = tryOutReadItem(mounted);
        assertEquals(
                mounted + "/items/3fa85f64-5717-4562-b3fc-2c963f66afa6",
                requestUrl(operation),
                "Swagger UI calls the mounted URL, from the document's servers");
        screenshot("swagger-ui-mounted-try-it-out");
    }

    private static String requestUrl(WebElement operation) {
        return operation
                .findElement(By.cssSelector(".request-url pre"))
                .getText()
                .strip();
    }

    /** Opens read_item in Swagger UI at {@code root}, fills it in, executes it: 200 with the item. */
    private static WebElement tryOutReadItem(String root) {
        browser.get(root + "/docs#/items/read_item_items__item_id__get");
        var wait = new WebDriverWait(browser, WAIT);
        WebElement operation = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.id("operations-items-read_item_items__item_id__get")));
        if (operation.findElements(By.cssSelector(".try-out__btn")).isEmpty()) {
            operation.findElement(By.cssSelector(".opblock-summary")).click();
        }
        // The operation's body renders after the click: wait for what it shows, never look for it at once.
        String id = "#operations-items-read_item_items__item_id__get ";
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(id + ".try-out__btn")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(id + "tr[data-param-name=\"x-token\"] input")));
        fill(operation, "item_id", "3fa85f64-5717-4562-b3fc-2c963f66afa6");
        fill(operation, "x-token", "secret");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(id + "button.execute")))
                .click();
        WebElement status = wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(
                operation, By.cssSelector(".live-responses-table .response .response-col_status")));
        assertEquals("200", status.getText().strip());
        String body = operation
                .findElement(By.cssSelector(".live-responses-table .response-col_description pre"))
                .getText();
        assertTrue(body.contains("\"Plumbus\""), body);
        return operation;
    }

    @Test
    void should_render_redoc() {
        browser.get(base + "/redoc");
        var wait = new WebDriverWait(browser, WAIT);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h2")));
        wait.until(d -> d.getPageSource().contains("Read one item"));
        assertTrue(browser.getTitle().contains("Shop - ReDoc"), browser.getTitle());
        screenshot("redoc");
    }

    private static void fill(WebElement operation, String parameter, String value) {
        WebElement input = operation.findElement(By.cssSelector("tr[data-param-name=\"" + parameter + "\"] input"));
        input.clear();
        input.sendKeys(value);
    }

    /** Kept under target/ for a person to look at. */
    private static void screenshot(String name) {
        try {
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Path out = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(out.getParent());
            Files.copy(shot.toPath(), out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (Exception e) {
            // A screenshot is a courtesy; the assertions are the test.
        }
    }
}
