package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written texts (not from any evaluation set) for issue #5's speaker-phrase frames of direct and mixed quotes:
 * quotes without a speech frame, long or unusual subjects, and attributions that stand as sentences or lines of their
 * own. One behaviour per test.
 */
class SpeakerFramesTest {
  private static String speakerOf(List<ExtractedQuote> quotes, String fragment) {
    ExtractedQuote q = containing(quotes, fragment);
    return q.speaker() != null ? q.speaker() : q.speakerMention();
  }

  @Test
  void unframedQuoteInsideASentenceIsTheSubjects() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "Senator Mara Quist attacked “the reckless plan to sell the harbour to a private fund” in her speech on "
            + "Friday.");
    assertThat(speakerOf(quotes, "reckless plan")).isEqualTo("Mara Quist");
  }

  @Test
  void unframedQuoteTakesADeterminerSubjectBeforeItsVerb() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The new harbour ad features “a ferry for every island and a school in every village” in bright colours.");
    assertThat(speakerOf(quotes, "ferry for every island")).isEqualTo("The new harbour ad");
  }

  @Test
  void quoteAfterAColonTakesTheIntroducingSubject() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The harbour board’s letter makes its case plainly: “The ferry cannot run at a loss for another year.”");
    assertThat(speakerOf(quotes, "cannot run at a loss")).isEqualTo("The harbour board’s letter");
  }

  @Test
  void sentenceOpeningPrepositionPhraseIsNoSubject() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "Along with the photo, the mayor had posted: “The ferry cannot run at a loss for another year.”");
    assertThat(speakerOf(quotes, "cannot run at a loss")).isNotEqualTo("Along");
  }

  @Test
  void invertedSpeakerAfterAMixedCaseDescription() {
    List<ExtractedQuote> quotes = extract("Ferry",
        "\"I do not know where she stands on the ferry,\" said undecided Liberal voter Tom Avery.");
    assertThat(speakerOf(quotes, "where she stands")).isEqualTo("Tom Avery");
  }

  @Test
  void nounDescriptionBeforeANameAfterTheQuote() {
    List<ExtractedQuote> quotes = extract("Ferry",
        "“We will fight for every last vote in this county,” Quist running mate Ivo Brandt told local radio.");
    assertThat(speakerOf(quotes, "every last vote")).isEqualTo("Ivo Brandt");
  }

  @Test
  void nameBeforeAVerbOfPostingIsTheSpeaker() {
    List<ExtractedQuote> quotes = extract("Storm",
        "“Stay safe out there tonight, and look after each other,” Quist posted on Facebook on Sunday.");
    assertThat(speakerOf(quotes, "Stay safe")).isEqualTo("Quist");
  }

  @Test
  void verbFirstTagBeforeADeterminerPhrase() {
    List<ExtractedQuote> quotes = extract("Campaign",
        "\"With every vote in every county, we grow stronger,\" read the email. \"And we will win.\"");
    assertThat(speakerOf(quotes, "we grow stronger")).isEqualTo("the email");
  }

  @Test
  void unnamedSourceFamiliarWithSomeonesThinking() {
    List<ExtractedQuote> quotes = extract("Race",
        "A source familiar with Quist’s planning said, “She will announce her decision next week.”");
    assertThat(speakerOf(quotes, "announce her decision")).isEqualTo("A source familiar with Quist’s planning");
  }

  @Test
  void bareTagSentenceAfterAFullStopQuote() {
    List<ExtractedQuote> quotes = extract("Rally",
        "“We are going to win this county, and we are going to win it big.” Quist said to cheers. "
            + "“But we need every one of you.”");
    assertThat(speakerOf(quotes, "win it big")).isEqualTo("Quist");
  }

  @Test
  void organisationNamedInAnAppositiveAfterADescription() {
    List<ExtractedQuote> quotes = extract("Ferry",
        "The ferry line's parent company, the Harbour Trust Group, said in a statement that "
            + "\"the decision was not taken lightly.\"");
    assertThat(speakerOf(quotes, "not taken lightly")).contains("Harbour Trust Group");
  }

  @Test
  void titleWithOfBeforeANameAndPartyLabel() {
    List<ExtractedQuote> quotes = extract("Vote",
        "Speaker of the Assembly Rep. Ivo Brandt (L-Dover) said “the vote will go ahead on Monday as planned.”");
    assertThat(speakerOf(quotes, "vote will go ahead")).isEqualTo("Ivo Brandt");
  }

  @Test
  void ingNounAfterADeterminerIsNoCue() {
    List<ExtractedQuote> quotes = extract("Court",
        "In his 40-page ruling, Judge Tom Avery wrote that the law was \"an attempt to close the harbour by the back "
            + "door.\"");
    assertThat(speakerOf(quotes, "close the harbour")).isEqualTo("Tom Avery");
  }

  @Test
  void dashCreditLineUnderAQuoteParagraph() {
    List<ExtractedQuote> quotes = extract("Quotable.",
        "\"The whole idea of closing the ferry is something we hear about all the time, and it needs to stop.\"",
        "-Ana Ruiz, Dover.");
    assertThat(speakerOf(quotes, "closing the ferry")).isEqualTo("Ana Ruiz");
  }

  @Test
  void participleAfterACommaBelongsToTheMainClauseSubject() {
    List<ExtractedQuote> quotes = extract("Debate",
        "Bush, the former governor, also attacked billionaire Ann Berg, with whom he clashed at the debate over the "
            + "port, calling her a “loser.”");
    assertThat(speakerOf(quotes, "loser")).isEqualTo("Bush");
  }

  @Test
  void coordinateAdjectivesKeepTheSubjectTogether() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "\"From the first day, I made the harbour the top priority,\" the soft-spoken, 71-year-old mayor said in an "
            + "interview.");
    assertThat(speakerOf(quotes, "top priority")).isEqualTo("the soft-spoken, 71-year-old mayor");
  }

  @Test
  void timePhraseOpenerIsNoSubject() {
    List<ExtractedQuote> quotes = extract("Port",
        "Early in her campaign, Quist attacked the mayor, calling him “a failed manager of a failing port.”");
    assertThat(speakerOf(quotes, "failed manager")).isEqualTo("Quist");
  }

  @Test
  void possessiveOwnerOpensADeterminerSubject() {
    List<ExtractedQuote> quotes = extract("Ferry",
        "Ann Berg’s letter makes a plain case: “The ferry cannot run at a loss for another year.”");
    assertThat(speakerOf(quotes, "cannot run at a loss")).isEqualTo("Ann Berg’s letter");
  }

  @Test
  void introductoryDateWithAYearBeforeTheSubject() {
    List<ExtractedQuote> quotes = extract("Ferry.",
        "On July 6, 2015, Ann Berg made the following comment:",
        "“For young people who have left school, the ferry is the only way to get to work.”");
    assertThat(speakerOf(quotes, "only way to get to work")).isEqualTo("Ann Berg");
  }

  @Test
  void itIsNoSubjectForAnUnframedQuote() {
    List<ExtractedQuote> quotes = extract("Port",
        "It received a retainer of $35,000 a month to promote the mayor’s efforts “toward making the harbour a more "
            + "open and democratic place.”");
    assertThat(speakerOf(quotes, "democratic place")).isNull();
  }

  @Test
  void quantifiedSubjectOfAChantAfterTheQuote() {
    List<ExtractedQuote> quotes = extract("Protest",
        "\"Hey, hey! Ho, ho! The mayor has got to go!\" some protesters chanted outside the town hall.");
    assertThat(speakerOf(quotes, "got to go")).isEqualTo("some protesters");
  }

  @Test
  void lowerCaseRoleWithOfBeforeAnInvertedName() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "\"Thanks, Dover, for welcoming these families to the harbour,\" said master of ceremonies Ann Berg, a local "
            + "engineer.");
    assertThat(speakerOf(quotes, "welcoming these families")).isEqualTo("Ann Berg");
  }

  @Test
  void cueAfterAnUnframedQuoteDoesNotHideTheSubject() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "Senator Mara Quist attacked “the reckless plan to sell the harbour to a private fund” on Friday, while her "
            + "rival Ivo Brandt said he would fight on.");
    assertThat(speakerOf(quotes, "reckless plan")).isEqualTo("Mara Quist");
  }
}
