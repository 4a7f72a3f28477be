package dev.flute.dsl.types;

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
    public JsonKind kind() {
        return JsonKind.BOOLEAN;
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
