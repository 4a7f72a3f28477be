package dev.flute.dsl;

import dev.flute.dsl.fn.Fn0;
import dev.flute.dsl.fn.Fn1;
import dev.flute.dsl.fn.Fn2;
import dev.flute.dsl.fn.Fn3;
import dev.flute.dsl.fn.Fn4;
import dev.flute.dsl.fn.Fn5;
import dev.flute.dsl.fn.Fn6;
import dev.flute.dsl.fn.Fn7;
import dev.flute.dsl.fn.Fn8;
import dev.flute.dsl.http.Upload;
import dev.flute.dsl.types.BoolType;
import dev.flute.dsl.types.BytesType;
import dev.flute.dsl.types.DateTimeType;
import dev.flute.dsl.types.DateType;
import dev.flute.dsl.types.DecimalType;
import dev.flute.dsl.types.DoubleType;
import dev.flute.dsl.types.DurationType;
import dev.flute.dsl.types.EmailType;
import dev.flute.dsl.types.EnumType;
import dev.flute.dsl.types.IntType;
import dev.flute.dsl.types.ListType;
import dev.flute.dsl.types.LiteralType;
import dev.flute.dsl.types.LongType;
import dev.flute.dsl.types.ModelType;
import dev.flute.dsl.types.Partial;
import dev.flute.dsl.types.PartialType;
import dev.flute.dsl.types.StrType;
import dev.flute.dsl.types.TimeType;
import dev.flute.dsl.types.Type;
import dev.flute.dsl.types.UploadType;
import dev.flute.dsl.types.UuidType;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The DSL in one static import: {@code import static dev.flute.dsl.Flute.*;}
 *
 * <pre>{@code
 * Endpoint readItem = route(GET, "/items/<item_id>")
 *     .param(path("item_id", int_().ge(0)))
 *     .param(query("q", str().maxLength(50).optional()))
 *     .handle((id, q) -> Map.of("item_id", id, "q", q.orElse(null)));
 * }</pre>
 */
public final class Flute {
    private Flute() {}

    public static final HttpMethod GET = HttpMethod.GET;
    public static final HttpMethod POST = HttpMethod.POST;
    public static final HttpMethod PUT = HttpMethod.PUT;
    public static final HttpMethod PATCH = HttpMethod.PATCH;
    public static final HttpMethod DELETE = HttpMethod.DELETE;
    public static final HttpMethod HEAD = HttpMethod.HEAD;
    public static final HttpMethod OPTIONS = HttpMethod.OPTIONS;

    /**
     * The method websocket routes are declared with (module dsl-websocket); a handshake, a GET with
     * {@code Upgrade: websocket}, is matched against it.
     */
    public static final HttpMethod WEBSOCKET = RouteSpec.WEBSOCKET;

    // ---- types ---------------------------------------------------------------------------------

    public static StrType str() {
        return new StrType();
    }

    public static IntType int_() {
        return new IntType();
    }

    /** Alias of {@link #int_()}. */
    public static IntType integer() {
        return int_();
    }

    public static LongType long_() {
        return new LongType();
    }

    public static DoubleType double_() {
        return new DoubleType();
    }

    /** Python's {@code float} is a 64-bit double: the same as {@link #double_()}. */
    public static DoubleType float_() {
        return double_();
    }

    public static BoolType bool() {
        return new BoolType();
    }

    public static UuidType uuid() {
        return new UuidType();
    }

    /** An enum read by its constants' names. */
    public static <E extends Enum<E>> EnumType<E> enum_(Class<E> type) {
        return new EnumType<>(type, Enum::name);
    }

    /** An enum read by the given value of each constant. */
    public static <E extends Enum<E>> EnumType<E> enum_(Class<E> type, Function<E, String> value) {
        return new EnumType<>(type, value);
    }

    public static <E> ListType<E, List<E>> listOf(Type<E> items) {
        return ListType.listOf(items);
    }

    public static <E> ListType<E, Set<E>> setOf(Type<E> items) {
        return ListType.setOf(items);
    }

    /** A JSON object of values of one type under any string keys (Python's {@code dict[str, V]}). */
    public static <V> dev.flute.dsl.types.MapType<V> mapOf(Type<V> values) {
        return dev.flute.dsl.types.MapType.mapOf(values);
    }

    // ---- Pydantic's extra types ------------------------------------------------------------------

    /** Python's {@code datetime}: a {@code LocalDateTime} when naive, an {@code OffsetDateTime} when aware. */
    public static DateTimeType<Temporal> dateTime() {
        return DateTimeType.any();
    }

    /** A date-time that must carry an offset (Pydantic's {@code AwareDatetime}). */
    public static DateTimeType<OffsetDateTime> offsetDateTime() {
        return DateTimeType.aware();
    }

