package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written texts (not from any evaluation set) for the precision rules of indirect reports (issue #5): frames
 * that look like reports but have no source. One behaviour per test.
 */
class QuoteIndirectPrecisionTest {
  @Test
  void writersHedgeIsNotAReport() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The ferry ran late all summer. It is fair to say that the new timetable has not won over the islanders.",
        "It's worth noting that the old pier will stay open until the spring.",
        "It should be noted that the council never voted on the fares.",
        "All this is to say that the harbour board faces a long winter.");
    assertThat(quotes).noneMatch(q -> q.text().contains("timetable has not won"));
    assertThat(quotes).noneMatch(q -> q.text().contains("old pier will stay open"));
    assertThat(quotes).noneMatch(q -> q.text().contains("never voted on the fares"));
    assertThat(quotes).noneMatch(q -> q.text().contains("faces a long winter"));
  }

  @Test
  void writersNotToSayIsNotAReport() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The fares went up again. That's not to say that the ferry will stop running this winter.");
    assertThat(quotes).noneMatch(q -> q.text().contains("stop running this winter"));
  }

  @Test
  void infinitiveSayWithASubjectIsStillAReport() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "Asked about the fares, the mayor's only answer was to say the ferry would keep running.",
        "Harbour master Ivo Brandt said that the old pier will stay open until the spring.");
    assertThat(containing(quotes, "old pier will stay open").speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void adjectiveOrCountBeforeACueIsNoSpeaker() {
    List<ExtractedQuote> quotes = extract("Council",
        "The two wins so far assure her of at least 40 of the 90 seats on the council.",
        "This is the least talked about change in the harbour plan: the ferry will cost more.",
        "The motion failed, as the vote, 211 in favor, 248 opposed, kept the fares as they were.");
    assertThat(quotes).noneMatch(q -> q.text().contains("40 of the 90 seats"));
    assertThat(quotes).noneMatch(q -> q.text().contains("change in the harbour plan"));
    assertThat(quotes).noneMatch(q -> q.text().contains("kept the fares"));
  }

  @Test
  void nounHeadedSubjectStillSpeaks() {
    List<ExtractedQuote> quotes = extract("Council",
        "The most senior pilot said the ferry will cost more next year.");
    assertThat(quotes).anyMatch(q -> q.text().contains("ferry will cost more"));
  }

  @Test
  void reportStopsBeforeTheWritersWhileClause() {
    List<ExtractedQuote> quotes = extract("Transport",
        "The harbour master said the ferry would keep its winter timetable, while the bus company plans to cut two "
            + "routes.");
    ExtractedQuote q = containing(quotes, "winter timetable");
    assertThat(q.text()).doesNotContain("bus company");
  }

  @Test
  void reportStopsBeforeTheWritersEvenThoughClause() {
    List<ExtractedQuote> quotes = extract("Transport",
        "The harbour master said the ferry would keep its winter timetable, even though the bus company plans to cut "
            + "two routes.");
    assertThat(containing(quotes, "winter timetable").text()).doesNotContain("bus company");
  }

  @Test
  void reportStopsBeforeADashedConcession() {
    List<ExtractedQuote> quotes = extract("Transport",
        "The harbour master said the ferry was finally running on time - though passengers have disputed that claim.");
    assertThat(containing(quotes, "running on time").text()).doesNotContain("passengers");
  }

  @Test
  void reportStopsBeforeTheSubjectsRefusal() {
    List<ExtractedQuote> quotes = extract("Transport",
        "The mayor's office confirmed that the ferry contract was signed in May but declined to name the operator.",
        "Officials said ticket sales rose in June but declined by a tenth in July.");
    assertThat(containing(quotes, "contract was signed").text()).doesNotContain("declined");
    assertThat(containing(quotes, "ticket sales rose").text()).contains("declined by a tenth");
  }

  @Test
  void whileInsideAQuotedReportStays() {
    List<ExtractedQuote> quotes = extract("Transport",
        "Ivo Brandt said the ferry was \"on time, while the buses never are\" this winter.");
    assertThat(containing(quotes, "ferry was").text()).contains("buses never are");
  }
}
