package dev.flute.dsl.internal;

import dev.flute.dsl.spi.PathTemplate;
import io.vertx.core.http.HttpMethod;
import java.util.HashMap;
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

    private final Node<T> root = new Node<>();
    private int maxVariables;

    private static final class Node<T> {
        final Map<String, Node<T>> literals = new HashMap<>();
        Node<T> digits;
        Node<T> variable;
        Map<HttpMethod, T> rest;
        Map<HttpMethod, T> targets;
    }

    /** The outcome of a lookup. */
    record Match<T>(T target, String[] captures, Set<HttpMethod> allowed) {
        boolean found() {
            return target != null;
        }
    }

    void add(PathTemplate template, HttpMethod method, T target) {
        Node<T> node = root;
        int variables = 0;
        for (PathTemplate.Segment s : template.segments()) {
            if (s instanceof PathTemplate.Literal l) {
                node = node.literals.computeIfAbsent(l.text(), k -> new Node<>());
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
        var search = new Search<T>(method, new String[maxVariables]);
        T found = search.walk(root, path, 1, 0);
        return new Match<>(found, search.captures, search.allowed == null ? Set.of() : search.allowed);
    }

    /** True when some route matches the path under any method. */
    boolean matchesAnyMethod(String path) {
        Match<T> m = match(PROBE, path);
        return m.found() || !m.allowed().isEmpty();
    }

    private static final class Search<T> {
        final HttpMethod method;
        final String[] captures;
        Set<HttpMethod> allowed;

        Search(HttpMethod method, String[] captures) {
            this.method = method;
            this.captures = captures;
        }

        /** Walks from {@code node} with the path's segment starting at {@code start}. */
        T walk(Node<T> node, String path, int start, int depth) {
            int end = path.indexOf('/', start);
            boolean last = end < 0;
            if (last) end = path.length();
            String segment = PercentDecoder.decode(path.substring(start, end));

            Node<T> literal = node.literals.get(segment);
            if (literal != null) {
                T t = last ? at(literal.targets) : walk(literal, path, end + 1, depth);
                if (t != null) return t;
            }
            if (node.digits != null && isDigits(segment)) {
                captures[depth] = segment;
                T t = last ? at(node.digits.targets) : walk(node.digits, path, end + 1, depth + 1);
                if (t != null) return t;
            }
            if (node.variable != null && !segment.isEmpty()) {
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

        private static boolean isDigits(String segment) {
            if (segment.isEmpty()) return false;
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
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
}
