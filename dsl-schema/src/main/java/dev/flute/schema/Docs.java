package dev.flute.schema;

import static dev.flute.dsl.Flute.GET;
import static dev.flute.dsl.Flute.binary;
import static dev.flute.dsl.Flute.route;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.Group;
import dev.flute.dsl.Json;
import dev.flute.schema.internal.Assets;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves an API's documentation as ordinary Flute routes, left out of the document itself:
 * {@code /openapi.json}, Swagger UI at {@code /docs} (with its OAuth2 redirect page at
 * {@code /docs/oauth2-redirect}) and ReDoc at {@code /redoc}. Everything comes from jars on the
 * classpath ({@code org.webjars:swagger-ui}, {@code org.webjars:redoc}), so the docs work without
 * internet access.
 *
 * <pre>{@code
 * Api served = Docs.with(api);            // the same API plus its docs
 * Flute.serve(vertx, served, 8000);       // or TestClient.of(served), FluteRouter.of(vertx, served)
 * }</pre>
 *
 * <p>The URLs are the API's {@link Api.Settings}: a null {@code openapiUrl} turns all of it off, a null
 * {@code docsUrl} or {@code redocUrl} turns that page off. The document is built once, here, so a
 * mistake in the API fails at start-up. The pages refer to their scripts and to the document with
 * relative URLs, so they also work when the API is mounted under a prefix of a host router; behind a
 * proxy that strips a prefix, set {@code rootPath} so "Try it out" calls the right URL. The pages
 * carry no inline script, so they also load under a strict Content-Security-Policy.
 *
 * <p>The doc routes sit outside the API's groups: the API's own dependencies (a token check, say)
 * do not guard them, as in FastAPI.
 */
public final class Docs {
    private Docs() {}

    /** The files of the Swagger UI webjar that the page loads. */
    private static final List<String> SWAGGER_FILES =
            List.of("swagger-ui.css", "swagger-ui-bundle.js", "favicon-32x32.png", "oauth2-redirect.js");

    /** A copy of {@code api} that also serves its OpenAPI document, Swagger UI and ReDoc. */
    public static Api with(Api api) {
        Api.Settings settings = api.settings();
        String openapiUrl = settings.openapiUrl();
        if (openapiUrl == null || servesDocs(api, openapiUrl)) return api;
        byte[] document = OpenApi.of(api).json().getBytes(StandardCharsets.UTF_8);
        String title = api.info().title();

        var routes = new ArrayList<Endpoint<?>>();
        routes.add(get(openapiUrl, document, "application/json"));
        String docsUrl = settings.docsUrl();
        if (docsUrl != null) {
            String base = join(docsUrl, "");
            for (String file : SWAGGER_FILES) {
                routes.add(get(base + file, Assets.webjar("swagger-ui", file), mediaType(file)));
            }
            String redirect = base + "oauth2-redirect";
            routes.add(get(redirect, Assets.webjar("swagger-ui", "oauth2-redirect.html"), "text/html"));
            routes.add(get(
                    base + "swagger-initializer.js",
                    swaggerInitializer(docsUrl, openapiUrl, redirect),
                    "text/javascript"));
            routes.add(get(docsUrl, swaggerPage(title, docsUrl, base), "text/html"));
        }
        String redocUrl = settings.redocUrl();
        if (redocUrl != null) {
            String base = join(redocUrl, "");
            routes.add(get(
                    base + "redoc.standalone.js", Assets.webjar("redoc", "redoc.standalone.js"), "text/javascript"));
            routes.add(get(redocUrl, redocPage(title, redocUrl, openapiUrl, base), "text/html"));
        }
        return api.withRoot(withDocs(api.root(), routes));
    }

    /**
     * The root group with the doc routes first. The root's dependencies move to a child group that
     * holds the API's own routes, so they guard those and not the docs; its middleware, exception
     * handlers, tags and responses stay at the root, for every request as before.
     */
    private static Group withDocs(Group root, List<Endpoint<?>> docs) {
        Group guarded = Group.of("")
                .withDependencies(root.dependencies())
                .withEndpoints(root.endpoints())
                .withGroups(root.groups());
        return root.withDependencies(List.of()).withEndpoints(docs).withGroups(List.of(guarded));
    }

    /** True when {@code with} was already applied: the document route is there, hidden. */
    private static boolean servesDocs(Api api, String openapiUrl) {
        for (Api.Mounted m : api.endpoints()) {
            var spec = m.endpoint().spec();
            if (spec.method() == GET
                    && m.template().equals(openapiUrl)
                    && !spec.operation().includeInSchema()) {
                return true;
            }
        }
        return false;
    }

