package io.newsflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.quotes.ExtractedQuote;
import io.newsflow.enrich.quotes.QuoteExtractor;
import io.newsflow.enrich.topics.CategoryClassifier;
import io.newsflow.enrich.topics.EntityExtractor;
import io.newsflow.enrich.topics.KeyphraseExtractor;
import io.newsflow.enrich.topics.TopicText;
import io.newsflow.ingest.clean.ArticleCleaner;
import io.newsflow.ingest.clean.CleanedArticle;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH micro-benchmarks of the extractors on the dev data, read at run time from
 * {@code newsflow.shared.data} (default {@code ../shared/data}): {@link ArticleCleaner#clean} over the
 * benchmark pages beside a bare {@code Jsoup.parse} of the same bytes (the speed target is a ratio of the
 * two, measured in one run); {@link QuoteExtractor#extract}, the topic extractors (keyphrases + entities +
 * category) and quotes + topics together over the PolNeAR dev texts. Each invocation handles
 * the next page/text in turn, so the score is the mean time per document over the whole set.
 *
 * <p>Run: {@code newsflow bench --jmh}, or
 * {@code java -Dnewsflow.shared.data=../shared/data -cp CLASSPATH org.openjdk.jmh.Main ExtractorBenchmarks}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class ExtractorBenchmarks {
  private final ArticleCleaner cleaner = new ArticleCleaner();
  private final QuoteExtractor quotes = new QuoteExtractor();
  private final KeyphraseExtractor keyphrases = new KeyphraseExtractor();
  private final EntityExtractor entities = new EntityExtractor();
  private final CategoryClassifier categories = new CategoryClassifier();
  private List<byte[]> pages;
  private List<String> texts;
  private List<DevArticle> articles;
  private int nextPage;
  private int nextParsed;
  private int nextText;

  /** Loads the pages and dev texts once per fork. */
  @Setup(Level.Trial)
  public void load() {
    Path data = Path.of(System.getProperty("newsflow.shared.data", "../shared/data"));
    pages = pages(data.resolve("article-extraction").resolve("html"));
    texts = devTexts(data.resolve("quotes").resolve("polnear-dev.jsonl"));
    articles = texts.stream().map(DevArticle::of).toList();
  }

  @Benchmark
  public CleanedArticle clean() {
    byte[] page = pages.get(nextPage);
    nextPage = (nextPage + 1) % pages.size();
    return cleaner.clean(page, null, "http://127.0.0.1/news/page.html");
  }

  /**
   * The baseline for {@link #clean()}: a bare {@code Jsoup.parse} of the same page bytes (charset sniffing
   * and decoding included, as in the cleaner), so the ratio of the two scores is the cleaner's speed in
   * units of "one parse".
   */
  @Benchmark
  public Document jsoupParse() throws IOException {
    byte[] page = pages.get(nextParsed);
    nextParsed = (nextParsed + 1) % pages.size();
    return Jsoup.parse(new ByteArrayInputStream(page), null, "http://127.0.0.1/news/page.html");
  }

  @Benchmark
  public List<ExtractedQuote> extractQuotes() {
    String text = texts.get(nextText);
    nextText = (nextText + 1) % texts.size();
    return quotes.extract(text);
  }

  /** Keyphrases, entities and category of the next dev text, as the enricher runs them. */
  @Benchmark
  public int extractTopics(CpuTime cpu) {
    DevArticle a = articles.get(nextText);
    nextText = (nextText + 1) % articles.size();
    long t0 = cpu.now();
    int n = topics(a);
    cpu.add(t0);
    return n;
  }

  /** Quotes and topics of the next dev text: the whole extraction work of enrich per article. */
  @Benchmark
  public int extractQuotesAndTopics(CpuTime cpu) {
    DevArticle a = articles.get(nextText);
    nextText = (nextText + 1) % articles.size();
    long t0 = cpu.now();
    int n = quotes.extract(a.text()).size() + topics(a);
    cpu.add(t0);
    return n;
  }

  /**
   * The benchmark thread's CPU time, reported next to the wall-clock score as two event counters,
   * {@code cpuNanos} and {@code cpuOps}: on a shared machine other processes stretch wall-clock time, CPU
   * time much less. JMH sums event counters over the measured iterations, so a ratio would come out
   * multiplied by the iteration count; CPU time per operation is {@code cpuNanos / cpuOps}.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Thread CPU nanoseconds spent in the measured operations of this iteration. */
    public long cpuNanos;
    /** Operations measured in this iteration. */
    public long cpuOps;

    @Setup(Level.Iteration)
    public void reset() {
      cpuNanos = 0;
      cpuOps = 0;
    }

    long now() {
      return THREADS.getCurrentThreadCpuTime();
    }

    void add(long start) {
      cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
      cpuOps++;
    }
  }

  /** As {@code ArticleEnricher}: one shared token view for the three topic extractors. */
  private int topics(DevArticle a) {
    TopicText text = TopicText.of(a.title(), a.paragraphs());
    return keyphrases.extract(text, 15).size() + entities.extract(text).size()
        + (categories.classify(text).isPresent() ? 1 : 0);
  }

  /** A dev text split as the enricher sees an article: first line = title, other lines = paragraphs. */
  record DevArticle(String text, String title, List<String> paragraphs) {
    static DevArticle of(String text) {
      int nl = text.indexOf('\n');
      return nl < 0 ? new DevArticle(text, text, List.of())
          : new DevArticle(text, text.substring(0, nl), List.of(text.substring(nl + 1).split("\n")));
    }
  }

  static List<byte[]> pages(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      List<byte[]> out = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().map(PageTemplates::read).toList();
      if (out.isEmpty()) {
        throw new IllegalStateException("no .html.gz pages in " + dir);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + " (set -Dnewsflow.shared.data)", e);
    }
  }

  /** The {@code text} field of every line of a JSONL file. */
  static List<String> devTexts(Path jsonl) {
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode text = json.readTree(line).get("text");
        if (text != null && text.isTextual()) {
          out.add(text.asText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jsonl + " (set -Dnewsflow.shared.data)", e);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no texts in " + jsonl);
    }
    return out;
  }

  /**
   * Runs these benchmarks through {@code org.openjdk.jmh.Main} with {@code args} (split on spaces); the
   * forked JVMs get {@code -Dnewsflow.shared.data} pointing at {@code dataDir}.
   */
  static int run(Path dataDir, String args) throws Exception {
    List<String> argv = new ArrayList<>();
    for (String a : args.strip().split("\\s+")) {
      if (!a.isEmpty()) {
        argv.add(a);
      }
    }
    argv.add("-jvmArgsAppend");
    argv.add("-Dnewsflow.shared.data=" + dataDir.toAbsolutePath());
    System.setProperty("newsflow.shared.data", dataDir.toAbsolutePath().toString()); // for -f 0
    org.openjdk.jmh.runner.options.CommandLineOptions cli =
        new org.openjdk.jmh.runner.options.CommandLineOptions(argv.toArray(String[]::new));
    // a benchmark pattern of the user's (e.g. 'extractQuotes$') selects; adding the class name as a
    // second include would select every benchmark again (JMH ORs the includes)
    org.openjdk.jmh.runner.options.Options options = cli.getIncludes().isEmpty()
        ? new org.openjdk.jmh.runner.options.OptionsBuilder().parent(cli).include(ExtractorBenchmarks.class.getName()).build()
        : cli;
    new org.openjdk.jmh.runner.Runner(options).run();
    return 0;
  }
}
