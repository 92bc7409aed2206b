package io.newsflow.bench;

import io.newsflow.ingest.clean.ArticleCleaner;
import io.newsflow.ingest.clean.CleanedArticle;
import io.newsflow.ingest.fetch.UrlCanonicalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The real benchmark pages turned into templates for a synthetic site: copy {@code n} of template
 * {@code n % size()} declares its own URL as rel=canonical (so every copy is a distinct article id) and
 * carries a short marker in its first body paragraph (so content hashes differ too).
 *
 * <p>A page is kept only if the cleaner finds an article in it (at least 80 characters of body, the
 * pipeline's own threshold) and a rendered copy really cleans to the copy's canonical URL with the marker
 * in its body; the others would be dead-lettered, collapse into one id, or be dropped as syndicated
 * copies (same content hash), which would falsify the article count. Pages are read
 * from disk at run time and never copied elsewhere.
 */
final class PageTemplates {
  static final int MIN_BODY_CHARS = 80;
  private static final String URL_SLOT = "\u0000URL\u0000";
  private static final String MARK_SLOT = "\u0000MARK\u0000";
  /** Placeholder that survives a Jsoup round trip; replaced by {@link #MARK_SLOT} afterwards. */
  private static final String DOM_MARK = "zqxBenchMarkSlotqxz";
  private static final int MAX_PAGE_BYTES = 5 * 1024 * 1024;

  private final List<Template> templates;
  private final int pagesRead;

  private PageTemplates(List<Template> templates, int pagesRead) {
    this.templates = templates;
    this.pagesRead = pagesRead;
  }

  /**
   * One page split around its URL and marker slots; {@code utf8} holds each part's UTF-8 bytes (null for
   * a slot) so the site can write a copy without building it as a String first.
   */
  record Template(String name, String[] parts, String originalHtml, byte[][] utf8) {
    Template(String name, String[] parts, String originalHtml) {
      this(name, parts, originalHtml, encode(parts));
    }

    private static byte[][] encode(String[] parts) {
      byte[][] out = new byte[parts.length][];
      for (int i = 0; i < parts.length; i++) {
        out[i] = isSlot(parts[i]) ? null : parts[i].getBytes(StandardCharsets.UTF_8);
      }
      return out;
    }
  }

  private static boolean isSlot(String part) {
    return part == URL_SLOT || part == MARK_SLOT; // identity: split() adds the constants themselves
  }

  /** Copy {@code n} as UTF-8 byte chunks (shared template bytes plus the copy's URL and marker). */
  List<byte[]> pageChunks(int n, String url) {
    Template t = templates.get(Math.floorMod(n, templates.size()));
    byte[] urlBytes = url.getBytes(StandardCharsets.UTF_8);
    byte[] markBytes = (markerText(n) + " ").getBytes(StandardCharsets.UTF_8);
    List<byte[]> out = new ArrayList<>(t.parts().length);
    for (int i = 0; i < t.parts().length; i++) {
      String part = t.parts()[i];
      out.add(part == URL_SLOT ? urlBytes : part == MARK_SLOT ? markBytes : t.utf8()[i]);
    }
    return out;
  }

  /**
   * Reads every {@code *.html.gz}/{@code *.html} page of {@code dir} and keeps the usable ones.
   *
   * @throws IllegalArgumentException when the directory holds no usable page
   */
  static PageTemplates load(Path dir, ArticleCleaner cleaner) {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".html.gz") || p.toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    List<Template> kept = new ArrayList<>();
    for (Path f : files) {
      Template t = prepare(f.getFileName().toString(), decode(read(f)), cleaner);
      if (t != null) {
        kept.add(t);
      }
    }
    if (kept.isEmpty()) {
      throw new IllegalArgumentException("no usable page in " + dir);
    }
    return new PageTemplates(List.copyOf(kept), files.size());
  }

  int size() {
    return templates.size();
  }

  int pagesRead() {
    return pagesRead;
  }

  Template template(int i) {
    return templates.get(i);
  }

  /** The original (unmodified) page texts, for the parse ceilings. */
  List<String> originals() {
    return templates.stream().map(Template::originalHtml).toList();
  }

  /** Copy {@code n} of the site, served at {@code url}. */
  String page(int n, String url) {
    return render(templates.get(Math.floorMod(n, templates.size())), url, n);
  }

  /**
   * The copy number spelled in letters (0 = "a", 25 = "z", 26 = "ba", ...). Digits would not do: a marker
   * such as "copy 1960" reads as a year, the cleaner may then drop its line as a dateline, and two copies
   * of one template become content duplicates (seen: copies 1960 and 2050 of an 8,000-page run).
   */
  static String markerText(int n) {
    StringBuilder letters = new StringBuilder();
    int rest = n;
    do {
      letters.append((char) ('a' + rest % 26));
      rest /= 26;
    } while (rest > 0);
    return "[bench copy " + letters.reverse() + "]";
  }

  static String render(Template t, String url, int n) {
    StringBuilder sb = new StringBuilder(t.originalHtml().length() + 64);
    for (String part : t.parts()) {
      if (part == URL_SLOT) {
        sb.append(url);
      } else if (part == MARK_SLOT) {
        sb.append(markerText(n)).append(' ');
      } else {
        sb.append(part);
      }
    }
    return sb.toString();
  }

  /** Splits the page around its canonical URL and first paragraph; null when the page is not usable. */
  static Template prepare(String name, String html, ArticleCleaner cleaner) {
    String probeUrl = "http://127.0.0.1:1/template/" + name;
    CleanedArticle c = cleaner.clean(html, probeUrl);
    if (bodyChars(c) < MIN_BODY_CHARS) {
      return null;
    }
    String url = "http://127.0.0.1:1/news/42.html";
    // the first words of the body verbatim in the markup (first, then last occurrence: the first may be
    // a JSON-LD copy), else in the DOM (entities or inline tags in the way)
    List<String> candidates = List.of(insertMarker(html, c.paragraphs(), false), insertMarker(html, c.paragraphs(), true),
        insertMarkerInDom(html, c.paragraphs(), probeUrl));
    for (String marked : candidates) {
      Template t = usable(name, slotCanonical(marked, c.canonicalUrl()), html, cleaner, url);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /** Replaces the declared canonical URL (raw and HTML-escaped) by the URL slot. */
  private static String slotCanonical(String html, String canonical) {
    if (canonical == null || !canonical.toLowerCase(Locale.ROOT).startsWith("http")) {
      return html;
    }
    String out = html.replace(canonical, URL_SLOT);
    String escaped = canonical.replace("&", "&amp;");
    return escaped.equals(canonical) ? out : out.replace(escaped, URL_SLOT);
  }

  private static Template usable(String name, String withSlots, String html, ArticleCleaner cleaner, String url) {
    if (!withSlots.contains(MARK_SLOT)) {
      return null;
    }
    Template t = new Template(name, split(withSlots), html);
    CleanedArticle copy = cleaner.clean(render(t, url, 42), url);
    boolean marked = String.join("\n", copy.paragraphs()).contains(markerText(42));
    if (!marked || bodyChars(copy) < MIN_BODY_CHARS || !sameCanonical(copy.canonicalUrl(), url)) {
      return null;
    }
    return t;
  }

  /** Puts the marker slot at the start of the first text node that begins a body paragraph. */
  private static String insertMarkerInDom(String html, List<String> paragraphs, String baseUrl) {
    Document doc = Jsoup.parse(html, baseUrl);
    doc.outputSettings().prettyPrint(false);
    for (String p : paragraphs) {
      String probe = p.strip();
      if (probe.length() < 20) {
        continue;
      }
      String head = probe.substring(0, 20);
      for (Element e : doc.body().getAllElements()) {
        for (TextNode t : e.textNodes()) {
          if (t.text().strip().startsWith(head)) {
            t.text(DOM_MARK + t.text());
            return doc.outerHtml().replace(DOM_MARK, MARK_SLOT);
          }
        }
      }
    }
    return html;
  }

  private static boolean sameCanonical(String declared, String url) {
    if (declared == null || !declared.toLowerCase(Locale.ROOT).startsWith("http")) {
      return true; // the pipeline falls back to the fetched URL
    }
    try {
      return UrlCanonicalizer.canonicalize(declared).equals(UrlCanonicalizer.canonicalize(url));
    } catch (RuntimeException e) {
      return true; // a malformed declaration also falls back to the fetched URL
    }
  }

  private static int bodyChars(CleanedArticle c) {
    return c.paragraphs().stream().mapToInt(String::length).sum();
  }

  /** Puts the marker slot before the first words of the first paragraph found verbatim in the markup. */
  private static String insertMarker(String html, List<String> paragraphs, boolean lastOccurrence) {
    for (String p : paragraphs) {
      String probe = p.strip();
      if (probe.length() < 20) {
        continue;
      }
      probe = probe.substring(0, 20);
      int at = lastOccurrence ? html.lastIndexOf(probe) : html.indexOf(probe);
      if (at >= 0) {
        return html.substring(0, at) + MARK_SLOT + html.substring(at);
      }
    }
    return html;
  }

  private static String[] split(String html) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    while (from < html.length()) {
      int u = html.indexOf(URL_SLOT, from);
      int m = html.indexOf(MARK_SLOT, from);
      int next = u < 0 ? m : (m < 0 ? u : Math.min(u, m));
      if (next < 0) {
        parts.add(html.substring(from));
        break;
      }
      if (next > from) {
        parts.add(html.substring(from, next));
      }
      parts.add(next == u ? URL_SLOT : MARK_SLOT);
      from = next + (next == u ? URL_SLOT.length() : MARK_SLOT.length());
    }
    return parts.toArray(String[]::new);
  }

  static byte[] read(Path f) {
    try (InputStream raw = Files.newInputStream(f);
        InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      byte[] bytes = in.readNBytes(MAX_PAGE_BYTES);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
  }

  /** UTF-8 when the bytes are valid UTF-8, else windows-1252 (the usual legacy web charset). */
  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }
}
