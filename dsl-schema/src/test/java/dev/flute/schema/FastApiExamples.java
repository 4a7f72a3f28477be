package dev.flute.schema;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Operation;
import dev.flute.dsl.SecurityScheme;
import dev.flute.dsl.types.ModelType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flute twins of the FastAPI apps recorded by hand in src/test/resources/fastapi/NAME.py (each
 * NAME.openapi.json is the document FastAPI 0.115 publishes for it): they cover what the seed
 * tour's examples do not. The examples themselves are checked against their recordings in the
 * examples module ({@code OpenApiParityTest}). Each API is titled like FastAPI's default app.
 */
final class FastApiExamples {
    private FastApiExamples() {}

    enum Color {
        red,
        blue
    }

    static Api app() {
        return api("FastAPI", "0.1.0");
    }

    /** The Flute twin of src/test/resources/fastapi/probe.py. */
    static Api probe() {
        return app().settings(Api.Settings.DEFAULT.rootPath("/api"))
                .routes(
                        route(GET, "/probe/<pid>")
                                .name("probe")
                                .deprecated()
                                .tags("a")
                                .response(404, "Missing")
                                .response(418, new Operation.ResponseDoc(null, null, Map.of()))
                                .response(299, new Operation.ResponseDoc(null, null, Map.of()))
                                .status(201)
                                .description("Line one\n\fhidden")
                                .param(path("pid", uuid().description("the id")))
                                .param(query(
                                        "q",
                                        str().minLength(2)
                                                .pattern("^a")
                                                .optional()
                                                .description("a query")
                                                .deprecated()
                                                .examples("x", "y")))
                                .param(query("color", enum_(Color.class).withDefault(Color.red)))
                                .param(query(
                                        "colors", listOf(enum_(Color.class)).withDefault(List.of())))
                                .param(query("tags", setOf(str()).withDefault(Set.of())))
                                .param(query(
                                        "price",
                                        double_().gt(0).le(10.0).multipleOf(0.5).withDefault(1.5)))
                                .param(query("hidden", int_().withDefault(3).includeInSchema(false)))
                                .param(query(
                                        "alias_me",
                                        int_().title("Custom")
                                                .alias("aliased-name")
                                                .withDefault(1)))
                                .dependencies(
                                        dep(query("ocolor", enum_(Color.class).optional()), c -> c))
                                .handle((pid, q, color, colors, tags, price, hidden, alias) -> Map.of()),
                        route(DELETE, "/gone")
                                .name("gone")
                                .status(204)
                                .param(query("x", int_().withDefault(1)))
                                .handle(x -> dev.flute.dsl.http.Response.empty(204)));
    }

    // ---- src/test/resources/fastapi/models.py ----------------------------------------------------

    public record Img(String url) {}

    public record ColorItem(
            String fullName, Color color, Color ocolor, Color dcolor, List<Img> images, Img main, int count) {}

    static final ModelType<Img> IMG = model(Img.class).name("Image");

    static final ModelType<ColorItem> COLOR_ITEM = model(ColorItem.class)
            .name("Item")
            .forbidExtra()
            .field("fullName", str().description("who"))
            .field("ocolor", enum_(Color.class).nullable())
            .field("dcolor", enum_(Color.class).withDefault(Color.red))
            .field("images", listOf(IMG).withDefault(List.of()))
            .field("main", IMG)
            .field("count", int_().ge(0).title("How many").withDefault(1));

    /** The Flute twin of src/test/resources/fastapi/models.py. */
    static Api models() {
        return app().routes(
                        route(POST, "/items/")
                                .name("create")
                                .status(201)
                                .returns(COLOR_ITEM)
                                .param(body(COLOR_ITEM))
                                .param(body("n", int_().gt(0)))
                                .handle((item, n) -> item),
                        route(PUT, "/one/")
                                .name("one")
                                .returns(listOf(IMG))
                                .param(body("image", IMG).embed())
                                .handle(image -> List.of(image)),
                        route(PUT, "/num/")
                                .name("num")
                                .param(body("n", int_()))
                                .param(body("m", str().nullable()))
                                .handle((n, m) -> List.of()),
                        route(PUT, "/single/")
                                .name("single")
                                .operationId("custom_single")
                                .param(body("n", int_().ge(1)))
                                .handle(n -> List.of()));
    }

    // ---- src/test/resources/fastapi/inputs.py ----------------------------------------------------

    public record Login(String username, boolean remember) {}

    public record Filter(String kind, String order, int limit) {}

