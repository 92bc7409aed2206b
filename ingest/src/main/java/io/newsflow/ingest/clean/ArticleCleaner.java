package io.newsflow.ingest.clean;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Turns an HTML page into a {@link CleanedArticle}: metadata (JSON-LD, OpenGraph/meta, {@code <time>},
 * visible datelines), language (declared, else a stopword guess) and the article body as paragraphs.
 *
 * <p>Stateless, thread-safe and reusable. Bounds: input beyond {@value #MAX_HTML_CHARS} characters
 * (or {@value #MAX_BODY_BYTES} bytes) is truncated before parsing; at most
 * {@value BlockCollector#MAX_BLOCKS} blocks of {@value BlockCollector#MAX_BLOCK_CHARS} characters are read.
 * Never throws on odd markup; {@code null} or empty input gives an article with no fields and no
 * paragraphs. No per-site rules.
 */
public final class ArticleCleaner {
    /** Version of the cleaning rules; bump when output changes so stored articles can be re-cleaned. */
    public static final String VERSION = "clean-1";
    public static final int MAX_HTML_CHARS = 5_000_000;
    public static final int MAX_BODY_BYTES = 10_000_000;

    public ArticleCleaner() {
        // no configuration yet: all rules are constants
    }

    /**
     * Cleans a decoded page.
     *
     * @param html page source; {@code null} is treated as empty
     * @param url  base URI for resolving relative links (may be a {@code file:} URI or {@code null})
     */
    public CleanedArticle clean(String html, String url) {
        if (html == null || html.isBlank()) return new CleanedArticle(null, null, null, null, null, null, List.of());
        String source = html.length() > MAX_HTML_CHARS ? html.substring(0, MAX_HTML_CHARS) : html;
        Document doc = Jsoup.parse(source, url == null ? "" : url, Parser.htmlParser());
        return clean(doc);
    }

    /**
     * Cleans raw response bytes. Charset: {@code contentTypeHeader}'s {@code charset}, then a BOM, then
     * {@code <meta charset>}/{@code http-equiv} in the first 4 KB, else UTF-8.
     */
    public CleanedArticle clean(byte[] body, String contentTypeHeader, String url) {
        return clean(body, 0, body == null ? 0 : body.length, contentTypeHeader, url);
    }

    /**
     * Cleans {@code length} raw response bytes of {@code body} starting at {@code offset} (a fetch buffer
     * need not be copied); charset as in {@link #clean(byte[], String, String)}. The bytes are decoded while
     * parsing, so the page is never held as one {@code String}. Only pages over {@value #MAX_HTML_CHARS}
     * bytes, which may decode to more characters than the bound, are decoded whole and truncated first.
     *
     * @throws IndexOutOfBoundsException if {@code offset}/{@code length} lie outside {@code body}
     */
    public CleanedArticle clean(byte[] body, int offset, int length, String contentTypeHeader, String url) {
        if (body == null || length == 0) return clean((String) null, url);
        Objects.checkFromIndexSize(offset, length, body.length);
        int bounded = Math.min(length, MAX_BODY_BYTES);
        CharsetSniffer.Decision decision = CharsetSniffer.detect(body, offset, bounded, contentTypeHeader);
        int start = offset + decision.skip();
        int count = bounded - decision.skip();
        if (count > MAX_HTML_CHARS) return clean(new String(body, start, count, decision.charset()), url);
        Reader reader = new InputStreamReader(new ByteArrayInputStream(body, start, count), decision.charset());
        return clean(Parser.htmlParser().parseInput(reader, url == null ? "" : url));
    }

    CleanedArticle clean(Document doc) {
        PageMetadata meta = MetadataExtractor.extract(doc);
        List<String> paragraphs = BodyExtractor.extract(doc, meta);
        String language = meta.declaredLanguage();
        if (language == null) language = LanguageGuesser.guess(String.join(" ", paragraphs));
        return new CleanedArticle(meta.title(), meta.byline(), meta.published(), meta.modified(), language,
                meta.canonicalUrl(), paragraphs);
    }

}
