package dev.flute.dsl.settings;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Json;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.types.Invalid;
import dev.flute.dsl.types.JsonKind;
import dev.flute.dsl.types.Loc;
import dev.flute.dsl.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads one setting through its type: text as a query value is read, lists, sets and records as
 * JSON (pydantic-settings' rule for complex values). Failures are added to the caller's list, named
 * by the variable as it was written; a secret's text never enters them.
 */
final class SettingReader {
    /** What a secret's value is shown as, as Pydantic shows a {@code SecretStr}. */
    static final String MASK = "**********";

    private SettingReader() {}

    /** The field's value, or null after adding its errors to {@code errors}. */
    static Object read(Type<?> type, String variable, Variables source, boolean secret, List<ValidationError> errors) {
        Variables.Found found;
        try {
            found = source.find(variable);
        } catch (Variables.Ambiguous e) {
            errors.add(ambiguous(variable, e.spellings));
            return null;
        }
        if (found == null) {
            if (type.required()) errors.add(ValidationError.missing(List.of(variable), null));
            return type.required() ? null : type.absentValue();
        }
        var own = new ArrayList<ValidationError>();
        Object value = isJson(type) ? fromJson(type, found, secret, own) : fromText(type, found, own);
        for (ValidationError error : own) errors.add(secret ? masked(error) : error);
        return value;
    }

    private static boolean isJson(Type<?> type) {
        return type.kind() == JsonKind.ARRAY || type.kind() == JsonKind.OBJECT;
    }

    private static Object fromText(Type<?> type, Variables.Found found, List<ValidationError> errors) {
        try {
            return type.fromText(found.value());
        } catch (Invalid invalid) {
            errors.add(new ValidationError(
                    invalid.type(), List.of(found.name()), invalid.msg(), found.value(), invalid.ctx()));
            return null;
        }
    }

    private static Object fromJson(Type<?> type, Variables.Found found, boolean secret, List<ValidationError> errors) {
        JsonNode node;
        try {
            node = Json.reader().readTree(found.value());
        } catch (JsonProcessingException e) {
            errors.add(jsonInvalid(found, e, secret));
            return null;
        }
        return type.fromJson(node, Loc.of(found.name()), errors);
    }

    /** Pydantic's {@code Json} error; Jackson's reason quotes the text, so a secret gets only the place. */
    private static ValidationError jsonInvalid(Variables.Found found, JsonProcessingException e, boolean secret) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + " column " + at.getColumnNr();
        String reason = secret
                ? ""
                : ": "
                        + Objects.toString(e.getOriginalMessage(), "")
                                .lines()
                                .findFirst()
                                .orElse("");
        return new ValidationError(
                "json_invalid", List.of(found.name()), "Invalid JSON" + reason + where, found.value(), null);
    }

    private static ValidationError ambiguous(String variable, List<Variables.Found> spellings) {
        String names = spellings.stream().map(Variables.Found::name).collect(Collectors.joining(", "));
        return new ValidationError(
                "ambiguous_name",
                List.of(variable),
                "Set more than once, in different case and with different values: " + names,
                null,
                null);
    }

    private static ValidationError masked(ValidationError error) {
        return new ValidationError(error.type(), error.loc(), error.msg(), MASK, error.ctx());
    }
}
