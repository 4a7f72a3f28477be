package dev.flute.dsl;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.testing.TestClient;
import dev.flute.dsl.types.ModelType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * One rule for cookies, Starlette's: only the first {@code Cookie} header counts, and in it a later
 * duplicate name wins; cookie parameters and cookie models read the same parse. The expected bodies
 * are what FastAPI 0.115 answers to the same requests.
 */
class CookieRuleTest {
    public record Pair(String a, String b) {}

    static final ModelType<Pair> PAIR =
            model(Pair.class).field("a", str().nullable()).field("b", str().nullable());

    static final Api API = api("t", "1")
            .routes(
                    route(GET, "/one")
                            .param(cookie("a", str().optional()))
                            .param(cookie("b", str().optional()))
                            .handle((a, b) -> pair(a, b)),
                    route(GET, "/model").param(cookieModel(PAIR)).handle(p -> p));

    static final TestClient CLIENT = TestClient.of(API);

    private static Map<String, Object> pair(Optional<String> a, Optional<String> b) {
        var out = new HashMap<String, Object>();
        out.put("a", a.orElse(null));
        out.put("b", b.orElse(null));
        return out;
    }

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void should_read_the_first_cookie_header_only() {
        for (String path : new String[] {"/one", "/model"}) {
            CLIENT.get(path)
                    .header("Cookie", "a=1; b=2")
                    .header("Cookie", "a=3")
                    .send()
                    .assertStatus(200)
                    .assertJson("{\"a\":\"1\",\"b\":\"2\"}");
        }
    }

    @Test
    void should_let_a_later_duplicate_win_within_the_header() {
        for (String path : new String[] {"/one", "/model"}) {
            CLIENT.get(path)
                    .header("Cookie", "a=1; a=2")
                    .send()
                    .assertStatus(200)
                    .assertJson("{\"a\":\"2\",\"b\":null}");
        }
    }
}