    /** A date-time that must not carry an offset (Pydantic's {@code NaiveDatetime}). */
    public static DateTimeType<LocalDateTime> localDateTime() {
        return DateTimeType.naive();
    }

    /** An aware date-time as an {@code Instant}. */
    public static DateTimeType<Instant> instant() {
        return DateTimeType.instant();
    }

    /** Python's {@code date}. */
    public static DateType date() {
        return new DateType();
    }

    /** Python's {@code time}: a {@code LocalTime} when naive, an {@code OffsetTime} when aware. */
    public static TimeType<Temporal> time() {
        return TimeType.any();
    }

    public static TimeType<LocalTime> localTime() {
        return TimeType.naive();
    }

    public static TimeType<OffsetTime> offsetTime() {
        return TimeType.aware();
    }

    /** Python's {@code timedelta}: seconds, ISO 8601 or {@code HH:MM:SS}. */
    public static DurationType duration() {
        return new DurationType();
    }

    /** Python's {@code Decimal}. */
    public static DecimalType decimal() {
        return new DecimalType();
    }

    /**
     * An e-mail address, Pydantic's {@code EmailStr}: checked as email-validator does (no DNS lookup)
     * and handed over normalized; documented as {@code format: email}.
     */
    public static EmailType email() {
        return new EmailType();
    }

    /** Python's {@code Literal["a", "b"]}: one of these strings, exactly. */
    public static LiteralType literal(String... values) {
        return new LiteralType(List.of(values));
    }

    // ---- outputs: what a route returns (route(...).returns(...)) ---------------------------------

    /** A JSON document of {@code type}: a model, a list or map of them, a scalar. {@code returns(type)} says the same. */
    public static <T> Output<T> json(Type<T> type) {
        if (type == null) throw new IllegalArgumentException("a JSON output needs a type");
        return Output.of(Output.Kind.JSON, "application/json", type);
    }

    /** Plain text, {@code text/plain; charset=utf-8} (FastAPI's {@code PlainTextResponse}). */
    public static Output<String> text() {
        return Output.of(Output.Kind.TEXT, "text/plain", str());
    }

    /** An HTML page, {@code text/html; charset=utf-8} (FastAPI's {@code HTMLResponse}). */
    public static Output<String> html() {
        return Output.of(Output.Kind.TEXT, "text/html", str());
    }

    /**
     * Text in another media type, documented by {@code schema}: {@code mediaType("application/xml",
     * str())} for an XML document the handler writes itself.
     */
    public static Output<String> mediaType(String mediaType, Type<?> schema) {
        if (mediaType == null || schema == null) throw new IllegalArgumentException("give a media type and a schema");
        return Output.of(Output.Kind.TEXT, mediaType, schema);
    }

    /** Bytes in {@code mediaType} ({@code "image/png"}): the handler returns a {@code byte[]}. */
    public static Output<byte[]> binary(String mediaType) {
        if (mediaType == null) throw new IllegalArgumentException("binary output needs a media type");
        return Output.of(Output.Kind.BYTES, mediaType, null);
    }

    /**
     * A file in {@code mediaType}, read without blocking and honouring {@code Range}, {@code If-Range}
     * and HEAD (Starlette's {@code FileResponse}): the handler returns its {@code Path}.
     */
    public static Output<java.nio.file.Path> filePath(String mediaType) {
        if (mediaType == null) throw new IllegalArgumentException("give a media type, or use filePath()");
        return Output.of(Output.Kind.FILE, mediaType, null);
    }

    /** A file whose media type is guessed from its name when it is sent. */
    public static Output<java.nio.file.Path> filePath() {
        return Output.of(Output.Kind.FILE, null, null);
    }

    /** Bytes sent as they are produced, with back-pressure (Starlette's {@code StreamingResponse}). */
    public static Output<io.vertx.core.streams.ReadStream<io.vertx.core.buffer.Buffer>> stream(String mediaType) {
        if (mediaType == null) throw new IllegalArgumentException("a stream needs a media type");
        return Output.of(Output.Kind.STREAM, mediaType, null);
    }

    /**
     * Server-Sent Events, each item a {@code data:} line of JSON of {@code item} (FastAPI's
     * {@code EventSourceResponse}); {@code Streams.of(iterable)} turns values at hand into a stream.
     */
    public static <T> Output<io.vertx.core.streams.ReadStream<T>> sse(Type<T> item) {
        return Output.events(item, false);
    }

    /** Server-Sent Events with their fields (event type, id, retry) around items of {@code item}. */
    public static <T> Output<io.vertx.core.streams.ReadStream<dev.flute.dsl.http.ServerSentEvent<T>>> sseEvents(
            Type<T> item) {
        return Output.events(item, true);
    }

