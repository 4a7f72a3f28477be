package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model, Pydantic's {@code BaseModel}, from a Java record: one field per component, each with a
 * type derived from the component's Java type unless overridden. Reflection runs once, when the
 * model is declared; reading a request calls a prepared constructor handle.
 *
 * <pre>{@code
 * record Item(String name, String description, double price, Double tax) {}
 *
 * static final ModelType<Item> ITEM = model(Item.class)
 *     .field("description", str().nullable())
 *     .field("price", double_().gt(0).description("价格必须大于0"));
 * // tax, a Double, may be absent or null: Pydantic's `tax: float | None = None`
 * }</pre>
 *
 * <p>Derived types: primitives, {@code String} and other classes are required; the boxes
 * {@code Integer}, {@code Long}, {@code Double}, {@code Boolean} may be absent or null (default
 * null); {@code Optional<X>} may be absent or null ({@code Optional.empty()}).
 *
 * <p>Unknown fields are ignored unless {@link #forbidExtra()} is set.
 */
public final class ModelType<T> extends AbstractType<T, ModelType<T>> {
    private final Class<T> javaType;
    private final String name;
    private final List<Field> fields;
    private final boolean forbidExtra;
    private final MethodHandle constructor;
    private final Map<String, Integer> byWireName;

    /**
     * One field of a model.
     *
     * @param name the record component's name
     * @param wireName the key in JSON: the type's alias if any, else the name (snake_cased on demand)
     * @param javaType the component's type, generics included, which the field's type must produce
     */
    public record Field(
            String name, String wireName, Type<?> type, java.lang.reflect.Type javaType, MethodHandle accessor) {
        Object read(Object record) {
            try {
                return accessor.invoke(record);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read field " + name, e);
            }
        }
    }

    private ModelType(
            Meta meta,
            Class<T> javaType,
            String name,
            List<Field> fields,
            boolean forbidExtra,
            MethodHandle constructor) {
        super(meta);
        this.javaType = javaType;
        this.name = name;
        this.fields = List.copyOf(fields);
        this.forbidExtra = forbidExtra;
        this.constructor = constructor;
        this.byWireName = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            if (byWireName.put(fields.get(i).wireName(), i) != null) {
                throw new IllegalArgumentException(
                        name + " has two fields named '" + fields.get(i).wireName() + "' on the wire");
            }
        }
    }

    /** Records whose fields are being derived on this thread, to refuse a model that contains itself. */
    private static final ThreadLocal<java.util.Set<Class<?>>> DERIVING =
            ThreadLocal.withInitial(java.util.HashSet::new);

    /** A model of a record class, each field typed from its component. */
    public static <T extends Record> ModelType<T> of(Class<T> recordClass) {
        if (!DERIVING.get().add(recordClass)) {
            throw new IllegalArgumentException(
                    recordClass.getName() + " contains itself: recursive models are not supported yet");
        }
        try {
            return derive(recordClass);
        } finally {
            DERIVING.get().remove(recordClass);
        }
    }

    private static <T extends Record> ModelType<T> derive(Class<T> recordClass) {
        RecordComponent[] components = recordClass.getRecordComponents();
        var fields = new ArrayList<Field>(components.length);
        var parameterTypes = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                parameterTypes[i] = c.getType();
                Type<?> type = JavaTypes.derive(c.getGenericType(), recordClass.getSimpleName() + "." + c.getName());
                fields.add(new Field(
                        c.getName(), c.getName(), type, c.getGenericType(), Reflection.handle(c.getAccessor())));
            }
            MethodHandle constructor = Reflection.handle(recordClass.getDeclaredConstructor(parameterTypes))
                    .asSpreader(Object[].class, components.length);
            return new ModelType<>(Meta.NONE, recordClass, recordClass.getSimpleName(), fields, false, constructor);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(
                    "cannot read record " + recordClass.getName()
                            + " (it must be public, with a public canonical constructor)",
                    e);
        }
    }

    /**
     * Overrides the type of one field: its constraints, its documentation, its default. The type must
     * produce what the record component holds ({@code listOf(int_())} for a {@code List<Integer>});
     * a mismatch, or a name the record does not have, fails here, when the model is declared.
     *
     * @throws IllegalArgumentException naming the model and the field, such as {@code Priced.price is a
     *     double; str() produces String}
     */
    public ModelType<T> field(String fieldName, Type<?> type) {
        var next = new ArrayList<Field>(fields.size());
        boolean found = false;
        for (Field f : fields) {
            if (f.name().equals(fieldName)) {
                found = true;
                check(f, type);
                // Keep the current wire name (it may be snake_cased) unless it came from the old type's alias.
                String current = f.type().meta().alias() != null ? f.name() : f.wireName();
                String wire = type.meta().alias() != null ? type.meta().alias() : current;
                next.add(new Field(f.name(), wire, type, f.javaType(), f.accessor()));
            } else {
                next.add(f);
            }
        }
        if (!found) {
            throw new IllegalArgumentException(name + " has no field '" + fieldName + "'; its fields are "
                    + String.join(", ", fields.stream().map(Field::name).toList()));
        }
        return new ModelType<>(meta(), javaType, name, next, forbidExtra, constructor);
    }

    /** The checks javac cannot make: the type produces the component's Java type, and never null for a primitive. */
    private void check(Field f, Type<?> type) {
        String where = javaType.getSimpleName() + "." + f.name();
        String declared = JavaTypes.name(f.javaType());
        if (!JavaTypes.fits(type.javaType(), f.javaType())) {
            throw new IllegalArgumentException(where + " is " + article(declared) + declared + "; " + type
                    + " produces " + JavaTypes.name(type.javaType()));
        }
        boolean mayBeNull = type.presence().nullable() || (!type.required() && type.absentValue() == null);
        if (f.javaType() instanceof Class<?> c && c.isPrimitive() && mayBeNull) {
            throw new IllegalArgumentException(where + " is a " + declared + ", which cannot be null, but " + type
                    + " may give null: declare the component " + JavaTypes.name(type.javaType())
                    + " or give a default");
        }
    }

    private static String article(String word) {
        return "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ";
    }

    /** Unknown fields are refused with {@code extra_forbidden}, Pydantic's {@code extra="forbid"}. */
    public ModelType<T> forbidExtra() {
        return new ModelType<>(meta(), javaType, name, fields, true, constructor);
    }

    /** The component name in the OpenAPI document (the class's simple name by default). */
    public ModelType<T> name(String componentName) {
        return new ModelType<>(meta(), javaType, componentName, fields, forbidExtra, constructor);
    }

    /** Fields without an explicit alias are sent as snake_case ({@code fullName} → {@code full_name}). */
    public ModelType<T> snakeCase() {
        var next = new ArrayList<Field>(fields.size());
        for (Field f : fields) {
            String wire = f.type().meta().alias() != null ? f.wireName() : snake(f.name());
            next.add(new Field(f.name(), wire, f.type(), f.javaType(), f.accessor()));
        }
        return new ModelType<>(meta(), javaType, name, next, forbidExtra, constructor);
    }

    @Override
    protected ModelType<T> withMeta(Meta meta) {
        return new ModelType<>(meta, javaType, name, fields, forbidExtra, constructor);
    }

    public Class<T> javaType() {
        return javaType;
    }

    public String name() {
        return name;
    }

    public List<Field> fields() {
        return fields;
    }

    public boolean extraForbidden() {
        return forbidExtra;
    }

    @Override
    public String toString() {
        return "model(" + javaType.getSimpleName() + ".class)";
    }

    @Override
    public JsonKind kind() {
        return JsonKind.OBJECT;
    }

    @Override
    public T fromText(String raw) {
        throw notAnObject();
    }

    static Invalid notAnObject() {
        return new Invalid(
                "model_attributes_type", "Input should be a valid dictionary or object to extract fields from");
    }

    /**
     * This model read as a {@link Partial}: the record and the names of the fields the client sent,
     * for a PATCH that must tell an absent field from one sent as null.
     */
    public PartialType<T> partial() {
        return new PartialType<>(meta(), this);
    }

    @Override
    public T fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        return read(node, loc, errors, null);
    }

    /** Reads the object; the names of the fields present go into {@code sent} unless it is null. */
    T read(JsonNode node, Loc loc, List<ValidationError> errors, java.util.Set<String> sent) {
        if (!node.isObject()) {
            JsonReading.fail(
                    errors,
                    loc,
                    "model_attributes_type",
                    "Input should be a valid dictionary or object to extract fields from",
                    node);
            return null;
        }
        int before = errors.size();
        Object[] args = new Object[fields.size()];
        for (int i = 0; i < args.length; i++) {
            Field f = fields.get(i);
            JsonNode value = node.get(f.wireName());
            if (value == null) {
                if (f.type().required()) {
                    errors.add(ValidationError.missing(loc.add(f.wireName()).toList(), node));
                } else {
                    args[i] = f.type().absentValue();
                }
            } else {
                args[i] = f.type().fromJson(value, loc.add(f.wireName()), errors);
                if (sent != null) sent.add(f.name());
            }
        }
        if (forbidExtra) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var entry = it.next();
                if (!byWireName.containsKey(entry.getKey())) {
                    JsonReading.fail(
                            errors,
                            loc.add(entry.getKey()),
                            "extra_forbidden",
                            "Extra inputs are not permitted",
                            entry.getValue());
                }
            }
        }
        if (errors.size() != before) return null;
        return construct(args);
    }

    /** Builds the record from field values in declaration order. */
    @SuppressWarnings("unchecked")
    public T construct(Object[] args) {
        try {
            return (T) constructor.invoke(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot construct " + javaType.getName(), e);
        }
    }

    @Override
    public Object toJson(T value) {
        var out = new LinkedHashMap<String, Object>(fields.size() * 2);
        for (Field f : fields) out.put(f.wireName(), encode(f, f.read(value)));
        return out;
    }

    @SuppressWarnings("unchecked")
    static Object encode(Field f, Object value) {
        return value == null ? null : ((Type<Object>) f.type()).toJson(value);
    }

    static String snake(String camel) {
        var out = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) out.append('_');
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
