package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written texts (not from any evaluation set) for the third round of indirect precision rules: a cue whose
 * content is only its object noun phrase ends that content at the comma closing the noun phrase.
 */
class QuoteIndirectPrecisionRound3Test {
  @Test
  void participleOfTheSubjectIsNotPartOfTheObject() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The harbour master questioned the wisdom of a second ferry pier, citing the cost of dredging the bay.");
    assertThat(quotes).anyMatch(q -> q.text().equals("the wisdom of a second ferry pier"));
    assertThat(quotes).noneMatch(q -> q.text().contains("pier, citing"));
  }

  @Test
  void absoluteWithPhraseIsTheWriters() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The two councillors questioned the other's plans for the quay, with the mayor now pressing for a vote.");
    assertThat(quotes).anyMatch(q -> q.text().equals("the other's plans for the quay"));
  }

  @Test
  void appositiveAfterANameIsTheWriters() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The ferry operator praised the work of Anna Berg, a diver who spent the winter repairing the pier.");
    assertThat(quotes).anyMatch(q -> q.text().equals("the work of Anna Berg"));
  }

  @Test
  void clauseContentKeepsItsTail() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The mayor said the timing of the vote makes it look rushed, leaving the board little time to read it.",
        "Her aides believe her record on the quay, promoting new shops in towns such as Ostby, will win votes.");
    assertThat(quotes).anyMatch(q -> q.text().contains("leaving the board"));
    assertThat(quotes).anyMatch(q -> q.text().contains("will win votes"));
  }

  @Test
  void assumeInTheSenseTakeOnIsNoReport() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The new harbour master assumed her post in March after a long search.",
        "The deputy mayor will assume the chairmanship of the board next year.",
        "The harbour master assumed the ferry would run on time.");
    assertThat(quotes).noneMatch(q -> q.text().contains("her post"));
    assertThat(quotes).noneMatch(q -> q.text().contains("chairmanship"));
    assertThat(quotes).anyMatch(q -> q.text().contains("the ferry would run on time"));
  }
}
