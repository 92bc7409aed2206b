package io.newsflow.ingest.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Readability-style content scoring (after mozilla/readability {@code _grabArticle}): paragraphs score
 * 1 + commas + min(len/100, 3), propagated to five ancestor levels, weighted by class/id and scaled
 * by (1 − link density). Returns the winning container plus the siblings Readability would merge.
 * Uses the precomputed {@link ElementStats}; never re-reads element text.
 */
final class ReadabilityScorer {
    private static final Set<String> SCORED_TAGS = Set.of("p", "td", "pre", "section", "h2", "h3", "h4", "h5", "h6", "div", "blockquote", "li");
    private static final Set<String> BLOCK_CHILD_TAGS = Set.of(
            "a", "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "figure");
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?: |$)");

    private final ElementStats stats;
    private final Set<Element> excluded;
    private final PageFacts facts;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    ReadabilityScorer(ElementStats stats, Set<Element> excluded, PageFacts facts) {
        this.stats = stats;
        this.excluded = excluded;
        this.facts = facts;
    }

    /** Result: the top candidate and the elements (top and merged siblings) to serialise, in document order. */
    record Result(Element top, List<Element> parts, int textChars) {}

    Result score(Element body, boolean weightClasses) {
        for (Element el : facts.elements()) {
            if (!stats.known(el) || excluded.contains(el)) continue;
            String tag = el.normalName();
            if (!SCORED_TAGS.contains(tag)) continue;
            if ((tag.equals("div") || tag.equals("section") || tag.equals("li")) && hasBlockChild(el)) continue;
            int len = stats.text(el);
            if (len < MIN_PARAGRAPH_CHARS) continue;
            double score = 1 + stats.commas(el) + Math.min(len / 100, 3);
            Element ancestor = el.parent();
            for (int level = 0; level < 5 && ancestor != null; level++, ancestor = ancestor.parent()) {
                if (ancestor.normalName().equals("#root")) break;
                Double current = scores.get(ancestor);
                if (current == null) current = initialScore(ancestor, weightClasses);
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.put(ancestor, current + score / divider);
            }
        }
        Element top = null;
        double topScore = 0;
        List<Element> ranked = new ArrayList<>();
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double adjusted = e.getValue() * (1 - stats.linkDensity(e.getKey()));
            e.setValue(adjusted);
            ranked.add(e.getKey());
            if (adjusted > topScore) { topScore = adjusted; top = e.getKey(); }
        }
        if (top == null) return new Result(body, List.of(body), stats.text(body));
        top = climb(top, topScore, ranked);
        return merge(top, weightClasses);
    }

    private Element climb(Element top, double topScore, List<Element> ranked) {
        ranked.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(5, ranked.size()); i++) {
            if (scores.get(ranked.get(i)) / topScore >= 0.75) alternatives.add(ranked.get(i));
        }
        if (alternatives.size() >= 3) {
            for (Element parent = top.parent(); parent != null && !parent.normalName().equals("body"); parent = parent.parent()) {
                int containing = 0;
                for (Element alt : alternatives) if (isAncestor(parent, alt)) containing++;
                if (containing >= 3) { top = parent; break; }
            }
        }
        // climb while the parent scores better (Readability's "parentOfTopCandidate" loop)
        double lastScore = scores.getOrDefault(top, 0.0);
        double threshold = lastScore / 3;
        for (Element parent = top.parent(); parent != null && !parent.normalName().equals("body"); parent = parent.parent()) {
            Double ps = scores.get(parent);
            if (ps == null) continue;
            if (ps < threshold) break;
            if (ps > lastScore) { top = parent; break; }
            lastScore = ps;
        }
        // a lone child wrapper adds nothing: move up while the parent has a single element child
        while (top.parent() != null && !top.parent().normalName().equals("body") && top.parent().childrenSize() == 1) top = top.parent();
        return top;
    }

    private Result merge(Element top, boolean weightClasses) {
        Element parent = top.parent();
        double topScore = scores.getOrDefault(top, 0.0);
        if (parent == null) return new Result(top, List.of(top), stats.text(top));
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> parts = new ArrayList<>();
        int chars = 0;
        String topClass = top.attr("class");
        for (Element sibling : parent.children()) {
            if (excluded.contains(sibling)) continue;
            boolean keep = sibling == top;
            if (!keep) {
                double bonus = !topClass.isEmpty() && topClass.equals(sibling.attr("class")) ? topScore * 0.2 : 0;
                Double s = scores.get(sibling);
                if (s != null && s + bonus >= threshold) keep = true;
                else if (sibling.normalName().equals("p")) {
                    int len = stats.text(sibling);
                    double ld = stats.linkDensity(sibling);
                    if (len > 80 && ld < 0.25) keep = true;
                    else if (len > 0 && len <= 80 && ld == 0 && endsSentence(sibling)) keep = true;
                }
            }
            if (keep) { parts.add(sibling); chars += stats.text(sibling); }
        }
        return new Result(top, parts, chars);
    }

    private static boolean endsSentence(Element p) {
        String own = p.text();  // only for short sibling paragraphs (<= 80 chars), bounded cost
        return SENTENCE_END.matcher(own).find();
    }

    private double initialScore(Element el, boolean weightClasses) {
        double score = switch (el.normalName()) {
            case "div", "article" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return weightClasses ? score + classWeight(el, facts) : score;
    }

    /** Readability's class/id weight: −25 for a negative and +25 for a positive name, class and id counted apart. */
    static int classWeight(Element el, PageFacts facts) {
        return weight(facts.classTraits(el)) + weight(facts.idTraits(el));
    }

    private static int weight(int traits) {
        int weight = 0;
        if ((traits & NameVocabulary.NEGATIVE) != 0) weight -= 25;
        if ((traits & NameVocabulary.POSITIVE) != 0) weight += 25;
        return weight;
    }

    private boolean hasBlockChild(Element el) {
        for (Element child = el.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (BLOCK_CHILD_TAGS.contains(child.normalName()) && !excluded.contains(child) && !child.normalName().equals("a")) return true;
        }
        return false;
    }

    static boolean isAncestor(Element ancestor, Element el) {
        for (Element p = el; p != null; p = p.parent()) if (p == ancestor) return true;
        return false;
    }
}