    /** A fixed document at {@code path}, served as it is. */
    private static Endpoint<byte[]> get(String path, byte[] body, String mediaType) {
        return route(GET, path)
                .includeInSchema(false)
                .returns(binary(mediaType))
                .handle(() -> body);
    }

    private static byte[] swaggerPage(String title, String page, String base) {
        String html = "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                + "<link type=\"text/css\" rel=\"stylesheet\" href=\"" + attr(relative(page, base + "swagger-ui.css"))
                + "\">\n"
                + "<link rel=\"shortcut icon\" href=\"" + attr(relative(page, base + "favicon-32x32.png")) + "\">\n"
                + "<title>" + text(title) + " - Swagger UI</title>\n</head>\n<body>\n<div id=\"swagger-ui\">\n</div>\n"
                + "<script src=\"" + attr(relative(page, base + "swagger-ui-bundle.js")) + "\"></script>\n"
                + "<script src=\"" + attr(relative(page, base + "swagger-initializer.js")) + "\"></script>\n"
                + "</body>\n</html>\n";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * FastAPI's Swagger UI settings, in a script of its own rather than inline. URLs are relative to
     * the page; the OAuth2 redirect must be absolute, so it is resolved in the browser.
     */
    private static byte[] swaggerInitializer(String page, String openapiUrl, String redirect) {
        ObjectNode config = JsonNodeFactory.instance.objectNode();
        config.put("url", relative(page, openapiUrl));
        config.put("dom_id", "#swagger-ui");
        config.put("layout", "BaseLayout");
        config.put("deepLinking", true);
        config.put("showExtensions", true);
        config.put("showCommonExtensions", true);
        String js = "window.onload = function () {\n"
                + "  var config = " + Json.write(config) + ";\n"
                + "  config.oauth2RedirectUrl = new URL(" + Json.write(relative(page, redirect))
                + ", window.location.href).href;\n"
                + "  config.presets = [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset];\n"
                + "  window.ui = SwaggerUIBundle(config);\n"
                + "};\n";
        return js.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] redocPage(String title, String page, String openapiUrl, String base) {
        String html = "<!DOCTYPE html>\n<html>\n<head>\n<title>" + text(title) + " - ReDoc</title>\n"
                + "<meta charset=\"utf-8\"/>\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<style>\nbody {\nmargin: 0;\npadding: 0;\n}\n</style>\n</head>\n<body>\n"
                + "<noscript>\nReDoc requires Javascript to function. Please enable it to browse the documentation.\n"
                + "</noscript>\n"
                + "<redoc spec-url=\"" + attr(relative(page, openapiUrl)) + "\"></redoc>\n"
                + "<script src=\"" + attr(relative(page, base + "redoc.standalone.js")) + "\"></script>\n"
                + "</body>\n</html>\n";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code /docs} → {@code /docs/}, {@code /docs/} stays. */
    private static String join(String url, String file) {
        return (url.endsWith("/") ? url : url + "/") + file;
    }

    /**
     * The reference from the page at {@code from} to {@code to}, both absolute paths, that a browser
     * resolves back to {@code to} below any prefix: {@code ("/docs", "/docs/x.js")} → {@code docs/x.js},
     * {@code ("/a/docs", "/openapi.json")} → {@code ../openapi.json}.
     */
    static String relative(String from, String to) {
        List<String> dir = segments(from.substring(0, from.lastIndexOf('/') + 1));
        List<String> target = segments(to);
        boolean directory = to.endsWith("/");
        int common = 0;
        while (common < dir.size()
                && common < target.size() - (directory ? 0 : 1)
                && dir.get(common).equals(target.get(common))) {
            common++;
        }
        var out = new StringBuilder();
        for (int i = common; i < dir.size(); i++) out.append("../");
        out.append(String.join("/", target.subList(common, target.size())));
        if (directory && target.size() > common) out.append('/');
        return out.length() == 0 ? "./" : out.toString();
    }

    private static List<String> segments(String path) {
        var out = new ArrayList<String>();
        for (String s : path.split("/")) if (!s.isEmpty()) out.add(s);
        return out;
    }

    private static String mediaType(String file) {
        if (file.endsWith(".css")) return "text/css";
        if (file.endsWith(".js")) return "text/javascript";
        if (file.endsWith(".png")) return "image/png";
        return "application/octet-stream";
    }

    private static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String attr(String s) {
        return text(s).replace("\"", "&quot;");
    }
}
