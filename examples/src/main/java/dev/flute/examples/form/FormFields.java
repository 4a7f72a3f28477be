package dev.flute.examples.form;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import java.util.Map;

/** Seed §2.8: two form fields, read from a urlencoded or a multipart body. */
public final class FormFields {
    private FormFields() {}

    static final Endpoint LOGIN = route(POST, "/login/")
            .name("login")
            .param(form("username", str()))
            .param(form("password", str()))
            .handle((username, password) -> Map.of("username", username));

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(LOGIN);
    }
}
