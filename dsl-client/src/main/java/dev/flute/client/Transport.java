package dev.flute.client;

import io.vertx.core.Future;
import io.vertx.core.http.ClientForm;
import io.vertx.core.http.ClientMultipartForm;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.RequestOptions;
import java.util.Map;

/**
 * Sends an encoded request with the Vert.x HTTP client and gives back the answer as soon as its
 * status and headers arrive, before its body: a streamed answer must be handed over live, which
 * Vert.x's {@code WebClient} cannot do (it answers once the body is complete). Forms and uploads
 * use Vert.x's own encoders; files are read from disk while they are sent.
 */
final class Transport {
    private final HttpClient http;
    private final String baseUrl;

    Transport(HttpClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    HttpClient http() {
        return http;
    }

    String baseUrl() {
        return baseUrl;
    }

    Future<HttpClientResponse> send(Outgoing out) {
        var options = new RequestOptions()
                .setMethod(out.method())
                .setAbsoluteURI(baseUrl + out.uri())
                .setHeaders(out.headers());
        return http.request(options).compose(request -> body(request, out.payload()));
    }

    private static Future<HttpClientResponse> body(HttpClientRequest request, Outgoing.Payload payload) {
        if (payload instanceof Outgoing.JsonBody json) {
            return request.putHeader("content-type", "application/json").send(json.json());
        }
        if (payload instanceof Outgoing.FormBody form) return request.send(form(form));
        return request.send();
    }

    private static ClientForm form(Outgoing.FormBody body) {
        if (!body.multipart()) {
            ClientForm form = ClientForm.form();
            for (Map.Entry<String, String> field : body.fields()) form.attribute(field.getKey(), field.getValue());
            return form;
        }
        // One part per file, never multipart/mixed: FastAPI (and Flute) read each part by its field name.
        ClientMultipartForm form = ClientMultipartForm.multipartForm().mixed(false);
        for (Map.Entry<String, String> field : body.fields()) form.attribute(field.getKey(), field.getValue());
        for (Map.Entry<String, FilePart> file : body.files()) {
            FilePart part = file.getValue();
            if (part.path() != null) {
                form.binaryFileUpload(
                        file.getKey(),
                        part.filename(),
                        part.contentType(),
                        part.path().toString());
            } else {
                form.binaryFileUpload(file.getKey(), part.filename(), part.contentType(), part.content());
            }
        }
        return form;
    }
}
