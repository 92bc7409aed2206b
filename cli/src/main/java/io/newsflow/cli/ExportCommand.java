package io.newsflow.cli;

import io.newsflow.common.cli.CommonOptions;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.store.JdbcArticleStore;
import io.newsflow.sink.store.JsonlExporter;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow export quotes --out quotes.jsonl}: the store's quotes or articles as JSONL, one
 * object per line with stable field names, for offline work.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export the store's quotes or articles as JSONL (one JSON object per line, stable field names).",
        "Reads the store named by sink.jdbc.url (default: the embedded SQLite at ./data/newsflow.db)."})
public final class ExportCommand implements Callable<Integer> {
  enum What { quotes, articles }

  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "quotes|articles", description = "What to export: ${COMPLETION-CANDIDATES}.")
  What what;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws Exception {
    SinkConfig config = SinkConfig.from(common.settings());
    try (JdbcArticleStore store = JdbcArticleStore.open(config.store());
        Writer w = new BufferedWriter(new OutputStreamWriter(
            out == null ? System.out : Files.newOutputStream(out), StandardCharsets.UTF_8))) {
      JsonlExporter exporter = new JsonlExporter(store);
      long n = what == What.quotes ? exporter.exportQuotes(w) : exporter.exportArticles(w);
      w.flush();
      System.err.printf("exported %d %s%s%n", n, what, out == null ? "" : " to " + out);
    }
    return 0;
  }

}
