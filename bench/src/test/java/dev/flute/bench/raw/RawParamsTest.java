package dev.flute.bench.raw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class RawParamsTest {
    @Test
    void parsesIntegersLikePydantic() {
        assertEquals(5L, RawParams.parseInt("5"));
        assertEquals(5L, RawParams.parseInt(" +5 "));
        assertEquals(-1L, RawParams.parseInt("-1"));
        assertEquals(5L, RawParams.parseInt("5.000"));
        assertEquals(5L, RawParams.parseInt("5."));
        assertEquals(1000L, RawParams.parseInt("1_000"));
        assertEquals(new BigInteger("99999999999999999999"), RawParams.parseInt("99999999999999999999"));
        assertNull(RawParams.parseInt("abc"));
        assertNull(RawParams.parseInt(""));
        assertNull(RawParams.parseInt("5.5"));
        assertNull(RawParams.parseInt("1__0"));
        assertNull(RawParams.parseInt("_1"));
        assertNull(RawParams.parseInt("0x10"));
        assertSame(RawParams.TOO_LONG, RawParams.parseInt("1".repeat(4301)));
    }

    @Test
    void lastQueryValueWinsAndIsDecoded() {
        String[] out = new String[2];
        RawParams.scanQuery("q=a&limit=3&q=b+c%20d%C3%A9&x=1&limit", new String[] {"q", "limit"}, out);
        assertArrayEquals(new String[] {"b c d\u00e9", ""}, out);
    }

    @Test
    void badEscapesStayLiteral() {
        assertEquals("50%", RawParams.decode("50%", 0, 3));
        assertEquals("%zz!", RawParams.decode("%zz%21", 0, 6));
    }
}
