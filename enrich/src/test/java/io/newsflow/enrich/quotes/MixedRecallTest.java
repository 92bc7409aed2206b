package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written texts (not from any evaluation set) for the mixed-quote recall rules of issue #5: frames whose content
 * is a reported clause or object with a quoted part. One behaviour per test.
 */
class MixedRecallTest {
  @Test
  void talkOfAQuotedTopicIsAMixedQuote() {
    List<ExtractedQuote> quotes = extract("Farms",
        "Rubio met the farmers. He talked of new rules to “close loopholes” in the program.");
    ExtractedQuote q = containing(quotes, "close loopholes");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).startsWith("new rules");
  }

  @Test
  void talkVerbTakesAnAdverbBeforeItsPreposition() {
    List<ExtractedQuote> quotes = extract("Floods",
        "The mayor spoke briefly about the “long road” to recovery.");
    assertThat(containing(quotes, "long road").text()).startsWith("the “long road”");
  }

  @Test
  void talkOfAnUnquotedTopicIsNarration() {
    List<ExtractedQuote> quotes = extract("Farms", "The mayor speaks of the weather at every meeting.");
    assertThat(quotes).noneMatch(q -> q.text().contains("weather"));
  }

  @Test
  void pointedToAQuotedPhraseIsAMixedQuote() {
    List<ExtractedQuote> quotes = extract("Housing", "Mr. Avery pointed to the council’s “broken promises” on housing.");
    ExtractedQuote q = containing(quotes, "broken promises");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).startsWith("the council’s");
  }

  @Test
  void bareNounObjectWithAQuotedPartIsTheContent() {
    List<ExtractedQuote> quotes = extract("Buses",
        "Mayor Ana Ruiz is promising lower fares and “buses every ten minutes” for the east side.");
    ExtractedQuote q = containing(quotes, "buses every ten minutes");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).startsWith("lower fares");
  }

  @Test
  void bareNounObjectWithoutAQuoteIsNoContent() {
    List<ExtractedQuote> quotes = extract("Buses", "Mayor Ana Ruiz announced plans for a new bus depot.");
    assertThat(quotes).noneMatch(q -> q.text().contains("bus depot"));
  }

  @Test
  void toldACapitalisedAddresseeKeepsTheAddresseeOutOfTheContent() {
    List<ExtractedQuote> quotes = extract("Vote", "Ivo Brandt told Radio Nord he was “not worried” about the vote.");
    assertThat(containing(quotes, "not worried").text()).startsWith("he was");
  }

  @Test
  void asCharacterisationAllowsALongerDescriptionBeforeItsQuote() {
    List<ExtractedQuote> quotes = extract("Bridge",
        "Ms. Quist ranked the bridge as one of the worst projects “in the history of the county.”");
    ExtractedQuote q = containing(quotes, "history of the county");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).startsWith("the bridge");
  }

  @Test
  void poundingSomeoneAsAQuotedLabelIsAMixedQuote() {
    List<ExtractedQuote> quotes = extract("Race",
        "Senator Quist has been pounding the mayor as a “part-time leader” all week.");
    assertThat(containing(quotes, "part-time leader").text()).startsWith("the mayor as");
  }

  @Test
  void suchOpensAQuotedObject() {
    List<ExtractedQuote> quotes = extract("Farms", "Farm groups describe such rules as “a tax on rain.”");
    assertThat(containing(quotes, "tax on rain").text()).startsWith("such rules");
  }

  @Test
  void explainedWhyReportsTheEmbeddedQuestion() {
    List<ExtractedQuote> quotes = extract("Ferry", "The director explained why the ferry schedule had changed in March.");
    ExtractedQuote q = containing(quotes, "ferry schedule");
    assertThat(q.text()).startsWith("why the ferry");
    assertThat(q.speakerMention()).isEqualTo("The director");
  }

  @Test
  void ownedWarningWithAModifierReportsItsClause() {
    List<ExtractedQuote> quotes = extract("Dam",
        "Voters remembered his stern warning that the dam would fail within a decade.");
    assertThat(containing(quotes, "dam would fail").text()).startsWith("the dam would fail");
  }

  @Test
  void referencedAQuotedTermIsAMixedQuote() {
    List<ExtractedQuote> quotes = extract("Port", "Ms. Ruiz referenced the “harbour deal” in her speech.");
    ExtractedQuote q = containing(quotes, "harbour deal");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).startsWith("the “harbour deal”");
  }

  @Test
  void glossAfterAQuotedTermIsTheWritersOwn() {
    List<ExtractedQuote> quotes = extract("Port", "Ms. Ruiz referenced the “harbour deal,” a contract signed in 2010.");
    assertThat(containing(quotes, "harbour deal").text()).doesNotContain("contract signed");
  }

  @Test
  void yetAfterAQuotedTermEndsTheObject() {
    List<ExtractedQuote> quotes = extract("News",
        "The station trumpets the slogan “News First,” yet rarely breaks a story.");
    assertThat(containing(quotes, "News First").text()).doesNotContain("rarely");
  }

  @Test
  void mannerAdverbAfterSaidBeforeAQuotedClause() {
    List<ExtractedQuote> quotes = extract("Council",
        "Mr. Avery has said repeatedly “the next mayor” should decide the matter.");
    ExtractedQuote q = containing(quotes, "should decide");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).startsWith("“the next mayor”");
  }

  @Test
  void mannerAdverbAfterSaidBeforeAPronounClause() {
    List<ExtractedQuote> quotes = extract("Council", "Mr. Avery has said privately he would not run again.");
    assertThat(containing(quotes, "not run again").text()).startsWith("he would");
  }

  @Test
  void thatOnlyCueTakesABareClauseWithAQuotedPart() {
    List<ExtractedQuote> quotes = extract("Court", "Mr. Avery implied the judge was biased and “hostile” to farmers.");
    ExtractedQuote q = containing(quotes, "hostile");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).startsWith("the judge was");
  }

  @Test
  void thatOnlyCueWithAnUnquotedBareClauseIsNoReport() {
    List<ExtractedQuote> quotes = extract("Court", "Mr. Avery implied the judge was biased against farmers.");
    assertThat(quotes).noneMatch(q -> q.text().contains("biased"));
  }

  @Test
  void nounContentEndsWhereANamedSourceReportsAnew() {
    List<ExtractedQuote> quotes = extract("Plan",
        "Critics will brand the plan a gamble and Mayor Ruiz will denounce it as “reckless.”");
    assertThat(containing(quotes, "the plan a gamble").text()).doesNotContain("Ruiz");
    ExtractedQuote q = containing(quotes, "reckless");
    assertThat(q.speaker()).isEqualTo("Ruiz");
    assertThat(q.text()).startsWith("it as");
  }

  @Test
  void reasonAfterAQuotedJudgementStaysInTheContent() {
    List<ExtractedQuote> quotes = extract("Levy", "Ms. Quist called the levy “a trap” because few farmers can pay it.");
    assertThat(containing(quotes, "a trap").text()).endsWith("few farmers can pay it");
  }

  @Test
  void coordinatedCueAfterAQuotedObjectTailSharesTheSubject() {
    List<ExtractedQuote> quotes = extract("Piers",
        "The harbour board urged the city to order an “urgent audit” of the old piers and said the council should hire "
            + "“outside engineers” for the work.");
    ExtractedQuote q = containing(quotes, "outside engineers");
    assertThat(q.speakerMention()).isEqualTo("The harbour board");
    assertThat(q.text()).startsWith("the council should");
  }

  @Test
  void subjectlessCueReachesItsThatPastAnOccasionAdjunct() {
    List<ExtractedQuote> quotes = extract("Mayor",
        "It was a strong night for a mayor who conceded in a radio interview that she is “not a natural speaker.”");
    assertThat(containing(quotes, "natural speaker").text()).startsWith("she is");
  }

  @Test
  void thatAfterAnotherVerbInTheAdjunctIsNotTheCuesOwn() {
    List<ExtractedQuote> quotes = extract("Flyers",
        "An earlier report in a local paper said that the flyers used photos of veterans.");
    assertThat(containing(quotes, "flyers used photos").cue()).isEqualTo("said");
  }

  @Test
  void dashAndPronounClauseEndsTheContent() {
    List<ExtractedQuote> quotes = extract("Piers",
        "Ms. Ruiz promises the city will “fix the piers” soon - and she plans to start in May.");
    assertThat(containing(quotes, "fix the piers").text()).doesNotContain("plans to start");
  }

  @Test
  void summaryAppositiveAfterTheClauseIsTheWritersOwn() {
    List<ExtractedQuote> quotes = extract("Pier",
        "Ms. Ruiz said the pier would “never reopen” under the plan, a jab at the harbour board.");
    assertThat(containing(quotes, "never reopen").text()).endsWith("under the plan");
  }

  @Test
  void invitationWithAQuotedPartIsAMixedQuote() {
    List<ExtractedQuote> quotes = extract("Vote", "Ms. Quist invited voters to judge her “record of results” in November.");
    assertThat(containing(quotes, "record of results").text()).startsWith("voters to judge");
  }

  @Test
  void invitationWithoutAQuoteIsNarration() {
    List<ExtractedQuote> quotes = extract("Picnic", "Ms. Quist invited her neighbours to a picnic in the park.");
    assertThat(quotes).isEmpty();
  }

  @Test
  void chantedSlogansAreReported() {
    List<ExtractedQuote> quotes = extract("March", "Outside the hall, the marchers chanted “Save our piers” and “No more delays.”");
    assertThat(containing(quotes, "Save our piers").speakerMention()).isEqualTo("the marchers");
  }

  @Test
  void scoldedTakesAQuotedObject() {
    List<ExtractedQuote> quotes = extract("Levy",
        "The chairman scolded the mayor for saying the levy would “pay for itself.”");
    assertThat(containing(quotes, "pay for itself").text()).startsWith("the mayor for saying");
  }
}
