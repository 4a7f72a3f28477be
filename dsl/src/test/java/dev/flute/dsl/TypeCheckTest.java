package dev.flute.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * A declared output is checked by javac: a handler that returns something else does not compile.
 * Each case compiles a small source against the DSL, as a user's code would be.
 */
class TypeCheckTest {
    private static final String HEADER =
            """
            import static dev.flute.dsl.Flute.*;
            import dev.flute.dsl.*;
            import dev.flute.dsl.http.Response;
            import dev.flute.dsl.types.ModelType;
            import io.vertx.core.Future;
            import java.util.List;

            class Snippet {
                record Item(String name, double price) {}
                static final ModelType<Item> ITEM = model(Item.class);
                static Object endpoint() {
                    return %s;
                }
            }
            """;

    @Test
    void handlers_returning_their_declared_output_compile() {
        for (String route : List.of(
                "route(GET, \"/i/<id>\").param(path(\"id\", int_())).returns(ITEM).handle(id -> new Item(\"a\", 1))",
                "route(GET, \"/i\").returns(listOf(ITEM)).handle(() -> List.of(new Item(\"a\", 1)))",
                "route(GET, \"/t\").returns(text()).handle(() -> \"hello\")",
                "route(GET, \"/f\").returns(ITEM).handleAsync(() -> Future.succeededFuture(new Item(\"a\", 1)))",
                "route(GET, \"/r\").returns(ITEM).respond(() -> Response.ok(new Item(\"a\", 1)).status(201))",
                "route(GET, \"/n\").returns(noContent()).handle(() -> null)",
                "route(GET, \"/any\").handle(() -> Response.text(\"untyped routes take anything\"))")) {
            assertEquals(List.of(), errors(route), route);
        }
    }

    @Test
    void a_handler_returning_another_type_does_not_compile() {
        assertRefused("route(GET, \"/t\").returns(text()).handle(() -> 42)");
        assertRefused("route(GET, \"/i\").returns(ITEM).handle(() -> \"not an item\")");
        assertRefused("route(GET, \"/i\").returns(listOf(ITEM)).handle(() -> new Item(\"a\", 1))");
        assertRefused("route(GET, \"/i\").returns(ITEM).handleAsync(() -> Future.succeededFuture(\"x\"))");
        assertRefused("route(GET, \"/i\").returns(ITEM).respond(() -> Response.text(\"raw bytes skip the type\"))");
        assertRefused("route(GET, \"/i\").param(path(\"id\", int_())).returns(ITEM).handle((String id) -> null)");
    }

    private static void assertRefused(String route) {
        List<String> errors = errors(route);
        assertTrue(
                errors.stream().anyMatch(e -> e.contains("incompatible types") || e.contains("bad return type")),
                route + " should not compile; javac said: " + errors);
    }

    /** Compiles the snippet against the test class path; the errors javac reports. */
    private static List<String> errors(String route) {
        var compiler = ToolProvider.getSystemJavaCompiler();
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        JavaFileObject source =
                new SimpleJavaFileObject(URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return HEADER.formatted(route);
                    }
                };
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var out = new File(System.getProperty("java.io.tmpdir"), "flute-typecheck");
        out.mkdirs();
        compiler.getTask(
                        null,
                        null,
                        diagnostics,
                        List.of("-classpath", classPath, "-d", out.getPath(), "-proc:none"),
                        null,
                        List.of(source))
                .call();
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(null))
                .collect(Collectors.toList());
    }
}
