package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BodyBufferTest {
    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    /** Feeds {@code body} in network-sized pieces, as the HTTP client does. */
    private static BodyBuffer fill(BodyBuffer buffer, byte[] body, int piece) {
        for (int at = 0; at < body.length; at += piece) {
            buffer.append(ByteBuffer.wrap(body, at, Math.min(piece, body.length - at)));
        }
        return buffer;
    }

    @Test
    void declaredLengthThatMatchesIsHandedOutWithoutACopy() {
        byte[] body = bytes(300_000);
        BodyBuffer buffer = fill(new BodyBuffer(body.length), body, 16_384);
        byte[] out = buffer.toByteArray();
        assertThat(out).isEqualTo(body);
        assertThat(buffer.toByteArray()).isSameAs(out);
    }

    @Test
    void unknownLengthIsJoinedFromChunks() {
        byte[] body = bytes(3 * BodyBuffer.CHUNK_BYTES + 17);
        BodyBuffer buffer = fill(new BodyBuffer(-1), body, 10_000);
        assertThat(buffer.size()).isEqualTo(body.length);
        assertThat(buffer.toByteArray()).isEqualTo(body);
    }

    @Test
    void bodyShorterOrLongerThanDeclaredIsStillExact() {
        byte[] body = bytes(100_000);
        assertThat(fill(new BodyBuffer(150_000), body, 8192).toByteArray()).isEqualTo(body);
        assertThat(fill(new BodyBuffer(40_000), body, 8192).toByteArray()).isEqualTo(body);
    }

    @Test
    void aBodyLongerThanThePresizeCapIsStillExact() {
        byte[] body = bytes(BodyBuffer.MAX_PRESIZE_BYTES + 100_000);
        assertThat(fill(new BodyBuffer(body.length), body, 65_536).toByteArray()).isEqualTo(body);
    }

    @Test
    void emptyBodies() {
        assertThat(new BodyBuffer(0).toByteArray()).isEmpty();
        assertThat(new BodyBuffer(-1).toByteArray()).isEmpty();
        assertThat(new BodyBuffer(500).toByteArray()).isEmpty();
    }

    @Test
    void directBuffersAreCopiedToo() {
        byte[] body = bytes(70_000);
        ByteBuffer direct = ByteBuffer.allocateDirect(body.length).put(body).flip();
        BodyBuffer buffer = new BodyBuffer(-1);
        buffer.append(direct);
        assertThat(direct.hasRemaining()).isFalse();
        assertThat(Arrays.equals(buffer.toByteArray(), body)).isTrue();
    }
}
