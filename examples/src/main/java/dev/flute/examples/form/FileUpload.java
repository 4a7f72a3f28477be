package dev.flute.examples.form;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import java.util.Map;

/**
 * Seed §2.9: a file read into memory as bytes, and one streamed to a temporary file as an upload
 * (deleted when the request ends).
 */
public final class FileUpload {
    private FileUpload() {}

    static final Endpoint CREATE_FILE = route(POST, "/files/")
            .name("create_file")
            .param(file("file"))
            .handle(file -> Map.of("file_size", file.length));

    static final Endpoint CREATE_UPLOAD_FILE = route(POST, "/uploadfile/")
            .name("create_upload_file")
            .param(upload("file"))
            .handle(file -> Map.of("filename", file.filename()));

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(CREATE_FILE, CREATE_UPLOAD_FILE);
    }
}
