package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.quotes.ExtractedQuote.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Frames of mixed quotes (reported content with quoted parts): where the content starts after its cue, where it ends,
 * and whose it is. Hand-written sentences, not from any evaluation set.
 */
class MixedQuoteFramesTest {
  private static ExtractedQuote only(List<ExtractedQuote> quotes) {
    assertThat(quotes).hasSize(1);
    return quotes.get(0);
  }

  @Test
  void aParticipleAfterASentenceAdverbTakesTheSubjectAfterIt() {
    ExtractedQuote q = only(extract("Port", "Then Ana Ruiz cut into the council, calling it a \u201cden of thieves.\u201d"));
    assertThat(q.text()).isEqualTo("it a \u201cden of thieves.\u201d");
    assertThat(q.kind()).isEqualTo(Kind.MIXED);
    assertThat(q.speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aCallingClauseAfterNounContentIsAReportOfItsOwn() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ivo Brandt, who runs the ferry, criticized the county, calling the budget a \u201cjoke.\u201d");
    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(0).text()).isEqualTo("the county");
    ExtractedQuote calling = containing(quotes, "joke");
    assertThat(calling.text()).isEqualTo("the budget a \u201cjoke.\u201d");
    assertThat(calling.speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void twoCoordinatedParticiplesAreTwoReports() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz went after the mayor, calling him a \u201ccoward\u201d and accusing him of \u201cselling out\u201d the port.");
    assertThat(quotes).extracting(ExtractedQuote::text)
        .containsExactly("him a \u201ccoward\u201d", "him of \u201cselling out\u201d the port");
    assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnly("Ana Ruiz");
  }

  @Test
  void aTimeAdjunctBetweenCueAndClauseIsSkipped() {
    ExtractedQuote q = only(extract("Port", "Ana Ruiz said Tuesday the ferry plan was \u201ca disaster\u201d for farmers."));
    assertThat(q.text()).isEqualTo("the ferry plan was \u201ca disaster\u201d for farmers");
    assertThat(q.speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aSubjectBeforeATimeAdjunctIsTheSpeaker() {
    ExtractedQuote q = only(extract("Port", "Ana Ruiz on Tuesday called on voters to \u201clook inside\u201d themselves."));
    assertThat(q.text()).isEqualTo("voters to \u201clook inside\u201d themselves");
    assertThat(q.speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aRequestReportsItsAddresseeAndInfinitive() {
    ExtractedQuote q = only(extract("Port", "Ana Ruiz urged residents to \u201cstay home\u201d during the storm."));
    assertThat(q.text()).isEqualTo("residents to \u201cstay home\u201d during the storm");
    assertThat(q.kind()).isEqualTo(Kind.MIXED);
    assertThat(q.speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aCastingVerbWithAQuotedAsDescriptionIsAMixedQuote() {
    ExtractedQuote q = only(extract("Port", "Ivo Brandt portrayed the council as a \u201cclub for insiders.\u201d"));
    assertThat(q.text()).isEqualTo("the council as a \u201cclub for insiders.\u201d");
    assertThat(q.cue()).isEqualTo("portrayed");
    assertThat(q.speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void castingVerbsWithoutAQuotedDescriptionReportNothing() {
    assertThat(extract("Port", "Ivo Brandt saw the harbour as a place to retire.")).isEmpty();
  }

  @Test
  void aSpeechVerbWithAQuotedTopicReportsTheTopic() {
    ExtractedQuote q = only(extract("Port", "Ana Ruiz warned of a \u201clost decade\u201d for the harbour."));
    assertThat(q.text()).isEqualTo("a \u201clost decade\u201d for the harbour");
    assertThat(q.speaker()).isEqualTo("Ana Ruiz");
    assertThat(extract("Port", "Ana Ruiz joked about the weather for an hour.")).isEmpty();
  }

  @Test
  void nounContentStopsAtTheSubjectsNextPredicate() {
    ExtractedQuote q = only(extract("Port",
        "Ana Ruiz called the merger \u201ca terrible deal\u201d and ranked the board among the worst in the state."));
    assertThat(q.text()).isEqualTo("the merger \u201ca terrible deal\u201d");
  }

  @Test
  void aCommaInsideTheClosingMarkEndsTheContentBeforeAParticipleReport() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ivo Brandt called the plan a \u201cfantasy,\u201d adding that the county had no money for it.");
    assertThat(quotes).extracting(ExtractedQuote::text)
        .containsExactly("the plan a \u201cfantasy,\u201d", "the county had no money for it");
    assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnly("Ivo Brandt");
  }

  @Test
  void anAdverbialClauseClosesAtACommaInsideTheClosingMark() {
    ExtractedQuote q = only(extract("Port",
        "While most residents said the pier was \u201cgood enough,\u201d the council voted to replace it."));
    assertThat(q.text()).isEqualTo("the pier was \u201cgood enough,\u201d");
  }

  @Test
  void anAdjunctAboutTheInterviewAfterTheLastQuoteIsNotContent() {
    ExtractedQuote q = only(extract("Port",
        "Ana Ruiz said the ferry was \u201ca lifeline,\u201d in an interview with the Harbour Gazette on Monday."));
    assertThat(q.text()).isEqualTo("the ferry was \u201ca lifeline,\u201d");
  }

  @Test
  void toldTakesAnAddresseeBeforeABareClause() {
    ExtractedQuote q = only(extract("Port", "Ana Ruiz told host Ivo Brandt the ferry was \u201chere to stay.\u201d"));
    assertThat(q.text()).isEqualTo("the ferry was \u201chere to stay.\u201d");
    assertThat(q.speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aReportingRelativeClauseEndsWhereTheMainClauseResumes() {
    ExtractedQuote q = only(extract("Port",
        "Ana Ruiz, who said last week that the pier was \u201cunsafe,\u201d opened it again on Monday."));
    assertThat(q.text()).isEqualTo("the pier was \u201cunsafe,\u201d");
    assertThat(q.speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aCoordinatedCueFindsItsSubjectAfterAnIntroductoryPhrase() {
    ExtractedQuote q = containing(extract("Port",
        "Speaking to the Harbour Gazette on Monday, Ana Ruiz praised the pier but described the ferry as a "
            + "\u201cfloating ruin.\u201d"), "floating");
    assertThat(q.text()).isEqualTo("the ferry as a \u201cfloating ruin.\u201d");
    assertThat(q.speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aCurlyContractionIsAPronounSubjectAndAVerbCue() {
    ExtractedQuote q = only(extract("Port", "Ivo Brandt lost the vote on Monday.",
        "He\u2019s claiming that the vote was \u201crigged\u201d from the start."));
    assertThat(q.text()).isEqualTo("the vote was \u201crigged\u201d from the start");
    assertThat(q.speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void aQuotedTitleInsideTheSubjectsAppositiveDoesNotHideTheSubject() {
    ExtractedQuote q = only(extract("Port",
        "Ana Ruiz, the author of \u201cHarbour Lights,\u201d a history of the port, said the ferry was "
            + "\u201cthe town\u2019s lifeline.\u201d"));
    assertThat(q.text()).isEqualTo("the ferry was \u201cthe town\u2019s lifeline.\u201d");
    assertThat(q.speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aGerundAfterByTakesTheSentenceSubject() {
    ExtractedQuote q = only(extract("Port",
        "Ana Ruiz ended the meeting on Monday by saying the ferry was \u201cnot for sale.\u201d"));
    assertThat(q.text()).isEqualTo("the ferry was \u201cnot for sale.\u201d");
    assertThat(q.speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aPresentTenseVerbCoordinatedAfterAPastTenseCueStaysInTheClause() {
    ExtractedQuote q = only(extract("Port",
        "Ana Ruiz said she owns a boat and understands the \u201cfears of the fishermen.\u201d"));
    assertThat(q.text()).isEqualTo("she owns a boat and understands the \u201cfears of the fishermen.\u201d");
  }

  @Test
  void aReportingWhoClauseAfterAPartyLabelTakesTheNamedAntecedent() {
    ExtractedQuote q = containing(extract("Port",
        "The mayor echoed Sen. Ivo Brandt (D-Maine), who told a local paper Tuesday that the pier was "
            + "\u201ca death trap\u201d in winter."), "death trap");
    assertThat(q.text()).isEqualTo("the pier was \u201ca death trap\u201d in winter");
    assertThat(q.speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void anInitialismEndsItsSentenceBeforeAPronounSubject() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz says the port lost money in the U.S. She says the county needs \u201ca new plan.\u201d");
    assertThat(quotes).extracting(ExtractedQuote::text)
        .containsExactly("the port lost money in the U.S.", "the county needs \u201ca new plan.\u201d");
  }

  @Test
  void whatSomeoneCalledEndsWithTheQuotedName() {
    ExtractedQuote q = containing(extract("Port",
        "The port chose what Ana Ruiz called a \u201cslow and steady\u201d approach to working with the unions."),
        "slow");
    assertThat(q.text()).isEqualTo("a \u201cslow and steady\u201d approach");
    assertThat(q.speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aFiniteVerbAfterAndEndsNounContent() {
    ExtractedQuote q = containing(extract("Port",
        "Ana Ruiz called the fire \u201chorrific\u201d and was \u201cgrateful that everyone is safe.\u201d"), "horrific");
    assertThat(q.text()).isEqualTo("the fire \u201chorrific\u201d");
  }
  @Test
  void aStatementSayingReportsItsIssuersWords() {
    ExtractedQuote q = only(extract("Port",
        "Ivo Brandt issued a statement Monday saying the new schedule was \u201ca slap in the face\u201d to crews."));
    assertThat(q.text()).isEqualTo("the new schedule was \u201ca slap in the face\u201d to crews");
    assertThat(q.kind()).isEqualTo(Kind.MIXED);
    assertThat(q.speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void aPressReleaseSentOutWithThatReportsItsSender() {
    ExtractedQuote q = only(extract("Port",
        "Ana Ruiz sent out a press release warning that the pier would \u201cfall into the sea.\u201d"));
    assertThat(q.text()).isEqualTo("the pier would \u201cfall into the sea.\u201d");
    assertThat(q.speaker()).isEqualTo("Ana Ruiz");
  }
  @Test
  void anOwnedClaimReportsItsThatClauseAsTheOwnersWords() {
    ExtractedQuote q = containing(extract("Port",
        "The audit contradicts Ana Ruiz's claim that the ferry had \u201cnever lost a dime\u201d under her watch."),
        "lost a dime");
    assertThat(q.text()).isEqualTo("the ferry had \u201cnever lost a dime\u201d under her watch");
    assertThat(q.kind()).isEqualTo(Kind.MIXED);
    assertThat(q.speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void anOwnedClaimAsSentenceSubjectIsLeftAlone() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ivo Brandt's claim that the pier was safe angered the families of the crew.");
    assertThat(quotes).isEmpty();
  }
}
