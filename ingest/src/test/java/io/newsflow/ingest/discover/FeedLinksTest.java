package io.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedLinksTest {

    @Test
    void findsAnnouncedFeedsResolvedAndDeduplicated() {
        String html = "<html><head>"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.rss\">"
                + "<link rel=\"Alternate home\" type=\"application/atom+xml; charset=utf-8\" href=\"https://n.example/atom\">"
                + "<link rel=\"alternate\" type=\"application/feed+json\" href=\"feed.json\">"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.rss\">"
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"/style.css\">"
                + "<link rel=\"alternate\" hreflang=\"de\" type=\"text/html\" href=\"/de/\">"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"javascript:alert(1)\">"
                + "</head><body></body></html>";
        assertThat(FeedLinks.find(html, "https://n.example/section/page.html")).containsExactly(
                "https://n.example/feed.rss", "https://n.example/atom", "https://n.example/section/feed.json");
    }

    @Test
    void honoursBaseHrefAndToleratesEmptyInput() {
        String html = "<head><base href=\"https://cdn.example/x/\">"
                + "<link rel=alternate type=application/rss+xml href=rss.xml></head>";
        assertThat(FeedLinks.find(html, "https://n.example/")).containsExactly("https://cdn.example/x/rss.xml");
        assertThat(FeedLinks.find(null, "https://n.example/")).isEmpty();
        assertThat(FeedLinks.find("<p>no head</p>", null)).isEmpty();
    }
}
