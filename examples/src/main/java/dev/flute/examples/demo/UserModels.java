package dev.flute.examples.demo;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.types.ModelType;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the users' routes read and answer. Components are named as they are sent (snake_case), so a
 * value reads the same wherever it is written.
 */
public final class UserModels {
    private UserModels() {}

    /** A sign-up: who the new user is and the password they chose. */
    public record SignUp(String username, String email, String password, String full_name) {}

    /** A user as others may see them: never the password hash. */
    public record UserPublic(
            long id, String username, String email, String full_name, boolean admin, OffsetDateTime created_at) {}

    /** One page of users and how many there are in all. */
    public record UserList(List<UserPublic> data, long count) {}

    /** OAuth2's token answer. */
    public record Token(String access_token, String token_type) {}

    /** A message for a user, written by a background task. */
    public record Notification(long id, String message, OffsetDateTime created_at) {}

    static final ModelType<SignUp> SIGN_UP = model(SignUp.class)
            .forbidExtra()
            .field(
                    "username",
                    str().minLength(3)
                            .maxLength(50)
                            .pattern("^[A-Za-z0-9_.-]+$")
                            .examples("alice"))
            .field("email", email())
            .field("password", str().minLength(8).maxLength(72).description("At most 72 bytes: bcrypt reads no more"))
            .field("full_name", str().maxLength(100).nullable());

    static final ModelType<UserPublic> USER =
            model(UserPublic.class).name("User").field("full_name", str().nullable());

    static final ModelType<UserList> USER_LIST = model(UserList.class).field("data", listOf(USER));

    static final ModelType<Token> TOKEN = model(Token.class);

    static final ModelType<Notification> NOTIFICATION = model(Notification.class);
}
