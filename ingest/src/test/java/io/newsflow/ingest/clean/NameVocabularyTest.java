package io.newsflow.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameVocabularyTest {
    /** The regexes the trie replaced (clean-1), kept as the oracle: the verdicts must not change. */
    private static final Map<Integer, Pattern> FOLDED_ORACLE = Map.of(
            NameVocabulary.UNLIKELY, Pattern.compile(
                    "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|"
                            + "menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|"
                            + "agegate|pagination|pager|popup|yom-remote|newsletter|cookie|consent|outbrain|taboola|paywall|"
                            + "share|sharing|subscribe|signup|promo|recommend|trending|most-popular|mostpopular|read-more|readmore"
                            + "|modal|toolbar|nav"),
            NameVocabulary.MAYBE_CANDIDATE, Pattern.compile("and|article|body|column|content|main|shadow|story|text|post"),
            NameVocabulary.POSITIVE, Pattern.compile("article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"),
            NameVocabulary.NEGATIVE, Pattern.compile(
                    "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|"
                            + "meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|"
                            + "byline|author|caption|teaser|newsletter"),
            NameVocabulary.BOILERPLATE, Pattern.compile(
                    "footer|related|viral|shar(?:e|ing)|social|syndication|newsletter|cookie|consent|(?:^|[-\\s])tags?(?:$|[-\\s])|"
                            + "tag-list|sidebar|banner|menu|(?:^|[-\\s])nav|breadcrumb|author|byline|widget|timestamp|dateline|"
                            + "outbrain|taboola|modal|paywall|premium|teaser|caption|credit|subscribe|signup|sign-up|comment|"
                            + "disqus|promo|recommend|advert|(?:^|[-\\s])ads?(?:$|[-\\s])|ad-container|adslot|ad-slot|"
                            + "read-more|readmore|more-from|most-popular|mostread|most-read|trending|gallery|slideshow|toolbar|"
                            + "print|email|follow|pagination|pager|meta-data|post-meta|article-meta|entry-meta|(?:^|\\s)meta(?:$|\\s)|"
                            + "headline|header|kicker|rating|login|share|hidden|popup|overlay|video|embed|inline-image|image-|"
                            + "photo|figure|media|bio(?:$|[-\\s])|contributor|topics|keywords|recirc|further|see-also|"
                            + "series|playlist|podcast|sponsor|native|liveblog-nav|skip"),
            NameVocabulary.PROTECTED, Pattern.compile(
                    "article-?body|articlebody|entry-content|post-content|post-body|story-body|article-text|body-text|article-content"),
            NameVocabulary.TIER1, Pattern.compile(
                    "article-body|article--body|article__body|articlebody|entry-content|post-content|post-body|story-body|"
                            + "article-text|body-text|page-content|text-content|article-content|articletext|story-text|post-entry|"
                            + "article__content|article-main|rich-text|richtext"),
            NameVocabulary.TIER3, Pattern.compile("storycontent|story-content|single-post|main-column|fulltext|full-text|entry|post-text|article"),
            NameVocabulary.TIER4, Pattern.compile("content-main|content-body|main-content|maincontent|page-body"));
    private static final Pattern HIDDEN_ORACLE = Pattern.compile(
            "(?:^|\\s)(?:hidden|hide|is-hidden|d-none|visually-hidden|visuallyhidden|sr-only|screen-reader-text|"
                    + "screenreader-only|offscreen|element-invisible|u-hidden|print-only)(?:\\s|$)");

    private static int oracle(String raw) {
        String folded = ClassNames.fold(raw);
        int traits = 0;
        for (Map.Entry<Integer, Pattern> e : FOLDED_ORACLE.entrySet()) {
            if (e.getValue().matcher(folded).find()) traits |= e.getKey();
        }
        if (HIDDEN_ORACLE.matcher(raw.toLowerCase(Locale.ROOT)).find()) traits |= NameVocabulary.HIDDEN;
        return traits;
    }

    @Test
    void agreesWithTheReplacedRegexesOnRandomClassStrings() {
        List<String> pieces = new ArrayList<>(List.of("-", "_", "--", " ", "\t", "\n", "\r\n", "\u2028", "x", "A", "Hid", "hid",
                "tag", "tags", "ad", "ads", "nav", "bio", "meta", "__", "sr-Only", "canvas", "biography", "head"));
        for (Pattern p : FOLDED_ORACLE.values()) {
            for (String alt : p.pattern().split("\\|")) pieces.add(alt.replaceAll("[^a-z_-]", ""));
        }
        for (String alt : HIDDEN_ORACLE.pattern().split("\\|")) pieces.add(alt.replaceAll("[^a-z_-]", ""));
        pieces.removeIf(String::isEmpty);
        Random random = new Random(4);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = 1 + random.nextInt(5); n > 0; n--) sb.append(pieces.get(random.nextInt(pieces.size())));
            String raw = sb.toString();
            assertThat(NameVocabulary.traits(raw)).as("traits of \"%s\"", raw).isEqualTo(oracle(raw));
        }
    }

    @Test
    void keepsTheBoundariesTheRegexesDemanded() {
        assertThat(NameVocabulary.traits("site-nav") & NameVocabulary.BOILERPLATE).isNotZero();
        assertThat(NameVocabulary.traits("canvas") & NameVocabulary.BOILERPLATE).isZero();
        assertThat(NameVocabulary.traits("authorbio") & NameVocabulary.BOILERPLATE).isNotZero();
        assertThat(NameVocabulary.traits("biography")).isZero();
        assertThat(NameVocabulary.traits("post tags") & NameVocabulary.BOILERPLATE).isNotZero();
        assertThat(NameVocabulary.traits("stage")).isZero();
        assertThat(NameVocabulary.traits("x hid") & NameVocabulary.NEGATIVE).isNotZero();
        assertThat(NameVocabulary.traits("x\thid") & NameVocabulary.NEGATIVE).isZero();
        assertThat(NameVocabulary.traits("btn Visually_Hidden") & NameVocabulary.HIDDEN).isZero(); // not folded
        assertThat(NameVocabulary.traits("btn Visually-Hidden") & NameVocabulary.HIDDEN).isNotZero();
        assertThat(NameVocabulary.traits("Article__Body")).isEqualTo(oracle("Article__Body"))
                .matches(t -> (t & NameVocabulary.TIER1) != 0 && (t & NameVocabulary.PROTECTED) != 0);
    }
}
