package dev.flute.dsl.internal;

import dev.flute.dsl.http.HttpError;
import io.vertx.core.MultiMap;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What a part says about itself: its field name, its file name when it is a file (a part with a
 * {@code filename} parameter, even an empty one, as Starlette decides), its content type, and all
 * its headers.
 *
 * @param filename the raw file name, or null for a plain field
 * @param contentType the part's {@code Content-Type}, or null
 */
record PartHeaders(String name, String filename, String contentType, MultiMap headers) {

    boolean isFile() {
        return filename != null;
    }

    /** Reads the name and file name from {@code Content-Disposition}, decoding UTF-8 (or, failing that, Latin-1). */
    static PartHeaders of(MultiMap headers) {
        String disposition = headers.get("content-disposition");
        HeaderParams params = disposition == null ? null : HeaderParams.parse(disposition);
        String name = params == null ? null : params.params().get("name");
        if (name == null) throw new HttpError(400, "The Content-Disposition header field \"name\" must be provided.");
        String filename = params.params().get("filename*");
        filename = filename != null ? filename : userText(params.params().get("filename"));
        return new PartHeaders(userText(name), filename, headers.get("content-type"), headers);
    }

    /** Header bytes (held as Latin-1 characters) as text: UTF-8 when they are valid UTF-8, else Latin-1. */
    static String userText(String latin1) {
        if (latin1 == null) return null;
        boolean ascii = true;
        for (int i = 0; i < latin1.length() && ascii; i++) ascii = latin1.charAt(i) < 128;
        return ascii ? latin1 : text(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Starlette's {@code _user_safe_decode}: UTF-8 when the bytes are valid UTF-8, else Latin-1. */
    static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
