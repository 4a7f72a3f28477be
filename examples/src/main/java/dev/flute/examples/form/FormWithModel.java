package dev.flute.examples.form;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.types.ModelType;

/** Seed §2.8: the whole form read into a model and sent back. */
public final class FormWithModel {
    private FormWithModel() {}

    public record FormData(String username, String password) {}

    static final ModelType<FormData> FORM_DATA = model(FormData.class);

    static final Endpoint LOGIN =
            route(POST, "/login/").name("login").param(formModel(FORM_DATA)).handle(data -> data);

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(LOGIN);
    }
}