    /** JSON Lines, {@code application/jsonl}: one JSON document of {@code item} per line. */
    public static <T> Output<io.vertx.core.streams.ReadStream<T>> jsonLines(Type<T> item) {
        return Output.of(Output.Kind.JSON_LINES, "application/jsonl", item);
    }

    /** No body, status 204 unless the route sets another: the handler returns null. */
    public static Output<Void> noContent() {
        return Output.of(Output.Kind.NONE, null, null);
    }

    /** A redirect (307 unless the route sets another status) to the URL the handler returns. */
    public static Output<String> redirect() {
        return Output.of(Output.Kind.REDIRECT, null, null);
    }

    /** A typed error answer: {@code .error(NOT_FOUND)} on a route, {@code throw NOT_FOUND.of(body)} in it. */
    public static <E> ErrorOutput<E> error(int status, Type<E> type) {
        return new ErrorOutput<>(status, json(type), null);
    }

    // ---- inputs --------------------------------------------------------------------------------

    /** A path segment: {@code route(GET, "/items/<id>").param(path("id", int_()))}. */
    public static <T> Param<T> path(String name, Type<T> type) {
        return new Param<>(Param.In.PATH, name, type, false);
    }

    /** A query parameter; a list type reads every repetition ({@code ?q=a&q=b}). */
    public static <T> Param<T> query(String name, Type<T> type) {
        return new Param<>(Param.In.QUERY, name, type, false);
    }

    /** A header; {@code user_agent} reads {@code user-agent} (see {@link Param#keepUnderscores()}). */
    public static <T> Param<T> header(String name, Type<T> type) {
        return new Param<>(Param.In.HEADER, name, type, true);
    }

    public static <T> Param<T> cookie(String name, Type<T> type) {
        return new Param<>(Param.In.COOKIE, name, type, false);
    }

    /** Query parameters read into a model, FastAPI's {@code Annotated[Model, Query()]}. */
    public static <T> ParamModel<T> queryModel(ModelType<T> model) {
        return new ParamModel<>(Param.In.QUERY, model, false);
    }

    /** Headers read into a model; {@code save_data} reads {@code save-data} (see {@link ParamModel#keepUnderscores()}). */
    public static <T> ParamModel<T> headerModel(ModelType<T> model) {
        return new ParamModel<>(Param.In.HEADER, model, true);
    }

    /** Cookies read into a model, FastAPI's {@code Annotated[Model, Cookie()]}. */
    public static <T> ParamModel<T> cookieModel(ModelType<T> model) {
        return new ParamModel<>(Param.In.COOKIE, model, false);
    }

    /**
     * The JSON body as a model; embedded under the model's name in snake_case ({@code UserIn} →
     * {@code user_in}) when the route has several bodies.
     */
    public static <T> Body<T> body(ModelType<T> model) {
        return new Body<>(ModelTypes.snakeName(model.name()), model, false);
    }

    /**
     * The JSON body as a model, with the names of the fields the client sent (a PATCH):
     * {@code body(ITEM.partial())} hands the handler a {@link Partial}; documented as the model.
     */
    public static <T> Body<Partial<T>> body(PartialType<T> partial) {
        return new Body<>(ModelTypes.snakeName(partial.model().name()), partial, false);
    }

    /** A named body value: a model, a list, or a single value such as {@code body("importance", int_())}. */
    public static <T> Body<T> body(String name, Type<T> type) {
        return new Body<>(name, type, false);
    }

    /** A model of a record class; override field types with {@code .field(name, type)}. */
    public static <T extends Record> ModelType<T> model(Class<T> recordClass) {
        return ModelType.of(recordClass);
    }

    // ---- forms and files -----------------------------------------------------------------------

    /** A field of a form body (FastAPI's {@code Form()}): {@code form("username", str())}. */
    public static <T> FormParam<T> form(String name, Type<T> type) {
        return new FormParam<>(name, type);
    }

    /** The whole form body read into a model (FastAPI's {@code Annotated[Model, Form()]}). */
    public static <T> FormModel<T> formModel(ModelType<T> model) {
        return new FormModel<>(model);
    }

    /** A file part's content in memory (FastAPI's {@code bytes = File()}); for large files use {@link #upload}. */
    public static FileParam<byte[]> file(String name) {
        return new FileParam<>(name, bytes());
    }

    /** A file part of any file type: {@code file("f", uploadFile().optional())}, {@code file("fs", listOf(bytes()))}. */
    public static <T> FileParam<T> file(String name, Type<T> type) {
        return new FileParam<>(name, type);
    }

    /** An uploaded file streamed to a temporary file (FastAPI's {@code UploadFile}). */
    public static FileParam<Upload> upload(String name) {
        return new FileParam<>(name, uploadFile());
    }

