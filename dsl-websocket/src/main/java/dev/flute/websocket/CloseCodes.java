package dev.flute.websocket;

/** The close codes of RFC 6455 §7.4.1 that Flute sends or reports; Starlette's {@code status.WS_*}. */
public final class CloseCodes {
    private CloseCodes() {}

    /** The purpose of the connection was fulfilled. */
    public static final int NORMAL_CLOSURE = 1000;
    /** The endpoint goes away: a server shutting down, a browser leaving the page, an idle timeout. */
    public static final int GOING_AWAY = 1001;
    /** The peer broke the protocol (a continuation frame with no message to continue). */
    public static final int PROTOCOL_ERROR = 1002;
    /** A kind of message the endpoint does not accept (binary where only text is read). */
    public static final int UNSUPPORTED_DATA = 1003;
    /** Reported, never sent: the close frame carried no code. */
    public static final int NO_STATUS_RECEIVED = 1005;
    /** Reported, never sent: the connection ended without a close frame. */
    public static final int ABNORMAL_CLOSURE = 1006;
    /** A message inconsistent with its type: text that is not UTF-8, JSON that does not validate. */
    public static final int INVALID_PAYLOAD = 1007;
    /** A generic refusal, for a policy the other codes do not name. */
    public static final int POLICY_VIOLATION = 1008;
    /** A message larger than the socket accepts. */
    public static final int MESSAGE_TOO_BIG = 1009;
    /** The server failed while handling the connection. */
    public static final int INTERNAL_ERROR = 1011;
    /** The server is overloaded for this client (its send queue is full); it may reconnect later. */
    public static final int TRY_AGAIN_LATER = 1013;
}
