package dev.flute.dsl.internal;

import dev.flute.dsl.spi.PathTemplate;
import io.vertx.core.http.HttpMethod;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Flute's dispatch: a segment trie, so matching costs the depth of the path, not the number of
 * routes. Literal segments win over variables, which win over rest-of-path captures; the trie
 * backtracks when a preferred branch fails deeper down. A path is matched still percent-encoded,
 * split on {@code /} first and each segment decoded after (Starlette decodes first): {@code %2F} is
 * part of a segment, never a separator.
 *
 * @param <T> what a route resolves to
 */
final class RouteTable<T> {
    /** A method no route declares: matching it only collects the allowed methods. */
    private static final HttpMethod PROBE = HttpMethod.valueOf("X-FLUTE-PROBE");

    private static final String[] NO_CAPTURES = new String[0];

    private final Node<T> root = new Node<>();
    private int maxVariables;

    private static final class Node<T> {
        final Literals<Node<T>> literals = new Literals<>();
        Node<T> digits;
        Node<T> variable;
        Map<HttpMethod, T> rest;
        Map<HttpMethod, T> targets;
    }

    /** The outcome of a lookup, and the lookup itself while it walks the trie: one object per request. */
    static final class Match<T> {
        private final HttpMethod method;
        private final String[] captures;
        /** Where the path's first escape is, or -1: most paths have none, and are not searched again per segment. */
        private final int firstEscape;

        private T target;
        private Set<HttpMethod> allowed;

        private Match(HttpMethod method, String[] captures, int firstEscape) {
            this.method = method;
            this.captures = captures;
            this.firstEscape = firstEscape;
        }

        T target() {
            return target;
        }

        /** The path's variables, decoded, in the template's order. */
        String[] captures() {
            return captures;
        }

        /** The methods the path matches under when it does not match under the one asked for. */
        Set<HttpMethod> allowed() {
            return allowed == null ? Set.of() : allowed;
        }

        boolean found() {
            return target != null;
        }

        /** Walks from {@code node} with the path's segment starting at {@code start}. */
        T walk(Node<T> node, String path, int start, int depth) {
            int end = path.indexOf('/', start);
            boolean last = end < 0;
            if (last) end = path.length();
            // The segment is looked up where it lies in the path; only an escaped one is cut out to be decoded.
            String text = path;
            int from = start;
            int to = end;
            String segment = null;
            int escape = firstEscape < 0 || firstEscape >= end ? -1 : path.indexOf('%', start);
            if (escape >= 0 && escape < end) {
                segment = PercentDecoder.decode(path.substring(start, end));
                text = segment;
                from = 0;
                to = segment.length();
            }

            Node<T> literal = node.literals.get(text, from, to);
            if (literal != null) {
                T t = last ? at(literal.targets) : walk(literal, path, end + 1, depth);
                if (t != null) return t;
            }
            if (node.digits != null && isDigits(text, from, to)) {
                if (segment == null) segment = text.substring(from, to);
                captures[depth] = segment;
                T t = last ? at(node.digits.targets) : walk(node.digits, path, end + 1, depth + 1);
                if (t != null) return t;
            }
            if (node.variable != null && to > from) {
                if (segment == null) segment = text.substring(from, to);
                captures[depth] = segment;
                T t = last ? at(node.variable.targets) : walk(node.variable, path, end + 1, depth + 1);
                if (t != null) return t;
            }
            if (node.rest != null) {
                captures[depth] = PercentDecoder.decode(path.substring(start));
                return at(node.rest);
            }
            return null;
        }

        private static boolean isDigits(String text, int from, int to) {
            if (to == from) return false;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') return false;
            }
            return true;
        }

