package dev.flute.dsl.settings;

import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.types.ModelType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Typed settings, pydantic-settings' {@code BaseSettings}: a record read from environment variables
 * and {@code -D} system properties through the same types that read requests, validated once, at
 * start-up. Bad settings fail together: one {@link InvalidSettings} lists every problem.
 *
 * <pre>{@code
 * record AppSettings(String jdbcUrl, int port, Duration tokenTtl, boolean debug, List<String> corsOrigins) {}
 *
 * static final ModelType<AppSettings> SETTINGS = model(AppSettings.class)
 *     .field("port", int_().ge(1).le(65535).withDefault(8000))
 *     .field("tokenTtl", duration().withDefault(Duration.ofMinutes(30)))
 *     .field("debug", bool().withDefault(false))
 *     .field("corsOrigins", listOf(str()).withDefault(List.of()));
 *
 * public static void main(String[] args) {
 *     AppSettings settings = Settings.from(SETTINGS).prefix("APP_").read();   // APP_JDBC_URL, APP_PORT, ...
 * }
 * }</pre>
 *
 * <p>The rules, as pydantic-settings has them:
 *
 * <ul>
 *   <li>A field's variable is its name in upper snake case after the prefix: {@code jdbcUrl} is
 *       {@code APP_JDBC_URL}. A field with an {@code alias} is read from exactly that name, without
 *       the prefix: {@code str().alias("DATABASE_URL")}.
 *   <li>Names are compared without regard to case ({@code app_port} is {@code APP_PORT}).
 *   <li>A system property of the same name wins over the environment: {@code -DAPP_PORT=9000}.
 *   <li>Text is read as a query value is: {@code 8000}, {@code true}/{@code yes}/{@code 1},
 *       {@code PT30M} or {@code 00:30:00}. Lists, sets and records are JSON:
 *       {@code APP_CORS_ORIGINS=["https://a.example","https://b.example"]}. An empty value is a
 *       value (an empty string, or an error for a number).
 *   <li>A field that is absent takes its default, {@code Optional.empty()} when it is {@code
 *       optional()}, null when it is {@code nullable()}; a required one is reported missing.
 *   <li>The value of a field marked {@link #secret secret} is never written in an error.
 * </ul>
 *
 * @param <T> the settings record
 */
public final class Settings<T> {
    private final ModelType<T> model;
    private final String prefix;
    private final Set<String> secrets;
    private final Map<String, String> variables;

    private Settings(ModelType<T> model, String prefix, Set<String> secrets) {
        this.model = model;
        this.prefix = prefix;
        this.secrets = Set.copyOf(secrets);
        this.variables = variables(model, prefix);
    }

    /** A reader of {@code model} without a prefix; refine it with {@link #prefix} and {@link #secret}. */
    public static <T> Settings<T> from(ModelType<T> model) {
        return new Settings<>(model, "", Set.of());
    }

    /**
     * Reads {@code model} from this process's environment and system properties, without a prefix.
     *
     * @throws InvalidSettings listing every setting that is missing or invalid
     */
    public static <T> T read(ModelType<T> model) {
        return from(model).read();
    }

    /** Every field's variable gets this prefix ({@code "APP_"}), except fields with an alias. */
    public Settings<T> prefix(String prefix) {
        return new Settings<>(model, prefix, secrets);
    }

    /**
     * These fields' values are never written in an error message or in {@link InvalidSettings#errors()}
     * (Pydantic's {@code SecretStr}): a password that breaks a rule is reported without its text.
     */
    public Settings<T> secret(String... fieldNames) {
        var next = new HashSet<>(secrets);
        for (String name : fieldNames) {
            variable(name); // refuses an unknown field
            next.add(name);
        }
        return new Settings<>(model, prefix, next);
    }

    /** The variable a field is read from: {@code variable("jdbcUrl")} is {@code "APP_JDBC_URL"}. */
    public String variable(String fieldName) {
        String name = variables.get(fieldName);
        if (name == null) throw new IllegalArgumentException(model.name() + " has no field '" + fieldName + "'");
        return name;
    }

    /**
     * Reads the settings from this process's environment and system properties.
     *
     * @throws InvalidSettings listing every setting that is missing or invalid
     */
    public T read() {
        var properties = new HashMap<String, String>();
        for (String name : System.getProperties().stringPropertyNames()) {
            properties.put(name, System.getProperty(name));
        }
        return read(System.getenv(), properties);
    }

    /** Reads the settings from {@code environment} alone: tests need not touch the real one. */
    public T read(Map<String, String> environment) {
        return read(environment, Map.of());
    }

    /**
     * Reads the settings from {@code environment} and {@code properties}, a property winning over an
     * environment variable of the same name.
     *
     * @throws InvalidSettings listing every setting that is missing or invalid
     */
    public T read(Map<String, String> environment, Map<String, String> properties) {
        var source = new Variables(environment, properties);
        var errors = new ArrayList<ValidationError>();
        List<ModelType.Field> fields = model.fields();
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            ModelType.Field field = fields.get(i);
            String variable = variables.get(field.name());
            values[i] = SettingReader.read(field.type(), variable, source, secrets.contains(field.name()), errors);
        }
        if (!errors.isEmpty()) throw new InvalidSettings(model.name(), errors);
        return model.construct(values);
    }

    /** Field name to variable name, refusing two fields that would read the same variable. */
    private static Map<String, String> variables(ModelType<?> model, String prefix) {
        var byField = new LinkedHashMap<String, String>();
        var byVariable = new HashMap<String, String>();
        for (ModelType.Field field : model.fields()) {
            String alias = field.type().meta().alias();
            String variable = alias != null ? alias : prefix.toUpperCase(Locale.ROOT) + upperSnake(field.name());
            String other = byVariable.put(variable.toUpperCase(Locale.ROOT), field.name());
            if (other != null) {
                throw new IllegalArgumentException(model.name() + "." + other + " and " + model.name() + "."
                        + field.name() + " would both be read from " + variable);
            }
            byField.put(field.name(), variable);
        }
        return byField;
    }

    /** {@code jdbcUrl} → {@code JDBC_URL}, {@code httpURLPort} → {@code HTTP_URL_PORT}. */
    static String upperSnake(String name) {
        var out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && startsWord(name, i)) out.append('_');
            out.append(Character.toUpperCase(c));
        }
        return out.toString();
    }

    /** An upper-case letter starts a word after a lower-case one, or before one in an acronym. */
    private static boolean startsWord(String name, int i) {
        char before = name.charAt(i - 1);
        if (before == '_') return false;
        if (!Character.isUpperCase(before)) return true;
        return i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
    }
}
