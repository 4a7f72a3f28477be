package dev.flute.schema.internal;

import dev.flute.dsl.Json;
import dev.flute.dsl.types.EnumType;
import dev.flute.dsl.types.ListType;
import dev.flute.dsl.types.LiteralType;
import dev.flute.dsl.types.Meta;
import dev.flute.dsl.types.ModelType;
import dev.flute.dsl.types.PartialType;
import dev.flute.dsl.types.Type;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * What makes two model values the same named schema. A record class's model is built anew wherever
 * it is derived (each parent model derives its own copy of a nested one), so identity would split
 * one schema in two; the fingerprint is the model's name, class and fields, each field's wire name
 * and type, recursively.
 */
public final class Fingerprints {
    private Fingerprints() {}

    /** The key of a model in {@code Definitions}. */
    public static String of(ModelType<?> model) {
        return of(model, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static String of(Type<?> type, Set<Type<?>> visiting) {
        var out = new StringBuilder();
        if (type instanceof ModelType<?> m) {
            out.append("model(").append(m.javaType().getName()).append(',').append(m.name());
            if (!visiting.add(m)) return out.append(",…)").toString();
            out.append(',').append(m.extraForbidden());
            for (ModelType.Field f : m.fields()) {
                out.append(',').append(f.wireName()).append('=').append(of(f.type(), visiting));
            }
            visiting.remove(m);
        } else if (type instanceof PartialType<?> p) {
            out.append("partial(").append(of(p.model(), visiting));
        } else if (type.valueType() != type) {
            // What the handler gets when the value is absent tells optional() (an empty Optional) from nullable().
            Object absent = type.absentValue();
            out.append("presence(").append(of(type.valueType(), visiting)).append(',');
            out.append(
                    Json.write(String.valueOf(type.presence()) + ',' + (absent == null ? "null" : absent.getClass())));
        } else if (type instanceof ListType<?, ?> l) {
            out.append(l.unique() ? "set(" : "list(").append(of(l.items(), visiting));
        } else if (type instanceof LiteralType l) {
            out.append("literal(").append(Json.write(l.values()));
        } else if (type instanceof EnumType<?> e) {
            out.append("enum(").append(e.enumClass().getName()).append(',').append(e.values());
        } else {
            out.append(type.getClass().getName())
                    .append('(')
                    .append(type.kind())
                    .append(',');
            out.append(type.format()).append(',').append(type.constraints());
        }
        return out.append(',').append(meta(type.meta())).append(')').toString();
    }

    private static String meta(Meta m) {
        return "meta(" + m.title() + "," + m.description() + "," + String.valueOf(m.examples()) + "," + m.deprecated()
                + "," + m.alias() + "," + m.includeInSchema() + ")";
    }
}