        private T at(Map<HttpMethod, T> targets) {
            if (targets == null) return null;
            T t = targets.get(method);
            if (t == null && method == HttpMethod.HEAD) t = targets.get(HttpMethod.GET);
            if (t == null) {
                if (allowed == null) allowed = new LinkedHashSet<>();
                allowed.addAll(targets.keySet());
            }
            return t;
        }
    }

    /**
     * Literal segments to their nodes, an open-addressing table looked up by a region of the path
     * (compared in place, hashed as {@link String#hashCode} would hash the region), so a lookup cuts
     * no substring out of the path. Names that differ in their last characters ({@code r0} …
     * {@code r999}) have nearly consecutive hashes, which would cluster in a linearly probed table:
     * the hash is spread by Fibonacci hashing and its top bits pick the slot.
     */
    private static final class Literals<V> {
        private String[] keys = new String[4];
        private Object[] values = new Object[4];
        private int size;

        @SuppressWarnings("unchecked")
        V get(String text, int from, int to) {
            int mask = keys.length - 1;
            for (int i = slot(text, from, to); ; i = (i + 1) & mask) {
                String key = keys[i];
                if (key == null) return null;
                if (key.length() == to - from && key.regionMatches(0, text, from, to - from)) return (V) values[i];
            }
        }

        /** How many keys the longest lookup of a present key compares with: what clustering costs. */
        int longestProbe() {
            int longest = 0;
            for (String key : keys) {
                if (key == null) continue;
                int probes = 1;
                for (int i = slot(key, 0, key.length()); !key.equals(keys[i]); i = (i + 1) & (keys.length - 1))
                    probes++;
                longest = Math.max(longest, probes);
            }
            return longest;
        }

        V computeIfAbsent(String key, java.util.function.Supplier<V> make) {
            V found = get(key, 0, key.length());
            if (found != null) return found;
            if (2 * (size + 1) > keys.length) grow();
            V made = make.get();
            put(key, made);
            return made;
        }

        private void put(String key, Object value) {
            int mask = keys.length - 1;
            int i = slot(key, 0, key.length());
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = key;
            values[i] = value;
            size++;
        }

        private void grow() {
            String[] oldKeys = keys;
            Object[] oldValues = values;
            keys = new String[oldKeys.length * 2];
            values = new Object[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != null) put(oldKeys[i], oldValues[i]);
        }

        private int slot(String text, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) h = 31 * h + text.charAt(i);
            // The top log2(length) bits: the length is a power of two, so that is its leading zeros' shift.
            return (h * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(keys.length - 1);
        }
    }

    void add(PathTemplate template, HttpMethod method, T target) {
        Node<T> node = root;
        int variables = 0;
        for (PathTemplate.Segment s : template.segments()) {
            if (s instanceof PathTemplate.Literal l) {
                node = node.literals.computeIfAbsent(l.text(), Node::new);
            } else if (s instanceof PathTemplate.Variable v && v.digits()) {
                if (node.digits == null) node.digits = new Node<>();
                node = node.digits;
                variables++;
            } else if (s instanceof PathTemplate.Variable) {
                if (node.variable == null) node.variable = new Node<>();
                node = node.variable;
                variables++;
            } else {
                if (node.rest == null) node.rest = new LinkedHashMap<>();
                node.rest.put(method, target);
                maxVariables = Math.max(maxVariables, variables + 1);
                return;
            }
        }
        if (node.targets == null) node.targets = new LinkedHashMap<>();
        node.targets.put(method, target);
        maxVariables = Math.max(maxVariables, variables);
    }

    /**
     * Finds the route for a method and a percent-encoded path. A HEAD request falls back to the GET route. When the
     * path matches only under other methods, {@code allowed} lists them (for 405).
     */
    Match<T> match(HttpMethod method, String path) {
        var match = new Match<T>(method, maxVariables == 0 ? NO_CAPTURES : new String[maxVariables], path.indexOf('%'));
        match.target = match.walk(root, path, 1, 0);
        return match;
    }

    /** The longest lookup among the first segments of the routes' paths, in keys compared. */
    int longestFirstSegmentProbe() {
        return root.literals.longestProbe();
    }

    /** True when some route matches the path under any method. */
    boolean matchesAnyMethod(String path) {
        Match<T> m = match(PROBE, path);
        return m.found() || !m.allowed().isEmpty();
    }
}
