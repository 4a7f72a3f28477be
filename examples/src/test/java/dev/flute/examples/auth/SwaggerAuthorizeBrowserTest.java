package dev.flute.examples.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import dev.flute.examples.HeadlessChromium;
import dev.flute.schema.Docs;
import io.vertx.core.Vertx;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * oauth2-jwt's docs as a person uses them: in headless Chromium, Swagger UI's "Authorize" button
 * runs the OAuth2 password flow against {@code POST /token} as johndoe/secret, then "Try it out" on
 * {@code GET /users/me/} sends the bearer token and shows 200 with johndoe. A real server on an
 * ephemeral port, nothing but the loopback network. Skipped where Debian's {@code chromium} and
 * {@code chromium-driver} are not installed.
 */
class SwaggerAuthorizeBrowserTest {
    /** A bound on each wait, not a performance assertion: bcrypt alone takes a quarter of a second. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static Vertx vertx;
    private static FluteServer server;
    private static WebDriver browser;
    private static HeadlessChromium chromium;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(HeadlessChromium.available(), "needs Debian's chromium and chromium-driver packages");
        vertx = Vertx.vertx();
        server = FluteServer.start(
                        vertx, Docs.with(OAuth2Jwt.app()), ServerConfig.port(0).host("127.0.0.1"))
                .toCompletionStage()
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        base = "http://127.0.0.1:" + server.port();
        chromium = HeadlessChromium.start("--window-size=1400,2000");
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) chromium.close();
        if (server != null)
            server.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        if (vertx != null)
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Test
    void should_authorize_as_johndoe_and_read_users_me() {
        browser.get(base + "/docs");
        var wait = new WebDriverWait(browser, WAIT);

        // Authorize: the OAuth2 password flow's dialog, posting the form to tokenUrl "token".
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".auth-wrapper .btn.authorize")))
                .click();
        WebElement dialog =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dialog-ux .modal-ux")));
        type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("oauth_username"))), "johndoe");
        type(dialog.findElement(By.id("oauth_password")), "secret");
        dialog.findElement(By.cssSelector(".auth-btn-wrapper .btn.modal-btn.auth.authorize"))
                .click();
        try {
            // Once the token is in, the dialog offers "Logout" in place of "Authorize".
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".dialog-ux .auth-btn-wrapper button[aria-label='Remove authorization']")));
        } catch (TimeoutException e) {
            screenshot("swagger-ui-authorize-failed");
            throw new AssertionError("not authorized; the dialog says: " + dialogText(), e);
        }
        screenshot("swagger-ui-authorized");
        browser.findElement(By.cssSelector(".dialog-ux .auth-btn-wrapper .btn-done"))
                .click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".dialog-ux")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".auth-wrapper .btn.authorize.locked")));

        // GET /users/me/: expand, "Try it out", "Execute".
        WebElement operation = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//div[contains(concat(' ', normalize-space(@class), ' '), ' opblock-get ')]"
                        + "[.//*[@data-path='/users/me/']]")));
        if (operation.findElements(By.cssSelector(".try-out__btn")).isEmpty()) {
            operation.findElement(By.cssSelector(".opblock-summary")).click();
        }
        // The operation's body renders after the click: wait for its buttons, never look for them at once.
        String usersMe = "//div[contains(concat(' ', normalize-space(@class), ' '), ' opblock-get ')]"
                + "[.//*[@data-path='/users/me/']]";
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath(usersMe + "//button[contains(@class, 'try-out__btn')]")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(usersMe + "//button[contains(@class, 'execute')]")))
                .click();

        WebElement status = wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(
                operation, By.cssSelector(".live-responses-table .response .response-col_status")));
        screenshot("swagger-ui-users-me");
        String curl = operation.findElement(By.cssSelector(".curl-command")).getText();
        assertTrue(curl.contains("Authorization: Bearer "), curl);
        assertEquals("200", status.getText().strip());
        String body = operation
                .findElement(By.cssSelector(".live-responses-table .response-col_description .highlight-code pre"))
                .getText();
        assertTrue(body.contains("\"username\": \"johndoe\""), body);
    }

    private static void type(WebElement input, String value) {
        input.clear();
        input.sendKeys(value);
    }

    private static String dialogText() {
        return browser.findElements(By.cssSelector(".dialog-ux")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("(no dialog)");
    }

    /** Kept under target/ for a person to look at. */
    private static void screenshot(String name) {
        try {
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Path out = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(out.getParent());
            Files.copy(shot.toPath(), out, StandardCopyOption.REPLACE_EXISTING);
        } catch (Exception e) {
            // A screenshot is a courtesy; the assertions are the test.
        }
    }
}
