package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written texts (not from any evaluation set) for the round-3 mixed-quote frames of issue #5: verbs whose object
 * holds a quoted part. One behaviour per test.
 */
class MixedFramesRound3Test {
  @Test
  void deemedObjectWithAQuotedJudgementIsAMixedQuote() {
    List<ExtractedQuote> quotes = extract("Judges",
        "The review panel deemed her \"highly capable,\" which is its best grade.");
    ExtractedQuote q = containing(quotes, "highly capable");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).startsWith("her");
    assertThat(q.speakerMention()).isEqualTo("The review panel");
  }

  @Test
  void retweetedObjectWithAQuotedPartIsAMixedQuote() {
    List<ExtractedQuote> quotes = extract("Fire",
        "The councilman later retweeted the claim that the blaze was a “deliberate attack,” and his aides said nothing.");
    ExtractedQuote q = containing(quotes, "deliberate attack");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).startsWith("the claim that");
  }

  @Test
  void deemedWithoutAQuoteIsNoContent() {
    List<ExtractedQuote> quotes = extract("Judges", "The review panel deemed her fit for the job.");
    assertThat(quotes).noneMatch(q -> q.text().contains("fit for the job"));
  }

  @Test
  void embracedObjectWithAQuotedPartIsAMixedQuote() {
    List<ExtractedQuote> quotes = extract("Schools", "The governor embraced the “tough love” approach to schools.");
    ExtractedQuote q = containing(quotes, "tough love");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).startsWith("the “tough love” approach");
  }

  @Test
  void preferredTermInQuotesIsAMixedQuote() {
    List<ExtractedQuote> quotes = extract("Words", "Many advocates prefer the phrase “family reunification.”");
    ExtractedQuote q = containing(quotes, "family reunification");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).startsWith("the phrase");
  }

  @Test
  void embracedWithoutAQuoteIsNoContent() {
    List<ExtractedQuote> quotes = extract("Rally", "The governor embraced her rival at the rally.");
    assertThat(quotes).noneMatch(q -> q.text().contains("rival"));
  }
}
