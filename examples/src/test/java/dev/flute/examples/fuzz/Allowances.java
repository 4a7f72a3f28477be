package dev.flute.examples.fuzz;

import java.util.List;

/**
 * The examples' deliberate exceptions to "every answer is documented and in FastAPI's format", each
 * with its reason. They re-create FastAPI snippets whose originals raise these answers without
 * documenting them; Flute's documents equal FastAPI's, so they stay undocumented here too. Anything
 * not listed is a failure.
 */
final class Allowances {
    private Allowances() {}

    /**
     * @param example the example's name
     * @param route the route as {@code ResolvedRoute.describe()} names it; {@code *} for any, or none
     * @param status the undocumented status
     * @param fastApiFormat whether the body is still FastAPI's {@code {"detail": ...}}
     * @param reason why it is allowed
     */
    record Allowance(String example, String route, int status, boolean fastApiFormat, String reason) {}

    static final List<Allowance> ALL = List.of(
            new Allowance(
                    "extra-types",
                    "PUT /items/<item_id>",
                    500,
                    false,
                    "a naive and an aware date-time cannot be subtracted: a TypeError in FastAPI's original, so a 500"),
            new Allowance(
                    "starlette-basic",
                    "*",
                    404,
                    false,
                    "a plain Starlette app: its errors are Starlette's plain text, not FastAPI's JSON"),
            new Allowance(
                    "starlette-basic",
                    "*",
                    405,
                    false,
                    "a plain Starlette app: its errors are Starlette's plain text, not FastAPI's JSON"),
            new Allowance(
                    "oauth2-jwt",
                    "POST /token",
                    401,
                    true,
                    "a wrong username or password: HTTPException(401), undocumented in FastAPI's original"),
            new Allowance(
                    "extra-status-codes",
                    "PUT /items/<item_id>",
                    201,
                    true,
                    "FastAPI's additional status codes: a JSONResponse(201) the document does not show, by design"),
            new Allowance(
                    "response-exclude-unset",
                    "GET /items/<item_id>",
                    500,
                    false,
                    "an unknown id is a KeyError in FastAPI's original, so a 500 on purpose"),
            new Allowance(
                    "http-exception",
                    "GET /items/<item_id>",
                    404,
                    true,
                    "FastAPI's original raises HTTPException(404) without documenting it"),
            new Allowance(
                    "http-exception-headers",
                    "GET /items-header/<item_id>",
                    404,
                    true,
                    "FastAPI's original raises HTTPException(404) without documenting it"),
            new Allowance(
                    "deps-yield-db",
                    "POST /users/",
                    400,
                    true,
                    "a duplicate username: the release translates the integrity error, undocumented in FastAPI's original"),
            new Allowance(
                    "deps-yield-db",
                    "GET /users/<user_id>",
                    404,
                    true,
                    "an unknown user: HTTPException(404), undocumented in FastAPI's original"),
            new Allowance(
                    "reuse-exception-handlers",
                    "GET /items/<item_id>",
                    418,
                    true,
                    "item 3 is refused with HTTPException(418), undocumented in FastAPI's original"),
            new Allowance(
                    "custom-exception-handler",
                    "GET /unicorns/<name>",
                    418,
                    false,
                    "a custom exception handler answers 418 {\"message\": ...}, undocumented in FastAPI's original"));

    /** The allowance for this answer, or null; {@code route} is null when no route answered. */
    static Allowance find(String example, String route, int status) {
        for (Allowance a : ALL) {
            boolean sameRoute = a.route().equals("*") || a.route().equals(route);
            if (a.example().equals(example) && sameRoute && a.status() == status) return a;
        }
        return null;
    }
}
