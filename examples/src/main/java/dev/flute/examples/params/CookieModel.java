package dev.flute.examples.params;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.types.ModelType;

/** Seed §2.5: cookies read into one model; other cookies are ignored. */
public final class CookieModel {
    private CookieModel() {}

    public record Cookies(String session_id, String fatebook_tracker, String googall_tracker) {}

    static final ModelType<Cookies> COOKIES =
            model(Cookies.class).field("fatebook_tracker", str().nullable()).field("googall_tracker", str().nullable());

    static final Endpoint READ_ITEMS =
            route(GET, "/items/").name("read_items").param(cookieModel(COOKIES)).handle(cookies -> cookies);

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(READ_ITEMS);
    }
}
