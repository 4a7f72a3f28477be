package dev.flute.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SocketOptionsTest {

    @Test
    void should_have_limits_and_keep_alive_on_by_default() {
        assertEquals(16 << 20, SocketOptions.DEFAULT.maxMessageBytes());
        assertEquals(Duration.ofSeconds(20), SocketOptions.DEFAULT.pingInterval());
        assertEquals(Duration.ofSeconds(60), SocketOptions.DEFAULT.idleTimeout());
    }

    @Test
    void should_refuse_an_idle_timeout_a_pong_could_not_beat() {
        var e = assertThrows(
                IllegalArgumentException.class, () -> SocketOptions.DEFAULT.idleTimeout(Duration.ofSeconds(20)));
        assertEquals("idleTimeout (PT20S) must be longer than pingInterval (PT20S)", e.getMessage());
        // Without pings the idle timeout stands alone, and either may be turned off.
        SocketOptions.DEFAULT.pingInterval(Duration.ZERO).idleTimeout(Duration.ofSeconds(5));
        SocketOptions.DEFAULT.idleTimeout(Duration.ZERO);
    }

    @Test
    void should_refuse_limits_that_are_not_positive() {
        assertThrows(IllegalArgumentException.class, () -> SocketOptions.DEFAULT.maxMessageBytes(0));
        assertThrows(IllegalArgumentException.class, () -> SocketOptions.DEFAULT.sendQueueBytes(-1));
        assertThrows(IllegalArgumentException.class, () -> SocketOptions.DEFAULT.pingInterval(Duration.ofSeconds(-1)));
    }
}
