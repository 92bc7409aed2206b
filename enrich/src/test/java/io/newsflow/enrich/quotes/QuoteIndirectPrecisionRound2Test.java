package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written texts (not from any evaluation set) for the second round of precision rules of indirect reports
 * (issue #5): cue words used in a sense that reports nothing. One behaviour per test.
 */
class QuoteIndirectPrecisionRound2Test {
  @Test
  void relativeThatAfterANounIsNoReport() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The new fare table adds to the confusion that has surrounded the ferry service since spring.",
        "The mayor's rivals find themselves in a council that has moved to the left.");
    assertThat(quotes).noneMatch(q -> q.text().contains("has surrounded the ferry"));
    assertThat(quotes).noneMatch(q -> q.text().contains("has moved to the left"));
  }

  @Test
  void relativeThatAfterAnObjectKeepsTheObject() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The harbour master proposed new mooring rules that would end the free berths for yachts.");
    assertThat(containing(quotes, "would end the free berths").text()).startsWith("new mooring rules");
  }

  @Test
  void demonstrativeThatStaysInTheReport() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "Asked about the ferry, the mayor said she wondered whether that would happen before the winter.");
    assertThat(quotes).noneMatch(q -> q.text().startsWith("would happen"));
  }

  @Test
  void addInTheSenseIncreaseIsNoReport() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The port has added 1,200 jobs in the typical month this year, twice the pace of the region.",
        "The strike adds to the pressure on the harbour board to settle before the holidays.");
    assertThat(quotes).noneMatch(q -> q.text().contains("1,200 jobs"));
    assertThat(quotes).noneMatch(q -> q.text().contains("pressure on the harbour board"));
  }

  @Test
  void passiveAgentIsNoContent() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The fare rise was sharply criticized by ferry users and by the shop owners on the quay.",
        "The council backed the plan, a proposal rejected by two earlier harbour boards.");
    assertThat(quotes).noneMatch(q -> q.text().startsWith("by "));
  }

  @Test
  void goOnAndCallToAreNotSpeech() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The harbour master went on the local radio station yesterday during the storm warnings.",
        "The old ferry called to mind the long summers of the harbour town and its busy quay.");
    assertThat(quotes).noneMatch(q -> q.text().contains("local radio station"));
    assertThat(quotes).noneMatch(q -> q.text().contains("long summers"));
  }

  @Test
  void namingParticipleIsNoReport() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The council hired a consultancy called Tidewater Partners, which is owned by a shipping family.");
    assertThat(quotes).noneMatch(q -> q.text().contains("Tidewater"));
  }

  @Test
  void tweetRemnantIsNoContent() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "@harbourwatch promises to keep the ferry running all winter https://t.co/abc123 pic.twitter.com/xyz",
        "The mayor said the ferry will run all winter.");
    assertThat(quotes).noneMatch(q -> q.text().contains("t.co"));
    assertThat(quotes).anyMatch(q -> q.text().contains("ferry will run all winter"));
  }

  @Test
  void relativeThatWithAVerbAndObjectKeepsTheObject() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The skipper recalled a storm on the northern route that left his crew in tears.");
    assertThat(quotes).noneMatch(q -> q.text().startsWith("left his crew"));
  }

  @Test
  void cueNamingWhatWentBeforeIsNoReport() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The “shortcut,” as the skipper called it, cost the ferry two hours and a propeller.");
    assertThat(quotes).noneMatch(q -> q.text().startsWith("it,"));
  }

  @Test
  void participleAfterAPossessiveIsAnAdjective() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The board also discussed the mayor's widely criticized harbour levy at its meeting.");
    assertThat(quotes).noneMatch(q -> q.text().contains("harbour levy"));
  }

  @Test
  void phrasalVerbWithACueWordIsNoReport() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The harbour board called off the regatta because of the storm warnings for the weekend.");
    assertThat(quotes).noneMatch(q -> q.text().contains("regatta"));
  }

  @Test
  void passiveWithAnAdverbHasNoSource() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "Even then, the incumbents are strongly favored to keep the harbour board seats in the spring vote.");
    assertThat(quotes).noneMatch(q -> q.text().startsWith("to keep the harbour board"));
  }

  @Test
  void pronounSubjectAfterTheCueOpensTheClause() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The local paper reported it obtained forty letters that the harbour master sent from his private account.");
    assertThat(containing(quotes, "harbour master sent").text()).startsWith("it obtained forty letters");
  }

  @Test
  void addresseeOfTellIsNoContent() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The ferry will not be sold, the mayor told her closest aides as she prepared the budget speech.",
        "The port inspector is reminding the ferry company about the safety rules after a crew member fell.");
    assertThat(quotes).noneMatch(q -> q.text().startsWith("her closest aides"));
    assertThat(quotes).noneMatch(q -> q.text().startsWith("the ferry company about"));
  }

  @Test
  void whatIsToldAfterTheAddresseeStays() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "A short interview doesn't tell you much about whether a sailor would be a good harbour pilot.");
    assertThat(quotes).anyMatch(q -> q.text().contains("much about whether a sailor"));
  }
}
