package dev.flute.examples.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.flute.dsl.vertx.FluteServer;
import dev.flute.examples.HeadlessChromium;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chat page of websocket-chat, unchanged from FastAPI's, in headless Chromium: two tabs chat
 * through the server. The page connects to {@code ws://localhost:8000} as written; Chromium maps
 * that address to the test server's ephemeral port. Skipped where Debian's {@code chromium} and
 * {@code chromium-driver} are not installed.
 */
class ChatPageBrowserTest {

    private static Vertx vertx;
    private static WebDriver browser;
    private static HeadlessChromium chromium;
    private static String page;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(HeadlessChromium.available(), "needs Debian's chromium and chromium-driver packages");
        vertx = Vertx.vertx();
        FluteServer server = Chat.serve(vertx, "websocket-chat");
        page = "http://127.0.0.1:" + server.port() + "/";
        chromium = HeadlessChromium.start(
                // the page dials localhost:8000 as written: map it to this server's port
                "--host-resolver-rules=MAP localhost:8000 127.0.0.1:" + server.port());
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) chromium.close();
        if (vertx != null) Chat.await(vertx.close());
    }

    @Test
    void two_pages_chat_through_the_server() {
        String first = browser.getWindowHandle();
        String idA = open();
        String second = browser.switchTo().newWindow(WindowType.TAB).getWindowHandle();
        String idB = open();

        browser.switchTo().window(first);
        say("hello from A");
        waitForMessages(List.of("You wrote: hello from A", "Client #" + idA + " says: hello from A"));
        browser.switchTo().window(second);
        waitForMessages(List.of("Client #" + idA + " says: hello from A"));
        say("hi A");
        waitForMessages(
                List.of("Client #" + idA + " says: hello from A", "You wrote: hi A", "Client #" + idB + " says: hi A"));

        browser.close();
        browser.switchTo().window(first);
        waitForMessages(List.of(
                "You wrote: hello from A",
                "Client #" + idA + " says: hello from A",
                "Client #" + idB + " says: hi A",
                "Client #" + idB + " left the chat"));
    }

    /** Loads the page in the current tab and waits for its socket to open; returns its client id. */
    private static String open() {
        browser.get(page);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(b -> Long.valueOf(1).equals(((JavascriptExecutor) b).executeScript("return ws.readyState")));
        String id = browser.findElement(By.id("ws-id")).getText();
        assertEquals(id, String.valueOf(Long.parseLong(id)));
        return id;
    }

    private static void say(String text) {
        browser.findElement(By.id("messageText")).sendKeys(text);
        browser.findElement(By.tagName("button")).click();
    }

    private static void waitForMessages(List<String> expected) {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        try {
            wait.until(b -> messages().equals(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(expected, messages());
        }
    }

    private static List<String> messages() {
        return browser.findElements(By.cssSelector("#messages li")).stream()
                .map(li -> li.getText())
                .toList();
    }
}
