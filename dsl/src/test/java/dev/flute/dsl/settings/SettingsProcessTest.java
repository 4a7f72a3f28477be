package dev.flute.dsl.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Settings read by a real JVM: bad ones stop it with the report and nothing else. */
class SettingsProcessTest {
    record Run(int exit, String out, String err) {}

    @Test
    void should_start_with_good_settings() throws Exception {
        Run run = java(Map.of("APP_JDBC_URL", "jdbc:h2:mem:x"), List.of("-DAPP_PORT=9000"));

        assertEquals(new Run(0, "serving jdbc:h2:mem:x on 9000\n", ""), run);
    }

    @Test
    void should_stop_with_one_message_listing_every_problem() throws Exception {
        Run run = java(Map.of("APP_PORT", "0"), List.of());

        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertEquals(
                """
                Exception in thread "main" dev.flute.dsl.settings.InvalidSettings: 2 validation errors for ServerSettings
                APP_JDBC_URL
                  Field required [type=missing]
                APP_PORT
                  Input should be greater than or equal to 1 [type=greater_than_equal, input_value='0']
                """,
                run.err());
    }

    private static Run java(Map<String, String> env, List<String> jvmOptions) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SettingsMain.class.getName()));
        var builder = new ProcessBuilder(command);
        // Only what the test gives: a stray APP_ variable of the machine must not change the outcome.
        builder.environment().keySet().removeIf(name -> name.toUpperCase(java.util.Locale.ROOT)
                .startsWith("APP_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the program did not end");
        }
        return new Run(
                process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
