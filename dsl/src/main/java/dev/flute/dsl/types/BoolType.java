package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import java.util.List;
import java.util.Locale;

/** A boolean, read from the spellings Pydantic accepts: true/false, 1/0, yes/no, on/off, t/f, y/n. */
public final class BoolType extends AbstractType<Boolean, BoolType> {

    public BoolType() {
        this(Meta.NONE);
    }

    private BoolType(Meta meta) {
        super(meta);
    }

    @Override
    protected BoolType withMeta(Meta meta) {
        return new BoolType(meta);
    }

    @Override
    public java.lang.reflect.Type javaType() {
        return Boolean.class;
    }

    @Override
    public String toString() {
        return "bool()";
    }

    @Override
    public JsonKind kind() {
        return JsonKind.BOOLEAN;
    }

    @Override
    public Boolean fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        if (node.isBoolean()) return node.booleanValue();
        if (node.isNumber()) {
            double d = node.doubleValue();
            if (d == 0 || d == 1) return d == 1;
            JsonReading.fail(
                    errors, loc, "bool_parsing", "Input should be a valid boolean, unable to interpret input", node);
            return null;
        }
        if (node.isTextual()) return JsonReading.text(this, node, loc, errors);
        JsonReading.fail(errors, loc, "bool_type", "Input should be a valid boolean", node);
        return null;
    }

    @Override
    public Boolean fromText(String raw) {
        switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "1", "on", "t", "true", "y", "yes":
                return Boolean.TRUE;
            case "0", "off", "f", "false", "n", "no":
                return Boolean.FALSE;
            default:
                throw new Invalid("bool_parsing", "Input should be a valid boolean, unable to interpret input");
        }
    }
}
