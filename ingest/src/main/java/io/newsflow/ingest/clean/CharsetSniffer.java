package io.newsflow.ingest.clean;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the charset of an HTML body: Content-Type header, then byte-order mark, then
 * {@code <meta charset>} / {@code <meta http-equiv>} within the first {@value #SNIFF_BYTES} bytes,
 * else UTF-8. Unknown or unsupported names are skipped, never thrown.
 */
final class CharsetSniffer {
    static final int SNIFF_BYTES = 4096;
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([\\w.:-]+)");

    private CharsetSniffer() {}

    /** The charset and how many leading bytes (a BOM) to skip. */
    record Decision(Charset charset, int skip) {}

    static Decision detect(byte[] body, String contentType) {
        return detect(body, 0, body.length, contentType);
    }

    /** As {@link #detect(byte[], String)} for the {@code length} bytes of {@code body} from {@code offset}. */
    static Decision detect(byte[] body, int offset, int length, String contentType) {
        Charset fromHeader = contentType == null ? null : find(HEADER_CHARSET.matcher(contentType));
        int bom = bomLength(body, offset, length);
        if (fromHeader != null) return new Decision(fromHeader, bom > 0 && bomCharset(body, offset).equals(fromHeader) ? bom : 0);
        if (bom > 0) return new Decision(bomCharset(body, offset), bom);
        String head = new String(body, offset, Math.min(length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Charset fromMeta = find(META_CHARSET.matcher(head));
        // a page that declares UTF-16 in ASCII-compatible bytes is not UTF-16 (WHATWG rule)
        if (fromMeta != null && fromMeta.name().startsWith("UTF-16")) fromMeta = StandardCharsets.UTF_8;
        return new Decision(fromMeta == null ? StandardCharsets.UTF_8 : fromMeta, 0);
    }

    private static Charset find(Matcher m) {
        if (!m.find()) return null;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // WHATWG: latin-1 labels mean windows-1252
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) name = "windows-1252";
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) { // illegal charset name
            return null;
        }
    }

    private static int bomLength(byte[] b, int o, int length) {
        if (length >= 3 && (b[o] & 0xff) == 0xEF && (b[o + 1] & 0xff) == 0xBB && (b[o + 2] & 0xff) == 0xBF) return 3;
        if (length >= 2 && ((b[o] & 0xff) == 0xFE && (b[o + 1] & 0xff) == 0xFF || (b[o] & 0xff) == 0xFF && (b[o + 1] & 0xff) == 0xFE)) return 2;
        return 0;
    }

    /** Only called when {@link #bomLength} found a BOM at {@code o}. */
    private static Charset bomCharset(byte[] b, int o) {
        if ((b[o] & 0xff) == 0xEF) return StandardCharsets.UTF_8;
        return (b[o] & 0xff) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    }
}
