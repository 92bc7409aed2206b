package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JvmThreadCpuTest {
  @Test
  void readsNameAndCpuTicksEvenWhenTheNameHasSpacesAndParentheses() {
    String stat = "4242 (C2 CompilerThre) S 1 1 0 0 -1 4194368 0 0 0 0 250 37 0 0 20 0 30 0 100 0 0";
    assertThat(JvmThreadCpu.commOf(stat)).isEqualTo("C2 CompilerThre");
    assertThat(JvmThreadCpu.cpuNanos(stat)).isEqualTo(287 * 10_000_000L);
    String odd = "7 (a) b (c)) R 1 1 0 0 -1 0 0 0 0 0 3 4 0 0 20 0 1 0 1 0 0";
    assertThat(JvmThreadCpu.commOf(odd)).isEqualTo("a) b (c)");
    assertThat(JvmThreadCpu.cpuNanos(odd)).isEqualTo(7 * 10_000_000L);
  }

  @Test
  void sortsHotSpotThreadNames() {
    assertThat(JvmThreadCpu.categoryOf("GC Thread#3")).isEqualTo(JvmThreadCpu.GC);
    assertThat(JvmThreadCpu.categoryOf("G1 Conc#0")).isEqualTo(JvmThreadCpu.GC);
    assertThat(JvmThreadCpu.categoryOf("VM Thread")).isEqualTo(JvmThreadCpu.GC);
    assertThat(JvmThreadCpu.categoryOf("C1 CompilerThre")).isEqualTo(JvmThreadCpu.JIT);
    assertThat(JvmThreadCpu.categoryOf("newsflow-fetch-")).isEmpty();
  }

  @Test
  void findsThisJvmsVmThreadOnLinux() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "no /proc: not Linux");
    JvmThreadCpu cpu = new JvmThreadCpu();
    assertThat(cpu.cumulative().keySet()).anyMatch(tid -> cpu.category(tid).equals(JvmThreadCpu.GC));
  }
}
