package dev.flute.client;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.flute.dsl.Body;
import dev.flute.dsl.FormInput;
import dev.flute.dsl.Param;
import dev.flute.dsl.spi.PathTemplate;
import dev.flute.dsl.spi.ResolvedRoute;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request as the client encoded it, before it is sent: the URI with its path and query
 * percent-encoded, the headers (cookies and credentials included) and the body. It is a value, so
 * the encoding is tested without a server.
 *
 * @param uri the path and query, to append to the client's base URL
 */
record Outgoing(HttpMethod method, String uri, MultiMap headers, Payload payload) {

    /** What the request carries. */
    sealed interface Payload {}

    /** No body. */
    record NoBody() implements Payload {}

    /** A JSON document, sent as {@code application/json}. */
    record JsonBody(Buffer json) implements Payload {}

    /** A form: urlencoded, or multipart when it carries files or the route reads it so. */
    record FormBody(List<Map.Entry<String, String>> fields, List<Map.Entry<String, FilePart>> files, boolean multipart)
            implements Payload {}

    /**
     * Collects what a call gives, each place by name, a later value replacing an earlier one (a
     * call's own over the client's defaults), and lays it out as the route's wire expects.
     */
    static final class Builder {
        private final ResolvedRoute route;
        private final Map<String, String> path = new LinkedHashMap<>();
        private final Map<String, List<String>> query = new LinkedHashMap<>();
        private final Map<String, Map.Entry<String, List<String>>> headers = new LinkedHashMap<>();
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private final Map<String, Buffer> bodies = new LinkedHashMap<>();
        private final Map<String, List<String>> fields = new LinkedHashMap<>();
        private final Map<String, List<FilePart>> files = new LinkedHashMap<>();

        Builder(ResolvedRoute route) {
            this.route = route;
        }

        /** A parameter's texts, one per repetition; none leaves it out. */
        void param(Param.In in, String name, List<String> texts) {
            switch (in) {
                case PATH -> {
                    if (texts.size() != 1) throw fail("path '" + name + "' takes one value, not " + texts);
                    path.put(name, texts.get(0));
                }
                case QUERY -> put(query, name, texts);
                case HEADER -> {
                    for (String text : texts) checkHeader("header '" + name + "'", text);
                    String key = name.toLowerCase(Locale.ROOT);
                    if (texts.isEmpty()) headers.remove(key);
                    else headers.put(key, Map.entry(name, List.copyOf(texts)));
                }
                case COOKIE -> {
                    if (texts.size() > 1) throw fail("cookie '" + name + "' carries one value, not " + texts);
                    if (texts.isEmpty()) cookies.remove(name);
                    else cookies.put(name, checkCookie(name, texts.get(0)));
                }
            }
        }

        /** A JSON body's document, or null to leave it out. */
        void body(String name, Buffer json) {
            if (json == null) bodies.remove(name);
            else bodies.put(name, json);
        }

        /** A form field's texts, one per repetition; none leaves it out. */
        void field(String name, List<String> texts) {
            put(fields, name, texts);
        }

        /** A form's file parts under one name; none leaves them out. */
        void files(String name, List<FilePart> parts) {
            if (parts.isEmpty()) files.remove(name);
            else files.put(name, List.copyOf(parts));
        }

        Outgoing build() {
            MultiMap out = HttpHeaders.headers();
            headers.values().forEach(h -> h.getValue().forEach(text -> out.add(h.getKey(), text)));
            if (!cookies.isEmpty()) {
                var line = new StringBuilder();
                cookies.forEach((name, text) -> line.append(line.length() == 0 ? "" : "; ")
                        .append(name)
                        .append('=')
                        .append(text));
                out.set("cookie", line.toString());
            }
            return new Outgoing(route.method(), path() + query(), out, payload());
        }

