package dev.flute.dsl.types;

import static dev.flute.dsl.Flute.email;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Json;
import dev.flute.dsl.http.ValidationError;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every address recorded from Pydantic 2.10's {@code EmailStr} with email-validator 2.2
 * ({@code dsl/src/build/record_email.py}) replayed against {@code email()}: the same error type,
 * message and ctx, or the same normalized address.
 */
class PydanticEmailTest {

    @TestFactory
    Stream<DynamicTest> should_read_addresses_like_pydantic() {
        return RecordedCases.replay(
                "/pydantic/email.json",
                c -> {
                    String input = c.get("input").asText();
                    return input.length() > 80 ? input.substring(0, 80) + "…" : input;
                },
                PydanticEmailTest::check);
    }

    private static void check(JsonNode c) throws Exception {
        JsonNode input = Json.reader().readTree(c.get("input").asText());
        var errors = new ArrayList<ValidationError>();
        String value = email().fromJson(input, Loc.of("email"), errors);
        if (c.has("error")) {
            JsonNode want = c.get("error");
            assertEquals(1, errors.size(), "expected one error, got value " + value);
            ValidationError got = errors.get(0);
            assertEquals(want.get("type").asText(), got.type());
            assertEquals(want.get("msg").asText(), got.msg());
            assertEquals(want.get("ctx"), got.ctx() == null ? null : Json.tree(got.ctx()), "ctx");
            assertEquals(List.of("email"), got.loc());
            return;
        }
        assertTrue(errors.isEmpty(), () -> "unexpected errors " + errors);
        assertEquals(c.get("value").asText(), value);
    }

    @Test
    void should_document_itself_as_an_email_string_and_produce_a_string() {
        assertEquals(JsonKind.STRING, email().kind());
        assertEquals("email", email().format());
        assertEquals(String.class, email().javaType());
        assertEquals("me@example.com", email().fromText("Me <me@EXAMPLE.com>"));
    }
}
