package io.newsflow.ingest.fetch;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes of one response body, gathered without ever regrowing an array.
 *
 * <p>With a declared length the first chunk is exactly that long (up to 4 MiB), so a complete body is
 * handed out as it is: one copy from the network buffers, none after. Without one (chunked transfer),
 * or past it, bytes go into 64 KiB chunks that are joined once at the end. A doubling buffer would allocate 8, 16,
 * ... 512 KiB arrays for a 300 KB page and copy it each time; the 512 KiB one is already a G1
 * humongous object with a 1 GiB heap (half a 1 MiB region), and every humongous allocation can start a
 * collection.
 */
final class BodyBuffer {
    static final int CHUNK_BYTES = 64 * 1024;
    /**
     * Most a declared length reserves before any byte has arrived, so a server that announces a large
     * body and sends nothing costs little; a longer body continues in chunks.
     */
    static final int MAX_PRESIZE_BYTES = 4 * 1024 * 1024;

    private final List<byte[]> filled = new ArrayList<>();
    private byte[] current;
    private int position;
    private long size;

    /** {@code expectedLength}: the declared body length, or a negative number when unknown. */
    BodyBuffer(long expectedLength) {
        current = new byte[expectedLength >= 0 ? (int) Math.min(expectedLength, MAX_PRESIZE_BYTES) : CHUNK_BYTES];
    }

    void append(ByteBuffer src) {
        while (src.hasRemaining()) {
            if (position == current.length) {
                filled.add(current);
                current = new byte[CHUNK_BYTES];
                position = 0;
            }
            int n = Math.min(src.remaining(), current.length - position);
            src.get(current, position, n);
            position += n;
            size += n;
        }
    }

    long size() {
        return size;
    }

    /** The body; the buffer's own array (no copy) when the declared length was exact. */
    byte[] toByteArray() {
        if (filled.isEmpty() && position == current.length) {
            return current;
        }
        byte[] out = new byte[Math.toIntExact(size)];
        int at = 0;
        for (byte[] chunk : filled) {
            System.arraycopy(chunk, 0, out, at, chunk.length);
            at += chunk.length;
        }
        System.arraycopy(current, 0, out, at, position);
        return out;
    }
}
