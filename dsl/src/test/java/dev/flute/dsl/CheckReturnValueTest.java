package dev.flute.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/**
 * A builder result dropped by mistake ({@code api.routes(X);}) does not compile: the immutable
 * builders are {@code @CheckReturnValue} and Error Prone, run as the build runs it (only that check,
 * as an error), refuses the snippet. Runs on the JDKs the build runs Error Prone on (17 to 25).
 */
@EnabledForJreRange(min = JRE.JAVA_17, max = JRE.JAVA_25)
class CheckReturnValueTest {
    private static final List<String> ERROR_PRONE = List.of(
            "-XDcompilePolicy=simple",
            "--should-stop=ifError=FLOW",
            "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:CheckReturnValue:ERROR");

    @Test
    void should_refuse_to_compile_a_dropped_builder_result() throws IOException {
        var errors = compile(
                """
                package snippet;

                import static dev.flute.dsl.Flute.*;

                import dev.flute.dsl.Api;

                class Snippet {
                    record Item(String name) {}

                    static Api build(Api api) {
                        api.routes();
                        group("/items").tags("items");
                        model(Item.class).forbidExtra();
                        str().maxLength(3);
                        return api;
                    }
                }
                """);
        assertEquals(
                List.of(
                        "11: [CheckReturnValue] The result of `routes()` must be used",
                        "12: [CheckReturnValue] The result of `tags(...)` must be used",
                        "13: [CheckReturnValue] The result of `forbidExtra()` must be used",
                        "14: [CheckReturnValue] The result of `maxLength(...)` must be used"),
                errors);
    }

    @Test
    void should_compile_when_every_result_is_used() throws IOException {
        var errors = compile(
                """
                package snippet;

                import static dev.flute.dsl.Flute.*;

                import dev.flute.dsl.Api;

                class Snippet {
                    static Api build(Api api) {
                        return api.routes().group(group("/items").tags("items"));
                    }
                }
                """);
        assertEquals(List.of(), errors);
    }

    /** The errors javac reports for one source file, as "line: first line of the message". */
    private static List<String> compile(String source) throws IOException {
        var javac = ToolProvider.getSystemJavaCompiler();
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var options = new java.util.ArrayList<>(List.of(
                "-d", Files.createTempDirectory("snippet").toString(),
                "-classpath", classpath,
                "-processorpath", classpath));
        options.addAll(ERROR_PRONE);
        var file = new SimpleJavaFileObject(URI.create("string:///snippet/Snippet.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        boolean compiled = javac.getTask(null, null, diagnostics, options, null, List.of(file))
                .call();
        List<String> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getLineNumber() + ": "
                        + d.getMessage(null).lines().findFirst().orElse(""))
                .toList();
        if (errors.isEmpty()) assertTrue(compiled, diagnostics.getDiagnostics().toString());
        else assertFalse(compiled);
        return errors;
    }
}
