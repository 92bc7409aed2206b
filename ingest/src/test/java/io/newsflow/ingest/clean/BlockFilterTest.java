package io.newsflow.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlockFilterTest {
    private static final String BODY_1 = "The committee published its report on Monday after a year of hearings across the country.";
    private static final String BODY_2 = "Its chair said the findings would be sent to every regional council before the summer recess.";
    private static final String BODY_3 = "Opposition members welcomed the report but asked for a debate on its funding proposals in the chamber.";

    private static TextBlock p(String text) {
        return new TextBlock(text, "p", text.replace(" ", "").length(), 0);
    }

    private static TextBlock h(String text) {
        return new TextBlock(text, "h3", text.replace(" ", "").length(), 0);
    }

    private static List<String> filter(TextBlock... blocks) {
        return BlockFilter.apply(new ArrayList<>(List.of(blocks)), Set.of(BlockFilter.normalize("Report published")), Set.of());
    }

    @Test
    void dropsHeadlineBylinesDatelinesAndCredits() {
        assertThat(filter(h("Report published"), p("By Jane Writer"), p("Updated 10:32 AM EST, Tue November 19, 2019"),
                p(BODY_1), p("Steve Example, AP National Political Writer"), p("Photo: Sam Snapper/Getty Images"), p(BODY_2)))
                .containsExactly(BODY_1, BODY_2);
    }

    @Test
    void keepsDateListsInsideTheBody() {
        assertThat(filter(p(BODY_1), p(BODY_2), p(BODY_3), p("June 17 – Nashville, TN"), p("June 19 – Charlotte, NC")))
                .contains("June 17 – Nashville, TN", "June 19 – Charlotte, NC");
    }

    @Test
    void inBodyRelatedBoxHeadingGoesButTheStoryContinues() {
        assertThat(filter(p(BODY_1), h("Related articles"), p(BODY_2), p(BODY_3)))
                .containsExactly(BODY_1, BODY_2, BODY_3);
    }

    @Test
    void endOfArticleMarkerStopsTheBody() {
        assertThat(filter(p(BODY_1), p(BODY_2), p(BODY_3), p(BODY_1 + " " + BODY_2), h("More from Politics"),
                p("A teaser for another story that is long enough to matter.")))
                .containsExactly(BODY_1, BODY_2, BODY_3, BODY_1 + " " + BODY_2);
    }

    @Test
    void dropsLinkOnlyTeasersAndPitches() {
        TextBlock teaser = new TextBlock("Read more: Storm damage mapped street by street", "p", 40, 33);
        assertThat(filter(p(BODY_1), teaser, p("If you enjoyed this article, subscribe to our newsletter for more."), p(BODY_2)))
                .containsExactly(BODY_1, BODY_2);
    }

    @Test
    void dropsScriptNoticesAndShortcodesButKeepsProseAboutJavaScript() {
        String prose = "JavaScript frameworks come and go, the developers said, but the web pages stay.";
        assertThat(filter(p(BODY_1), p("Please enable JavaScript to view the comments."), p("[button url=/shop]Buy now[/button]"),
                p(prose), p(BODY_2), p("The mayor opens the new bridge on Friday Sam Snapper/Getty Images"), p(BODY_3)))
                .containsExactly(BODY_1, prose, BODY_2, BODY_3);
    }
}
