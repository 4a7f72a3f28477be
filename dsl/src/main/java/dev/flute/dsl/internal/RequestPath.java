package dev.flute.dsl.internal;

import java.util.ArrayList;

/**
 * The request path as Flute routes it: the path Vert.x Web routes on (dot segments resolved, also
 * when encoded as {@code %2E}; empty segments collapsed), still percent-encoded. It is split into
 * segments before any segment is decoded, so an encoded {@code /} is part of a segment, never a
 * separator: a host router and Flute see the same segments, and a path input cannot receive
 * {@code ../../etc} through {@code ..%2F..%2Fetc}.
 */
final class RequestPath {
    private RequestPath() {}

    /** Resolves dot segments and collapses empty ones; a path that has neither is returned as it is. */
    static String normalize(String path) {
        if (!path.startsWith("/")) path = "/" + path;
        // A dot segment starts with '.' or with its escape %2E.
        if (!path.contains("//") && !path.contains("/.") && !path.contains("/%2")) {
            return path;
        }
        String[] parts = path.substring(1).split("/", -1);
        var kept = new ArrayList<String>(parts.length);
        boolean trailingSlash = false;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            String dots = part.length() <= 6 ? PercentDecoder.decode(part) : "";
            if (dots.equals("..")) {
                if (!kept.isEmpty()) kept.remove(kept.size() - 1);
            } else if (!part.isEmpty() && !dots.equals(".")) {
                kept.add(part);
            }
            trailingSlash = last && (part.isEmpty() || dots.equals(".") || dots.equals(".."));
        }
        var out = new StringBuilder(path.length());
        for (String part : kept) out.append('/').append(part);
        if (trailingSlash || out.length() == 0) out.append('/');
        return out.toString();
    }

    /** True when a segment holds an encoded {@code /} or {@code \}, which some peers read as a separator. */
    static boolean hasEncodedSeparator(String path) {
        for (int i = path.indexOf('%'); i >= 0 && i + 2 < path.length(); i = path.indexOf('%', i + 1)) {
            char a = path.charAt(i + 1);
            char b = Character.toUpperCase(path.charAt(i + 2));
            if ((a == '2' && b == 'F') || (a == '5' && b == 'C')) return true;
        }
        return false;
    }
}
