package dev.flute.examples.form;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import java.util.LinkedHashMap;

/** Seed §2.10: an upload and a form field in one multipart body. */
public final class FormAndFile {
    private FormAndFile() {}

    static final Endpoint CREATE_FILE = route(POST, "/files/")
            .name("create_file")
            .param(upload("fileb"))
            .param(form("token", str()))
            .handle((fileb, token) -> {
                // A LinkedHashMap, as the content type may be null (Map.of refuses nulls).
                var out = new LinkedHashMap<String, Object>();
                out.put("token", token);
                out.put("fileb_content_type", fileb.contentType());
                return out;
            });

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(CREATE_FILE);
    }
}