    /** Every file part of that name, in order (FastAPI's {@code list[UploadFile]}). */
    public static FileParam<List<Upload>> uploads(String name) {
        return new FileParam<>(name, listOf(uploadFile()));
    }

    /** Raw bytes: a file part's content, or a text value's UTF-8 bytes. */
    public static BytesType bytes() {
        return new BytesType();
    }

    /** An uploaded file, received as an {@link Upload}. */
    public static UploadType uploadFile() {
        return new UploadType();
    }

    /** The request itself, for what no declared input covers (FastAPI's {@code request: Request}). */
    public static Input<dev.flute.dsl.http.Request> request() {
        return Builtin.REQUEST;
    }

    /**
     * The scopes required where this is read: those of every {@code dep.scopes(...)} on the way from
     * the route to the dependency that reads it (FastAPI's {@code SecurityScopes.scopes}).
     */
    public static Input<List<String>> requiredScopes() {
        return Builtin.SECURITY_SCOPES;
    }

    /** The request's background tasks, run after the response is sent. */
    public static Input<BackgroundTasks> backgroundTasks() {
        return Builtin.BACKGROUND_TASKS;
    }

    // ---- routes, groups, the API ------------------------------------------------------------

    /**
     * A route; add inputs with {@code param} and {@code depends}, declare what it returns with
     * {@code returns}, then complete it with {@code handle}. Under a group, the empty path is the
     * group's prefix itself ({@code group("/books").routes(route(POST, ""))} serves {@code POST /books}).
     */
    public static Route0<Object> route(HttpMethod method, String template) {
        return new Route0<>(RouteSpec.of(method, template));
    }

    public static Group group(String prefix) {
        return Group.of(prefix);
    }

    public static Api api(String title, String version) {
        return Api.of(title, version);
    }

    /**
     * Serves an API on its own server, one event loop per core, with safe defaults; see
     * {@link dev.flute.dsl.vertx.ServerConfig} for the limits and {@code FluteRouter} to mount an
     * API in an existing Vert.x router instead.
     */
    public static io.vertx.core.Future<dev.flute.dsl.vertx.FluteServer> serve(
            io.vertx.core.Vertx vertx, Api api, int port) {
        return dev.flute.dsl.vertx.FluteServer.start(vertx, api, dev.flute.dsl.vertx.ServerConfig.port(port));
    }

    // ---- dependencies --------------------------------------------------------------------------

    // <generated:deps> by dsl/src/build/arity.py

    /** A dependency computed from 0 inputs by {@code fn}. */
    public static <T> Dep<T> dep(Fn0<T> fn) {
        return Dep.of(List.of(), (slots, at) -> fn.apply());
    }

    /** A dependency computed asynchronously from 0 inputs: the handler gets the future's value. */
    public static <T> Dep<T> depAsync(Fn0<? extends Future<T>> fn) {
        return Dep.ofAsync(List.of(), (slots, at) -> fn.apply());
    }

    /** A dependency computed from 1 input by {@code fn}. */
    @SuppressWarnings("unchecked")
    public static <A, T> Dep<T> dep(Input<A> a, Fn1<A, T> fn) {
        return Dep.of(List.of(a), (slots, at) -> fn.apply((A) slots[at[0]]));
    }

    /** A dependency computed asynchronously from 1 input: the handler gets the future's value. */
    @SuppressWarnings("unchecked")
    public static <A, T> Dep<T> depAsync(Input<A> a, Fn1<A, ? extends Future<T>> fn) {
        return Dep.ofAsync(List.of(a), (slots, at) -> fn.apply((A) slots[at[0]]));
    }

    /** A dependency computed from 2 inputs by {@code fn}. */
    @SuppressWarnings("unchecked")
    public static <A, B, T> Dep<T> dep(Input<A> a, Input<B> b, Fn2<A, B, T> fn) {
        return Dep.of(List.of(a, b), (slots, at) -> fn.apply((A) slots[at[0]], (B) slots[at[1]]));
    }

    /** A dependency computed asynchronously from 2 inputs: the handler gets the future's value. */
    @SuppressWarnings("unchecked")
    public static <A, B, T> Dep<T> depAsync(Input<A> a, Input<B> b, Fn2<A, B, ? extends Future<T>> fn) {
        return Dep.ofAsync(List.of(a, b), (slots, at) -> fn.apply((A) slots[at[0]], (B) slots[at[1]]));
    }

    /** A dependency computed from 3 inputs by {@code fn}. */
    @SuppressWarnings("unchecked")
    public static <A, B, C, T> Dep<T> dep(Input<A> a, Input<B> b, Input<C> c, Fn3<A, B, C, T> fn) {
        return Dep.of(List.of(a, b, c), (slots, at) -> fn.apply((A) slots[at[0]], (B) slots[at[1]], (C) slots[at[2]]));
    }

