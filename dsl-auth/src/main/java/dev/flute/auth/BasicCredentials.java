package dev.flute.auth;

/**
 * The decoded user name and password of HTTP Basic: FastAPI's {@code HTTPBasicCredentials}.
 * Compare the password with {@code Secrets.equal} (or a hash with {@code Passwords}), never with
 * {@code equals}. {@link #toString()} hides the password.
 */
public record BasicCredentials(String username, String password) {
    @Override
    public String toString() {
        return "BasicCredentials[username=" + username + ", password=***]";
    }
}
