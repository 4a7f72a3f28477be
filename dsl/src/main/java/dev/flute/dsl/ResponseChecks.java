package dev.flute.dsl;

/**
 * Whether a server checks each response against its route's description (the status documented,
 * the declared content type, the body valid against its declared type) while it serves: a
 * development aid, off by default. The test client checks every response whatever this says.
 *
 * <pre>{@code api.settings(Api.Settings.DEFAULT.responseChecks(ResponseChecks.FAIL))}</pre>
 */
public enum ResponseChecks {
    /** No check: production. */
    OFF,
    /** A response that differs is sent as it is, and logged with every difference. */
    LOG,
    /** A response that differs is logged and replaced by a 500, as FastAPI treats a response that fails its model. */
    FAIL
}
