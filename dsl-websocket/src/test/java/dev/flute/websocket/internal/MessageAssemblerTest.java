package dev.flute.websocket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.websocket.CloseCodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketFrame;
import org.junit.jupiter.api.Test;

class MessageAssemblerTest {

    @Test
    void should_join_fragments_into_one_message_of_the_first_frames_kind() {
        var assembler = new MessageAssembler(10);
        assertNull(assembler.add(WebSocketFrame.textFrame("héllo", false)));
        assertNull(assembler.add(WebSocketFrame.continuationFrame(Buffer.buffer(" w"), false)));
        var message = assembler.add(WebSocketFrame.continuationFrame(Buffer.buffer("o"), true));
        assertTrue(message.text());
        assertEquals("héllo wo", message.data().toString());
        var next = assembler.add(WebSocketFrame.binaryFrame(Buffer.buffer(new byte[] {1}), true));
        assertEquals(1, next.data().length());
    }

    @Test
    void should_refuse_a_message_as_soon_as_its_fragments_pass_the_limit() {
        var assembler = new MessageAssembler(4);
        assertNull(assembler.add(WebSocketFrame.binaryFrame(Buffer.buffer("abc"), false)));
        var refused = assertThrows(
                SocketClose.class, () -> assembler.add(WebSocketFrame.continuationFrame(Buffer.buffer("de"), false)));
        assertEquals(CloseCodes.MESSAGE_TOO_BIG, refused.code);
        assertEquals("message too big (limit 4 bytes)", refused.getMessage());
    }

    @Test
    void should_refuse_fragments_out_of_order_as_a_protocol_error() {
        var assembler = new MessageAssembler(100);
        var orphan = assertThrows(
                SocketClose.class, () -> assembler.add(WebSocketFrame.continuationFrame(Buffer.buffer("x"), true)));
        assertEquals(CloseCodes.PROTOCOL_ERROR, orphan.code);
        assembler.add(WebSocketFrame.textFrame("a", false));
        var interleaved = assertThrows(SocketClose.class, () -> assembler.add(WebSocketFrame.textFrame("b", true)));
        assertEquals(CloseCodes.PROTOCOL_ERROR, interleaved.code);
    }

    @Test
    void should_cut_a_close_reason_to_what_a_frame_holds_on_a_character_boundary() {
        String reason = SocketClose.fit("é".repeat(100));
        assertTrue(reason.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 123, reason);
        assertTrue(reason.endsWith("é..."), reason);
        assertEquals("short", SocketClose.fit("short"));
    }
}
