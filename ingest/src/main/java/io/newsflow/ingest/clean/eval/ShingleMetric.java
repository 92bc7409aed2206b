package io.newsflow.ingest.clean.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark metric for one page: word-4-gram shingles as multisets, tokens are
 * Unicode {@code \w+} runs (case kept). Like the reference, a text with fewer than four tokens yields a
 * single shingle of all its tokens (the empty string for an empty text).
 */
final class ShingleMetric {
    static final int N = 4;
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private ShingleMetric() {}

    /** Precision and recall of {@code predicted} against {@code expected}. */
    record Score(double precision, double recall) {}

    static Score score(String expected, String predicted) {
        Map<String, Integer> truth = shingles(expected);
        Map<String, Integer> pred = shingles(predicted);
        long tp = 0, predTotal = 0, truthTotal = 0;
        for (Map.Entry<String, Integer> e : pred.entrySet()) {
            predTotal += e.getValue();
            tp += Math.min(e.getValue(), truth.getOrDefault(e.getKey(), 0));
        }
        for (int c : truth.values()) truthTotal += c;
        double precision = predTotal == 0 ? 0 : (double) tp / predTotal;
        double recall = truthTotal == 0 ? 0 : (double) tp / truthTotal;
        return new Score(precision, recall);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) return tokens;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(m.group());
        return tokens;
    }

    static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> counts = new HashMap<>();
        int count = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < count; i++) {
            String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + N)));
            counts.merge(shingle, 1, Integer::sum);
        }
        return counts;
    }
}
