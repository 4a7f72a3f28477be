package dev.flute.websocket.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flute.dsl.Api;
import dev.flute.dsl.Operation;
import dev.flute.dsl.Param;
import dev.flute.dsl.spi.Parameter;
import dev.flute.dsl.spi.ResolvedApi;
import dev.flute.dsl.spi.ResolvedRoute;
import dev.flute.dsl.types.EnumType;
import dev.flute.dsl.types.LiteralType;
import dev.flute.dsl.types.Meta;
import dev.flute.dsl.types.Type;
import dev.flute.schema.Definitions;
import dev.flute.schema.JsonSchemas;
import dev.flute.websocket.MessageDoc;
import dev.flute.websocket.WebSockets;
import dev.flute.websocket.WsHandler;
import java.util.List;

/**
 * Builds the AsyncAPI 3.0 document of an API's websocket routes, from the route values: one channel
 * per route (its address, path parameters, messages, and the WebSockets binding with its query and
 * header schemas), and per direction an operation, {@code receive} for what clients send and
 * {@code send} for what the route sends. Schemas come from dsl-schema's {@link JsonSchemas}, named
 * ones under {@code components.schemas} as in the OpenAPI document.
 */
public final class AsyncApiDocument {
    public static final String VERSION = "3.0.0";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Api api;
    private final Definitions defs = Definitions.forOpenApi();

    private AsyncApiDocument(Api api) {
        this.api = api;
    }

    public static ObjectNode of(Api api) {
        return new AsyncApiDocument(api).build();
    }

    private ObjectNode build() {
        ObjectNode doc = NODES.objectNode();
        doc.put("asyncapi", VERSION);
        ObjectNode info = doc.putObject("info");
        info.put("title", api.info().title());
        info.put("version", api.info().version());
        if (api.info().description() != null) info.put("description", api.info().description());
        doc.put("defaultContentType", "application/json");
        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        for (ResolvedRoute route : ResolvedApi.of(api).routes()) {
            WsHandler handler = route.attribute(WebSockets.HANDLER);
            if (handler == null || !handler.ws().inAsyncApi()) continue;
            String id = route.operationId();
            if (channels.has(id)) throw new IllegalArgumentException("two websocket routes have the id '" + id + "'");
            channels.set(id, channel(route, handler));
            operation(operations, id, "receive", handler.ws().receives(), route);
            operation(operations, id, "send", handler.ws().sends(), route);
        }
        var schemas = defs.resolve();
        if (!schemas.isEmpty()) doc.putObject("components").putObject("schemas").setAll(schemas);
        defs.link(doc);
        return doc;
    }

    private ObjectNode channel(ResolvedRoute route, WsHandler handler) {
        Operation op = route.spec().operation();
        ObjectNode channel = NODES.objectNode();
        channel.put("address", route.path().format());
        if (op.summary() != null) channel.put("summary", op.summary());
        String description = description(op);
        if (description != null) channel.put("description", description);
        List<Parameter> params = handshake(route);
        ObjectNode parameters = NODES.objectNode();
        for (Parameter p : params) {
            if (p.in() == Param.In.PATH) parameters.set(p.name(), pathParameter(p.type()));
        }
        if (!parameters.isEmpty()) channel.set("parameters", parameters);
        ObjectNode messages = channel.putObject("messages");
        for (MessageDoc m : handler.ws().receives()) messages.set(m.name(), message(m));
        for (MessageDoc m : handler.ws().sends()) messages.set(m.name(), message(m));
        channel.putObject("bindings").set("ws", binding(params));
        if (!route.tags().isEmpty()) {
            ArrayNode tags = channel.putArray("tags");
            route.tags().forEach(t -> tags.addObject().put("name", t));
        }
        return channel;
    }

    /**
     * What the handshake reads, each (place, name) once: the route's parameters and its
     * dependencies' (after the API's overrides). Cookies are read too, but neither AsyncAPI nor its
     * WebSockets binding has a place for them.
     */
    private static List<Parameter> handshake(ResolvedRoute route) {
        var found = new java.util.LinkedHashMap<String, Parameter>();
        for (Parameter p : route.parameters()) found.putIfAbsent(p.in() + " " + p.name(), p);
        return List.copyOf(found.values());
    }

    private void operation(
            ObjectNode operations, String channelId, String action, List<MessageDoc> messages, ResolvedRoute route) {
        // An operation without messages would say nothing a reader could use; the channel still lists the route.
        if (messages.isEmpty()) return;
        ObjectNode op = operations.putObject(channelId + "_" + action);
        op.put("action", action);
        op.putObject("channel").put("$ref", "#/channels/" + channelId);
        if (route.spec().operation().deprecated()) op.put("x-deprecated", true);
        ArrayNode refs = op.putArray("messages");
        for (MessageDoc m : messages) refs.addObject().put("$ref", "#/channels/" + channelId + "/messages/" + m.name());
    }

    private ObjectNode message(MessageDoc doc) {
        ObjectNode message = NODES.objectNode();
        message.put("name", doc.name());
        message.put("contentType", doc.format().contentType());
        switch (doc.format()) {
            case TEXT -> message.putObject("payload").put("type", "string");
            case BYTES -> message.putObject("payload").put("type", "string").put("format", "binary");
            case JSON -> message.set("payload", JsonSchemas.schema(doc.type(), defs));
        }
        return message;
    }

    /** AsyncAPI 3.0 parameters hold no schema: only a description, the allowed values and examples. */
    private static ObjectNode pathParameter(Type<?> type) {
        ObjectNode param = NODES.objectNode();
        Meta meta = type.meta();
        if (meta.description() != null) param.put("description", meta.description());
        List<String> allowed =
                type instanceof EnumType<?> e ? e.values() : type instanceof LiteralType l ? l.values() : List.of();
        if (!allowed.isEmpty()) allowed.forEach(param.putArray("enum")::add);
        if (!meta.examples().isEmpty()) {
            ArrayNode examples = param.putArray("examples");
            meta.examples().forEach(x -> examples.add(String.valueOf(x)));
        }
        return param;
    }

    /** The WebSockets binding: the handshake is a GET; its query and headers as object schemas. */
    private ObjectNode binding(List<Parameter> params) {
        ObjectNode ws = NODES.objectNode();
        ws.put("method", "GET");
        ObjectNode query = objectSchema(params, Param.In.QUERY);
        if (query != null) ws.set("query", query);
        ObjectNode headers = objectSchema(params, Param.In.HEADER);
        if (headers != null) ws.set("headers", headers);
        ws.put("bindingVersion", "0.1.0");
        return ws;
    }

    private ObjectNode objectSchema(List<Parameter> params, Param.In in) {
        ObjectNode properties = NODES.objectNode();
        ArrayNode required = NODES.arrayNode();
        for (Parameter p : params) {
            if (p.in() != in) continue;
            properties.set(p.name(), JsonSchemas.schema(p.type(), defs));
            if (p.type().required()) required.add(p.name());
        }
        if (properties.isEmpty()) return null;
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        schema.set("properties", properties);
        if (!required.isEmpty()) schema.set("required", required);
        return schema;
    }

    /** Cut at a form feed, as FastAPI cuts docstrings for its document. */
    private static String description(Operation op) {
        String d = op.description();
        if (d == null) return null;
        int cut = d.indexOf('\f');
        return cut < 0 ? d : d.substring(0, cut);
    }
}
