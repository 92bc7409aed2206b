package io.newsflow.ingest.clean.eval;

import io.newsflow.common.json.Json;
import io.newsflow.ingest.clean.ArticleCleaner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * Scores {@link ArticleCleaner} on an article-extraction-benchmark directory ({@code ground-truth.json} +
 * {@code html/<id>.html.gz}) with the benchmark's metric: per-page word-4-gram shingle precision and
 * recall; precision averaged over pages with a non-empty output, recall over all pages, F1 of the two
 * averages. In the same run it times the cleaner against a bare {@code Jsoup.parse} of the same pages
 * (single thread, thread CPU time, after JIT warm-up rounds, interleaved with a bare parse). Both start
 * from the page bytes, as pages arrive from the fetcher: the cleaner sniffs the charset and decodes while
 * parsing, the bare parse is {@code Jsoup.parse(InputStream, null, url)}.
 *
 * <p>Command line: {@code java -cp ... io.newsflow.ingest.clean.eval.ExtractionEval [datasetDir]}
 * (default: {@code ${newsflow.shared.data}/article-extraction}). Throws {@link UncheckedIOException}
 * when the directory cannot be read.
 */
public final class ExtractionEval {
    static final int WARMUP_ROUNDS = 3;
    static final int TIMED_ROUNDS = 5;

    private ExtractionEval() {}

    /** Score of one page. */
    public record PageResult(String id, String url, double precision, double recall, boolean emptyOutput) {}

    /** Aggregate figures; {@link #toString()} renders a table with the worst pages. */
    public record Report(int pages, double precision, double recall, double f1, double pagesPerSecond,
                         double jsoupParsePagesPerSecond, int emptyOutputs, List<PageResult> perPage) {
        /** Cleaner speed as a fraction of a bare Jsoup parse. */
        public double speedRatio() {
            return jsoupParsePagesPerSecond == 0 ? 0 : pagesPerSecond / jsoupParsePagesPerSecond;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "ArticleCleaner %s on %d pages%n", ArticleCleaner.VERSION, pages));
            sb.append(String.format(Locale.ROOT, "| precision | recall | F1     | empty | pages/s | Jsoup.parse pages/s | ratio |%n"));
            sb.append(String.format(Locale.ROOT, "| %.4f    | %.4f | %.4f | %5d | %7.1f | %19.1f | %.2f  |%n",
                    precision, recall, f1, emptyOutputs, pagesPerSecond, jsoupParsePagesPerSecond, speedRatio()));
            sb.append("worst pages (by F1):\n");
            perPage.stream().sorted(Comparator.comparingDouble(ExtractionEval::pageF1)).limit(12).forEach(p ->
                    sb.append(String.format(Locale.ROOT, "  P=%.3f R=%.3f %s %s%n", p.precision(), p.recall(),
                            p.id().substring(0, Math.min(12, p.id().length())), p.url())));
            return sb.toString();
        }
    }

    static double pageF1(PageResult p) {
        double s = p.precision() + p.recall();
        return s == 0 ? 0 : 2 * p.precision() * p.recall() / s;
    }

    public static Report evaluate(Path datasetDir, PrintStream progress) {
        Map<String, String[]> truth = readTruth(datasetDir.resolve("ground-truth.json"));
        List<String> ids = new ArrayList<>(truth.keySet());
        List<byte[]> htmls = new ArrayList<>(ids.size());
        for (String id : ids) htmls.add(readGzip(datasetDir.resolve("html").resolve(id + ".html.gz")));

        ArticleCleaner cleaner = new ArticleCleaner();
        List<PageResult> results = new ArrayList<>();
        double precisionSum = 0, recallSum = 0;
        int nonEmpty = 0;
        for (int i = 0; i < ids.size(); i++) { // also the warm-up pass for the timing below
            String url = truth.get(ids.get(i))[1];
            String predicted = cleaner.clean(htmls.get(i), null, url).text();
            ShingleMetric.Score score = ShingleMetric.score(truth.get(ids.get(i))[0], predicted);
            boolean empty = predicted.isBlank();
            if (!empty) { precisionSum += score.precision(); nonEmpty++; }
            recallSum += score.recall();
            results.add(new PageResult(ids.get(i), url, score.precision(), score.recall(), empty));
            if (progress != null && (i + 1) % 20 == 0) progress.printf(Locale.ROOT, "scored %d/%d%n", i + 1, ids.size());
        }
        double precision = nonEmpty == 0 ? 0 : precisionSum / nonEmpty;
        double recall = ids.isEmpty() ? 0 : recallSum / ids.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

        // Speed: single thread, thread CPU time (other processes on the machine do not count), after
        // JIT warm-up, cleaner and bare parse interleaved round by round so both see the same conditions.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long cleanNanos = 0;
        long parseNanos = 0;
        for (int round = 0; round < WARMUP_ROUNDS + TIMED_ROUNDS; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < htmls.size(); i++) cleaner.clean(htmls.get(i), null, truth.get(ids.get(i))[1]);
            long t1 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < htmls.size(); i++) parse(htmls.get(i), truth.get(ids.get(i))[1]);
            long t2 = cpu.getCurrentThreadCpuTime();
            if (round >= WARMUP_ROUNDS) {
                cleanNanos += t1 - t0;
                parseNanos += t2 - t1;
            }
            if (progress != null) progress.printf(Locale.ROOT, "speed round %d/%d%n", round + 1, WARMUP_ROUNDS + TIMED_ROUNDS);
        }
        long t0 = 0;
        long t1 = cleanNanos;
        long t2 = cleanNanos + parseNanos;
        int timedPages = ids.size() * TIMED_ROUNDS;
        double cleanerRate = timedPages / Math.max(1e-9, (t1 - t0) / 1e9);
        double parseRate = timedPages / Math.max(1e-9, (t2 - t1) / 1e9);
        return new Report(ids.size(), precision, recall, f1, cleanerRate, parseRate, ids.size() - nonEmpty, List.copyOf(results));
    }

    /** id → {articleBody, url}, sorted by id. */
    @SuppressWarnings("unchecked")
    static Map<String, String[]> readTruth(Path file) {
        try {
            Object parsed = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!(parsed instanceof Map<?, ?> map)) throw new UncheckedIOException(new IOException("not a JSON object: " + file));
            Map<String, String[]> truth = new TreeMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Map<String, Object> item = (Map<String, Object>) e.getValue();
                Object body = item.get("articleBody");
                Object url = item.get("url");
                truth.put((String) e.getKey(), new String[] {body == null ? "" : body.toString(), url == null ? "" : url.toString()});
            }
            return truth;
        } catch (Json.JsonException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readGzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The speed baseline: a bare parse of the same bytes, charset sniffed by Jsoup. */
    private static void parse(byte[] page, String url) {
        try {
            Jsoup.parse(new ByteArrayInputStream(page), null, url);
        } catch (IOException e) { // cannot happen on an in-memory stream
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        Path dir = args.length > 0 ? Path.of(args[0])
                : Path.of(System.getProperty("newsflow.shared.data", "../shared/data"), "article-extraction");
        System.out.print(evaluate(dir, System.err));
    }
}
