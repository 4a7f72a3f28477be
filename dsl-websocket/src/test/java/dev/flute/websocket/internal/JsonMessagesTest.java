package dev.flute.websocket.internal;

import static dev.flute.dsl.Flute.int_;
import static dev.flute.dsl.Flute.listOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.flute.dsl.http.ValidationError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonMessagesTest {

    @Test
    void should_read_a_message_with_the_types_lax_rules() {
        var errors = new ArrayList<ValidationError>();
        assertEquals(List.of(1, 2), JsonMessages.read(listOf(int_()), "[1, \"2\"]", errors));
        assertEquals(List.of(), errors);
    }

    @Test
    void should_locate_every_failure_from_message() {
        var errors = new ArrayList<ValidationError>();
        assertNull(JsonMessages.read(listOf(int_()), "[\"a\", 2, \"b\"]", errors));
        assertEquals(List.of("message", 0), errors.get(0).loc());
        assertEquals(List.of("message", 2), errors.get(1).loc());
        assertEquals("int_parsing", errors.get(1).type());
    }

    @Test
    void should_report_malformed_and_empty_json_and_a_null_for_a_required_value() {
        var malformed = new ArrayList<ValidationError>();
        JsonMessages.read(int_(), "{\"a\": ", malformed);
        assertEquals("json_invalid", malformed.get(0).type());
        assertEquals(Map.of(), malformed.get(0).input());
        var blank = new ArrayList<ValidationError>();
        JsonMessages.read(int_(), "   ", blank);
        assertEquals(List.of("message", 0L), blank.get(0).loc());
        var none = new ArrayList<ValidationError>();
        JsonMessages.read(int_(), "null", none);
        assertEquals("missing", none.get(0).type());
        assertEquals(7, JsonMessages.read(int_().withDefault(7), "null", new ArrayList<>()));
    }
}
