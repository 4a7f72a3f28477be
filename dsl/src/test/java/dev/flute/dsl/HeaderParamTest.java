package dev.flute.dsl;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flute.dsl.http.Cookie;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.testing.TestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Single headers (underscores as hyphens, repetitions as lists) and cookies set in responses. */
class HeaderParamTest {
    static final Api API = api("t", "1")
            .routes(
                    route(GET, "/agent").param(header("user_agent", str())).handle(ua -> Map.of("ua", ua)),
                    route(GET, "/raw")
                            .param(header("strange_header", str().optional()).keepUnderscores())
                            .handle(h -> Map.of("h", h.orElse("absent"))),
                    route(GET, "/tokens")
                            .param(header("x_token", listOf(str()).optional()))
                            .handle(t -> Map.of("tokens", t.orElse(List.of()))),
                    route(GET, "/login").handle(() -> Response.json(Map.of("ok", true))
                            .cookie(Cookie.of("session", "abc").maxAge(60).withHttpOnly())
                            .cookie(Cookie.of("theme", "dark").sameSite(null))));

    static final TestClient CLIENT = TestClient.of(API);

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void should_read_an_underscored_name_from_the_hyphenated_header_in_any_case() {
        CLIENT.get("/agent").header("USER-AGENT", "probe/1").send().assertJson("{\"ua\":\"probe/1\"}");
        CLIENT.get("/agent")
                .header("user_agent", "probe/1")
                .send()
                .assertStatus(422)
                .assertJson("{\"detail\":[{\"type\":\"missing\",\"loc\":[\"header\",\"user-agent\"],"
                        + "\"msg\":\"Field required\",\"input\":null}]}");
    }

    @Test
    void should_keep_underscores_when_conversion_is_off() {
        CLIENT.get("/raw").header("strange_header", "x").send().assertJson("{\"h\":\"x\"}");
        CLIENT.get("/raw").header("strange-header", "x").send().assertJson("{\"h\":\"absent\"}");
    }

    @Test
    void should_read_every_repetition_of_a_header_as_a_list() {
        CLIENT.get("/tokens")
                .header("X-Token", "foo")
                .header("x-token", "bar")
                .send()
                .assertJson("{\"tokens\":[\"foo\",\"bar\"]}");
        CLIENT.get("/tokens").header("X-Token", "foo, bar").send().assertJson("{\"tokens\":[\"foo, bar\"]}");
        CLIENT.get("/tokens").send().assertJson("{\"tokens\":[]}");
    }

    @Test
    void should_set_each_cookie_in_its_own_header_with_starlettes_defaults() {
        var response = CLIENT.get("/login").send().assertStatus(200);
        assertEquals(
                List.of("session=abc; Max-Age=60; HttpOnly; Path=/; SameSite=lax", "theme=dark; Path=/"),
                response.headers("set-cookie"));
    }
}
