package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import java.util.List;

/**
 * An e-mail address, Pydantic's {@code EmailStr}: checked as email-validator checks it (without a
 * DNS lookup) and handed over normalized ({@code User@Example.COM} becomes {@code User@example.com}).
 * A refused address is Pydantic's {@code value_error} with email-validator's reason:
 *
 * <pre>{@code
 * record UserIn(String username, String email) {}
 * static final ModelType<UserIn> USER_IN = model(UserIn.class).field("email", email());
 * // {"email": "me@localhost"} → 422 "value is not a valid email address: The part after the @-sign
 * //                                  is not valid. It should have a period."
 * }</pre>
 *
 * Documented as {@code {"type": "string", "format": "email"}}.
 */
public final class EmailType extends AbstractType<String, EmailType> {

    public EmailType() {
        this(Meta.NONE);
    }

    private EmailType(Meta meta) {
        super(meta);
    }

    @Override
    protected EmailType withMeta(Meta meta) {
        return new EmailType(meta);
    }

    @Override
    public java.lang.reflect.Type javaType() {
        return String.class;
    }

    @Override
    public String toString() {
        return "email()";
    }

    @Override
    public JsonKind kind() {
        return JsonKind.STRING;
    }

    @Override
    public String format() {
        return "email";
    }

    @Override
    public String fromText(String raw) {
        return Emails.normalize(raw);
    }

    @Override
    public String fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        return JsonReading.string(this, node, loc, errors);
    }
}
