package dev.flute.auth.jwt;

/**
 * A token that must not be trusted: malformed, badly signed, expired, not yet valid, for another
 * issuer or audience. The reason is for logs only; tell the client no more than "Could not validate
 * credentials". Control flow, so it has no stack trace.
 */
public final class InvalidTokenException extends RuntimeException {
    public InvalidTokenException(String reason) {
        super(reason, null, false, false);
    }
}
