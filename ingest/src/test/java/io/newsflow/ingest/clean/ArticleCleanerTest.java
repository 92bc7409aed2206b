package io.newsflow.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {
    private final ArticleCleaner cleaner = new ArticleCleaner();

    static byte[] fixture(String name) {
        try (InputStream in = ArticleCleanerTest.class.getResourceAsStream("/clean/" + name)) {
            if (in == null) throw new IllegalStateException("missing fixture " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CleanedArticle cleanFixture(String name, String url) {
        return cleaner.clean(new String(fixture(name), StandardCharsets.UTF_8), url);
    }

    @Test
    void emitsOneParagraphPerBlockWithoutGluingWords() {
        CleanedArticle article = cleanFixture("minified-blocks.html", "https://example.org/a");

        assertThat(article.paragraphs()).containsExactly(
                "The council met on Monday evening to discuss the new bridge.",
                "Members voted seven to two in favour of the plan, after a long debate.",
                "A third block sits in a bare div, right after the paragraph.",
                "First listed point about the funding of the project.",
                "Second listed point about the timetable of the works.",
                "Work starts next spring",
                "and should end within two years, officials said.");
        assertThat(article.text()).doesNotContain("bridge.Members").doesNotContain("springand");
    }

    @Test
    void leavesOutHeadlineBylineCaptionsPromosRelatedCommentsAndNavigation() {
        CleanedArticle article = cleanFixture("boilerplate.html", "https://example.org/harbour");

        assertThat(article.paragraphs()).containsExactly(
                "The harbour reopened on Tuesday morning, three days after the storm closed it to all traffic.",
                "Harbour master Lee Quay said the clean-up crews had worked through the night, clearing debris from the channel.",
                "Insurance claims are expected to run into the millions, according to local business groups.");
        assertThat(article.title()).isEqualTo("Harbour reopens after storm");
    }

    @Test
    void prefersJsonLdGraphForDatesAuthorsAndLanguage() {
        CleanedArticle article = cleanFixture("json-ld.html", "https://news.example.org/x?y=1");

        assertThat(article.published()).isEqualTo(Instant.parse("2024-03-05T08:30:00Z"));
        assertThat(article.modified()).isEqualTo(Instant.parse("2024-03-05T11:00:00Z"));
        assertThat(article.byline()).isEqualTo("Anna Schmidt, Ben Ali");
        assertThat(article.language()).isEqualTo("de");
        assertThat(article.canonicalUrl()).isEqualTo("https://news.example.org/news/rail-strike-ends");
        assertThat(article.paragraphs()).hasSize(2).noneMatch(p -> p.contains("Rail strike ends"));
    }

    @Test
    void takesTitleFromOpenGraphAndDatesFromMeta() {
        CleanedArticle article = cleanFixture("og-title.html", "https://journal.example.fr/x");

        assertThat(article.title()).isEqualTo("Le marché reprend des couleurs");
        assertThat(article.canonicalUrl()).isEqualTo("https://journal.example.fr/eco/marche");
        assertThat(article.published()).isEqualTo(Instant.parse("2023-06-01T06:15:00Z"));
        assertThat(article.language()).isEqualTo("fr");
        assertThat(article.paragraphs()).hasSize(2);
    }

    @Test
    void detectsCharsetFromMetaWhenHeaderHasNone() {
        CleanedArticle article = cleaner.clean(fixture("windows-1252-meta.html"), "text/html", "file:///tmp/cafe.html");

        assertThat(article.paragraphs().get(0))
                .isEqualTo("The café on the corner re-opened with a new crème brûlée on the menu – and “fair” prices, the owner said.");
    }

    @Test
    void headerCharsetWinsOverMeta() {
        byte[] utf8 = "<html><head><meta charset=\"windows-1252\"></head><body><p>Zürich café résumé naïve façade, a long enough paragraph.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        CleanedArticle article = cleaner.clean(utf8, "text/html; charset=UTF-8", null);

        assertThat(article.text()).contains("Zürich café résumé");
    }

    @Test
    void utf8ByteOrderMarkIsHonouredAndSkipped() {
        byte[] body = "<p>Grüße aus der Stadt, wo die Sonne heute wieder scheint und alle draußen sind.</p>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF; withBom[1] = (byte) 0xBB; withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        assertThat(cleaner.clean(withBom, null, null).text()).startsWith("Grüße aus der Stadt");
    }

    @Test
    void cleansASliceOfABufferLikeTheWholeArrayWithItsBomAndMetaCharset() {
        byte[] page = fixture("windows-1252-meta.html");
        byte[] buffer = new byte[page.length + 8];
        Arrays.fill(buffer, (byte) '<');
        System.arraycopy(page, 0, buffer, 5, page.length);

        assertThat(cleaner.clean(buffer, 5, page.length, "text/html", "file:///tmp/cafe.html"))
                .isEqualTo(cleaner.clean(page, "text/html", "file:///tmp/cafe.html"));
        assertThatThrownBy(() -> cleaner.clean(buffer, 5, buffer.length, null, null))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void bytesAndDecodedStringGiveTheSameArticle() {
        byte[] page = fixture("boilerplate.html");

        assertThat(cleaner.clean(page, "text/html; charset=utf-8", "https://example.org/harbour"))
                .isEqualTo(cleaner.clean(new String(page, StandardCharsets.UTF_8), "https://example.org/harbour"));
    }

    @Test
    void dropsHiddenElements() {
        CleanedArticle article = cleanFixture("hidden.html", "https://example.org/h");

        assertThat(article.paragraphs()).containsExactly(
                "Visible paragraph one tells readers what happened at the town meeting last night.",
                "Visible paragraph two explains what the council decided at the end of the evening.");
    }

    @Test
    void oddInputGivesEmptyArticleInsteadOfThrowing() {
        assertThat(cleaner.clean((String) null, null).paragraphs()).isEmpty();
        assertThat(cleaner.clean("", "not a url").paragraphs()).isEmpty();
        assertThat(cleaner.clean(new byte[0], "text/html; charset=bogus!!", null).paragraphs()).isEmpty();
        assertThat(cleaner.clean("<html><body><div><div><div>", null).paragraphs()).isEmpty();
        assertThat(cleaner.clean("<p>Unknown charsets fall back to UTF-8.".getBytes(StandardCharsets.UTF_8),
                "text/html; charset=no-such-charset", null).paragraphs())
                .containsExactly("Unknown charsets fall back to UTF-8.");
    }

    @Test
    void guessesLanguageFromStopwordsWhenUndeclared() {
        CleanedArticle article = cleaner.clean("<html><body><article><p>Die Regierung hat am Montag beschlossen, dass die neue Regel "
                + "nicht vor dem Sommer in Kraft tritt, und sie will auch die Kosten für die Städte prüfen.</p></article></body></html>", null);

        assertThat(article.language()).isEqualTo("de");
    }

    @Test
    void undoesPruningWhenTheBoilerplateNameIsOnTheArticleWrapperItself() {
        String html = "<html><body><div class='content'><div class='premium-teaser-body'>"
                + "<p>The first paragraph of a paywalled story still belongs to the article body.</p>"
                + "<p>The second paragraph continues the story with more detail about the vote.</p>"
                + "</div><div class='share-tools'><a href='#'>Share this story on a network</a></div></div></body></html>";

        assertThat(cleaner.clean(html, null).paragraphs()).containsExactly(
                "The first paragraph of a paywalled story still belongs to the article body.",
                "The second paragraph continues the story with more detail about the vote.");
    }

    @Test
    void fallsBackToJsonLdArticleBodyWhenThePageHasNoRenderedText() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"H\","
                + "\"articleBody\":\"Only the structured data carries this story, which a script would render.\\n"
                + "Its second paragraph explains why the page itself is empty until scripts run in a browser.\\n"
                + "A third paragraph makes the body long enough to be preferred over the empty page markup.\"}</script></head>"
                + "<body><div id='app'></div></body></html>";

        assertThat(cleaner.clean(html, null).paragraphs()).hasSize(3)
                .first().isEqualTo("Only the structured data carries this story, which a script would render.");
    }

    @Test
    void fallsBackToTimeElementAndVisibleBylineAndIgnoresPlaceholderDates() {
        String html = "<html><head><meta property='article:published_time' content='0001-01-01T00:00:00Z'>"
                + "<title>Budget passes &amp;amp; markets rise - Daily Example</title></head><body><article>"
                + "<div class='story-byline'>By Maria Example</div><time datetime='2022-10-04T18:00:00-04:00'>Oct 4</time>"
                + "<p>The budget passed late on Tuesday with a narrow majority after hours of debate in the chamber.</p>"
                + "<form class='comment-form'><label class='author'>Name (required)</label></form></article></body></html>";

        CleanedArticle article = cleaner.clean(html, null);

        assertThat(article.published()).isEqualTo(Instant.parse("2022-10-04T22:00:00Z"));
        assertThat(article.byline()).isEqualTo("Maria Example");
        assertThat(article.title()).isEqualTo("Budget passes & markets rise");
        assertThat(article.paragraphs()).containsExactly(
                "The budget passed late on Tuesday with a narrow majority after hours of debate in the chamber.");
    }
}
