package dev.flute.examples.response;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.http.Response;

/** Seed §2.7.5: a response with another media type, here an XML document as it is. */
public final class CustomResponseXml {
    private CustomResponseXml() {}

    /** The original's triple-quoted text, indentation and trailing spaces included. */
    static final String DATA = "<?xml version=\"1.0\"?>\n"
            + "    <shampoo>\n"
            + "    <Header>\n"
            + "        Apply shampoo here.\n"
            + "    </Header>\n"
            + "    <Body>\n"
            + "        You'll have to use soap here.\n"
            + "    </Body>\n"
            + "    </shampoo>\n"
            + "    ";

    static final Endpoint GET_LEGACY_DATA =
            route(GET, "/legacy/").name("get_legacy_data").handle(() -> Response.of(DATA, "application/xml"));

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(GET_LEGACY_DATA);
    }
}
