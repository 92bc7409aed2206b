package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written texts (not from any evaluation set) for the direct/mixed span rules of issue #5 (helper dmix): quoted
 * complements of "as" and of a copula. One behaviour per test.
 */
class DirectMixedSpanTest {
  @Test
  void quotedComplementOfAsAfterAnObjectIsAMixedQuote() {
    List<ExtractedQuote> quotes = extract("Stadium",
        "The glossy brochure presents the new stadium as a “gift to the whole city” for years to come.");
    ExtractedQuote q = containing(quotes, "gift to the whole city");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).startsWith("the new stadium as");
  }

  @Test
  void quotedComplementOfACopulaTakesItsClause() {
    List<ExtractedQuote> quotes = extract("Ferry", "The old ferry terminal is “a hazard to everyone.”");
    ExtractedQuote q = containing(quotes, "hazard to everyone");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).startsWith("The old ferry terminal is");
  }

  @Test
  void nameIntroducedByKnownAsIsNoQuote() {
    List<ExtractedQuote> quotes = extract("Docks", "Police disbanded the unit known as the “Night Crew.”");
    assertThat(quotes).noneMatch(q -> q.text().contains("Night Crew"));
  }

  @Test
  void unframedTitleWithOnlyAClosingCommaIsNoQuote() {
    List<ExtractedQuote> quotes = extract("Television",
        "Tonight the channel airs ''Secret Lives of the Harbour Kings,'' not the usual evening news.");
    assertThat(quotes).noneMatch(q -> q.text().contains("Harbour Kings"));
  }

  @Test
  void unframedQuestionInCapitalsIsStillAQuote() {
    List<ExtractedQuote> quotes = extract("Mail",
        "The reply came within minutes. “Is Martha Ellison from Dover or Salem?”");
    assertThat(quotes).anyMatch(q -> q.text().contains("Martha Ellison"));
  }

  @Test
  void quotedPartOfACuesObjectIsAMixedQuote() {
    List<ExtractedQuote> quotes = extract("Council",
        "Neighbours have been fuming at the “rushed rollout” of parking meters downtown.");
    ExtractedQuote q = containing(quotes, "rushed rollout");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).isEqualTo("the “rushed rollout” of parking meters downtown");
  }

  @Test
  void quotedPartOfACuesObjectEndsAtTheComma() {
    List<ExtractedQuote> quotes = extract("Budget",
        "Parents were fuming at the “sudden closure” of two small schools, and the board met again.");
    ExtractedQuote q = containing(quotes, "sudden closure");
    assertThat(q.text()).isEqualTo("the “sudden closure” of two small schools");
  }

  @Test
  void titleInsideACuesObjectIsNoQuote() {
    List<ExtractedQuote> quotes = extract("Radio",
        "Listeners have been fuming at “Morning Harbour Hour” on the local station.");
    assertThat(quotes).noneMatch(q -> q.text().contains("Morning Harbour Hour"));
  }

  @Test
  void quotedPartOfAPushedForObjectIsAMixedQuote() {
    List<ExtractedQuote> quotes = extract("Rents",
        "Tenant groups are pushing for a “fair deal” on rents this spring.");
    ExtractedQuote q = containing(quotes, "fair deal");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).startsWith("a “fair deal” on rents");
  }

  @Test
  void existentialCopulaIsNoQuotedComplement() {
    List<ExtractedQuote> quotes = extract("Harbour", "In the old harbour there is “plenty of room” for ferries.");
    assertThat(quotes).noneMatch(q -> q.text().contains("plenty of room"));
  }

  @Test
  void sentenceHeadOfAPostFramedQuoteSkipsALeadingSubordinateClause() {
    List<ExtractedQuote> quotes = extract("Ferries",
        "While the harbour board met again on Monday, the ferry service remains “badly stretched,” Ana Ruiz said.");
    ExtractedQuote q = containing(quotes, "badly stretched");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).startsWith("the ferry service remains");
  }
}
