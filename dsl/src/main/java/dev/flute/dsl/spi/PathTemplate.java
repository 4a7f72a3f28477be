package dev.flute.dsl.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A parsed path template: {@code /items/<item_id>/files/<rest:path>}. Each segment is a literal, a
 * variable ({@code <name>}: one non-empty segment; {@code <name:int>}: one segment of digits, so
 * other text does not match the route at all, like Starlette's {@code {name:int}}) or, last only,
 * the rest of the path ({@code <name:path>}, slashes included).
 *
 * @param source the template as written
 * @param segments its segments, in order
 */
public record PathTemplate(String source, List<Segment> segments) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** One segment of the path. */
    public sealed interface Segment {}

    /** Text matched as it is. */
    public record Literal(String text) implements Segment {}

    /** One segment's value; digits only when declared {@code <name:int>}. */
    public record Variable(String name, boolean digits) implements Segment {}

    /** The rest of the path, slashes included. */
    public record Rest(String name) implements Segment {}

    public PathTemplate {
        segments = List.copyOf(segments);
    }

    /** Parses a template; fails with the reason when it is malformed. */
    public static PathTemplate parse(String template) {
        if (!template.startsWith("/")) throw new IllegalArgumentException("a path starts with '/': " + template);
        String[] parts = template.substring(1).split("/", -1);
        var segments = new ArrayList<Segment>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("<") && part.endsWith(">")) {
                String inside = part.substring(1, part.length() - 1);
                boolean rest = inside.endsWith(":path");
                boolean digits = inside.endsWith(":int");
                String name = rest
                        ? inside.substring(0, inside.length() - 5)
                        : digits ? inside.substring(0, inside.length() - 4) : inside;
                if (!NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("bad variable <" + inside + "> in path " + template);
                }
                if (rest && i != parts.length - 1) {
                    throw new IllegalArgumentException(
                            "<" + inside + "> takes the rest of the path, so it must come last: " + template);
                }
                segments.add(rest ? new Rest(name) : new Variable(name, digits));
            } else if (part.contains("<") || part.contains(">")) {
                throw new IllegalArgumentException("a variable takes a whole segment: '" + part + "' in " + template);
            } else {
                segments.add(new Literal(part));
            }
        }
        return new PathTemplate(template, List.copyOf(segments));
    }

    /** The variable names in order of appearance. */
    public List<String> variables() {
        var names = new ArrayList<String>();
        for (Segment s : segments) {
            if (s instanceof Variable v) names.add(v.name());
            else if (s instanceof Rest r) names.add(r.name());
        }
        return names;
    }

    /** The template with variables blanked, so two routes that match the same paths compare equal. */
    public String shape() {
        var out = new StringBuilder();
        for (Segment s : segments) {
            out.append('/');
            if (s instanceof Literal l) out.append(l.text());
            else if (s instanceof Variable v) out.append(v.digits() ? "<int>" : "<>");
            else out.append("<**>");
        }
        return out.toString();
    }

    /** The path as OpenAPI and FastAPI write it: {@code /items/{item_id}}, also for rest-of-path variables. */
    public String format() {
        var out = new StringBuilder();
        for (Segment s : segments) {
            out.append('/');
            if (s instanceof Literal l) out.append(l.text());
            else if (s instanceof Variable v) out.append('{').append(v.name()).append('}');
            else out.append('{').append(((Rest) s).name()).append('}');
        }
        return out.toString();
    }
}
