package io.newsflow.ingest.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Prunes boilerplate inside the chosen container (trafilatura's class/id discard list plus
 * Readability's conditional cleaning by link density). If pruning would leave less than 1/7 of the
 * container text, it is undone: the names were on the article wrapper itself.
 */
final class ContainerPruner {
    private static final Set<String> INLINE_TAGS = Set.of(
            "a", "span", "em", "strong", "b", "i", "u", "small", "sup", "sub", "abbr", "cite", "code", "mark", "time", "font", "q");
    private static final Set<String> STRUCTURAL_DROP = Set.of("figure", "header", "footer", "aside", "form", "address");

    private ContainerPruner() {}

    static Set<Element> prune(List<Element> parts, ElementStats stats, Set<Element> excluded, PageFacts facts) {
        Set<Element> pruned = Collections.newSetFromMap(new IdentityHashMap<>());
        int total = 0;
        for (Element part : parts) total += stats.text(part);
        int removed = 0;
        List<Element> stack = new ArrayList<>();
        for (Element part : parts) {
            pushChildren(part, stack);
            while (!stack.isEmpty()) {
                Element el = stack.remove(stack.size() - 1);
                if (excluded.contains(el) || !stats.known(el)) continue;
                // an element holding most of the text is the article wrapper, whatever its class says
                if (isBoilerplate(el, stats, facts) && stats.text(el) * 2 < total) {
                    pruned.add(el);
                    removed += stats.text(el);
                } else {
                    pushChildren(el, stack);
                }
            }
        }
        if (total > 0 && total - removed < total / 7) return Collections.newSetFromMap(new IdentityHashMap<>());
        return pruned;
    }

    private static void pushChildren(Element el, List<Element> stack) {
        for (Element child = el.firstElementChild(); child != null; child = child.nextElementSibling()) stack.add(child);
    }

    private static boolean isBoilerplate(Element el, ElementStats stats, PageFacts facts) {
        String tag = el.normalName();
        if (STRUCTURAL_DROP.contains(tag)) return true;
        // class names on inline elements (e-mail obfuscators, highlighted words) must not cut words out of sentences
        boolean named = false;
        if (!tag.equals("p") && !INLINE_TAGS.contains(tag)) {
            int names = facts.names(el);
            named = (names & NameVocabulary.BOILERPLATE) != 0 && (names & NameVocabulary.PROTECTED) == 0;
        }
        if (!named && !isLinkDense(el, tag, stats, facts)) return false;
        return !facts.isQuotedPost(el);
    }

    /** Readability's conditional cleaning, reduced to the link-density and list-of-links cases. */
    private static boolean isLinkDense(Element el, String tag, ElementStats stats, PageFacts facts) {
        if (tag.equals("span")) {
            // inline pop-up cards (author/people roll-overs) inside paragraphs: several links, nothing else
            return stats.links(el) >= 3 && stats.text(el) > 80 && stats.linkDensity(el) > 0.9;
        }
        if (!(tag.equals("div") || tag.equals("ul") || tag.equals("ol") || tag.equals("section") || tag.equals("table")
                || tag.equals("dl"))) return false;
        int text = stats.text(el);
        if (text == 0) return false;
        double linkDensity = stats.linkDensity(el);
        int weight = ReadabilityScorer.classWeight(el, facts);
        if (weight < 0) return true;
        if (text > 1000 && linkDensity < 0.5) return false;
        if (weight < 25 && linkDensity > 0.33) return true;
        if (linkDensity > 0.5) return true;
        boolean isList = tag.equals("ul") || tag.equals("ol");
        if (!isList && stats.paragraphs(el) == 0 && stats.images(el) > 1 && text < 200) return true;
        return false;
    }

}
