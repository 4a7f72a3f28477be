package dev.flute.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flute.dsl.Json;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenAPI document as served under a mount point: mounted at {@code /api} in a host router, its
 * {@code servers} is {@code [{"url": "/api"}]} (after the {@code rootPath}, when one is set), as
 * FastAPI writes a mounted app's {@code root_path}, so clients and Swagger UI call the mounted URLs.
 * Built once per mount point; a host has few of them.
 */
final class MountedDocument {
    private final OpenApi openApi;
    private final Map<String, byte[]> byMountPoint = new ConcurrentHashMap<>();

    MountedDocument(OpenApi openApi) {
        this.openApi = openApi;
        byMountPoint.put("", openApi.json().getBytes(StandardCharsets.UTF_8));
    }

    /** The document for requests that arrive under {@code mountPoint} ({@code ""} when not mounted). */
    byte[] bytes(String mountPoint) {
        return byMountPoint.computeIfAbsent(mountPoint, this::build);
    }

    private byte[] build(String mountPoint) {
        ObjectNode document = openApi.document();
        String root = document.has("servers")
                ? document.get("servers").get(0).get("url").asText()
                : "";
        ObjectNode mounted = document.objectNode();
        // servers goes right after info, where FastAPI puts it.
        document.fields().forEachRemaining(field -> {
            if (field.getKey().equals("servers")) return;
            mounted.set(field.getKey(), field.getValue());
            if (field.getKey().equals("info"))
                mounted.putArray("servers").addObject().put("url", root + mountPoint);
        });
        return Json.write(mounted).getBytes(StandardCharsets.UTF_8);
    }
}
