package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written texts (not from any evaluation set) for direct/mixed precision filters. One behaviour per test. */
class DirectMixedPrecisionTest {
  @Test
  void supposedToWithAScareQuoteIsNoQuote() {
    List<ExtractedQuote> quotes = extract("Budget",
        "The mayor spoke for an hour about what was supposed to be a short \"progress report\" on the river bridge.");
    assertThat(quotes).noneMatch(q -> q.text().contains("progress report"));
  }

  @Test
  void relatingToWithAQuotedTermIsNoQuote() {
    List<ExtractedQuote> quotes = extract("Budget",
        "Several rules relating to \"gross misconduct\" in the handling of city funds were never enforced.");
    assertThat(quotes).noneMatch(q -> q.text().contains("gross misconduct"));
  }

  @Test
  void passiveConsideredWithAQuotedTermIsNoQuote() {
    List<ExtractedQuote> quotes = extract("Budget",
        "The new hires will do tasks that are considered \"essential services\" by the county.");
    assertThat(quotes).noneMatch(q -> q.text().contains("essential services"));
  }

  @Test
  void speechVerbWithAQuotedPartStaysMixed() {
    List<ExtractedQuote> quotes = extract("Budget",
        "The treasurer said the new levy was \"a fair deal for everyone\" and urged a quick vote.");
    assertThat(quotes).anyMatch(q -> q.text().contains("fair deal") && q.kind() == ExtractedQuote.Kind.MIXED);
  }

  @Test
  void quotedWordsAfterHeadlineWordsAreNoDirectQuote() {
    List<ExtractedQuote> quotes = extract("Council Members Slam ‘Backroom Water Deal.’",
        "The vote on the water plan is set for next week.");
    assertThat(quotes).noneMatch(q -> q.text().contains("Backroom") && q.kind() == ExtractedQuote.Kind.DIRECT);
  }

  @Test
  void quotedAdjectiveClosingAHeadlineIsNoDirectQuote() {
    List<ExtractedQuote> quotes = extract("Audit finds delays at port; union says schedule ‘unworkable.’",
        "The vote on the water plan is set for next week.");
    assertThat(quotes).noneMatch(q -> q.text().contains("unworkable") && q.kind() == ExtractedQuote.Kind.DIRECT);
  }

  @Test
  void directQuoteInTheBodyIsKept() {
    List<ExtractedQuote> quotes = extract("Water plan vote set",
        "“We will not back down,” the union leader said on Monday.");
    assertThat(quotes).anyMatch(q -> q.text().contains("back down") && q.kind() == ExtractedQuote.Kind.DIRECT);
  }

  @Test
  void aLongFirstLineIsABodyParagraphAndKeepsItsQuote() {
    // text that does not start with a title: the headline filter must not touch a quote in its first paragraph
    String first = "On a cold morning at the harbour, after a long night of talks with the port owners and the city, the"
        + " union leader told reporters \"We will not back down on the schedule.\"";
    List<ExtractedQuote> quotes = new QuoteExtractor().extract(first + "\nThe vote is set for next week.");
    assertThat(quotes).anyMatch(q -> q.text().contains("back down") && q.kind() == ExtractedQuote.Kind.DIRECT);
  }
}
