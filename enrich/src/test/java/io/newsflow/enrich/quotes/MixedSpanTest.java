package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written texts (not from any evaluation set) for the spans of mixed quotes: where the unquoted words around a
 * quoted part still belong to the reported content (issue #5, mix). One behaviour per test.
 */
class MixedSpanTest {
  @Test
  void longObjectTailAfterAQuotedModifierIsCutNotDropped() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "The veteran delegate and party activist, who backs the governor, warned of a “bitter” fight ahead that could"
            + " split the party if the leaders try to force a vote on the rules.");
    ExtractedQuote q = containing(quotes, "bitter");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).startsWith("a “bitter” fight ahead that could split the party");
  }

  @Test
  void relativeClauseWithAQuotedPartStaysInTheContent() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "Ann Berg said she was counting on a strong turnout, which “will carry the bond measure over the line.”");
    ExtractedQuote q = containing(quotes, "strong turnout");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).endsWith("over the line.”");
  }

  @Test
  void relativeClauseWithACueOfItsOwnIsNotTheContent() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "Ann Berg said she had backed a bill that would cap harbour fees, which she called “a fair deal for sailors.”");
    assertThat(containing(quotes, "harbour fees").text()).doesNotContain("fair deal");
  }

  @Test
  void dashBeforeAnUnframedQuoteContinuesTheContent() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "Ann Berg said the council should settle the whole matter — “so that every family knows the rules.”");
    ExtractedQuote q = containing(quotes, "whole matter");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).endsWith("knows the rules.”");
  }

  @Test
  void mixedQuoteOnANonSpeechCueLeavesItsQuoteDirect() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "In ruling on the appeal, the board recognized that a court should settle the whole matter — “so that every"
            + " family knows the rules.”");
    assertThat(containing(quotes, "every family").kind()).isEqualTo(ExtractedQuote.Kind.DIRECT);
  }

  @Test
  void wordsAfterTheLastQuoteStayWhenTheTagFollowsThem() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "The new ferries have been “a lifeline,” in sharp contrast to the old service, the report said.");
    assertThat(containing(quotes, "lifeline").text()).endsWith("in sharp contrast to the old service");
  }

  @Test
  void tagSubjectAfterAnOpeningQuoteIsNotContent() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "“The harbour will be ready by May,” Ann Berg’s spokeswoman Bo Lee said on Monday.");
    assertThat(containing(quotes, "ready by May").text()).isEqualTo("“The harbour will be ready by May,”");
  }

  @Test
  void longPrepositionalPhraseAfterTheLastQuoteStays() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "She said she asked the question “to build on his point,” in regard to an earlier question posed by a rival.");
    assertThat(containing(quotes, "build on his point").text()).endsWith("posed by a rival");
  }

  @Test
  void shortPrepositionalPhraseAfterTheLastQuoteIsCut() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "She said the ferries would make the town “glow with pride,” for instance.");
    assertThat(containing(quotes, "glow with pride").text()).endsWith("pride,”");
  }

  @Test
  void pronounAndCueRightAfterAQuoteEndTheContent() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "Granting that there would be a new ferry “down the line” she warned: “It will not come this year.”");
    assertThat(containing(quotes, "down the line").text()).doesNotContain("this year");
    assertThat(containing(quotes, "this year").text()).isEqualTo("“It will not come this year.”");
  }

  @Test
  void quotedComplementKeepsThePlainWordsAfterIt() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "Many sailors see the strike as a “working-class” revolt against the harbour board.");
    assertThat(containing(quotes, "working-class").text()).endsWith("revolt against the harbour board");
  }

  @Test
  void quotedComplementTailCutOffByAnotherQuoteIsLeftOut() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "Many sailors see the strike as a “working-class” revolt that “will not end soon.”");
    assertThat(containing(quotes, "working-class").text()).endsWith("“working-class”");
  }

  @Test
  void topicAfterSaidOfJoinsTheQuote() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "“It is a fine plan,” Ann Berg said of the new harbour budget.");
    ExtractedQuote q = containing(quotes, "fine plan");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).endsWith("the new harbour budget");
  }
}