        private String path() {
            var out = new StringBuilder();
            for (PathTemplate.Segment segment : route.path().segments()) {
                out.append('/');
                if (segment instanceof PathTemplate.Literal literal) {
                    out.append(Percent.encode(literal.text()));
                } else if (segment instanceof PathTemplate.Variable variable) {
                    String text = given(variable.name());
                    if (text.isEmpty() || text.indexOf('/') >= 0) {
                        throw fail("path '" + variable.name() + "' is one segment: it cannot be '" + text + "'");
                    }
                    out.append(Percent.encode(text));
                } else {
                    String[] parts = given(((PathTemplate.Rest) segment).name()).split("/", -1);
                    for (int i = 0; i < parts.length; i++)
                        out.append(i == 0 ? "" : "/").append(Percent.encode(parts[i]));
                }
            }
            return out.toString();
        }

        private String given(String variable) {
            String text = path.get(variable);
            if (text == null) throw fail("path '" + variable + "' is not given");
            return text;
        }

        private String query() {
            if (query.isEmpty()) return "";
            var out = new StringBuilder();
            query.forEach((name, texts) -> texts.forEach(text -> out.append(out.length() == 0 ? '?' : '&')
                    .append(Percent.encode(name))
                    .append('=')
                    .append(Percent.encode(text))));
            return out.toString();
        }

        private Payload payload() {
            boolean form = !fields.isEmpty() || !files.isEmpty();
            if (!bodies.isEmpty() && form) {
                throw fail("a request body is JSON or a form, not both: it was given bodies " + bodies.keySet()
                        + " and form fields " + fields.keySet() + files.keySet());
            }
            if (!bodies.isEmpty()) return new JsonBody(json());
            if (!form) return new NoBody();
            var texts = new ArrayList<Map.Entry<String, String>>();
            fields.forEach((name, values) -> values.forEach(value -> texts.add(Map.entry(name, value))));
            var parts = new ArrayList<Map.Entry<String, FilePart>>();
            files.forEach((name, values) -> values.forEach(part -> parts.add(Map.entry(name, part))));
            boolean multipart = !parts.isEmpty()
                    || route.forms().stream().anyMatch(f -> f.mediaType().equals(FormInput.MULTIPART));
            return new FormBody(List.copyOf(texts), List.copyOf(parts), multipart);
        }

        /** One body not embedded is the whole document; otherwise each body is a key, as FastAPI nests them. */
        private Buffer json() {
            List<Body<?>> declared = route.bodies();
            if (declared.size() == 1 && !declared.get(0).embedded())
                return bodies.values().iterator().next();
            Buffer out = Buffer.buffer().appendByte((byte) '{');
            bodies.forEach((name, json) -> {
                if (out.length() > 1) out.appendByte((byte) ',');
                out.appendByte((byte) '"')
                        .appendBytes(JsonStringEncoder.getInstance().quoteAsUTF8(name))
                        .appendString("\":")
                        .appendBuffer(json);
            });
            return out.appendByte((byte) '}');
        }

        private static void put(Map<String, List<String>> place, String name, List<String> texts) {
            if (texts.isEmpty()) place.remove(name);
            else place.put(name, List.copyOf(texts));
        }

        /** Header values are Latin-1 on the wire, on one line. */
        private void checkHeader(String what, String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\r' || c == '\n' || c == 0 || c > 0xFF) {
                    throw fail(what + " cannot carry '" + text + "': a header value is one line of Latin-1");
                }
            }
        }

        /** A value the server's cookie parser would read back differently cannot be sent. */
        private String checkCookie(String name, String text) {
            checkHeader("cookie '" + name + "'", text);
            boolean quoted = text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"");
            if (text.indexOf(';') >= 0 || !text.strip().equals(text) || quoted) {
                throw fail("cookie '" + name + "' cannot carry '" + text
                        + "': a cookie value has no ';', no surrounding spaces or quotes");
            }
            return text;
        }

        private IllegalArgumentException fail(String why) {
            return new IllegalArgumentException(route.describe() + ": " + why);
        }
    }
}
