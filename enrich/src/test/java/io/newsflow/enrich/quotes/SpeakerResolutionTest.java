package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written texts (not from any evaluation set) for resolving he/she speakers (issue #5): which sentence subjects
 * and relative-clause speakers are antecedents, and what gender evidence rules a person out. One behaviour per test.
 */
class SpeakerResolutionTest {
  @Test
  void subjectAfterAFrontedTimePhraseIsThePronounsAntecedent() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "\"The vote is close,\" Mayor Ivo Brandt said.",
        "Two weeks later, Tom Avery is touring the harbour towns.",
        "\"We have no date yet,\" he said.");
    assertThat(containing(quotes, "no date yet").speaker()).isEqualTo("Tom Avery");
  }

  @Test
  void subjectAfterSeveralIntroductoryPhrasesIsThePronounsAntecedent() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "\"The vote is close,\" Mayor Ivo Brandt said.",
        "But on Friday, in the letter announcing his new role, Tom Avery toured the docks.",
        "\"We have no date yet,\" he said.");
    assertThat(containing(quotes, "no date yet").speaker()).isEqualTo("Tom Avery");
  }

  @Test
  void subjectWithADashAppositiveAfterAnIntroductoryPhraseIsThePronounsAntecedent() {
    List<ExtractedQuote> quotes = extract("Ferry",
        "\"The ferry must stop,\" Mayor Ivo Brandt said.",
        "Reached by phone on Tuesday, Tom Avery — who runs the ferry but rarely speaks in public — told reporters he "
            + "would not appeal.",
        "He said, however, that he hopes \"someone else takes up the fight.\"");
    assertThat(containing(quotes, "takes up the fight").speaker()).isEqualTo("Tom Avery");
  }

  @Test
  void nameInAClauseAfterAPronounSubjectIsNoAntecedent() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "\"We will win,\" Ivo Brandt said.",
        "He argued that if the vote fails, Tom Avery would lose his seat.",
        "\"It is close,\" he said.");
    assertThat(containing(quotes, "It is close").speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void objectOfAnIntroductoryPrepositionIsNoAntecedent() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "\"We will win,\" Ivo Brandt said.",
        "With Tom Avery, the mayor toured the docks.",
        "\"It is close,\" he said.");
    assertThat(containing(quotes, "It is close").speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void courtesyTitleOfTheMentionRulesOutTheOtherGender() {
    List<ExtractedQuote> quotes = extract("Plant",
        "Mr. Lund and his wife run the plant.",
        "\"We will win,\" Tom Avery said.",
        "But Mrs. Kim Lund, who keeps the books, was less sure.",
        "\"It is close,\" he said.");
    assertThat(containing(quotes, "It is close").speaker()).isEqualTo("Tom Avery");
  }

  @Test
  void courtesyTitleElsewhereGivesTheLastNameAGender() {
    List<ExtractedQuote> quotes = extract("Plant",
        "Robin Lane runs the plant. Mr. Moore, a foreman, joined her.",
        "Later, Alex Moore spoke to the workers.",
        "\"We will reopen,\" she said.");
    assertThat(containing(quotes, "We will reopen").speaker()).isEqualTo("Robin Lane");
  }

  @Test
  void loneNameIsASurnameNotAFirstName() {
    List<ExtractedQuote> quotes = extract("Floods",
        "\"The levees failed,\" Hope said.",
        "\"That is not true,\" Mary Ruiz said.",
        "\"We will sue,\" he said.");
    assertThat(containing(quotes, "We will sue").speaker()).isEqualTo("Hope");
  }

  @Test
  void personSpeakingInARelativeClauseIsTheLatestSpeaker() {
    List<ExtractedQuote> quotes = extract("Hearing",
        "Tom Avery opened the hearing.",
        "The plan was backed by Sen. Mary Lund of Ohio, the top Democrat on the panel, who said it would pass.",
        "\"It is overdue,\" she said.");
    assertThat(containing(quotes, "It is overdue").speaker()).isEqualTo("Mary Lund");
  }

  @Test
  void loneSurnameQuotedBeforeIsAnAntecedentAsSubject() {
    List<ExtractedQuote> quotes = extract("Floods",
        "\"It was the rain,\" Brandt said.",
        "\"It was the levees,\" Tom Avery said.",
        "Brandt toured the docks on Friday.",
        "\"We will rebuild,\" he said.");
    assertThat(containing(quotes, "We will rebuild").speaker()).isEqualTo("Brandt");
  }

  @Test
  void loneSurnameWithACourtesyTitleIsAnAntecedentAsSubject() {
    List<ExtractedQuote> quotes = extract("Floods",
        "\"The levees failed,\" Tom Avery said.",
        "Mr. Brandt toured the docks on Friday.",
        "\"We will rebuild,\" he said.");
    assertThat(containing(quotes, "We will rebuild").speaker()).isEqualTo("Brandt");
  }

  @Test
  void subjectWithAGenerationalSuffixIsThePronounsAntecedent() {
    List<ExtractedQuote> quotes = extract("Floods",
        "\"The levees failed,\" Tom Avery said.",
        "Gov. Ivo Brandt Jr., in a radio interview, toured the docks.",
        "\"We will rebuild,\" he added.");
    assertThat(containing(quotes, "We will rebuild").speaker()).isEqualTo("Ivo Brandt Jr.");
  }

  @Test
  void generationalSuffixKeepsSonAndFatherApart() {
    List<ExtractedQuote> quotes = extract("Floods",
        "\"The levees failed,\" Tom Avery said.",
        "Tom Avery Jr., in a radio interview, toured the docks.",
        "\"We will rebuild,\" he said.");
    assertThat(containing(quotes, "We will rebuild").speaker()).isEqualTo("Tom Avery Jr.");
  }

  @Test
  void nameAfterAPersonNounInAnIntroductoryPhraseIsNoSubject() {
    List<ExtractedQuote> quotes = extract("Bakery",
        "Mary Lund runs the bakery.",
        "Along with her husband, Kim Lund, a baker, she has given to many causes.",
        "\"I feel bad to say it,\" she said.");
    assertThat(containing(quotes, "I feel bad").speaker()).isEqualTo("Mary Lund");
  }

  @Test
  void subjectOfACoordinatedClauseIsThePronounsAntecedent() {
    List<ExtractedQuote> quotes = extract("Floods",
        "\"The levees failed,\" Tom Avery said.",
        "That was in March, and since then Ivo Brandt has toured every town.",
        "\"We will rebuild,\" he said.");
    assertThat(containing(quotes, "We will rebuild").speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void personWhoseViewASentenceReportsIsThePronounsAntecedent() {
    List<ExtractedQuote> quotes = extract("Plan",
        "\"We will win,\" Ivo Brandt said.",
        "To Tom Avery, a party consultant, the plan is just plain silly.",
        "\"They are whistling past the graveyard,\" he said.");
    assertThat(containing(quotes, "whistling past").speaker()).isEqualTo("Tom Avery");
  }

  @Test
  void pronounNeverResolvesToANameInItsOwnContent() {
    List<ExtractedQuote> quotes = extract("Call",
        "Tom Avery spoke first.",
        "She said Ivo Brandt \"has failed the town.\"");
    assertThat(containing(quotes, "has failed the town").speaker()).isNotEqualTo("Ivo Brandt");
  }
}
