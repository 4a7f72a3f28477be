package dev.flute.client;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.ErrorOutput;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.ServerSentEvent;
import dev.flute.dsl.http.Streams;
import dev.flute.dsl.http.Upload;
import dev.flute.dsl.types.ModelType;
import dev.flute.dsl.types.Partial;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An API whose routes answer with what they read, typed: every input kind and every output kind,
 * so a call through the client is a round trip through the server's own decoding.
 */
final class EchoApi {
    private EchoApi() {}

    public enum Color {
        RED,
        GREEN
    }

    public record PathEcho(int id, String rest) {}

    public record Scalars(
            OffsetDateTime when,
            BigDecimal amount,
            UUID id,
            boolean flag,
            double ratio,
            Color color,
            Duration delay,
            LocalDate day,
            LocalTime at,
            List<Integer> numbers) {}

    public record Query(List<String> q, int limit, String x) {}

    public record Prefs(String theme, int size) {}

    public record Sent(String token, List<String> tags, String session, Prefs prefs) {}

    public record Item(String name, double price, Double tax, List<String> tags) {}

    public record User(String username, String fullName) {}

    public record Combined(int id, Item item, User user, int importance) {}

    public record Login(String username, List<String> scopes, String remember) {}

    public record Uploaded(
            int rawSize, String filename, String contentType, String content, List<String> many, String note) {}

    public record Message(String message) {}

    static final ModelType<PathEcho> PATH_ECHO = model(PathEcho.class);
    static final ModelType<Scalars> SCALARS = model(Scalars.class);
    static final ModelType<Query> QUERY_ECHO =
            model(Query.class).field("q", listOf(str()).nullable()).field("x", str().nullable());
    static final ModelType<Prefs> PREFS = model(Prefs.class);
    static final ModelType<Sent> SENT = model(Sent.class);
    static final ModelType<Item> ITEM =
            model(Item.class).field("tags", listOf(str()).withDefault(List.of()));
    /** An alias on the wire: {@code fullName} is sent as {@code full-name}. */
    static final ModelType<User> USER =
            model(User.class).field("fullName", str().alias("full-name").nullable());

    static final ModelType<Combined> COMBINED =
            model(Combined.class).field("item", ITEM).field("user", USER);
    static final ModelType<Login> LOGIN_FORM = model(Login.class).field("remember", str().nullable());
    static final ModelType<Uploaded> UPLOADED = model(Uploaded.class);
    static final ErrorOutput<Message> NOT_FOUND = error(404, model(Message.class));

    // ---- inputs --------------------------------------------------------------------------------

    static final Endpoint<PathEcho> PATHS = route(GET, "/paths/<id>/<rest:path>")
            .param(path("id", int_()))
            .param(path("rest", str()))
            .returns(PATH_ECHO)
            .handle(PathEcho::new);

    static final Endpoint<Scalars> SCALAR_QUERY =
            route(GET, "/scalars").param(queryModel(SCALARS)).returns(SCALARS).handle(s -> s);

    static final Endpoint<Query> QUERY = route(GET, "/query")
            .param(query("q", listOf(str()).optional()))
            .param(query("limit", int_().withDefault(10)))
            .param(query("x", str().nullable()))
            .returns(QUERY_ECHO)
            .handle((q, limit, x) -> new Query(q.orElse(null), limit, x));

    static final Endpoint<Sent> HEADERS = route(GET, "/headers")
            .param(header("x_token", str()))
            .param(header("x_tag", listOf(str())))
            .param(cookie("session", str()))
            .param(cookieModel(PREFS))
            .returns(SENT)
            .handle(Sent::new);

    static final Endpoint<Item> ONE_BODY =
            route(POST, "/items").param(body(ITEM)).returns(ITEM).handle(i -> i);

    static final Endpoint<Item> EMBEDDED =
            route(POST, "/embedded").param(body(ITEM).embed()).returns(ITEM).handle(i -> i);

    static final Endpoint<Combined> SEVERAL = route(PUT, "/several/<id>")
            .param(path("id", int_()))
            .param(body(ITEM))
            .param(body(USER))
            .param(body("importance", int_()))
            .returns(COMBINED)
            .handle(Combined::new);

    /** The names of the fields a PATCH body carried. */
    static final Endpoint<List<String>> PATCH_ITEM = route(PATCH, "/items/<id>")
            .param(path("id", int_()))
            .param(body(ITEM.partial()))
            .returns(listOf(str()))
            .handle((id, partial) -> partial.fieldsSet().stream().sorted().toList());

    static final Endpoint<Login> LOGIN = route(POST, "/login")
            .param(form("username", str()))
            .param(form("scopes", listOf(str())))
            .param(form("remember", str().nullable()))
            .returns(LOGIN_FORM)
            .handle(Login::new);

    static final Endpoint<Login> LOGIN_MODEL = route(POST, "/login-model")
            .param(formModel(LOGIN_FORM))
            .returns(LOGIN_FORM)
            .handle(l -> l);

    static final Endpoint<Uploaded> UPLOAD = route(POST, "/upload")
            .param(file("raw"))
            .param(upload("doc"))
            .param(uploads("many"))
            .param(form("note", str()))
            .returns(UPLOADED)
            .handleAsync((raw, doc, many, note) -> doc.read()
                    .map(content -> new Uploaded(
                            raw.length,
                            doc.filename(),
                            doc.contentType(),
                            content.toString(),
                            many.stream().map(Upload::filename).toList(),
                            note)));

    // ---- outputs -------------------------------------------------------------------------------

