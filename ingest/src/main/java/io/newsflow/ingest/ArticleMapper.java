package io.newsflow.ingest;

import io.newsflow.common.deadletter.RejectedInput;
import io.newsflow.common.ids.Ids;
import io.newsflow.ingest.clean.ArticleCleaner;
import io.newsflow.ingest.clean.CleanedArticle;
import io.newsflow.ingest.fetch.UrlCanonicalizer;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.FetchedPage;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;

/** Turns a fetched page into a clean {@link Article} with its deterministic id and content hash. */
public final class ArticleMapper {
  /** Articles with less body text than this are refused as {@code no-article-text}. */
  static final int MIN_BODY_CHARS = 80;

  private final ArticleCleaner cleaner;

  public ArticleMapper(ArticleCleaner cleaner) {
    this.cleaner = cleaner;
  }

  public Article toArticle(FetchedPage page) {
    CleanedArticle c = clean(page);
    int chars = c.paragraphs().stream().mapToInt(String::length).sum();
    if (chars < MIN_BODY_CHARS) {
      throw new RejectedInput("no-article-text",
          "only " + chars + " characters of article text found in " + page.getFinalUrl());
    }
    String canonical = canonicalOf(c.canonicalUrl(), page.getFinalUrl());
    return Article.newBuilder()
        .setId(Ids.articleId(canonical))
        .setUrl(page.getFinalUrl())
        .setCanonicalUrl(canonical)
        .setTitle(c.title())
        .setByline(c.byline())
        .setPublishedAt(c.published())
        .setModifiedAt(c.modified())
        .setLanguage(c.language())
        .setParagraphs(c.paragraphs())
        .setSource(page.getSource())
        .setFetchedAt(page.getFetchedAt())
        .setContentHash(contentHash(c.paragraphs()))
        .setCleanerVersion(ArticleCleaner.VERSION)
        .build();
  }

  /**
   * Cleans the body where it lies: a heap buffer (what Avro decodes a {@code bytes} field into) is read
   * through its backing array with offset and length, so a page is not copied once more per record; only
   * a direct or read-only buffer is copied.
   */
  private CleanedArticle clean(FetchedPage page) {
    ByteBuffer body = page.getBody();
    if (body.hasArray()) {
      return cleaner.clean(body.array(), body.arrayOffset() + body.position(), body.remaining(),
          page.getContentType(), page.getFinalUrl());
    }
    byte[] copy = new byte[body.remaining()];
    body.duplicate().get(copy);
    return cleaner.clean(copy, page.getContentType(), page.getFinalUrl());
  }

  /** rel=canonical when it is an http(s) URL, else the fetched URL; both canonicalised. */
  static String canonicalOf(String declared, String fetched) {
    if (declared != null && declared.toLowerCase(Locale.ROOT).matches("https?://.+")) {
      try {
        return UrlCanonicalizer.canonicalize(declared);
      } catch (RuntimeException ignored) {
        // a malformed rel=canonical is common; fall back to the fetched URL
      }
    }
    if (fetched.startsWith("file:")) {
      return fetched;
    }
    return UrlCanonicalizer.canonicalize(fetched);
  }

  /** SHA-256 of the whitespace-normalised, lower-cased body: equal for syndicated copies. */
  static String contentHash(List<String> paragraphs) {
    StringBuilder sb = new StringBuilder();
    for (String p : paragraphs) {
      sb.append(p.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)).append('\n');
    }
    return Ids.sha256Hex(sb.toString());
  }
}