    /** A dependency computed asynchronously from 3 inputs: the handler gets the future's value. */
    @SuppressWarnings("unchecked")
    public static <A, B, C, T> Dep<T> depAsync(
            Input<A> a, Input<B> b, Input<C> c, Fn3<A, B, C, ? extends Future<T>> fn) {
        return Dep.ofAsync(
                List.of(a, b, c), (slots, at) -> fn.apply((A) slots[at[0]], (B) slots[at[1]], (C) slots[at[2]]));
    }

    /** A dependency computed from 4 inputs by {@code fn}. */
    @SuppressWarnings("unchecked")
    public static <A, B, C, D, T> Dep<T> dep(Input<A> a, Input<B> b, Input<C> c, Input<D> d, Fn4<A, B, C, D, T> fn) {
        return Dep.of(
                List.of(a, b, c, d),
                (slots, at) -> fn.apply((A) slots[at[0]], (B) slots[at[1]], (C) slots[at[2]], (D) slots[at[3]]));
    }

    /** A dependency computed asynchronously from 4 inputs: the handler gets the future's value. */
    @SuppressWarnings("unchecked")
    public static <A, B, C, D, T> Dep<T> depAsync(
            Input<A> a, Input<B> b, Input<C> c, Input<D> d, Fn4<A, B, C, D, ? extends Future<T>> fn) {
        return Dep.ofAsync(
                List.of(a, b, c, d),
                (slots, at) -> fn.apply((A) slots[at[0]], (B) slots[at[1]], (C) slots[at[2]], (D) slots[at[3]]));
    }

    /** A dependency computed from 5 inputs by {@code fn}. */
    @SuppressWarnings("unchecked")
    public static <A, B, C, D, E, T> Dep<T> dep(
            Input<A> a, Input<B> b, Input<C> c, Input<D> d, Input<E> e, Fn5<A, B, C, D, E, T> fn) {
        return Dep.of(
                List.of(a, b, c, d, e),
                (slots, at) -> fn.apply(
                        (A) slots[at[0]], (B) slots[at[1]], (C) slots[at[2]], (D) slots[at[3]], (E) slots[at[4]]));
    }

    /** A dependency computed asynchronously from 5 inputs: the handler gets the future's value. */
    @SuppressWarnings("unchecked")
    public static <A, B, C, D, E, T> Dep<T> depAsync(
            Input<A> a, Input<B> b, Input<C> c, Input<D> d, Input<E> e, Fn5<A, B, C, D, E, ? extends Future<T>> fn) {
        return Dep.ofAsync(
                List.of(a, b, c, d, e),
                (slots, at) -> fn.apply(
                        (A) slots[at[0]], (B) slots[at[1]], (C) slots[at[2]], (D) slots[at[3]], (E) slots[at[4]]));
    }

    /** A dependency computed from 6 inputs by {@code fn}. */
    @SuppressWarnings("unchecked")
    public static <A, B, C, D, E, F, T> Dep<T> dep(
            Input<A> a, Input<B> b, Input<C> c, Input<D> d, Input<E> e, Input<F> f, Fn6<A, B, C, D, E, F, T> fn) {
        return Dep.of(
                List.of(a, b, c, d, e, f),
                (slots, at) -> fn.apply(
                        (A) slots[at[0]], (B) slots[at[1]], (C) slots[at[2]], (D) slots[at[3]], (E) slots[at[4]], (F)
                                slots[at[5]]));
    }

    /** A dependency computed asynchronously from 6 inputs: the handler gets the future's value. */
    @SuppressWarnings("unchecked")
    public static <A, B, C, D, E, F, T> Dep<T> depAsync(
            Input<A> a,
            Input<B> b,
            Input<C> c,
            Input<D> d,
            Input<E> e,
            Input<F> f,
            Fn6<A, B, C, D, E, F, ? extends Future<T>> fn) {
        return Dep.ofAsync(
                List.of(a, b, c, d, e, f),
                (slots, at) -> fn.apply(
                        (A) slots[at[0]], (B) slots[at[1]], (C) slots[at[2]], (D) slots[at[3]], (E) slots[at[4]], (F)
                                slots[at[5]]));
    }

    /** A dependency computed from 7 inputs by {@code fn}. */
    @SuppressWarnings("unchecked")
    public static <A, B, C, D, E, F, G, T> Dep<T> dep(
            Input<A> a,
            Input<B> b,
            Input<C> c,
            Input<D> d,
            Input<E> e,
            Input<F> f,
            Input<G> g,
            Fn7<A, B, C, D, E, F, G, T> fn) {
        return Dep.of(
                List.of(a, b, c, d, e, f, g),
                (slots, at) -> fn.apply(
                        (A) slots[at[0]],
                        (B) slots[at[1]],
                        (C) slots[at[2]],
                        (D) slots[at[3]],
                        (E) slots[at[4]],
                        (F) slots[at[5]],
                        (G) slots[at[6]]));
    }

