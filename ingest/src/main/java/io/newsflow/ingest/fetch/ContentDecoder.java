package io.newsflow.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/** Removes gzip/deflate Content-Encoding under a size cap and a compression-ratio cap. */
final class ContentDecoder {
    /**
     * The ratio is only judged past this many decoded bytes: small, very repetitive pages compress
     * far better than 100:1 and are harmless.
     */
    static final long RATIO_FLOOR_BYTES = 64 * 1024;

    private ContentDecoder() {
    }

    static byte[] decode(byte[] raw, String contentEncoding, long maxBytes, double maxRatio) throws FetchException {
        String encoding = lastCoding(contentEncoding);
        // An empty body (204, HEAD-like answers) carries no stream to decode even when labelled.
        if (raw.length == 0 || encoding.isEmpty() || encoding.equals("identity")) {
            return raw;
        }
        CountingInputStream wire = new CountingInputStream(new ByteArrayInputStream(raw));
        try (InputStream decoded = open(encoding, wire, raw)) {
            return readBounded(decoded, wire, maxBytes, maxRatio);
        } catch (IOException e) {
            throw new FetchException(FetchException.BAD_CONTENT_ENCODING, "corrupt " + encoding + " body: "
                    + e.getMessage(), false, 0, null, e);
        }
    }

    private static InputStream open(String encoding, InputStream wire, byte[] raw) throws IOException, FetchException {
        switch (encoding) {
            case "gzip":
            case "x-gzip":
                return new GZIPInputStream(wire, 1024);
            case "deflate":
                // RFC 9110 says zlib-wrapped, but some servers send raw DEFLATE: look at the zlib header.
                boolean zlib = raw.length >= 2 && (raw[0] & 0x0F) == 8
                        && (((raw[0] & 0xff) << 8) | (raw[1] & 0xff)) % 31 == 0;
                return new InflaterInputStream(wire, new Inflater(!zlib), 1024);
            default:
                throw FetchException.permanent(FetchException.BAD_CONTENT_ENCODING,
                        "unsupported Content-Encoding " + encoding);
        }
    }

    private static byte[] readBounded(InputStream in, CountingInputStream wire, long maxBytes, double maxRatio)
            throws IOException, FetchException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > RATIO_FLOOR_BYTES && total > maxRatio * Math.max(1, wire.count)) {
                throw FetchException.permanent(FetchException.DECOMPRESSION_BOMB,
                        total + " bytes decoded from " + wire.count + " (ratio limit " + maxRatio + ")");
            }
            if (total > maxBytes) {
                throw FetchException.permanent(FetchException.TOO_LARGE, "decoded body exceeds " + maxBytes + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The coding applied last, which is the one to undo; "" when none. */
    private static String lastCoding(String header) {
        if (header == null) {
            return "";
        }
        String[] codings = header.split(",");
        return codings[codings.length - 1].trim().toLowerCase(Locale.ROOT);
    }

    private static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
