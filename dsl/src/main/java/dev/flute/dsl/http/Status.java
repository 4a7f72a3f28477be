package dev.flute.dsl.http;

import io.netty.handler.codec.http.HttpResponseStatus;

/** Status codes' reason phrases, and which statuses carry no body. */
public final class Status {
    private Status() {}

    /** The standard phrase, as Starlette's {@code HTTPException} uses for a default detail. */
    public static String phrase(int status) {
        return HttpResponseStatus.valueOf(status).reasonPhrase();
    }

    /** 1xx, 204 and 304 responses have no body, whatever the handler returns. */
    public static boolean allowsBody(int status) {
        return status >= 200 && status != 204 && status != 304;
    }
}
