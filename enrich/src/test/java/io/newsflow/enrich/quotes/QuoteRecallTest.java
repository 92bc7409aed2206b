package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written texts (not from any evaluation set) for recall rules of issue #5's third pass: short quoted utterances
 * led in by a verb of saying, shouting or reading, and where a mixed quote's content ends after its last quoted part.
 * One behaviour per test.
 */
class QuoteRecallTest {
  @Test
  void shortChantAfterAVerbOfChantingIsKept() {
    List<ExtractedQuote> quotes = extract("Strike",
        "Dock workers marched past the harbour office chanting \"Fair pay now.\"");
    assertThat(containing(quotes, "Fair pay now").kind()).isEqualTo(ExtractedQuote.Kind.DIRECT);
  }

  @Test
  void shortSignTextAfterReadIsKept() {
    List<ExtractedQuote> quotes = extract("Strike",
        "One nurse held up a cardboard sign that read \"Beds, not bonds!\" near the gate.");
    containing(quotes, "Beds, not bonds");
  }

  @Test
  void shortOutburstAfterBlurtedOutIsCreditedToTheSubject() {
    List<ExtractedQuote> quotes = extract("Budget",
        "Mayor Ivo Brandt blurted out, \"Not again,\" when the figures came up.");
    assertThat(containing(quotes, "Not again").speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void chantsOfAQuoteAreKept() {
    List<ExtractedQuote> quotes = extract("Rally",
        "The senator walked onto the stage to chants of \"Four more years!\" from the front rows.");
    containing(quotes, "Four more years");
  }

  @Test
  void shortScareQuoteWithoutAnUtteranceVerbIsStillDropped() {
    List<ExtractedQuote> quotes = extract("Port",
        "The council approved the \"harbour renewal\" plan on Monday.",
        "The ferry is now the \"slow boat\" of the coast.");
    assertThat(quotes).noneMatch(q -> q.text().contains("harbour renewal") || q.text().contains("slow boat"));
  }

  @Test
  void theWordsAsAMentionAreNoUtterance() {
    List<ExtractedQuote> quotes = extract("Ratings",
        "Almost any story with the words \"Harbour Bridge\" draws readers.");
    assertThat(quotes).noneMatch(q -> q.text().contains("Harbour Bridge"));
  }

  @Test
  void includingAfterTheLastQuotedPartGoesOnWithTheContent() {
    List<ExtractedQuote> quotes = extract("Budget",
        "Ana Ruiz said the budget needs \"a real reset,\" including cuts to the ferry service and the port.");
    assertThat(containing(quotes, "a real reset").text()).endsWith("the ferry service and the port");
  }

  @Test
  void byAfterTheLastQuotedPartNamesTheAgentInsideTheContent() {
    List<ExtractedQuote> quotes = extract("Budget",
        "Ivo Brandt said the \"rushed, clumsy rollout,\" by the council last spring left many confused.");
    assertThat(containing(quotes, "clumsy rollout").text()).endsWith("left many confused");
  }

  @Test
  void paragraphOpenedWithAClosingMarkIsStillAQuote() {
    List<ExtractedQuote> quotes = extract("Letters",
        "Readers wrote in.",
        "\u201dThe ferry is late every single morning and nobody answers the phone.\u201d \u2015 Tom Avery");
    assertThat(containing(quotes, "ferry is late").speaker()).isEqualTo("Tom Avery");
  }

  @Test
  void participleAsideAFewWordsAfterTheLastQuotedPartEndsTheContent() {
    List<ExtractedQuote> quotes = extract("Audit",
        "Mayor Ivo Brandt has often wondered whether the auditors will be \"fair\" to the city, drawing scorn from the"
            + " council.");
    assertThat(containing(quotes, "fair").text()).endsWith("to the city");
  }
}
