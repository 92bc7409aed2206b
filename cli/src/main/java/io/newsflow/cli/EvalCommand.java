package io.newsflow.cli;

import io.newsflow.enrich.quotes.eval.QuoteEval;
import io.newsflow.enrich.topics.eval.CategoryEval;
import io.newsflow.enrich.topics.eval.KeyphraseEval;
import io.newsflow.enrich.topics.eval.NerEval;
import io.newsflow.ingest.clean.eval.ExtractionEval;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow eval quotes --data ../shared/data/quotes/polnear-dev.jsonl}: measures an extractor
 * against an evaluation set and prints its scores and speed. Progress goes to stderr, the report to
 * stdout.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure the extractors' quality and speed on evaluation data (default: ../shared/data).",
    subcommands = {EvalCommand.Articles.class, EvalCommand.Quotes.class, EvalCommand.Keyphrases.class,
        EvalCommand.Entities.class, EvalCommand.Categories.class})
public final class EvalCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  static Path existing(Path p, String what) {
    if (!Files.exists(p)) {
      throw new IllegalArgumentException(what + " not found at " + p.toAbsolutePath()
          + "; pass --data PATH (the evaluation sets live in ../shared/data)");
    }
    return p;
  }

  @Command(name = "articles", aliases = "extraction", mixinStandardHelpOptions = true,
      description = "Article extraction: word-4-gram shingle P/R/F1 over the benchmark pages, and pages/s vs Jsoup.parse.")
  static final class Articles implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/article-extraction",
        description = "Folder with ground-truth.json and html/<id>.html.gz (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--predictions", paramLabel = "FILE",
        description = "Also write the extracted bodies as JSON: {\"<id>\": \"<body text>\", ...}.")
    Path predictions;

    @Option(names = "--per-page", paramLabel = "FILE",
        description = "Also write per-page scores as TSV (id, precision, recall, empty, url) to find regressions.")
    Path perPage;

    @Override
    public Integer call() throws Exception {
      ExtractionEval.Report report = ExtractionEval.evaluate(existing(data, "article-extraction data"), System.err);
      System.out.println(report);
      if (perPage != null) {
        StringBuilder tsv = new StringBuilder("id\tprecision\trecall\tempty\turl\n");
        for (ExtractionEval.PageResult r : report.perPage()) {
          tsv.append(r.id()).append('\t').append(r.precision()).append('\t').append(r.recall()).append('\t')
              .append(r.emptyOutput()).append('\t').append(r.url()).append('\n');
        }
        Files.writeString(perPage, tsv.toString(), java.nio.charset.StandardCharsets.UTF_8);
      }
      if (predictions != null) {
        writePredictions(data.resolve("html"), predictions);
      }
      return 0;
    }

    /** Cleans every page again and writes {id: body}; ids are the file names without .html.gz. */
    private static void writePredictions(Path htmlDir, Path out) throws Exception {
      io.newsflow.ingest.clean.ArticleCleaner cleaner = new io.newsflow.ingest.clean.ArticleCleaner();
      java.util.Map<String, String> bodies = new java.util.TreeMap<>();
      try (var files = Files.list(htmlDir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList()) {
          byte[] html = io.newsflow.ingest.discover.HtmlDirectorySource.read(f);
          String id = f.getFileName().toString().replace(".html.gz", "");
          bodies.put(id, String.join("\n", cleaner.clean(html, null, "https://example.invalid/" + id).paragraphs()));
        }
      }
      new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), bodies);
    }
  }

  @Command(name = "quotes", mixinStandardHelpOptions = true,
      description = "Quotes: lenient quote and speaker P/R/F1 in three views, and articles/s.")
  static final class Quotes implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "FILE", defaultValue = "../shared/data/quotes/polnear-dev.jsonl",
        description = "JSONL gold file (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--predictions", paramLabel = "FILE",
        description = "Also write the predictions as JSONL: {\"id\", \"quotes\": [{quote, speaker, speaker_id, role, cue, kind, start, end}]}.")
    Path predictions;

    @Option(names = "--errors", paramLabel = "FILE",
        description = "Also write a per-article error dump (MISS, SPAN, SPK, FP lines).")
    Path errors;

    @Option(names = "--speed", paramLabel = "ROUNDS", defaultValue = "0",
        description = "Also measure extraction alone in articles per CPU-second over this many timed rounds (after 3 warm-up rounds).")
    int speedRounds;

    @Override
    public Integer call() throws Exception {
      Path file = existing(data, "quote gold file");
      try (java.io.PrintStream err = errors == null ? null
          : new java.io.PrintStream(java.nio.file.Files.newOutputStream(errors), true, java.nio.charset.StandardCharsets.UTF_8)) {
        System.out.println(QuoteEval.evaluate(file, System.err, new QuoteEval.Options(predictions, err)));
      }
      if (speedRounds > 0) {
        System.out.printf("extraction alone: %.0f articles per CPU-second%n",
            QuoteEval.articlesPerCpuSecond(file, speedRounds));
      }
      return 0;
    }
  }

  /** An evaluation over one gold file: --data (with a default under ../shared/data) and --predictions. */
  abstract static class FileEval implements Callable<Integer> {
    /** Scores the gold file, printing progress to {@code progress}; writes predictions when asked. */
    interface Evaluator {
      Object evaluate(Path gold, PrintStream progress, Path predictionsOut);
    }

    @Option(names = "--data", paramLabel = "FILE", description = "Gold file (default: given in the description).")
    Path data;

    @Option(names = "--predictions", paramLabel = "FILE", description = "Also write what was predicted.")
    Path predictions;

    private final String defaultData;
    private final Evaluator evaluator;

    FileEval(String defaultData, Evaluator evaluator) {
      this.defaultData = defaultData;
      this.evaluator = evaluator;
    }

    @Override
    public Integer call() {
      Path gold = existing(data == null ? Path.of(defaultData) : data, "gold file");
      System.out.println(evaluator.evaluate(gold, System.err, predictions));
      return 0;
    }
  }

  @Command(name = "keyphrases", mixinStandardHelpOptions = true,
      description = {"Keyphrases: F1@5 and F1@10 (exact match after stemming).",
          "Default data: ../shared/data/keyphrases/dev.jsonl; --predictions writes JSONL {id, keyphrases: [ranked]}."})
  static final class Keyphrases extends FileEval {
    Keyphrases() {
      super("../shared/data/keyphrases/dev.jsonl", KeyphraseEval::evaluate);
    }
  }

  @Command(name = "entities", mixinStandardHelpOptions = true,
      description = {"Named entities: exact-span, exact-type F1 overall and per type (CoNLL format).",
          "Default data: ../shared/data/ner/eng.testb.dev-half.conll; --predictions writes TOKEN GOLD PRED columns."})
  static final class Entities extends FileEval {
    Entities() {
      super("../shared/data/ner/eng.testb.dev-half.conll", NerEval::evaluate);
    }
  }

  @Command(name = "categories", mixinStandardHelpOptions = true,
      description = {"Subject category: accuracy over IPTC top-level topics, with a confusion table and accuracy by confidence.",
          "Default data: ../shared/data/categories/dev.jsonl; --predictions writes JSONL {id, category, confidence}."})
  static final class Categories extends FileEval {
    Categories() {
      super("../shared/data/categories/dev.jsonl", (gold, progress, out) -> {
        CategoryEval.Report r = CategoryEval.evaluate(gold, progress, out);
        return r + "\n" + r.confusionTable() + r.calibration().table();
      });
    }
  }
}