    /** A dependency computed asynchronously from 7 inputs: the handler gets the future's value. */
    @SuppressWarnings("unchecked")
    public static <A, B, C, D, E, F, G, T> Dep<T> depAsync(
            Input<A> a,
            Input<B> b,
            Input<C> c,
            Input<D> d,
            Input<E> e,
            Input<F> f,
            Input<G> g,
            Fn7<A, B, C, D, E, F, G, ? extends Future<T>> fn) {
        return Dep.ofAsync(
                List.of(a, b, c, d, e, f, g),
                (slots, at) -> fn.apply(
                        (A) slots[at[0]],
                        (B) slots[at[1]],
                        (C) slots[at[2]],
                        (D) slots[at[3]],
                        (E) slots[at[4]],
                        (F) slots[at[5]],
                        (G) slots[at[6]]));
    }

    /** A dependency computed from 8 inputs by {@code fn}. */
    @SuppressWarnings("unchecked")
    public static <A, B, C, D, E, F, G, H, T> Dep<T> dep(
            Input<A> a,
            Input<B> b,
            Input<C> c,
            Input<D> d,
            Input<E> e,
            Input<F> f,
            Input<G> g,
            Input<H> h,
            Fn8<A, B, C, D, E, F, G, H, T> fn) {
        return Dep.of(
                List.of(a, b, c, d, e, f, g, h),
                (slots, at) -> fn.apply(
                        (A) slots[at[0]],
                        (B) slots[at[1]],
                        (C) slots[at[2]],
                        (D) slots[at[3]],
                        (E) slots[at[4]],
                        (F) slots[at[5]],
                        (G) slots[at[6]],
                        (H) slots[at[7]]));
    }

    /** A dependency computed asynchronously from 8 inputs: the handler gets the future's value. */
    @SuppressWarnings("unchecked")
    public static <A, B, C, D, E, F, G, H, T> Dep<T> depAsync(
            Input<A> a,
            Input<B> b,
            Input<C> c,
            Input<D> d,
            Input<E> e,
            Input<F> f,
            Input<G> g,
            Input<H> h,
            Fn8<A, B, C, D, E, F, G, H, ? extends Future<T>> fn) {
        return Dep.ofAsync(
                List.of(a, b, c, d, e, f, g, h),
                (slots, at) -> fn.apply(
                        (A) slots[at[0]],
                        (B) slots[at[1]],
                        (C) slots[at[2]],
                        (D) slots[at[3]],
                        (E) slots[at[4]],
                        (F) slots[at[5]],
                        (G) slots[at[6]],
                        (H) slots[at[7]]));
    }

    /** A resource acquired from 0 inputs and released by {@code release} (FastAPI's {@code yield}). */
    public static <T> Dep<T> resource(Fn0<T> acquire, Release<T> release) {
        return Dep.resource(List.of(), (slots, at) -> acquire.apply(), release);
    }

    /** A resource acquired asynchronously from 0 inputs and released by a future-returning {@code release}. */
    public static <T> Dep<T> resourceAsync(Fn0<? extends Future<T>> acquire, AsyncRelease<T> release) {
        return Dep.resourceAsync(List.of(), (slots, at) -> acquire.apply(), release);
    }

    /** A resource acquired from 1 input and released by {@code release} (FastAPI's {@code yield}). */
    @SuppressWarnings("unchecked")
    public static <A, T> Dep<T> resource(Input<A> a, Fn1<A, T> acquire, Release<T> release) {
        return Dep.resource(List.of(a), (slots, at) -> acquire.apply((A) slots[at[0]]), release);
    }

    /** A resource acquired asynchronously from 1 input and released by a future-returning {@code release}. */
    @SuppressWarnings("unchecked")
    public static <A, T> Dep<T> resourceAsync(
            Input<A> a, Fn1<A, ? extends Future<T>> acquire, AsyncRelease<T> release) {
        return Dep.resourceAsync(List.of(a), (slots, at) -> acquire.apply((A) slots[at[0]]), release);
    }

    /** A resource acquired from 2 inputs and released by {@code release} (FastAPI's {@code yield}). */
    @SuppressWarnings("unchecked")
    public static <A, B, T> Dep<T> resource(Input<A> a, Input<B> b, Fn2<A, B, T> acquire, Release<T> release) {
        return Dep.resource(List.of(a, b), (slots, at) -> acquire.apply((A) slots[at[0]], (B) slots[at[1]]), release);
    }