    static final Endpoint<String> TEXT = route(GET, "/text").returns(text()).handle(() -> "héllo wörld");
    static final Endpoint<String> HTML = route(GET, "/html").returns(html()).handle(() -> "<b>hi</b>");
    static final Endpoint<String> XML =
            route(GET, "/xml").returns(mediaType("application/xml", str())).handle(() -> "<a>1</a>");
    static final Endpoint<byte[]> BYTES =
            route(GET, "/bytes").returns(binary("image/png")).handle(() -> new byte[] {1, 2, 3, (byte) 255});

    /** A route serving {@code served}. */
    static Endpoint<Path> fileRoute(Path served) {
        return route(GET, "/file").returns(filePath("text/plain")).handle(() -> served);
    }

    static final Endpoint<ReadStream<Buffer>> STREAM = route(GET, "/stream")
            .returns(stream("application/octet-stream"))
            .handle(() -> Streams.of(List.of(Buffer.buffer("ab"), Buffer.buffer("cd"), Buffer.buffer("ef"))));

    static final Endpoint<ReadStream<Item>> EVENTS = route(GET, "/events")
            .returns(sse(ITEM))
            .handle(() ->
                    Streams.of(List.of(new Item("Foo", 1.5, null, List.of("a")), new Item("Bär", 2, 0.5, List.of()))));

    static final Endpoint<ReadStream<ServerSentEvent<String>>> EVENT_FIELDS = route(GET, "/event-fields")
            .returns(sseEvents(str()))
            .handle(() -> Streams.of(List.of(
                    ServerSentEvent.of("a").event("tick").id("1"),
                    ServerSentEvent.<String>comment("only a comment"),
                    ServerSentEvent.<String>raw("not json").retry(5000),
                    ServerSentEvent.of("two\nlines").withComment("note"))));

    static final Endpoint<ReadStream<Item>> LINES = route(GET, "/lines")
            .returns(jsonLines(ITEM))
            .handle(() -> Streams.of(List.of(new Item("A", 1, null, List.of()), new Item("B", 2, 3.0, List.of("x")))));

    /** Events that never end, until the client leaves. */
    static final Endpoint<ReadStream<Integer>> FEED = route(GET, "/feed")
            .returns(sse(int_()))
            .handle(() -> Streams.of(
                    () -> java.util.stream.Stream.iterate(0, i -> i + 1).iterator()));

    static final Endpoint<Void> DELETE_ITEM = route(DELETE, "/items/<id>")
            .param(path("id", int_()))
            .returns(noContent())
            .handle(id -> null);

    static final Endpoint<String> GO = route(GET, "/go").returns(redirect()).handle(() -> "https://example.com/x?y=1");

    static final Endpoint<List<Item>> LIST = route(GET, "/list")
            .returns(listOf(ITEM))
            .handle(() -> List.of(new Item("A", 1, null, List.of()), new Item("B", 2, null, List.of("t"))));

    static final Endpoint<Map<String, Integer>> COUNTS =
            route(GET, "/counts").returns(mapOf(int_())).handle(() -> Map.of("a", 1, "b", 2));

    static final Endpoint<Integer> ANSWER =
            route(GET, "/answer").returns(int_()).handle(() -> 42);

    static final Endpoint<String> NOTHING =
            route(GET, "/nothing").returns(str().nullable()).handle(() -> null);

    static final Endpoint<Optional<String>> MAYBE =
            route(GET, "/maybe").returns(str().optional()).handle(Optional::<String>empty);

    static final Endpoint<Partial<Item>> PARTIAL = route(GET, "/partial")
            .returns(json(ITEM.partial()).excludeUnset())
            .handle(() -> Partial.of(ITEM, new Item("Foo", 3, null, List.of()), "name", "price"));

    static final Endpoint<Item> CREATED =
            route(POST, "/created").status(201).param(body(ITEM)).returns(ITEM).handle(i -> i);

    static final Endpoint<Object> UNTYPED = route(GET, "/untyped").handle(() -> Map.of("a", List.of(1, 2)));

    // ---- errors --------------------------------------------------------------------------------

    static final Endpoint<Item> THING = route(GET, "/things/<id>")
            .param(path("id", int_()))
            .returns(ITEM)
            .error(NOT_FOUND)
            .handle(id -> {
                if (id == 1) return new Item("one", 1, null, List.of());
                throw NOT_FOUND.of(new Message("no thing " + id));
            });

    static final Endpoint<Object> FORBIDDEN = route(GET, "/forbidden").handle(() -> {
        throw new HttpError(403, "Not allowed").header("X-Why", "a test");
    });

    static final Endpoint<Object> BROKEN = route(GET, "/broken").handle(() -> {
        throw new IllegalStateException("boom");
    });

    /** @param file the route serving a file, made by {@link #fileRoute} */
    static Api app(Endpoint<Path> file) {
        return api("Echo", "1.0")
                .routes(PATHS, SCALAR_QUERY, QUERY, HEADERS, ONE_BODY, EMBEDDED, SEVERAL, PATCH_ITEM)
                .routes(LOGIN, LOGIN_MODEL, UPLOAD)
                .routes(TEXT, HTML, XML, BYTES, file, STREAM, EVENTS, EVENT_FIELDS, LINES, FEED)
                .routes(DELETE_ITEM, GO, LIST, COUNTS, ANSWER, NOTHING, MAYBE, PARTIAL, CREATED, UNTYPED)
                .routes(THING, FORBIDDEN, BROKEN);
    }
}
