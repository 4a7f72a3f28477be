package dev.flute.dsl.types;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Json;
import dev.flute.dsl.http.ValidationError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case recorded from Pydantic 2.10 ({@code dsl/src/build/record_pydantic.py}) replayed
 * against Flute's extra types: the same error type, message and ctx, or the same value written
 * both ways FastAPI writes it (inside a model, and as a plain value through jsonable_encoder).
 */
class PydanticExtraTypesTest {
    private static final Map<String, Type<?>> TYPES = Map.of(
            "datetime", dateTime(),
            "aware_datetime", offsetDateTime(),
            "naive_datetime", localDateTime(),
            "date", date(),
            "time", time(),
            "timedelta", duration(),
            "decimal", decimal(),
            "bytes", bytes());

    @TestFactory
    Stream<DynamicTest> should_read_and_write_like_pydantic() {
        return RecordedCases.replay(
                "/pydantic/extra-types.json",
                c -> c.get("type").asText() + " " + c.get("input").asText(),
                PydanticExtraTypesTest::check);
    }

    @SuppressWarnings("unchecked")
    private static void check(JsonNode c) throws Exception {
        Type<Object> type = (Type<Object>) TYPES.get(c.get("type").asText());
        JsonNode input = Json.reader().readTree(c.get("input").asText());
        var errors = new ArrayList<ValidationError>();
        Object value = type.fromJson(input, Loc.of("x"), errors);
        if (c.has("error")) {
            JsonNode want = c.get("error");
            assertEquals(1, errors.size(), "expected one error, got value " + value);
            ValidationError got = errors.get(0);
            assertEquals(want.get("type").asText(), got.type());
            assertEquals(want.get("msg").asText(), got.msg());
            JsonNode wantCtx = want.get("ctx");
            assertEquals(wantCtx, got.ctx() == null ? null : normal(got.ctx()), "ctx");
            assertEquals(List.of("x"), got.loc());
            return;
        }
        assertTrue(errors.isEmpty(), () -> "unexpected errors " + errors);
        assertEquals(c.get("pydantic"), normal(type.toJson(value)), "as Pydantic writes it in a model");
        assertEquals(c.get("python"), normal(value), "as jsonable_encoder writes a plain value");
    }

    /** A Java value as the JSON tree FastAPI's client would parse. */
    private static JsonNode normal(Object value) throws Exception {
        return Json.reader().readTree(Json.write(value));
    }
}
