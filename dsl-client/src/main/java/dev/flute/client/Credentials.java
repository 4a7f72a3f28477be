package dev.flute.client;

import dev.flute.dsl.Param;
import dev.flute.dsl.spi.Requirement;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Credentials sent to the routes whose security schemes take them, read from each resolved
 * route's requirements (the schemes the OpenAPI document lists), so a public route gets none: a
 * bearer token for OAuth2, HTTP Bearer and OpenID Connect schemes, a user and password for HTTP
 * Basic, a key at the place and name an API key scheme declares.
 */
final class Credentials {
    private Credentials() {}

    static FluteClient.Default bearer(String token) {
        String value = "Bearer " + token;
        return (route, givens) -> {
            for (Requirement r : route.route().security()) {
                String type = type(r);
                if (type.equals("oauth2") || type.equals("openidconnect") || http(r, "bearer"))
                    givens.add(out -> out.param(Param.In.HEADER, "Authorization", List.of(value)));
            }
        };
    }

    static FluteClient.Default basic(String username, String password) {
        String pair = username + ":" + password;
        String value = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        return (route, givens) -> {
            for (Requirement r : route.route().security()) {
                if (http(r, "basic")) givens.add(out -> out.param(Param.In.HEADER, "Authorization", List.of(value)));
            }
        };
    }

    static FluteClient.Default apiKey(String key) {
        return (route, givens) -> {
            for (Requirement r : route.route().security()) {
                if (!type(r).equals("apikey")) continue;
                Map<String, Object> scheme = r.scheme().openapi();
                Param.In in = Param.In.valueOf(String.valueOf(scheme.get("in")).toUpperCase(Locale.ROOT));
                String name = String.valueOf(scheme.get("name"));
                givens.add(out -> out.param(in, name, List.of(key)));
            }
        };
    }

    private static String type(Requirement r) {
        return String.valueOf(r.scheme().openapi().get("type")).toLowerCase(Locale.ROOT);
    }

    private static boolean http(Requirement r, String scheme) {
        return type(r).equals("http")
                && scheme.equalsIgnoreCase(String.valueOf(r.scheme().openapi().get("scheme")));
    }
}
