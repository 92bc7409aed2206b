package io.newsflow.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * trafilatura-style ordered container selectors: well-known article-body class/id names first, then the
 * {@code <article>} element, then looser names, then {@code <main>}. The first tier with a substantial
 * match wins; within a tier the largest match is taken, together with same-class siblings (bodies split
 * around ads).
 */
final class ContainerSelectors {
    private static final Set<String> BODY_TAGS = Set.of("article", "div", "main", "section");
    /** Tier tests over (element, its {@link NameVocabulary} traits); traits are looked up once per element. */
    private interface Tier {
        boolean test(Element el, int names);
    }

    private static final List<Tier> TIERS = List.of(
            (el, names) -> "articlebody".equalsIgnoreCase(el.attr("itemprop"))
                    || (BODY_TAGS.contains(el.normalName()) && (names & NameVocabulary.TIER1) != 0),
            (el, names) -> el.normalName().equals("article"),
            (el, names) -> BODY_TAGS.contains(el.normalName()) && ((names & NameVocabulary.TIER3) != 0 || ClassNames.idOnly(el).equals("story")),
            (el, names) -> BODY_TAGS.contains(el.normalName()) && ((names & NameVocabulary.TIER4) != 0 || ClassNames.idOnly(el).equals("content")),
            (el, names) -> el.normalName().equals("main"));

    private static final int SPLIT_BODY_LEVELS = 4, SPLIT_PART_MIN_CHARS = 500;

    private ContainerSelectors() {}

    /** True when both share an ancestor at most {@value #SPLIT_BODY_LEVELS} levels above {@code best}. */
    private static boolean nearRelatives(Element el, Element best) {
        Element ancestor = best.parent();
        for (int level = 0; level < SPLIT_BODY_LEVELS && ancestor != null; level++, ancestor = ancestor.parent()) {
            if (ReadabilityScorer.isAncestor(ancestor, el)) return true;
        }
        return false;
    }

    /** All tiers' winners, in tier order (each a list of parts in document order); tiers with no usable match are absent. */
    static List<List<Element>> candidates(Element body, ElementStats stats, Set<Element> excluded, int minChars, PageFacts facts) {
        List<List<Element>> matches = new ArrayList<>();
        for (int i = 0; i < TIERS.size(); i++) matches.add(new ArrayList<>());
        for (Element el : facts.elements()) { // one pre-order pass for all tiers
            if (!stats.known(el) || stats.text(el) == 0) continue;
            int names = facts.names(el);
            for (int i = 0; i < TIERS.size(); i++) {
                List<Element> outermost = matches.get(i);
                if (!TIERS.get(i).test(el, names)) continue;
                if (!outermost.isEmpty() && ReadabilityScorer.isAncestor(outermost.get(outermost.size() - 1), el)) continue;
                outermost.add(el);
            }
        }
        List<List<Element>> result = new ArrayList<>();
        for (List<Element> outermost : matches) {
            Element best = null;
            for (Element el : outermost) if (best == null || stats.text(el) > stats.text(best)) best = el;
            if (best == null || stats.text(best) < minChars) continue;
            List<Element> parts = new ArrayList<>();
            for (Element el : outermost) {
                // bodies split around ads/figures: other prose-like matches close to the best one belong to it;
                // a different class must carry real prose, so that teaser excerpts of other stories stay out
                int partMin = el.attr("class").equals(best.attr("class")) ? 100 : SPLIT_PART_MIN_CHARS;
                if (el == best || (stats.text(el) >= partMin && stats.linkDensity(el) < 0.3 && nearRelatives(el, best))) parts.add(el);
            }
            result.add(parts);
        }
        return result;
    }
}