    public record Session(String session, String theme) {}

    public record Price(BigDecimal amount, String currency) {}

    public record Order(Price price, int qty) {}

    static final ModelType<Login> LOGIN = model(Login.class).field("remember", bool().withDefault(false));

    static final ModelType<Filter> FILTER = model(Filter.class)
            .field("kind", literal("all").withDefault("all"))
            .field("order", literal("asc", "desc"))
            .field("limit", int_().gt(0).withDefault(10));

    static final ModelType<Session> SESSION =
            model(Session.class).field("theme", literal("dark", "light").withDefault("dark"));

    static final ModelType<Price> PRICE =
            model(Price.class).field("amount", decimal().ge(0)).field("currency", str().withDefault("EUR"));

    static final ModelType<Order> ORDER = model(Order.class).field("price", PRICE);

    // Schemes in FastAPI's member order (a scheme is written in the order it is given).
    static final SecurityScheme API_KEY_HEADER =
            new SecurityScheme("APIKeyHeader", ordered("type", "apiKey", "in", "header", "name", "X-API-Key"));

    static final SecurityScheme HTTP_BEARER =
            new SecurityScheme("HTTPBearer", ordered("type", "http", "scheme", "bearer"));

    /** A scheme's dependency: it reads the request itself, so it adds no parameter. */
    static Dep<String> scheme(SecurityScheme scheme) {
        return dep(request(), request -> "credentials").security(scheme);
    }

    static final Dep<String> OAUTH2 = scheme(new SecurityScheme(
            "OAuth2PasswordBearer",
            ordered(
                    "type",
                    "oauth2",
                    "flows",
                    ordered(
                            "password",
                            ordered(
                                    "scopes",
                                    ordered("me", "Read yourself", "items", "Read items"),
                                    "tokenUrl",
                                    "token")))));

    static Map<String, Object> ordered(Object... keysAndValues) {
        var out = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return out;
    }

    /** The Flute twin of src/test/resources/fastapi/inputs.py. */
    static Api inputs() {
        return app().dependencies(scheme(API_KEY_HEADER))
                .routes(
                        route(POST, "/forms/")
                                .name("forms")
                                .param(form("name", str().minLength(2)))
                                .param(uploads("files"))
                                .param(form("note", str().nullable()))
                                .param(form("count", int_().withDefault(1)))
                                .param(file("thumb", bytes().nullable()))
                                .handle((name, files, note, count, thumb) -> Map.of()),
                        route(POST, "/login/")
                                .name("login")
                                .param(formModel(LOGIN))
                                .handle(login -> login),
                        route(GET, "/filter/")
                                .name("filter_items")
                                .param(queryModel(FILTER))
                                .param(header("x_trace", str().nullable()))
                                .handle((filter, trace) -> filter),
                        route(GET, "/session/")
                                .name("session")
                                .param(cookieModel(SESSION))
                                .handle(s -> s),
                        route(POST, "/orders/")
                                .name("order")
                                .returns(ORDER)
                                .param(body("order", ORDER))
                                .param(query("discount", decimal().gt(0).le(1).nullable()))
                                .handle((order, discount) -> order),
                        route(GET, "/prices/<pid>")
                                .name("price")
                                .returns(PRICE)
                                .param(path("pid", long_()))
                                .handle(pid -> new Price(BigDecimal.ONE, "EUR")),
                        route(PUT, "/notes/<nid>")
                                .name("note")
                                .param(path("nid", long_()))
                                .param(body("text", str()).examples("hello"))
                                .param(body("price", PRICE).examples(Map.of("amount", 1.5)))
                                .handle((nid, text, price) -> Map.of()),
                        route(PUT, "/single/")
                                .name("single")
                                .param(body("price", PRICE)
                                        .examples(Map.of("amount", 2), ordered("amount", 3, "currency", "USD")))
                                .handle(price -> Map.of()),
                        route(WEBSOCKET, "/ws").name("ws").handle(() -> Map.of()))
                .group(group("/secure")
                        .dependencies(scheme(HTTP_BEARER))
                        .routes(
                                route(GET, "/me")
                                        .name("me")
                                        .depends(OAUTH2.scopes("me"))
                                        .handle(token -> Map.of()),
                                route(GET, "/items")
                                        .name("items")
                                        .depends(OAUTH2.scopes("items", "me"))
                                        .depends(OAUTH2.scopes("items", "me"))
                                        .handle((token, again) -> Map.of())));
    }
}
