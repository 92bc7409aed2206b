package io.newsflow.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs {@code newsflow bench …} in this JVM and captures what it prints on stdout (its tables). */
final class BenchCli {
  record Printed(int exit, String out) {}

  private BenchCli() {}

  static Printed run(String... args) {
    PrintStream stdout = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      exit = new CommandLine(new BenchCommand()).execute(args);
    } finally {
      System.setOut(stdout);
    }
    return new Printed(exit, out.toString(StandardCharsets.UTF_8));
  }
}
