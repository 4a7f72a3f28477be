package dev.flute.websocket;

import static dev.flute.dsl.Flute.GET;
import static dev.flute.dsl.Flute.api;
import static dev.flute.dsl.Flute.enum_;
import static dev.flute.dsl.Flute.header;
import static dev.flute.dsl.Flute.int_;
import static dev.flute.dsl.Flute.model;
import static dev.flute.dsl.Flute.path;
import static dev.flute.dsl.Flute.query;
import static dev.flute.dsl.Flute.route;
import static dev.flute.dsl.Flute.str;
import static dev.flute.websocket.WebSockets.ws;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Flute;
import dev.flute.dsl.testing.TestClient;
import dev.flute.dsl.types.ModelType;
import dev.flute.schema.Docs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document, under an approval file: a change in it is a reviewed diff. */
class AsyncApiTest {
    enum Kind {
        books,
        pens
    }

    record Item(String name, double price, List<String> tags) {}

    record Ack(int received, Kind kind) {}

    static final ModelType<Item> ITEM =
            model(Item.class).field("price", Flute.double_().gt(0));
    static final ModelType<Ack> ACK = model(Ack.class);
    static final Dep<String> TOKEN = Flute.dep(query("token", str().optional()), t -> t.orElse("anonymous"));

    static Api shop() {
        var chat = ws("/ws/<client_id>")
                .param(path("client_id", int_().description("The client's own id")))
                .param(header("x_room", str().withDefault("lobby")))
                .depends(TOKEN)
                .summary("Chat")
                .tags("chat")
                .receivesText()
                .sendsText()
                .handle((id, room, token, socket) -> null);
        var items = ws("/items/<kind>")
                .param(path("kind", enum_(Kind.class)))
                .receives(ITEM)
                .sends("ack", ACK)
                .receivesBytes()
                .description("Streams items.\fInternal notes, cut from the document.")
                .handle((kind, socket) -> null);
        var hidden = ws("/internal").includeInSchema(false).handle(socket -> null);
        var page = route(GET, "/").handle(() -> "page");
        return api("Shop", "2.0").routes(page, chat, items, hidden);
    }

    @Test
    void should_match_the_approved_document() throws Exception {
        String actual = AsyncApi.of(shop()).prettyJson();
        Path approved = Path.of("src/test/resources/asyncapi/shop.approved.json");
        if (!Files.exists(approved)) {
            Files.writeString(approved.resolveSibling("shop.received.json"), actual, StandardCharsets.UTF_8);
            fail("no approved document: review shop.received.json and rename it to shop.approved.json");
        }
        assertEquals(Files.readString(approved, StandardCharsets.UTF_8), actual);
    }

    @Test
    void should_be_served_beside_the_openapi_document_which_leaves_websockets_out() {
        Api served = Docs.with(AsyncApi.with(shop()));
        try (var client = TestClient.of(served)) {
            var asyncapi = client.get("/asyncapi.json").send().assertStatus(200).json();
            assertEquals("3.0.0", asyncapi.get("asyncapi").asText());
            assertEquals(
                    List.of("websocket_ws__client_id_", "websocket_items__kind_"),
                    iterable(asyncapi.get("channels").fieldNames()));
            var openapi = client.get("/openapi.json").send().assertStatus(200).json();
            assertEquals(List.of("/"), iterable(openapi.get("paths").fieldNames()));
        }
    }

    @Test
    void should_refuse_two_messages_of_one_name_and_a_body_input() {
        var twice = assertThrows(
                IllegalArgumentException.class,
                () -> ws("/ws").receives("m", ITEM).sends("m", ACK));
        assertEquals("two messages are named 'm'; name one of them: receives(\"otherName\", type)", twice.getMessage());
        var body = assertThrows(IllegalArgumentException.class, () -> ws("/ws").param(Flute.body(ITEM)));
        assertEquals("/ws: a websocket handshake has no body; receive the data as messages instead", body.getMessage());
    }

    @Test
    void should_serve_nothing_when_the_api_publishes_no_documents() {
        Api quiet = shop().settings(Api.Settings.DEFAULT.docs(null, null, null).maxBodySize(1024));
        assertFalse(AsyncApi.with(quiet).endpoints().size() > quiet.endpoints().size());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        var out = new java.util.ArrayList<String>();
        names.forEachRemaining(out::add);
        return out;
    }

    /** The handshake reads what the resolved route reads: an override replaces it in the document too. */
    @Test
    void an_override_changes_the_handshake_parameters() {
        Dep<String> a = Flute.dep(header("x_a", str()), v -> v);
        Dep<String> b = Flute.dep(header("x_b", str()), v -> v);
        Api api = api("T", "1").routes(ws("/ws").depends(a.scopes("chat")).handle((v, socket) -> null));
        var headers = "/channels/websocket_ws/bindings/ws/headers/properties";
        assertEquals(List.of("x-a"), fieldNames(AsyncApi.of(api).document().at(headers)));
        assertEquals(
                List.of("x-b"),
                fieldNames(AsyncApi.of(api.override(a, b)).document().at(headers)));
    }

    private static List<String> fieldNames(com.fasterxml.jackson.databind.JsonNode node) {
        var out = new java.util.ArrayList<String>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
