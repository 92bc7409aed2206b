package io.newsflow.ingest.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The body cascade: page exclusions → ordered container selectors cross-checked with Readability
 * scoring → in-container pruning (with undo) → block serialisation → block filters. When the result is
 * short, re-runs without the "unlikely candidate" stripping and class weighting and keeps the longer
 * output (Readability's retry idea).
 */
final class BodyExtractor {
    /** Below this many characters of output the cascade tries its fall-backs. */
    static final int SHORT_RESULT_CHARS = 250;
    private static final int MIN_SELECTOR_CHARS = 150;

    private BodyExtractor() {}

    static List<String> extract(Document doc, PageMetadata meta) {
        Element body = doc.body();
        if (body == null) return List.of();
        PageFacts facts = new PageFacts(body);
        List<String> first = attempt(body, meta, true, facts);
        if (length(first) >= SHORT_RESULT_CHARS) return first;
        List<String> second = attempt(body, meta, false, facts);
        List<String> best = length(second) > length(first) ? second : first;
        if (length(best) >= SHORT_RESULT_CHARS) return best;
        List<String> structured = structuredBody(meta.articleBody());
        return length(structured) > length(best) ? structured : best;
    }

    /** Last resort: the JSON-LD articleBody, split on line breaks (often the only copy on script-rendered pages). */
    static List<String> structuredBody(String articleBody) {
        if (articleBody == null || articleBody.isBlank()) return List.of();
        String plain = articleBody.indexOf('<') >= 0 ? Jsoup.parse(articleBody).body().wholeText() : articleBody;
        List<String> paragraphs = new ArrayList<>();
        for (String line : plain.split("\\R")) {
            String p = line.strip().replaceAll("\\s+", " ");
            if (!p.isEmpty() && paragraphs.size() < BlockCollector.MAX_BLOCKS) paragraphs.add(p);
        }
        return paragraphs;
    }

    private static List<String> attempt(Element body, PageMetadata meta, boolean strict, PageFacts facts) {
        ElementStats stats = ElementStats.compute(body, el -> PageExclusions.isExcluded(el, strict, facts));
        Set<Element> excluded = stats.excluded();
        ReadabilityScorer.Result readability = new ReadabilityScorer(stats, excluded, facts).score(body, strict);
        List<List<Element>> tiers = ContainerSelectors.candidates(body, stats, excluded, MIN_SELECTOR_CHARS, facts);
        List<Element> parts = choose(readability, tiers, stats);
        List<String> chosen = serialise(parts, stats, excluded, meta, facts);
        if (length(chosen) >= SHORT_RESULT_CHARS || parts.equals(readability.parts())) return chosen;
        // a named container that prunes down to almost nothing was the wrong one: compare with Readability's pick
        List<String> scored = serialise(readability.parts(), stats, excluded, meta, facts);
        return length(scored) > length(chosen) ? scored : chosen;
    }

    private static List<String> serialise(List<Element> parts, ElementStats stats, Set<Element> excluded, PageMetadata meta,
                                          PageFacts facts) {
        Set<Element> pruned = ContainerPruner.prune(parts, stats, excluded, facts);
        List<TextBlock> blocks = BlockCollector.collect(parts, union(excluded, pruned));
        return BlockFilter.apply(blocks, meta.titleVariants(), meta.descriptions());
    }

    static List<Element> choose(ReadabilityScorer.Result readability, List<List<Element>> tiers, ElementStats stats) {
        int readabilityChars = Math.max(1, readability.textChars());
        for (List<Element> tier : tiers) {
            int chars = 0;
            boolean overlaps = false;
            for (Element el : tier) {
                chars += stats.text(el);
                overlaps |= ReadabilityScorer.isAncestor(el, readability.top()) || ReadabilityScorer.isAncestor(readability.top(), el);
            }
            if (chars >= readabilityChars / 2 || (overlaps && chars >= readabilityChars / 4)) return tier;
        }
        return readability.parts();
    }

    private static Set<Element> union(Set<Element> a, Set<Element> b) {
        if (b.isEmpty()) return a;
        Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
        all.addAll(a);
        all.addAll(b);
        return all;
    }

    static int length(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) n += p.length();
        return n;
    }

}
