package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flute.dsl.Endpoint;
import dev.flute.dsl.testing.TestClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class BackgroundTasksTest {
    static final List<String> LOG = new CopyOnWriteArrayList<>();

    static void writeLog(String line) {
        LOG.add(line); // a file, a mail server: blocking work
    }

    // README: background-tasks
    static final Endpoint<?> SEND_NOTIFICATION = route(POST, "/send-notification/<email>")
            .param(path("email", str()))
            .param(backgroundTasks())
            .handle((email, tasks) -> {
                tasks.addBlocking(() -> writeLog("notification for " + email)); // after the response
                return Map.of("message", "Notification sent in the background");
            });
    // README: end

    @Test
    void should_answer_then_run_the_task() {
        try (var client = TestClient.of(api("Tasks", "1").routes(SEND_NOTIFICATION))) {
            client.post("/send-notification/alice@example.com")
                    .send()
                    .assertStatus(200)
                    .assertText("""
                    {"message":"Notification sent in the background"}""");
        }
        assertEquals(List.of("notification for alice@example.com"), LOG);
    }
}
