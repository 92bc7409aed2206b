package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.quotes.ExtractedQuote.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written sentences (not from any evaluation set) for the quotes-3 rules, one behaviour per test. */
class QuoteRulesTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  @Test
  void reportInsideAnotherReportIsPartOfItsContent() {
    List<ExtractedQuote> quotes = extract("Clinic",
        "Nurse Ella Stone said she stayed home because she did not believe the clinic would open.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).isEqualTo("she stayed home because she did not believe the clinic would open");
    assertThat(quotes.get(0).speaker()).isEqualTo("Ella Stone");
  }

  @Test
  void quoteAfterAnAsideOfTheSameSpeakerJoinsTheQuote() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "\"The pier is safe,\" Mayor Ivo Brandt said, noting that divers had checked it. \"We reopen tomorrow.\"",
        "\"The ferry runs again,\" said Ana Ruiz, speaking for the operator. \"Tickets are valid.\"");
    ExtractedQuote pier = containing(quotes, "The pier is safe");
    assertThat(pier.text()).isEqualTo("\"The pier is safe,\" \"We reopen tomorrow.\"");
    assertThat(pier.speaker()).isEqualTo("Ivo Brandt");
    assertThat(containing(quotes, "ferry runs").text()).endsWith("\"Tickets are valid.\"");
  }

  @Test
  void quoteAfterAnotherNamedSpeakersClauseIsNotJoined() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "\"The pier is safe,\" Ivo Brandt said, but Ana Ruiz said otherwise. \"It needs repairs.\"");
    assertThat(containing(quotes, "The pier is safe").text()).doesNotContain("repairs");
  }

  @Test
  void partyAndStateAfterALegislatorDoNotEndTheSentence() {
    List<ExtractedQuote> quotes = extract("Bill",
        "\"The bill is dead,\" Sen. Mara Quist (D-N.Y.) said Tuesday. \"We start over in June.\"",
        "\"It will pass,\" said Rep. Tom Avery (R-Tenn.). \"The votes are there.\"");
    ExtractedQuote dead = containing(quotes, "The bill is dead");
    assertThat(dead.speaker()).isEqualTo("Mara Quist");
    assertThat(dead.text()).endsWith("\"We start over in June.\"");
    assertThat(containing(quotes, "It will pass").text()).endsWith("\"The votes are there.\"");
  }

  @Test
  void capitalisedCueWordInsideANameIsNotACue() {
    List<ExtractedQuote> quotes = extract("Radio",
        "\"I like him,\" Ivo Brandt said on The Morning Show on Tuesday. \"He works hard.\"");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).speaker()).isEqualTo("Ivo Brandt");
    assertThat(quotes.get(0).text()).endsWith("\"He works hard.\"");
  }

  @Test
  void placeInsideAnAppositiveIsNotTheSpeaker() {
    List<ExtractedQuote> quotes = extract("Vote",
        "Rita Moss, a teacher from Dover, Delaware, said the vote was rushed.",
        "\"I feel bad about it,\" she said.");
    assertThat(containing(quotes, "vote was rushed").speaker()).isEqualTo("Rita Moss");
    assertThat(containing(quotes, "feel bad").speaker()).isEqualTo("Rita Moss");
  }

  @Test
  void longAppositiveBetweenQuoteAndCue() {
    ExtractedQuote q = containing(extract("Court",
        "\"This is an overreach by the agency,\" Tom Avery, the attorney general of Kent, one of the states suing "
            + "the agency, said on Monday."), "overreach");
    assertThat(q.speaker()).isEqualTo("Tom Avery");
    assertThat(q.cue()).isEqualTo("said");
  }

  @Test
  void dashCreditAfterAQuoteNamesTheSpeaker() {
    List<ExtractedQuote> quotes = extract("Readers respond",
        "\u201cHe does not speak for our town.\u201d \u2015 Lena Ortiz",
        "\u201cWe expected better from the council.\u201d\u2015 Omar Haddad.");
    assertThat(containing(quotes, "our town").speaker()).isEqualTo("Lena Ortiz");
    assertThat(containing(quotes, "expected better").speaker()).isEqualTo("Omar Haddad");
  }

  @Test
  void commaIntroducerAfterTheCuesObjectAndAdjuncts() {
    ExtractedQuote q = containing(extract("Campaign",
        "Lena Ortiz told reporters in Dover last week, \"We can feel things changing on the ground.\""),
        "feel things");
    assertThat(q.speaker()).isEqualTo("Lena Ortiz");
    assertThat(q.cue()).isEqualTo("told reporters");
  }

  @Test
  void wholeSentenceQuoteRightAfterTheCue() {
    ExtractedQuote q = containing(extract("Night", "Ella Stone spoke first. She declared \u201cWhat a night!\u201d and left."),
        "What a night");
    assertThat(q.kind()).isEqualTo(Kind.DIRECT);
    assertThat(q.cue()).isEqualTo("declared");
    assertThat(q.speaker()).isEqualTo("Ella Stone");
  }

  @Test
  void quoteClosingASentenceThatBeganOutsideItIsMixed() {
    String text = "Schools\nThe district will fund repairs by setting aside \"every cent we save on energy,\" Mayor Ivo Brandt said.";
    ExtractedQuote q = containing(extractor.extract(text), "every cent");
    assertThat(q.kind()).isEqualTo(Kind.MIXED);
    assertThat(q.start()).isEqualTo(text.indexOf("The district"));
    assertThat(q.speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void quotedTitlesOfWorksAreNotQuotes() {
    List<ExtractedQuote> quotes = extract("Talk shows",
        "\"We will win this state,\" Ana Ruiz said on \"Morning Edition Weekly.\"",
        "\"Harbour Reopens After Storm,\" by the Gazette's Tom Avery: the pier is open again.");
    assertThat(quotes).extracting(ExtractedQuote::text).noneMatch(t -> t.contains("Morning Edition"));
    assertThat(quotes).extracting(ExtractedQuote::text).noneMatch(t -> t.contains("Harbour Reopens"));
    assertThat(containing(quotes, "win this state").speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void sayTakesABareClauseStartingWithANoun() {
    ExtractedQuote q = containing(extract("Budget", "Mayor Ivo Brandt said teachers would get a raise next year."),
        "teachers");
    assertThat(q.kind()).isEqualTo(Kind.INDIRECT);
    assertThat(q.text()).isEqualTo("teachers would get a raise next year");
    assertThat(q.speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void relativeThatAfterAFiniteVerbDoesNotStartTheContent() {
    ExtractedQuote q = containing(extract("Audit",
        "The agency said former officials have hidden files that had been requested by the council."), "hidden");
    assertThat(q.text()).isEqualTo("former officials have hidden files that had been requested by the council");
  }

  @Test
  void quoteFramedInsideReportedSpeechBelongsToTheReport() {
    List<ExtractedQuote> quotes = extract("Race", "Ella Stone spoke first. She said Ivo Brandt favors a \u201cstrongman approach.\u201d");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).kind()).isEqualTo(Kind.MIXED);
    assertThat(quotes.get(0).text()).startsWith("Ivo Brandt favors");
    assertThat(quotes.get(0).speaker()).isEqualTo("Ella Stone");
  }

  @Test
  void invertedIndefiniteSpeakerKeepsItsModifiers() {
    ExtractedQuote q = containing(extract("Data",
        "\"It is going to be hard to do it quickly,\" said a longtime data expert who has worked for a rival."), "hard");
    assertThat(q.speakerMention()).isEqualTo("a longtime data expert");
  }

  @Test
  void participleCueAfterACommaEndsTheContentAndStartsANewQuote() {
    List<ExtractedQuote> quotes = extract("Strike",
        "Union leader Omar Haddad said the port would stay closed, saying the talks had failed.");
    assertThat(containing(quotes, "port would stay closed").text()).isEqualTo("the port would stay closed");
    ExtractedQuote second = containing(quotes, "talks had failed");
    assertThat(second.cue()).isEqualTo("saying");
    assertThat(second.speaker()).isEqualTo("Omar Haddad");
  }

  @Test
  void plainNounPhraseSubjects() {
    List<ExtractedQuote> quotes = extract("Court",
        "\"The harm is incalculable,\" federal prosecutors wrote in their filing.",
        "The council's auditors had said most of the invoices were never paid.");
    assertThat(containing(quotes, "incalculable").speakerMention()).isEqualTo("federal prosecutors");
    ExtractedQuote invoices = containing(quotes, "invoices");
    assertThat(invoices.speakerMention()).isEqualTo("The council's auditors");
    assertThat(invoices.text()).isEqualTo("most of the invoices were never paid");
  }

  @Test
  void longRelativeClauseBetweenNameAndCue() {
    ExtractedQuote q = containing(extract("Port",
        "Mayor Ivo Brandt, who served as harbour master when the old pier was closed to ships and ferries for a "
            + "whole year, conceded the situation is \u201cdeeply regrettable.\u201d"), "regrettable");
    assertThat(q.speaker()).isEqualTo("Ivo Brandt");
    assertThat(q.kind()).isEqualTo(Kind.MIXED);
  }

  @Test
  void cueWordsUsedAsModifiedNounsAreNotCues() {
    assertThat(extract("Visit", "The mayor paid an impromptu social call on the harbour master last week.")).isEmpty();
    assertThat(extract("Pay", "A new federal rule that lifts the pay limit takes effect in May.")).isEmpty();
  }

  @Test
  void shortBareClauseAfterSaid() {
    ExtractedQuote q = containing(extract("Inquiry", "Later in the day, the agency said it would cooperate."), "cooperate");
    assertThat(q.text()).isEqualTo("it would cooperate");
    assertThat(q.speakerMention()).isEqualTo("the agency");
  }

  @Test
  void parentheticalAfterOneWordKeepsTheRestOfTheSentence() {
    ExtractedQuote q = containing(extract("Rates", "Ella Stone spoke first.",
        "Otherwise, she said, countries may simply steal growth from one another."), "steal growth");
    assertThat(q.text()).isEqualTo("Otherwise countries may simply steal growth from one another");
    assertThat(q.speaker()).isEqualTo("Ella Stone");
  }

  @Test
  void tailAttributionWithInvertedSpeakerAndAppositiveOrTellObject() {
    List<ExtractedQuote> quotes = extract("Margins",
        "But that is not good enough, said Omar Haddad, a senior analyst at a bank.",
        "This is not about me, Mayor Ivo Brandt told his closest advisers.");
    ExtractedQuote first = containing(quotes, "not good enough");
    assertThat(first.text()).isEqualTo("But that is not good enough");
    assertThat(first.speaker()).isEqualTo("Omar Haddad");
    ExtractedQuote second = containing(quotes, "not about me");
    assertThat(second.text()).isEqualTo("This is not about me");
    assertThat(second.speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void accordingToAfterAColonAndWithALongSourceAndAQuotedTail() {
    List<ExtractedQuote> quotes = extract("Polls",
        "It has not gone unnoticed: According to recent polls, the mayor holds only 14 percent of the vote.",
        "According to early results of exit polls conducted by a research firm for the local press and two radio "
            + "stations, most voters want change.",
        "Over the long term, according to the budget office, the deficit \"is mainly due to rising costs.\"");
    assertThat(containing(quotes, "14 percent").speakerMention()).isEqualTo("recent polls");
    assertThat(containing(quotes, "most voters want change").speakerMention()).startsWith("early results");
    ExtractedQuote deficit = containing(quotes, "deficit");
    assertThat(deficit.kind()).isEqualTo(Kind.MIXED);
    assertThat(deficit.text()).startsWith("Over the long term");
    assertThat(quotes).filteredOn(q -> q.kind() == Kind.DIRECT).isEmpty();
  }

  @Test
  void decimalNumbersDoNotEndASentence() {
    ExtractedQuote q = containing(extract("Count",
        "The mayor led by 0.2 percentage points in unofficial returns, according to the county clerk."), "led by");
    assertThat(q.text()).isEqualTo("The mayor led by 0.2 percentage points in unofficial returns");
  }

  @Test
  void directQuoteInsideReportedSpeechIsNotReportedTwice() {
    List<ExtractedQuote> quotes = extract("Plan",
        "Mayor Ivo Brandt said that the plan, which critics called \"a costly mistake,\" would go ahead in May.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).kind()).isEqualTo(Kind.MIXED);
  }

  @Test
  void invertedNameEndsBeforeOfAndAsidesBetweenSubjectAndCueAreSkipped() {
    List<ExtractedQuote> quotes = extract("Delegates",
        "\u201cThere is a passion for the candidate,\u201d said Rita Moss of the Dover delegation.",
        "Union officials, though, say the decision caused these problems.");
    assertThat(containing(quotes, "passion").speaker()).isEqualTo("Rita Moss");
    assertThat(containing(quotes, "decision caused").speakerMention()).isEqualTo("Union officials");
  }

  @Test
  void contractedPronounStartsAClauseAndALaterCueAfterButSplitsTheContent() {
    List<ExtractedQuote> quotes = extract("Coach",
        "Coach Ivo Brandt said he'd stay at the club, but in a radio interview on Monday said the owners had not paid him.");
    assertThat(containing(quotes, "stay at the club").text()).isEqualTo("he'd stay at the club");
    assertThat(quotes).extracting(ExtractedQuote::text).noneMatch(t -> t.contains("club") && t.contains("owners"));
  }

  @Test
  void anOpeningMarkTypedAsTheCloserStillClosesTheQuote() {
    List<ExtractedQuote> quotes = extract("Port",
        "\u201cIt is unusual,\u201c said Ana Ruiz, a lawyer in Salem. \u201cNobody closes a port in June.\u201d");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).isEqualTo("\u201cIt is unusual,\u201c \u201cNobody closes a port in June.\u201d");
    assertThat(quotes.get(0).speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aTitleCaseNameAfterAWorkNounAndACommaIsNotAQuote() {
    List<ExtractedQuote> quotes = extract("Port",
        "\u201cThe pier is a disgrace,\u201d Ana Ruiz wrote in her memoir, \u201cHarbour Days And Nights.\u201d",
        "Ivo Brandt starred in the reality show, \u201cDock Wars,\u201d for two seasons.");
    assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("\u201cThe pier is a disgrace,\u201d");
  }

  @Test
  void mannerOfSpeakingVerbsAttributeAQuote() {
    List<ExtractedQuote> quotes = extract("Port",
        "\u201cThe pier is a disgrace,\u201d Ana Ruiz fumed on Tuesday.",
        "\u201cWe won every vote in the county,\u201d Ivo Brandt gloated.");
    assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Ana Ruiz", "Ivo Brandt");
    assertThat(quotes).extracting(ExtractedQuote::cue).containsExactly("fumed", "gloated");
  }
}
