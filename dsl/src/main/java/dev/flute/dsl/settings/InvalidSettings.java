package dev.flute.dsl.settings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import java.util.List;

/**
 * Settings that are missing or invalid, every one of them, in the words Pydantic uses:
 *
 * <pre>
 * 2 validation errors for AppSettings
 * APP_JDBC_URL
 *   Field required [type=missing]
 * APP_PORT
 *   Input should be less than or equal to 65535 [type=less_than_equal, input_value='70000']
 * </pre>
 *
 * <p>Each error's {@code loc} starts with the variable as it was written ({@code -D} first for a
 * system property), or, for a missing one, as it is expected. The message is the whole report, so
 * the exception carries no stack trace: thrown out of {@code main}, it stops the process with that
 * report and nothing else.
 */
public final class InvalidSettings extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ValidationError> errors;

    InvalidSettings(String settingsName, List<ValidationError> errors) {
        super(report(settingsName, errors), null, false, false);
        this.errors = List.copyOf(errors);
    }

    /** Every problem, in the order of the record's fields. */
    public List<ValidationError> errors() {
        return errors;
    }

    private static String report(String settingsName, List<ValidationError> errors) {
        var out = new StringBuilder()
                .append(errors.size())
                .append(errors.size() == 1 ? " validation error for " : " validation errors for ")
                .append(settingsName);
        for (ValidationError error : errors) {
            out.append('\n').append(location(error.loc()));
            out.append("\n  ").append(error.msg()).append(" [type=").append(error.type());
            if (error.input() != null) out.append(", input_value=").append(repr(error.input()));
            out.append(']');
        }
        return out.toString();
    }

    /** Pydantic's dotted location: {@code APP_HOSTS.1}, {@code APP_DB.port}. */
    private static String location(List<Object> loc) {
        var out = new StringBuilder();
        for (Object part : loc) {
            if (out.length() > 0) out.append('.');
            out.append(part);
        }
        return out.toString();
    }

    /** The input as Python would show it: text quoted, JSON as JSON. */
    private static String repr(Object input) {
        if (input instanceof JsonNode node && !node.isTextual()) return node.toString();
        String text = input instanceof JsonNode node ? node.textValue() : input.toString();
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        var out = new StringBuilder(text.length() + 2).append(quote);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == quote || c == '\\') out.append('\\').append(c);
            else if (c == '\n') out.append("\\n");
            else if (c == '\r') out.append("\\r");
            else if (c == '\t') out.append("\\t");
            else if (c < ' ') out.append(String.format("\\x%02x", (int) c));
            else out.append(c);
        }
        return out.append(quote).toString();
    }
}
