package dev.flute.bench;

/**
 * The contract's {@code session} dependency: a resource opened for a request and closed once its
 * response has been sent. One pool per verticle, so it is only touched from its event loop.
 */
public final class Sessions {
    private int open;
    private long opened;
    private long closed;

    public Session acquire(String token) {
        open++;
        opened++;
        return new Session(token);
    }

    /** Sessions currently open (acquired, not yet released). */
    public int open() {
        return open;
    }

    public long opened() {
        return opened;
    }

    public long closed() {
        return closed;
    }

    public final class Session {
        private final String token;
        private boolean active = true;

        private Session(String token) {
            this.token = token;
        }

        public String token() {
            return token;
        }

        public boolean isOpen() {
            return active;
        }

        /** Idempotent. */
        public void release() {
            if (active) {
                active = false;
                open--;
                closed++;
            }
        }
    }
}
