package io.newsflow.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * trafilatura-style ordered container selectors: well-known article-body class/id names first, then the
 * {@code <article>} element, then looser names, then {@code <main>}. The first tier with a substantial
 * match wins; within a tier the largest match is taken, together with same-class siblings (bodies split
 * around ads).
 */
final class ContainerSelectors {
    private static final Set<String> BODY_TAGS = Set.of("article", "div", "main", "section");
    private static final Pattern TIER1 = Pattern.compile(
            "article-body|article--body|article__body|articlebody|entry-content|post-content|post-body|story-body|"
                    + "article-text|body-text|page-content|text-content|article-content|articletext|story-text|post-entry|"
                    + "article__content|article-main|rich-text|richtext");
    private static final Pattern TIER3 = Pattern.compile(
            "storycontent|story-content|single-post|main-column|fulltext|full-text|entry|post-text|article");
    private static final Pattern TIER4 = Pattern.compile("content-main|content-body|main-content|maincontent|page-body");

    /** Tier tests over (element, folded class/id names); names are computed once per element. */
    private static final List<BiPredicate<Element, String>> TIERS = List.of(
            (el, names) -> "articlebody".equalsIgnoreCase(el.attr("itemprop"))
                    || (BODY_TAGS.contains(el.normalName()) && TIER1.matcher(names).find()),
            (el, names) -> el.normalName().equals("article"),
            (el, names) -> BODY_TAGS.contains(el.normalName()) && (TIER3.matcher(names).find() || ClassNames.idOnly(el).equals("story")),
            (el, names) -> BODY_TAGS.contains(el.normalName()) && (TIER4.matcher(names).find() || ClassNames.idOnly(el).equals("content")),
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
    static List<List<Element>> candidates(Element body, ElementStats stats, Set<Element> excluded, int minChars) {
        List<List<Element>> matches = new ArrayList<>();
        for (int i = 0; i < TIERS.size(); i++) matches.add(new ArrayList<>());
        for (Element el : body.getAllElements()) { // one pre-order pass for all tiers
            if (!stats.known(el) || stats.text(el) == 0) continue;
            String names = ClassNames.of(el);
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
