package dev.flute.dsl;

/**
 * How a request ended, as a resource's release sees it: success, or the error that is on its way
 * to becoming the response. A release can commit on success and roll back on failure.
 */
public record Outcome(Throwable error) {
    public static final Outcome SUCCESS = new Outcome(null);

    public boolean succeeded() {
        return error == null;
    }

    public boolean failed() {
        return error != null;
    }
}
