package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written texts (not from any evaluation set) for speaker choice, round 6 (issue #5, spk). */
class SpeakerRound6Test {
  @Test
  void loneMonthIsNoSpeaker() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "The union was angered by her March remark that the docks are “a relic of another age.”");
    for (ExtractedQuote q : quotes) {
      assertThat(q.speaker()).isNotEqualTo("March");
    }
  }

  @Test
  void weekdayAfterPlaceIsNoSurname() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "Tom Avery will speak at a rally in Ohio later Friday.",
        "Tom Avery posted a message early Friday saying that the mayor is “out of touch.”");
    for (ExtractedQuote q : quotes) {
      assertThat(q.speaker()).isNotEqualTo("Ohio Friday");
    }
  }

  @Test
  void commonGivenNameShowsGender() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "“The docks stay open,” Tom Avery said.",
        "Eva Lind, the port director, disagreed with the plan.",
        "“We will build the bridge anyway,” he said.");
    assertThat(containing(quotes, "build the bridge anyway").speaker()).isEqualTo("Tom Avery");
  }

  @Test
  void personBeforeOfKeepsPhraseAgainstPossessiveOwner() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "“The bridge will pay for itself,” said Ann Berg of Harbour University's Center for Port Studies.");
    assertThat(containing(quotes, "pay for itself").speaker()).isEqualTo("Ann Berg");
  }

  @Test
  void acronymSubjectIsNoAntecedentOfHe() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "“The docks stay open,” Tom Avery said.",
        "HARBOUR Week Parade drew thousands of people to the quay on Sunday.",
        "“It was a good day,” he said.");
    assertThat(containing(quotes, "good day").speaker()).isEqualTo("Tom Avery");
  }
}
