package io.newsflow.ingest.clean;

import io.newsflow.ingest.clean.KeywordTrie.Edge;
import java.util.Locale;

/**
 * The class/id vocabulary of page chrome and article bodies, as bit-mask traits of one class or id
 * string. Each list is the former regex of the rule that uses it, keyword for keyword (anchors became
 * {@link Edge}s), so verdicts are unchanged; one trie pass now answers all rules at once. Traits other
 * than {@link #HIDDEN} are matched on the folded string of {@link ClassNames#fold}.
 */
final class NameVocabulary {
    /** Readability's "unlikely candidate" names ({@link PageExclusions}). */
    static final int UNLIKELY = 1;
    /** Names that rescue an unlikely candidate ({@link PageExclusions}). */
    static final int MAYBE_CANDIDATE = 1 << 1;
    /** Readability's positive class weight ({@link ReadabilityScorer}). */
    static final int POSITIVE = 1 << 2;
    /** Readability's negative class weight ({@link ReadabilityScorer}). */
    static final int NEGATIVE = 1 << 3;
    /** Boilerplate inside the chosen container ({@link ContainerPruner}). */
    static final int BOILERPLATE = 1 << 4;
    /** Article-body names the pruner never drops ({@link ContainerPruner}). */
    static final int PROTECTED = 1 << 5;
    /** Container selector tiers 1, 3 and 4 ({@link ContainerSelectors}). */
    static final int TIER1 = 1 << 6, TIER3 = 1 << 7, TIER4 = 1 << 8;
    /** A utility class that hides the element, as a whole token of the lower-cased (unfolded) class. */
    static final int HIDDEN = 1 << 9;

    private static final KeywordTrie FOLDED = new KeywordTrie()
            .add(UNLIKELY, "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|"
                    + "menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|"
                    + "agegate|pagination|pager|popup|yom-remote|newsletter|cookie|consent|outbrain|taboola|paywall|"
                    + "share|sharing|subscribe|signup|promo|recommend|trending|most-popular|mostpopular|read-more|readmore"
                    + "|modal|toolbar|nav")
            .add(MAYBE_CANDIDATE, "and|article|body|column|content|main|shadow|story|text|post")
            .add(POSITIVE, "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story")
            .add(NEGATIVE, "-ad-|hidden|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|"
                    + "meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|"
                    + "byline|author|caption|teaser|newsletter")
            .add(NEGATIVE, Edge.BLANK, "hid", Edge.BLANK)
            .add(BOILERPLATE, "footer|related|viral|share|sharing|social|syndication|newsletter|cookie|consent|"
                    + "tag-list|sidebar|banner|menu|breadcrumb|author|byline|widget|timestamp|dateline|"
                    + "outbrain|taboola|modal|paywall|premium|teaser|caption|credit|subscribe|signup|sign-up|comment|"
                    + "disqus|promo|recommend|advert|ad-container|adslot|ad-slot|"
                    + "read-more|readmore|more-from|most-popular|mostread|most-read|trending|gallery|slideshow|toolbar|"
                    + "print|email|follow|pagination|pager|meta-data|post-meta|article-meta|entry-meta|"
                    + "headline|header|kicker|rating|login|share|hidden|popup|overlay|video|embed|inline-image|image-|"
                    + "photo|figure|media|contributor|topics|keywords|recirc|further|see-also|"
                    + "series|playlist|podcast|sponsor|native|liveblog-nav|skip")
            .add(BOILERPLATE, Edge.DASH_OR_SPACE, "tag", Edge.DASH_OR_SPACE)
            .add(BOILERPLATE, Edge.DASH_OR_SPACE, "tags", Edge.DASH_OR_SPACE)
            .add(BOILERPLATE, Edge.DASH_OR_SPACE, "nav", Edge.ANY)
            .add(BOILERPLATE, Edge.DASH_OR_SPACE, "ad", Edge.DASH_OR_SPACE)
            .add(BOILERPLATE, Edge.DASH_OR_SPACE, "ads", Edge.DASH_OR_SPACE)
            .add(BOILERPLATE, Edge.SPACE, "meta", Edge.SPACE)
            .add(BOILERPLATE, Edge.ANY, "bio", Edge.DASH_OR_SPACE)
            .add(PROTECTED, "article-body|articlebody|entry-content|post-content|post-body|story-body|article-text|body-text|article-content")
            .add(TIER1, "article-body|article--body|article__body|articlebody|entry-content|post-content|post-body|story-body|"
                    + "article-text|body-text|page-content|text-content|article-content|articletext|story-text|post-entry|"
                    + "article__content|article-main|rich-text|richtext")
            .add(TIER3, "storycontent|story-content|single-post|main-column|fulltext|full-text|entry|post-text|article")
            .add(TIER4, "content-main|content-body|main-content|maincontent|page-body");

    private static final String HIDDEN_TOKENS = "hidden|hide|is-hidden|d-none|visually-hidden|visuallyhidden|sr-only|"
            + "screen-reader-text|screenreader-only|offscreen|element-invisible|u-hidden|print-only";
    /** {@link #HIDDEN} alone, for strings whose folded form differs from the lower-cased one. */
    private static final KeywordTrie LOWER_CASED = new KeywordTrie();

    static {
        for (String token : HIDDEN_TOKENS.split("\\|")) {
            LOWER_CASED.add(HIDDEN, Edge.SPACE, token, Edge.SPACE);
            FOLDED.add(HIDDEN, Edge.SPACE, token, Edge.SPACE); // valid when folding changed nothing
        }
    }

    private NameVocabulary() {}

    /** All traits of one raw class or id attribute value. */
    static int traits(String raw) {
        if (raw.isEmpty()) return 0;
        String lower = raw.toLowerCase(Locale.ROOT);
        String folded = ClassNames.foldLowerCased(lower);
        if (folded.equals(lower)) return FOLDED.match(lower); // one pass answers every trait
        return (FOLDED.match(folded) & ~HIDDEN) | LOWER_CASED.match(lower);
    }
}
