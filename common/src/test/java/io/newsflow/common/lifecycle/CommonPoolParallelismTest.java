package io.newsflow.common.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Runs a child JVM that sees one CPU, as a small container would, with and without the fix. */
class CommonPoolParallelismTest {
  /** The child: optionally applies the fix, then prints which executor async stages would run on. */
  public static final class Child {
    public static void main(String[] args) {
      if (args.length > 0 && args[0].equals("fix")) {
        CommonPoolParallelism.ensureAtLeastTwo();
      }
      System.out.print(new CompletableFuture<Void>().defaultExecutor().getClass().getName());
    }
  }

  private static String asyncExecutorInChild(boolean fix, String... jvmOptions) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-XX:ActiveProcessorCount=1");
    cmd.addAll(List.of(jvmOptions));
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Child.class.getName()));
    if (fix) {
      cmd.add("fix");
    }
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(p.waitFor()).as(out).isZero();
    return out;
  }

  @Test
  void onOneCpuAsyncStagesGetANewThreadEachUnlessTheCommonPoolIsWidened() throws Exception {
    assertThat(asyncExecutorInChild(false)).endsWith("ThreadPerTaskExecutor");
    assertThat(asyncExecutorInChild(true)).isEqualTo("java.util.concurrent.ForkJoinPool");
  }

  @Test
  void anOperatorsOwnSettingIsKept() throws Exception {
    assertThat(asyncExecutorInChild(true, "-D" + CommonPoolParallelism.PROPERTY + "=1")).endsWith("ThreadPerTaskExecutor");
  }
}
