package dev.flute.examples.demo;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.ErrorOutput;
import dev.flute.dsl.types.ModelType;

/** The demo's documented errors: FastAPI's {@code {"detail": "..."}} body, typed and in the document. */
public final class Errors {
    private Errors() {}

    /** The body of every error the demo answers itself. */
    public record Detail(String detail) {}

    static final ModelType<Detail> DETAIL = model(Detail.class).name("Detail");

    static final ErrorOutput<Detail> NOT_FOUND = error(404, DETAIL).description("Not found");
    static final ErrorOutput<Detail> FORBIDDEN = error(403, DETAIL).description("Not yours");
    static final ErrorOutput<Detail> CONFLICT = error(409, DETAIL).description("Already taken");
    static final ErrorOutput<Detail> UNAUTHORIZED = error(401, DETAIL).description("Not authenticated");
    static final ErrorOutput<Detail> UNSUPPORTED = error(415, DETAIL).description("Not a PNG image");
}
