package io.newsflow.cli;

import io.newsflow.common.ids.Ids;
import io.newsflow.common.json.RecordJson;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.ingest.ArticleMapper;
import io.newsflow.ingest.clean.ArticleCleaner;
import io.newsflow.ingest.discover.HtmlDirectorySource;
import io.newsflow.ingest.fetch.FetchLimits;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.HttpFetcher;
import io.newsflow.ingest.fetch.UrlGuard;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.FetchedPage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow extract article.html} (or a URL, or a .txt file whose first line is the title):
 * one article through clean + enrich, printed as JSON.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Run one article through the cleaner and the extractors and print the enriched article as JSON.",
        "FILE may be .html, .html.gz, or .txt (first line = title, each further line = a paragraph)."})
public final class ExtractCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE|URL", description = "The article to extract.")
  String input;

  @Option(names = "--allow-private-addresses", description = "Allow fetching a URL on a loopback/private address.")
  boolean allowPrivate;

  @Override
  public Integer call() throws Exception {
    Article article = input.startsWith("http://") || input.startsWith("https://") ? fromUrl() : fromFile(Path.of(input));
    System.out.println(RecordJson.pretty(new ArticleEnricher().enrich(article)));
    return 0;
  }

  private Article fromUrl() throws Exception {
    try (HttpFetcher fetcher = new HttpFetcher(FetchLimits.defaults(),
        allowPrivate ? UrlGuard.allowingLoopback() : UrlGuard.strict())) {
      FetchResult r = fetcher.fetch(input);
      return new ArticleMapper(new ArticleCleaner()).toArticle(page(r.finalUrl(), r.contentType(), r.body()));
    }
  }

  private static Article fromFile(Path path) throws Exception {
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("no such file: " + path.toAbsolutePath());
    }
    String uri = path.toAbsolutePath().toUri().toString();
    if (path.toString().endsWith(".txt")) {
      return fromText(Files.readString(path, StandardCharsets.UTF_8), uri);
    }
    byte[] body = HtmlDirectorySource.read(path, FetchLimits.defaults().maxBodyBytes());
    return new ArticleMapper(new ArticleCleaner()).toArticle(page(uri, "text/html", body));
  }

  /** Plain text: the first non-empty line is the title, every further non-empty line a paragraph. */
  static Article fromText(String text, String uri) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\r?\n")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("the text file is empty");
    }
    List<String> paragraphs = lines.subList(1, lines.size());
    return Article.newBuilder()
        .setId(Ids.articleId(uri)).setUrl(uri).setCanonicalUrl(uri).setTitle(lines.get(0))
        .setParagraphs(new ArrayList<>(paragraphs)).setSource(uri)
        .setFetchedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
        .setContentHash(Ids.sha256Hex(String.join("\n", paragraphs))).setCleanerVersion("text")
        .build();
  }

  private static FetchedPage page(String url, String contentType, byte[] body) {
    return FetchedPage.newBuilder().setUrl(url).setFinalUrl(url).setStatus(200).setContentType(contentType)
        .setHeaders(Map.of()).setBody(ByteBuffer.wrap(body)).setSource(url)
        .setFetchedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS)).build();
  }
}
