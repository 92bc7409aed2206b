package io.newsflow.cli;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.lifecycle.CommonPoolParallelism;
import io.newsflow.enrich.EnrichCommand;
import io.newsflow.ingest.IngestCommand;
import io.newsflow.sink.SinkCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsflow} command line: one jar, the stage chosen by its sub-command. */
@Command(name = "newsflow", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"newsflow turns news into structured facts - who said what, about which topic, where and when.",
        "",
        "Quick start (embedded Kafka + SQLite): newsflow run --html-dir DIR   or   newsflow run --feed URL",
        "Deployed: one process per stage against a Kafka cluster: newsflow ingest|enrich|sink --bootstrap-servers HOST:PORT"},
    subcommands = {RunCommand.class, IngestCommand.class, io.newsflow.ingest.SourcesCommand.class, EnrichCommand.class, SinkCommand.class,
        ReplayCommand.class, ExportCommand.class, ExtractCommand.class, EvalCommand.class, io.newsflow.bench.BenchCommand.class, ConfigCommand.class, CommandLine.HelpCommand.class})
public final class Newsflow implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    CommonPoolParallelism.ensureAtLeastTwo(); // before anything creates the pool (the class says why)
    System.exit(commandLine().execute(args));
  }

  /** The configured command line (also used by tests). */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Newsflow());
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      if (ex instanceof ConfigException || ex instanceof IllegalArgumentException) {
        cmd.getErr().println("newsflow: " + ex.getMessage());
        cmd.getErr().println("See 'newsflow " + cmd.getCommandName() + " --help'.");
        return 2;
      }
      if (ex instanceof IllegalStateException || ex instanceof java.io.UncheckedIOException) {
        cmd.getErr().println("newsflow: " + ex.getMessage());
        return 1;
      }
      throw ex;
    });
    return cl;
  }
}
