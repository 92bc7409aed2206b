package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Boundaries of indirect content, second round (task ispan2); hand-written sentences, not from any evaluation set. */
class IndirectSpanRound2Test {
  @Test
  void aBecauseClauseStaysInTheNounPhraseContentOfACharge() {
    List<ExtractedQuote> quotes = extract("Pier",
        "Ana Ruiz accused the harbour board of wasting money because it rebuilt the pier twice.",
        "Ivo Brandt described the ferry company as careless because its boats were often late.");
    assertThat(containing(quotes, "harbour board").text())
        .isEqualTo("the harbour board of wasting money because it rebuilt the pier twice");
    assertThat(containing(quotes, "ferry company").text())
        .isEqualTo("the ferry company as careless because its boats were often late");
  }

  @Test
  void aTimeClauseStaysInTheNounPhraseContentOfACharge() {
    List<ExtractedQuote> quotes = extract("Ferry",
        "Ana Ruiz accused the ferry company of overcharging while it held the harbour monopoly.",
        "Ivo Brandt described the mayor as asleep when the storm hit the pier.");
    assertThat(containing(quotes, "ferry company").text())
        .isEqualTo("the ferry company of overcharging while it held the harbour monopoly");
    assertThat(containing(quotes, "mayor").text()).isEqualTo("the mayor as asleep when the storm hit the pier");
  }

  @Test
  void aWhoClauseAfterACommonNounStaysInClauseContent() {
    List<ExtractedQuote> quotes = extract("Ferry",
        "Ana Ruiz said the new timetable angered the fishermen, who rely on the early boat.",
        "Ivo Brandt said the new timetable angered Mayor Lena Holt, who relies on the early boat.");
    assertThat(containing(quotes, "fishermen").text())
        .isEqualTo("the new timetable angered the fishermen, who rely on the early boat");
    assertThat(containing(quotes, "Lena Holt").text()).isEqualTo("the new timetable angered Mayor Lena Holt");
  }

  @Test
  void aWhichWouldClauseAfterACommonNounStaysInClauseContent() {
    List<ExtractedQuote> quotes = extract("Ferry",
        "Ana Ruiz said the town should buy a second ferry, which would halve the waiting time.");
    assertThat(containing(quotes, "second ferry").text())
        .isEqualTo("the town should buy a second ferry, which would halve the waiting time");
  }

  @Test
  void twoNamesJoinedByAndBeforeACueStayInClauseContent() {
    List<ExtractedQuote> quotes = extract("Ferry",
        "Ana Ruiz said the ferry runs late because Harbourside and Mayor Lena Holt agreed to cut its budget.");
    assertThat(containing(quotes, "ferry runs").text())
        .isEqualTo("the ferry runs late because Harbourside and Mayor Lena Holt agreed to cut its budget");
  }
}
