package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.quotes.ExtractedQuote.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which quoted spans belong to one statement and which frame a quote takes; hand-written, not from evaluation data. */
class QuoteJoinRulesTest {
  @Test
  void aFullStopInsideTheQuoteEndsTheSentenceSoTheNextSubjectDoesNotFrameIt() {
    List<ExtractedQuote> quotes = extract("Port",
        "Mayor Ana Ruiz warned that closing the port would be \"a disaster for the whole valley.\" "
            + "She said dock workers \"cannot wait another winter.\"");
    ExtractedQuote first = containing(quotes, "disaster");
    assertThat(first.text()).isEqualTo("closing the port would be \"a disaster for the whole valley.\"");
    assertThat(first.kind()).isEqualTo(Kind.MIXED);
    assertThat(first.cue()).isEqualTo("warned");
    assertThat(containing(quotes, "another winter").text()).isEqualTo("dock workers \"cannot wait another winter.\"");
  }

  @Test
  void aQuestionMarkInsideTheQuoteStillTakesTheFollowingAttribution() {
    List<ExtractedQuote> quotes = extract("Port", "\"Why close it now?\" Ana Ruiz asked.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aQuotedProgrammeNameInTheAttributionDoesNotStopTheJoin() {
    List<ExtractedQuote> quotes = extract("Port",
        "\"It is nonsense,\" Ivo Brandt said on the radio show \"Morning Desk.\" \"Nobody ever asked the dock workers.\"");
    ExtractedQuote q = containing(quotes, "nonsense");
    assertThat(q.text()).contains("Nobody ever asked");
    assertThat(q.speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void anAbbreviatedPlaceBeforeTheNextQuoteStillJoinsIt() {
    List<ExtractedQuote> quotes = extract("Port",
        "\"The port is the same old story,\" Ana Ruiz told supporters in Salem, Ore. \"We were promised jobs.\"");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).contains("same old story").contains("promised jobs");
  }

  @Test
  void aMidSentenceScareQuoteDoesNotContinueTheLastSpeaker() {
    List<ExtractedQuote> quotes = extract("Port",
        "\"We will reopen the harbour,\" Ana Ruiz said.",
        "The council debated the so-called \"harbour clause\" for an hour.");
    ExtractedQuote q = containing(quotes, "reopen");
    assertThat(q.text()).doesNotContain("harbour clause");
  }

  @Test
  void aQuoteOpeningALaterSentenceOfTheSameParagraphContinuesTheAttributedQuote() {
    List<ExtractedQuote> quotes = extract("Port",
        "\u201cWe need more,\u201d said Ana Ruiz, the mayor of Dover. The crowd applauded. \u201cThe pier is falling apart.\u201d");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).isEqualTo("\u201cWe need more,\u201d \u201cThe pier is falling apart.\u201d");
    assertThat(quotes.get(0).speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void anotherSpeechCueInTheParagraphKeepsTheLaterQuoteApart() {
    List<ExtractedQuote> quotes = extract("Port",
        "\u201cWe need more,\u201d said Ana Ruiz, the mayor of Dover. Ivo Brandt disagreed and said so. \u201cThe pier is fine.\u201d");
    assertThat(quotes).extracting(ExtractedQuote::text).doesNotContain(
        "\u201cWe need more,\u201d \u201cThe pier is fine.\u201d");
  }

  @Test
  void aRunOfUnframedQuoteParagraphsIsOneQuote() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz spoke only in bromides.",
        "\u201cWe have to do something and it is the only way.\u201d",
        "\u201cWe have to be a lot tougher than we are now.\u201d",
        "The crowd was unmoved.",
        "\u201cWe are not fighting it strongly enough today.\u201d");
    assertThat(quotes).extracting(ExtractedQuote::text).containsExactly(
        "\u201cWe have to do something and it is the only way.\u201d \u201cWe have to be a lot tougher than we are now.\u201d",
        "\u201cWe are not fighting it strongly enough today.\u201d");
  }

  @Test
  void aQuoteAfterAnAttributionSentenceNoFrameReadsContinuesTheQuoteBeforeIt() {
    List<ExtractedQuote> quotes = extract("Port",
        "\"The harbour is finished, and the whole valley knows it,\" Ana Ruiz, 44, of Dover, Del., who was among"
            + " those polled, said in a follow-up interview. \"Nobody will ever repair it.\"");
    assertThat(quotes).extracting(ExtractedQuote::text).containsExactly(
        "\"The harbour is finished, and the whole valley knows it,\" \"Nobody will ever repair it.\"");
  }

  @Test
  void aQuoteWithAnAttributionOfItsOwnIsNotJoinedAfterAnUnreadAttribution() {
    List<ExtractedQuote> quotes = extract("Port",
        "\"Thanks for coming down to the quay,\" Ivo Brandt, 61, of Salem, Ore., who was among those polled, said"
            + " in a follow-up interview. \"No thanks to the council,\" he added.");
    assertThat(quotes).extracting(ExtractedQuote::text).containsExactly(
        "\"Thanks for coming down to the quay,\"", "\"No thanks to the council,\"");
  }

  @Test
  void aConnectiveOpeningTheNextSentenceCarriesTheQuoteOn() {
    List<ExtractedQuote> quotes = extract("Port",
        "\u201cThe ferry has always run late,\u201d Ana Ruiz said on Monday. Instead, \u201cwe now wait for hours.\u201d");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).isEqualTo(
        "\u201cThe ferry has always run late,\u201d \u201cwe now wait for hours.\u201d");
    assertThat(quotes.get(0).speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aConnectiveFollowedByANewClauseDoesNotJoin() {
    List<ExtractedQuote> quotes = extract("Port",
        "\u201cThe ferry has always run late,\u201d Ana Ruiz said on Monday. But the council called it \u201ca myth.\u201d");
    assertThat(containing(quotes, "always run late").text()).isEqualTo("\u201cThe ferry has always run late,\u201d");
  }

  @Test
  void threeApostrophesCloseTheNestedAndTheOuterQuoteTogether() {
    List<ExtractedQuote> quotes = extract("Port",
        "''The dockers call it 'the long winter,''' said Ana Ruiz, the mayor of Dover. ''Nobody wants another one.''");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).isEqualTo(
        "''The dockers call it 'the long winter,''' ''Nobody wants another one.''");
    assertThat(quotes.get(0).speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aQuotedNameInsideAnUnreadAttributionDoesNotStopTheJoin() {
    List<ExtractedQuote> quotes = extract("Port",
        "\"I never know where the council stands on that,\" Ana Ruiz, 44, of Dover, Del., who was among those"
            + " polled, said before the \"Harbour Days\" fair. \"Some sort of deal is coming.\"");
    assertThat(quotes).extracting(ExtractedQuote::text).containsExactly(
        "\"I never know where the council stands on that,\" \"Some sort of deal is coming.\"");
  }

  @Test
  void aQuestionFollowedByALowerCaseUnreadAttributionIsJoinedToTheNextQuote() {
    List<ExtractedQuote> quotes = extract("Port",
        "\"Why should the harbour be closed now?\" asked one of the dock workers who had come down to the quay."
            + " \"We have waited for years.\"");
    assertThat(quotes).extracting(ExtractedQuote::text).containsExactly(
        "\"Why should the harbour be closed now?\" \"We have waited for years.\"");
  }

  @Test
  void theNameOpeningAnUnreadAttributionIsTheSpeakerOfTheJoinedQuote() {
    List<ExtractedQuote> quotes = extract("Port",
        "\"The harbour is finished, and the whole valley knows it,\" Ana Ruiz, 44, of Dover, Del., who was among"
            + " those polled, said in a follow-up interview. \"Nobody will ever repair it.\"");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aCapitalisedWordOpeningALongerNounPhraseIsNotTakenAsTheSpeaker() {
    List<ExtractedQuote> quotes = extract("Port",
        "\"The harbour is finished, and the whole valley knows it,\" Friends of the Harbour, a group that was"
            + " among those polled, said in a follow-up letter. \"Nobody will ever repair it.\"");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).speaker()).isNotEqualTo("Friends");
  }

  @Test
  void anUnreadAttributionNamesTheSpeakerOfAQuoteThatStandsAlone() {
    List<ExtractedQuote> quotes = extract("Port",
        "\"We will never sell the harbour to anyone,\" Ana Ruiz, 44, of Dover, Del., who was among those polled,"
            + " said in a follow-up interview.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aNounPhraseAfterAQuotedTitleIsNotItsSpeaker() {
    List<ExtractedQuote> quotes = extract("Port",
        "Old shows return. \"Harbour Nights of the Valley,\" an HBO series that first aired in 1989, will be back.");
    assertThat(quotes).extracting(ExtractedQuote::speaker).doesNotContain("HBO");
  }

  @Test
  void anAppositiveWhoseNounLooksLikeACueDoesNotStopTheJoin() {
    List<ExtractedQuote> quotes = extract("Port",
        "\"We want to know why,\" said Ana Ruiz, a Brandt volunteer in Dover. \"But the dockers are receptive.\"");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).isEqualTo("\"We want to know why,\" \"But the dockers are receptive.\"");
    assertThat(quotes.get(0).speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aQuoteSentenceWithAnAttributionOfItsOwnIsNotJoinedToTheQuoteBefore() {
    List<ExtractedQuote> quotes = extract("Port",
        "\"The pier is safe for ferries again,\" said Ivo Brandt. \"The harbour wall still needs repairs,\" added Ana Ruiz.",
        "\"We open the gates at dawn,\" said Bo Lee. \"The ships can wait a day,\" he said.");
    ExtractedQuote pier = containing(quotes, "The pier is safe");
    assertThat(pier.text()).isEqualTo("\"The pier is safe for ferries again,\"");
    assertThat(pier.speaker()).isEqualTo("Ivo Brandt");
    assertThat(containing(quotes, "harbour wall").speaker()).isEqualTo("Ana Ruiz");
    assertThat(containing(quotes, "open the gates").text()).isEqualTo("\"We open the gates at dawn,\"");
    assertThat(containing(quotes, "ships can wait").speaker()).isEqualTo("Bo Lee");
  }

  @Test
  void aLowerCaseSubjectBeforeAWritingVerbAfterTheQuoteIsItsSpeaker() {
    List<ExtractedQuote> quotes = extract("Port",
        "\"The harbour wall needs repairs before the winter storms arrive,\" the council letter reads.",
        "\"We will reopen the ferry line to the islands next spring,\" she posted.",
        "\"Nobody has asked the fishermen what they need,\" the longtime harbour master and union leader said.");
    assertThat(containing(quotes, "harbour wall").speakerMention()).isEqualTo("the council letter");
    assertThat(containing(quotes, "ferry line").speakerMention()).isEqualTo("she");
    assertThat(containing(quotes, "fishermen").speakerMention())
        .isEqualTo("the longtime harbour master and union leader");
  }

  @Test
  void aSpeechCueWithAdjunctsBeforeAColonIntroducesTheQuote() {
    List<ExtractedQuote> quotes = extract("Port",
        "The harbour company said in a statement on Monday: \"We look forward to having all of our staff back at work.\"");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).speakerMention()).isEqualTo("The harbour company");
    assertThat(quotes.get(0).cue()).isEqualTo("said");
  }
}