    /** A resource acquired asynchronously from 2 inputs and released by a future-returning {@code release}. */
    @SuppressWarnings("unchecked")
    public static <A, B, T> Dep<T> resourceAsync(
            Input<A> a, Input<B> b, Fn2<A, B, ? extends Future<T>> acquire, AsyncRelease<T> release) {
        return Dep.resourceAsync(
                List.of(a, b), (slots, at) -> acquire.apply((A) slots[at[0]], (B) slots[at[1]]), release);
    }

    /** A resource acquired from 3 inputs and released by {@code release} (FastAPI's {@code yield}). */
    @SuppressWarnings("unchecked")
    public static <A, B, C, T> Dep<T> resource(
            Input<A> a, Input<B> b, Input<C> c, Fn3<A, B, C, T> acquire, Release<T> release) {
        return Dep.resource(
                List.of(a, b, c),
                (slots, at) -> acquire.apply((A) slots[at[0]], (B) slots[at[1]], (C) slots[at[2]]),
                release);
    }

    /** A resource acquired asynchronously from 3 inputs and released by a future-returning {@code release}. */
    @SuppressWarnings("unchecked")
    public static <A, B, C, T> Dep<T> resourceAsync(
            Input<A> a, Input<B> b, Input<C> c, Fn3<A, B, C, ? extends Future<T>> acquire, AsyncRelease<T> release) {
        return Dep.resourceAsync(
                List.of(a, b, c),
                (slots, at) -> acquire.apply((A) slots[at[0]], (B) slots[at[1]], (C) slots[at[2]]),
                release);
    }

    /** A resource acquired from 4 inputs and released by {@code release} (FastAPI's {@code yield}). */
    @SuppressWarnings("unchecked")
    public static <A, B, C, D, T> Dep<T> resource(
            Input<A> a, Input<B> b, Input<C> c, Input<D> d, Fn4<A, B, C, D, T> acquire, Release<T> release) {
        return Dep.resource(
                List.of(a, b, c, d),
                (slots, at) -> acquire.apply((A) slots[at[0]], (B) slots[at[1]], (C) slots[at[2]], (D) slots[at[3]]),
                release);
    }

    /** A resource acquired asynchronously from 4 inputs and released by a future-returning {@code release}. */
    @SuppressWarnings("unchecked")
    public static <A, B, C, D, T> Dep<T> resourceAsync(
            Input<A> a,
            Input<B> b,
            Input<C> c,
            Input<D> d,
            Fn4<A, B, C, D, ? extends Future<T>> acquire,
            AsyncRelease<T> release) {
        return Dep.resourceAsync(
                List.of(a, b, c, d),
                (slots, at) -> acquire.apply((A) slots[at[0]], (B) slots[at[1]], (C) slots[at[2]], (D) slots[at[3]]),
                release);
    }

    /** A resource acquired from 5 inputs and released by {@code release} (FastAPI's {@code yield}). */
    @SuppressWarnings("unchecked")
    public static <A, B, C, D, E, T> Dep<T> resource(
            Input<A> a,
            Input<B> b,
            Input<C> c,
            Input<D> d,
            Input<E> e,
            Fn5<A, B, C, D, E, T> acquire,
            Release<T> release) {
        return Dep.resource(
                List.of(a, b, c, d, e),
                (slots, at) -> acquire.apply(
                        (A) slots[at[0]], (B) slots[at[1]], (C) slots[at[2]], (D) slots[at[3]], (E) slots[at[4]]),
                release);
    }

    /** A resource acquired asynchronously from 5 inputs and released by a future-returning {@code release}. */
    @SuppressWarnings("unchecked")
    public static <A, B, C, D, E, T> Dep<T> resourceAsync(
            Input<A> a,
            Input<B> b,
            Input<C> c,
            Input<D> d,
            Input<E> e,
            Fn5<A, B, C, D, E, ? extends Future<T>> acquire,
            AsyncRelease<T> release) {
        return Dep.resourceAsync(
                List.of(a, b, c, d, e),
                (slots, at) -> acquire.apply(
                        (A) slots[at[0]], (B) slots[at[1]], (C) slots[at[2]], (D) slots[at[3]], (E) slots[at[4]]),
                release);
    }

    /** A resource acquired from 6 inputs and released by {@code release} (FastAPI's {@code yield}). */
    @SuppressWarnings("unchecked")
    public static <A, B, C, D, E, F, T> Dep<T> resource(
            Input<A> a,
            Input<B> b,
            Input<C> c,
            Input<D> d,
            Input<E> e,
            Input<F> f,
            Fn6<A, B, C, D, E, F, T> acquire,
            Release<T> release) {
        return Dep.resource(
                List.of(a, b, c, d, e, f),
                (slots, at) -> acquire.apply(
                        (A) slots[at[0]], (B) slots[at[1]], (C) slots[at[2]], (D) slots[at[3]], (E) slots[at[4]], (F)
                                slots[at[5]]),
                release);
    }

