package dev.flute.dsl.settings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The environment and the system properties, looked up by name without regard to case, a system
 * property before the environment: {@code -DAPP_PORT=9000} on the command line says more about
 * this run than the environment it inherited.
 */
final class Variables {
    /** Marks a name as a system property when it is shown to a person. */
    static final String PROPERTY = "-D";

    /** A value and its name as it was written, {@code -D} first for a system property. */
    record Found(String name, String value) {}

    /** One name written more than once, with different case and different values, in one source. */
    static final class Ambiguous extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient List<Found> spellings;

        Ambiguous(List<Found> spellings) {
            super(null, null, false, false);
            this.spellings = spellings;
        }
    }

    private final Map<String, List<Found>> properties;
    private final Map<String, List<Found>> environment;

    Variables(Map<String, String> environment, Map<String, String> properties) {
        this.properties = byKey(properties, PROPERTY);
        this.environment = byKey(environment, "");
    }

    /**
     * The value of {@code name}, or null when neither source has it.
     *
     * @throws Ambiguous when the source that has it spells it twice with different values
     */
    Found find(String name) {
        String key = key(name);
        Found found = one(properties.get(key));
        return found != null ? found : one(environment.get(key));
    }

    private static Found one(List<Found> spellings) {
        if (spellings == null) return null;
        for (Found other : spellings) {
            if (!other.value().equals(spellings.get(0).value())) throw new Ambiguous(spellings);
        }
        return spellings.get(0);
    }

    private static Map<String, List<Found>> byKey(Map<String, String> source, String marker) {
        var out = new HashMap<String, List<Found>>();
        // Sorted, so the spellings of one name are listed the same way on every run.
        for (var entry : new TreeMap<>(source).entrySet()) {
            out.computeIfAbsent(key(entry.getKey()), k -> new ArrayList<>(1))
                    .add(new Found(marker + entry.getKey(), entry.getValue()));
        }
        return out;
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
