package io.newsflow.cli.faults;

import java.util.List;
import java.util.Locale;

/** The fault suite's result table (Markdown), one row per scenario. */
final class FaultTable {
  private FaultTable() {}

  static String render(List<FaultRun.Result> results, long seed) {
    StringBuilder sb = new StringBuilder()
        .append("| scenario | fault | expected | stored | lost | duplicated | wrong version | quotes lost / doubled "
            + "| recovery s | total s | notes |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (FaultRun.Result r : results) {
      StoreCheck.Counts c = r.counts();
      String notes = r.notes();
      if (!r.deadProcesses().isEmpty()) {
        notes = (notes.isEmpty() ? "" : notes + "; ") + "**exited: " + r.deadProcesses() + "**";
      }
      if (c.unexpected() > 0) {
        notes = (notes.isEmpty() ? "" : notes + "; ") + c.unexpected() + " unexpected rows";
      }
      sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %d | %d / %d | %s | %.0f | %s |%n",
          r.scenario().name(), r.scenario().fault(), c.expected(), c.stored(), c.lost(), c.duplicated(),
          c.wrongVersion(), c.quotesLost(), c.quotesDuplicated(),
          Double.isNaN(r.recoverySeconds()) ? "–" : String.format(Locale.ROOT, "%.1f", r.recoverySeconds()),
          r.totalSeconds(), notes));
    }
    return sb.append(String.format(Locale.ROOT, "%nseed %d%n", seed)).toString();
  }
}
