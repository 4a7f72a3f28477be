package dev.flute.dsl.types;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Json;
import dev.flute.dsl.http.ValidationError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A model value plus the fields the client sent: FastAPI's exclude_unset for a PATCH. */
class PartialTest {
    public record Item(String name, String description, Double price, List<String> tags) {}

    static final ModelType<Item> ITEM = model(Item.class)
            .field("name", str().nullable())
            .field("description", str().nullable())
            .field("tags", listOf(str()).withDefault(List.of()));

    static final Item STORED = new Item("Bar", "The bartenders", 62.0, List.of("drinks"));

    @Test
    void should_tell_an_absent_field_from_one_sent_as_null() throws Exception {
        Partial<Item> patch = read("{\"description\": null, \"price\": 3.5}");
        assertEquals(new Item(null, null, 3.5, List.of()), patch.value());
        assertEquals(Set.of("description", "price"), patch.fieldsSet());
        assertTrue(patch.isSet("description"));
        assertFalse(patch.isSet("name"));
        assertEquals(new Item("Bar", null, 3.5, List.of("drinks")), patch.applyTo(STORED));
    }

    @Test
    void should_change_nothing_when_nothing_is_sent() throws Exception {
        Partial<Item> patch = read("{}");
        assertEquals(Set.of(), patch.fieldsSet());
        assertEquals(STORED, patch.applyTo(STORED));
    }

    @Test
    void should_validate_as_the_model_does() throws Exception {
        var errors = new ArrayList<ValidationError>();
        ITEM.partial().fromJson(Json.reader().readTree("{\"price\": \"cheap\"}"), Loc.of("body"), errors);
        assertEquals(List.of("body", "price"), errors.get(0).loc());
        assertEquals("float_parsing", errors.get(0).type());
    }

    @Test
    void should_be_built_in_code_with_field_names_checked() {
        var patch = Partial.of(ITEM, new Item(null, null, 1.0, List.of()), "price", "name");
        assertEquals(List.of("name", "price"), List.copyOf(patch.fieldsSet()), "in the model's order");
        assertEquals(new Item(null, "The bartenders", 1.0, List.of("drinks")), patch.applyTo(STORED));
        var e = assertThrows(IllegalArgumentException.class, () -> Partial.of(ITEM, STORED, "cost"));
        assertEquals("Item has no field 'cost'; its fields are name, description, price, tags", e.getMessage());
    }

    @Test
    void should_write_only_the_sent_fields_and_produce_a_partial() throws Exception {
        assertEquals(Map.of("price", 3.5), ITEM.partial().toJson(read("{\"price\": 3.5}")));
        assertEquals("Partial<Item>", JavaTypes.name(ITEM.partial().javaType()));
        assertEquals("model(Item.class).partial()", ITEM.partial().toString());
    }

    private static Partial<Item> read(String json) throws Exception {
        var errors = new ArrayList<ValidationError>();
        Partial<Item> out = ITEM.partial().fromJson(Json.reader().readTree(json), Loc.of("body"), errors);
        assertEquals(List.of(), errors);
        return out;
    }
}
