package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written texts (not from any evaluation set) for the direct and mixed quote rules of issue #5 (helper dmix,
 * round 5). One behaviour per test.
 */
class MixedRound5Test {
  @Test
  void quoteFollowedByARelativeClauseContinuesThePreviousSpeaker() {
    List<ExtractedQuote> quotes = extract("Parking",
        "\"Our members are angry with the mayor,\" said Jack Hale, a spokesman for the shop owners. "
            + "\"She has been very harsh with the parking rule,\" which Hale thinks will drive shoppers away.");
    ExtractedQuote q = containing(quotes, "angry with the mayor");
    assertThat(q.text()).contains("very harsh with the parking rule");
    assertThat(quotes).hasSize(1);
  }
  @Test
  void quoteAfterAddingIsASecondReportNotAnInterruption() {
    List<ExtractedQuote> quotes = extract("Bridge",
        "\"The works are on schedule,\" Ann Berg said on a radio show, adding, \"The bridge will open in May.\"");
    ExtractedQuote first = containing(quotes, "on schedule");
    assertThat(first.text()).doesNotContain("open in May");
    ExtractedQuote second = containing(quotes, "open in May");
    assertThat(second.speaker()).isEqualTo("Ann Berg");
  }
  @Test
  void quoteEndingBareTakesNoAttributionAfterIt() {
    List<ExtractedQuote> quotes = extract("Pier",
        "Some in the “Save the Pier” group say the council ignored them.");
    assertThat(quotes).noneMatch(q -> q.text().endsWith("Pier”"));
  }
  @Test
  void whatSomeoneCalledEndsWithTheQuotedName() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The new dock led to what aide Tom Hale called “the start of a new era” in his 1999 book on the city.");
    ExtractedQuote q = containing(quotes, "start of a new era");
    assertThat(q.text()).isEqualTo("“the start of a new era”");
    assertThat(q.speaker()).isEqualTo("Tom Hale");
  }
  @Test
  void openingParticipialPhraseIsLeftOutOfThePostFramedContent() {
    List<ExtractedQuote> quotes = extract("Towns",
        "Bound together by years of trade, the two towns, Mayor Ann Berg said, now have a \"golden chance\" to grow.",
        "Facing a tough vote, the council has a \"real problem\" with the budget, Ann Berg said.");
    assertThat(containing(quotes, "golden chance").text()).startsWith("the two towns");
    assertThat(containing(quotes, "real problem").text()).startsWith("the council has");
  }
  @Test
  void appositiveAfterAQuotedPartClosedByACommaIsTheWritersGloss() {
    List<ExtractedQuote> quotes = extract("Budget",
        "The mayor said the council was \"failing the town,\" part of a long attack she has made on the budget "
            + "since May.");
    ExtractedQuote q = containing(quotes, "failing the town");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).isEqualTo("the council was \"failing the town,\"");
  }
  @Test
  void quoteInsideAParticiplesThatClauseIsNotJoinedToTheQuoteBefore() {
    List<ExtractedQuote> quotes = extract("Friends",
        "“I regard the mayor as an old friend,” Ann Berg told the host, noting that she and her husband, Tom, "
            + "“have talked with her for years.”");
    ExtractedQuote first = containing(quotes, "old friend");
    assertThat(first.text()).doesNotContain("talked with her");
  }
  @Test
  void quoteAfterAPronounAndSpeechCueOfItsOwnIsNotJoined() {
    List<ExtractedQuote> quotes = extract("Vote",
        "\"We are not ready to vote on it yet,\" Ann Berg said on the radio, though she said, \"We hope to.\"");
    assertThat(containing(quotes, "not ready to vote").text()).doesNotContain("We hope to");
    assertThat(containing(quotes, "We hope to").speaker()).isEqualTo("Ann Berg");
  }
}
