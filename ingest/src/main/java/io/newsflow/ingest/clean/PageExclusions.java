package io.newsflow.ingest.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Page-wide exclusions applied before any scoring: non-content tags, hidden elements and (optionally)
 * Readability's "unlikely candidates". Nothing is removed from the DOM; {@link ElementStats} applies the
 * rule in its one traversal and records excluded elements in an identity set that every later pass
 * skips, so a fall-back pass can run without the optional rules on the same parse.
 */
final class PageExclusions {
    private static final Set<String> NON_CONTENT_TAGS = Set.of(
            "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "button",
            "input", "select", "textarea", "option", "nav", "head", "link", "meta", "dialog", "menu", "audio",
            "video", "map", "label", "figcaption");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Set<String> UNLIKELY_ROLES = Set.of(
            "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo");

    private PageExclusions() {}

    /**
     * True when {@code el} and its subtree are left out of every later pass.
     *
     * @param stripUnlikely also exclude elements whose class/id/role looks like page chrome
     *                      (header, footer, sidebar, comments, related stories, share bars…)
     */
    static boolean isExcluded(Element el, boolean stripUnlikely, PageFacts facts) {
        String tag = el.normalName();
        if (NON_CONTENT_TAGS.contains(tag)) return true;
        if (isHidden(el, facts)) return true;
        if (!stripUnlikely) return false;
        if (tag.equals("footer") || tag.equals("aside")) return true;
        String role = el.attr("role").toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && UNLIKELY_ROLES.contains(role)) return true;
        if (tag.equals("a") || tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")) return false;
        int names = facts.names(el);
        return (names & NameVocabulary.UNLIKELY) != 0 && (names & NameVocabulary.MAYBE_CANDIDATE) == 0
                && !hasTableOrCodeAncestor(el) && !facts.isQuotedPost(el);
    }

    static boolean isHidden(Element el, PageFacts facts) {
        if (el.hasAttr("hidden")) return true;
        if ("true".equalsIgnoreCase(el.attr("aria-hidden"))) return true;
        String style = el.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find()) return true;
        return (facts.classTraits(el) & NameVocabulary.HIDDEN) != 0;
    }

    private static boolean hasTableOrCodeAncestor(Element el) {
        int depth = 0;
        for (Element p = el.parent(); p != null && depth < 3; p = p.parent(), depth++) {
            String t = p.normalName();
            if (t.equals("table") || t.equals("code")) return true;
        }
        return false;
    }
}
