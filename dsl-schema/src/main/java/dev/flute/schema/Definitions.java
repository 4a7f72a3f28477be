package dev.flute.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The named schemas of one document: OpenAPI's {@code components.schemas} or JSON Schema's
 * {@code $defs}. Enums and models are rendered once here and referenced with {@code $ref} from
 * every place that uses them.
 *
 * <p>Names are chosen only when the document is complete ({@link #resolve()}), so they do not depend
 * on which route happened to use a type first: a type whose simple name is unique keeps it
 * ({@code Item}); types sharing a simple name, or taking a reserved one, are all named after their
 * fully qualified class ({@code com__shop__Item}, FastAPI's {@code module__Class} convention); keys
 * that still coincide (one class rendered two ways) get {@code _2}, {@code _3} in order of first use.
 * Until then each {@code $ref} holds a placeholder that {@link #link} replaces in the finished
 * document, so references survive being copied (by a deep merge, say) on the way.
 */
public final class Definitions {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Starts every placeholder; a control character, so no real reference can look like one. */
    private static final String PLACEHOLDER = "\u0000flute-ref:";

    private final String refPrefix;
    private final Map<String, ObjectNode> reserved = new LinkedHashMap<>();
    private final Map<Object, Named> byKey = new LinkedHashMap<>();
    private final List<Named> byId = new ArrayList<>();
    private SortedMap<String, ObjectNode> resolved;

    private static final class Named {
        final int id;
        final Object key;
        /** {@code Input} or {@code Output} for a schema that may differ by mode, else null. */
        final String mode;

        final String simpleName;
        final String qualifiedName;
        ObjectNode schema;
        String name;
        /** The schema of the other mode this one turned out equal to: it stands for both. */
        Named sameAs;

        Named(int id, Object key, String mode, String simpleName, String qualifiedName) {
            this.id = id;
            this.key = key;
            this.mode = mode;
            this.simpleName = simpleName;
            this.qualifiedName = qualifiedName;
        }

        Named canonical() {
            return sameAs == null ? this : sameAs.canonical();
        }
    }

    private Definitions(String refPrefix) {
        this.refPrefix = refPrefix;
    }

    /** Definitions referenced as {@code #/components/schemas/NAME}. */
    public static Definitions forOpenApi() {
        return new Definitions("#/components/schemas/");
    }

    /** Definitions referenced as {@code #/$defs/NAME}. */
    public static Definitions forJsonSchema() {
        return new Definitions("#/$defs/");
    }

    /**
     * A {@code $ref} to the schema identified by {@code key}, building it with {@code build} on first
     * use. The key is registered before {@code build} runs, so a model that refers to itself gets a
     * reference, not an endless loop.
     *
     * @param key what makes two uses the same schema (for an enum: its class and wire values)
     * @param simpleName the preferred name ({@code Item})
     * @param qualifiedName the name used when the simple one is ambiguous ({@code com__shop__Item})
     */
    public ObjectNode ref(Object key, String simpleName, String qualifiedName, Supplier<ObjectNode> build) {
        return refIn(key, null, simpleName, qualifiedName, build);
    }

    /**
     * As {@link #ref}, for a schema that may read differently in one mode than in another
     * ({@code Input}, {@code Output}: Pydantic's validation and serialization). When the two modes of
     * a key give equal schemas they are one named schema; when they differ and both are used, their
     * names get the mode as a suffix ({@code Item-Input}, {@code Item-Output}), as in FastAPI.
     */
    ObjectNode refIn(Object key, String mode, String simpleName, String qualifiedName, Supplier<ObjectNode> build) {
        checkOpen();
        Object fullKey = mode == null ? key : List.of(key, mode);
        Named named = byKey.get(fullKey);
        if (named == null) {
            named = new Named(byId.size(), key, mode, simpleName, qualifiedName);
            byKey.put(fullKey, named);
            byId.add(named);
            named.schema = build.get();
            if (mode != null) {
                for (Named other : byKey.values()) {
                    if (other != named
                            && other.sameAs == null
                            && other.key.equals(key)
                            && other.mode != null
                            && other.schema != null
                            && other.schema.equals(named.schema)) {
                        named.sameAs = other;
                        break;
                    }
                }
            }
        }
        ObjectNode ref = NODES.objectNode();
        ref.put("$ref", PLACEHOLDER + named.canonical().id);
        return ref;
    }

    /**
     * A schema under a fixed name that nothing else may take ({@code HTTPValidationError},
     * {@code Body_create_item_items__post}); registering the same name twice must give an equal schema.
     */
    public ObjectNode reserve(String name, ObjectNode schema) {
        checkOpen();
        ObjectNode existing = reserved.putIfAbsent(name, schema);
        if (existing != null && !existing.equals(schema)) {
            throw new IllegalStateException("two different schemas are both named " + name);
        }
        ObjectNode ref = NODES.objectNode();
        ref.put("$ref", refPrefix + name);
        return ref;
    }

    /** True when nothing has been registered. */
    public boolean isEmpty() {
        return reserved.isEmpty() && byKey.isEmpty();
    }

    /**
     * Chooses every name, fills in the references and returns the schemas sorted by name (FastAPI
     * sorts its components too). Call it once, after the last reference was taken.
     */
    public SortedMap<String, ObjectNode> resolve() {
        if (resolved != null) return resolved;
        var out = new TreeMap<String, ObjectNode>(reserved);
        var live = byKey.values().stream().filter(n -> n.sameAs == null).toList();
        // Ambiguity is between different keys; the two modes of one key share a name, with a suffix.
        var keysBySimple = new HashMap<String, java.util.Set<Object>>();
        var modesByKey = new HashMap<Object, Integer>();
        for (Named n : live) {
            keysBySimple
                    .computeIfAbsent(n.simpleName, k -> new java.util.HashSet<>())
                    .add(n.key);
            modesByKey.merge(n.key, 1, Integer::sum);
        }
        for (Named n : live) {
            boolean ambiguous = keysBySimple.get(n.simpleName).size() > 1 || reserved.containsKey(n.simpleName);
            String base = ambiguous ? n.qualifiedName : n.simpleName;
            if (n.mode != null && modesByKey.get(n.key) > 1) base = base + "-" + n.mode;
            String name = base;
            for (int i = 2; out.containsKey(name); i++) name = base + "_" + i;
            out.put(name, n.schema);
            n.name = name;
        }
        resolved = java.util.Collections.unmodifiableSortedMap(out);
        return resolved;
    }

    /**
     * Replaces every placeholder reference in {@code document} (which holds the schemas of
     * {@link #resolve()} too) by the final one.
     */
    public void link(JsonNode document) {
        if (resolved == null) throw new IllegalStateException("resolve() the definitions before linking");
        if (document instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(PLACEHOLDER)) {
                // A placeholder is the id, then (for a reference inside a supplied schema) a pointer.
                String rest = ref.asText().substring(PLACEHOLDER.length());
                int end = 0;
                while (end < rest.length() && Character.isDigit(rest.charAt(end))) end++;
                int id = Integer.parseInt(rest.substring(0, end));
                object.put("$ref", refPrefix + byId.get(id).canonical().name + rest.substring(end));
            }
        }
        for (JsonNode child : document) link(child);
    }

    /**
     * A {@code $ref} to a schema the application wrote, stored under {@code name}; its own references
     * ({@code #/$defs/Part}) are pointed into it where it is stored. Equal schemas are stored once.
     */
    ObjectNode supplied(ObjectNode schema, String name) {
        String key = "supplied:" + schema;
        int id = byKey.containsKey(key) ? byKey.get(key).id : byId.size();
        return ref(key, name, name, () -> {
            ObjectNode copy = schema.deepCopy();
            pointInto(copy, id);
            return copy;
        });
    }

    /** True when a schema holds a reference into its own document ({@code "$ref": "#/$defs/Part"}). */
    static boolean hasLocalRefs(JsonNode schema) {
        if (schema.isObject() && schema.path("$ref").asText("").startsWith("#")) return true;
        for (JsonNode child : schema) if (hasLocalRefs(child)) return true;
        return false;
    }

    /** Turns the local references of a schema stored as named schema {@code id} into placeholders into it. */
    private static void pointInto(JsonNode schema, int id) {
        if (schema instanceof ObjectNode object) {
            String ref = object.path("$ref").asText("");
            if (ref.startsWith("#")) object.put("$ref", PLACEHOLDER + id + ref.substring(1));
        }
        for (JsonNode child : schema) pointInto(child, id);
    }

    /** {@code com.shop.Outer$Item} → {@code com__shop__Outer__Item}: a valid component name. */
    static String qualifiedName(Class<?> type) {
        return qualifiedName(type.getName().replace("$", "."));
    }

    /** A dotted name as a component name: {@code com.shop} → {@code com__shop}. */
    static String qualifiedName(String dotted) {
        return dotted.replace(".", "__").replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    private void checkOpen() {
        if (resolved != null) throw new IllegalStateException("the definitions were already resolved");
    }
}
