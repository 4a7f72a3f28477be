package dev.flute.auth;

/**
 * The scheme and credentials of an {@code Authorization} header: FastAPI's
 * {@code HTTPAuthorizationCredentials}. {@link #toString()} hides the credentials, so they do not
 * end up in logs.
 */
public record HttpCredentials(String scheme, String credentials) {
    @Override
    public String toString() {
        return "HttpCredentials[scheme=" + scheme + ", credentials=***]";
    }
}