    /** A resource acquired asynchronously from 6 inputs and released by a future-returning {@code release}. */
    @SuppressWarnings("unchecked")
    public static <A, B, C, D, E, F, T> Dep<T> resourceAsync(
            Input<A> a,
            Input<B> b,
            Input<C> c,
            Input<D> d,
            Input<E> e,
            Input<F> f,
            Fn6<A, B, C, D, E, F, ? extends Future<T>> acquire,
            AsyncRelease<T> release) {
        return Dep.resourceAsync(
                List.of(a, b, c, d, e, f),
                (slots, at) -> acquire.apply(
                        (A) slots[at[0]], (B) slots[at[1]], (C) slots[at[2]], (D) slots[at[3]], (E) slots[at[4]], (F)
                                slots[at[5]]),
                release);
    }

    /** A resource acquired from 7 inputs and released by {@code release} (FastAPI's {@code yield}). */
    @SuppressWarnings("unchecked")
    public static <A, B, C, D, E, F, G, T> Dep<T> resource(
            Input<A> a,
            Input<B> b,
            Input<C> c,
            Input<D> d,
            Input<E> e,
            Input<F> f,
            Input<G> g,
            Fn7<A, B, C, D, E, F, G, T> acquire,
            Release<T> release) {
        return Dep.resource(
                List.of(a, b, c, d, e, f, g),
                (slots, at) -> acquire.apply(
                        (A) slots[at[0]],
                        (B) slots[at[1]],
                        (C) slots[at[2]],
                        (D) slots[at[3]],
                        (E) slots[at[4]],
                        (F) slots[at[5]],
                        (G) slots[at[6]]),
                release);
    }

    /** A resource acquired asynchronously from 7 inputs and released by a future-returning {@code release}. */
    @SuppressWarnings("unchecked")
    public static <A, B, C, D, E, F, G, T> Dep<T> resourceAsync(
            Input<A> a,
            Input<B> b,
            Input<C> c,
            Input<D> d,
            Input<E> e,
            Input<F> f,
            Input<G> g,
            Fn7<A, B, C, D, E, F, G, ? extends Future<T>> acquire,
            AsyncRelease<T> release) {
        return Dep.resourceAsync(
                List.of(a, b, c, d, e, f, g),
                (slots, at) -> acquire.apply(
                        (A) slots[at[0]],
                        (B) slots[at[1]],
                        (C) slots[at[2]],
                        (D) slots[at[3]],
                        (E) slots[at[4]],
                        (F) slots[at[5]],
                        (G) slots[at[6]]),
                release);
    }

    /** A resource acquired from 8 inputs and released by {@code release} (FastAPI's {@code yield}). */
    @SuppressWarnings("unchecked")
    public static <A, B, C, D, E, F, G, H, T> Dep<T> resource(
            Input<A> a,
            Input<B> b,
            Input<C> c,
            Input<D> d,
            Input<E> e,
            Input<F> f,
            Input<G> g,
            Input<H> h,
            Fn8<A, B, C, D, E, F, G, H, T> acquire,
            Release<T> release) {
        return Dep.resource(
                List.of(a, b, c, d, e, f, g, h),
                (slots, at) -> acquire.apply(
                        (A) slots[at[0]],
                        (B) slots[at[1]],
                        (C) slots[at[2]],
                        (D) slots[at[3]],
                        (E) slots[at[4]],
                        (F) slots[at[5]],
                        (G) slots[at[6]],
                        (H) slots[at[7]]),
                release);
    }

    /** A resource acquired asynchronously from 8 inputs and released by a future-returning {@code release}. */
    @SuppressWarnings("unchecked")
    public static <A, B, C, D, E, F, G, H, T> Dep<T> resourceAsync(
            Input<A> a,
            Input<B> b,
            Input<C> c,
            Input<D> d,
            Input<E> e,
            Input<F> f,
            Input<G> g,
            Input<H> h,
            Fn8<A, B, C, D, E, F, G, H, ? extends Future<T>> acquire,
            AsyncRelease<T> release) {
        return Dep.resourceAsync(
                List.of(a, b, c, d, e, f, g, h),
                (slots, at) -> acquire.apply(
                        (A) slots[at[0]],
                        (B) slots[at[1]],
                        (C) slots[at[2]],
                        (D) slots[at[3]],
                        (E) slots[at[4]],
                        (F) slots[at[5]],
                        (G) slots[at[6]],
                        (H) slots[at[7]]),
                release);
    }
    // </generated:deps>
}
