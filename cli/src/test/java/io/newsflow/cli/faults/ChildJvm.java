package io.newsflow.cli.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One pipeline process of the fault suite: a real child JVM ({@code java -cp newsflow.jar:test-classes
 * <main> args}) whose output goes to a log file; it can be killed with SIGKILL (no shutdown hook
 * runs, nothing is flushed) or stopped with SIGTERM, and started again with the same arguments.
 */
final class ChildJvm implements AutoCloseable {
  private final String name;
  private final List<String> command;
  private final Path log;
  private Process process;
  private int starts;

  ChildJvm(String name, Path logDir, String mainClass, List<String> args) {
    this.name = name;
    this.log = logDir.resolve(name + ".log");
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-XX:+UseSerialGC",
        "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newsflow.schemas.avro",
        "-cp", classpath(), mainClass));
    cmd.addAll(args);
    this.command = List.copyOf(cmd);
  }

  /** The shaded CLI jar the module just packaged, plus this module's test classes (BrokerMain). */
  static String classpath() {
    Path jar = Path.of("target", "newsflow.jar").toAbsolutePath();
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: the fault suite runs after `package` (mvn verify)");
    }
    return jar + java.io.File.pathSeparator + Path.of("target", "test-classes").toAbsolutePath();
  }

  String name() {
    return name;
  }

  synchronized void start() {
    try {
      starts++;
      Files.writeString(log, "---- start " + starts + " ----\n", java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name, e);
    }
  }

  synchronized boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** Exit code, or null while running. */
  synchronized Integer exitCode() {
    return process == null || process.isAlive() ? null : process.exitValue();
  }

  /** SIGKILL: the JVM gets no chance to flush, commit or leave its group. */
  synchronized void kill9() throws InterruptedException {
    if (process != null) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** SIGTERM, then SIGKILL after the grace period. */
  synchronized void stop(long graceSeconds) throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  /** Waits until the log, since the latest start, contains {@code text}. */
  boolean awaitLog(String text, long timeoutSeconds) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    String mark = "---- start " + starts + " ----";
    while (System.nanoTime() < deadline) {
      String s = Files.readString(log);
      int from = s.lastIndexOf(mark);
      if (from >= 0 && s.indexOf(text, from) >= 0) {
        return true;
      }
      if (!isAlive()) {
        return false;
      }
      Thread.sleep(200);
    }
    return false;
  }

  Path log() {
    return log;
  }

  @Override
  public void close() throws InterruptedException {
    stop(20);
  }
}
