package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written texts (not from any evaluation set) for the speaker rules of issue #5's second pass: subjects with
 * titles and appositives as pronoun antecedents, relative clauses between a name and its cue, participle clauses,
 * and passive cues. One behaviour per test.
 */
class SpeakerRulesTest {
  @Test
  void subjectWithALowerCaseTitleIsThePronounsAntecedent() {
    List<ExtractedQuote> quotes = extract("Budget",
        "\"The vote is close,\" Mayor Ivo Brandt said.",
        "Harbour spokesman Tom Avery would not say when the council meets.",
        "\"We have no date yet,\" he said.");
    assertThat(containing(quotes, "no date yet").speaker()).isEqualTo("Tom Avery");
  }

  @Test
  void subjectFollowedByAnAppositiveIsThePronounsAntecedent() {
    List<ExtractedQuote> quotes = extract("Budget",
        "\"The vote is close,\" Mayor Ivo Brandt said.",
        "Rep. Tom Avery (R-Tenn.), chair of the budget panel, did not comment on the date.",
        "\"We have no date yet,\" he said.");
    assertThat(containing(quotes, "no date yet").speaker()).isEqualTo("Tom Avery");
  }

  @Test
  void relativeClauseWithCommasDoesNotHideTheSubject() {
    List<ExtractedQuote> quotes = extract("Floods",
        "Ana Ruiz, who lost her house in Dover, Delaware, in March, said the levees were never repaired.");
    ExtractedQuote q = containing(quotes, "levees were never repaired");
    assertThat(q.speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void participleClauseAfterACommaBelongsToTheSentenceSubject() {
    List<ExtractedQuote> quotes = extract("Rally",
        "Senator Mara Quist went after her rival on Friday, saying, \"He has no plan for the farms.\"");
    assertThat(containing(quotes, "no plan for the farms").speaker()).isEqualTo("Mara Quist");
  }

  @Test
  void passiveCueHasNoSpeaker() {
    List<ExtractedQuote> quotes = extract("Vote",
        "The harbour plan was rejected by a wide margin in the spring vote.",
        "Ivo Brandt was told that the ferry would stop running in June.");
    assertThat(quotes).noneMatch(q -> q.text().contains("wide margin"));
    ExtractedQuote told = containing(quotes, "ferry would stop running");
    assertThat(told.speaker()).isNull();
  }

  @Test
  void activeCueKeepsItsSubject() {
    List<ExtractedQuote> quotes = extract("Vote",
        "Ivo Brandt told reporters that the ferry would stop running in June.");
    assertThat(containing(quotes, "ferry would stop running").speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void passiveVoiceNeedsAFormOfBeBeforeTheParticiple() {
    Article a = new Article("Vote\nThe plan was widely rejected. Voters rejected the plan.");
    CueFinder cues = new CueFinder(new CueLexicon());
    CueHit passive = null;
    CueHit active = null;
    for (int i = 0; i < a.size(); i++) {
      CueHit c = cues.at(a, i);
      if (c != null && a.tok(i).is("rejected")) {
        if (passive == null) {
          passive = c;
        } else {
          active = c;
        }
      }
    }
    assertThat(passive).isNotNull();
    assertThat(active).isNotNull();
    assertThat(PassiveVoice.isPassive(a, passive)).isTrue();
    assertThat(PassiveVoice.isPassive(a, active)).isFalse();
  }

  @Test
  void aNameModifierAndALowerCaseRoleBeforeTheNameStayInTheSubject() {
    List<ExtractedQuote> quotes = extract("Port",
        "\"The ferry is not ours to run,\" harbour staffer Ana Ruiz replied.",
        "\"It never was,\" county historian Ivo Brandt said.");
    assertThat(containing(quotes, "ferry").speaker()).isEqualTo("Ana Ruiz");
    assertThat(containing(quotes, "never was").speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void aQuoteParagraphAfterAReportedStatementContinuesItsSpeaker() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz, the harbour master, said the port would reopen in June.",
        "\"We have waited long enough for the county. The boats are ready.\"");
    assertThat(containing(quotes, "boats are ready").speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aQuoteInsideAnotherSentenceDoesNotBorrowThePreviousParagraphsSpeaker() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz, the harbour master, said the port would reopen in June.",
        "The council, meanwhile, called the new ferry schedule \"a lot of work for a few boats in the summer.\"");
    assertThat(quotes.stream().filter(q -> q.text().contains("few boats")).allMatch(q -> !"Ana Ruiz".equals(q.speaker())))
        .isTrue();
  }

  @Test
  void aSubjectLedByADeterminerOrAContractionIsNoPronounAntecedent() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz runs the harbour in Dover.",
        "Many Dock Workers were angry on Monday. Don't Dock Workers deserve better?",
        "\"We need more,\" she said.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aParticipleBeforeAQuoteTakesTheSubjectAfterAnIntroductoryPhrase() {
    List<ExtractedQuote> quotes = extract("Port",
        "In the debate, Ana Ruiz compared herself to Ivo Brandt, saying, \u201cWe need more boats in the harbour now.\u201d");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).speaker()).isEqualTo("Ana Ruiz");
    assertThat(quotes.get(0).cue()).isEqualTo("saying");
  }

  @Test
  void accordingToAfterAQuoteTakesTheWholeSourcePhrase() {
    List<ExtractedQuote> quotes = extract("Port",
        "\u201cThe harbour will need new cranes before the winter,\u201d according to the council report.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).speakerMention()).isEqualTo("the council report");
    assertThat(quotes.get(0).cue()).isEqualTo("according to");
  }

  @Test
  void aNamesakeNamedLaterDoesNotTakeOverTheFirstPersonsLastName() {
    List<ExtractedQuote> quotes = extract("Port",
        "Senator Tom Avery wants a new harbour.",
        "\u201cThe cranes are too old,\u201d Tom Avery said.",
        "His cousin, the teacher Ruth Ellen Avery, was not at the meeting.",
        "\u201cWe will vote in June,\u201d Avery said.",
        "\u201cThe money is there,\u201d he added.");
    assertThat(containing(quotes, "cranes are too old").speaker()).isEqualTo("Tom Avery");
    assertThat(containing(quotes, "vote in June").speaker()).isEqualTo("Tom Avery");
    assertThat(containing(quotes, "money is there").speaker()).isEqualTo("Tom Avery");
  }

  @Test
  void aClauseBetweenCommasIsNoAppositiveAndAPlaceAfterTheIntroIsNoSubject() {
    List<ExtractedQuote> quotes = extract("Port",
        "Speaking at the harbour office in Dover, Delaware, Ana Ruiz praised the pilots, calling them \u201cthe best crew on the coast.\u201d",
        "She adds, \u201cNobody else would sail in that weather.\u201d");
    assertThat(containing(quotes, "best crew").speaker()).isEqualTo("Ana Ruiz");
    assertThat(containing(quotes, "Nobody else").speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void theObjectOfAPrepositionBeforeTheCueIsNoSubject() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz at the time said the harbour needed \u201cnew cranes and more pilots.\u201d");
    assertThat(containing(quotes, "new cranes").speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void anInvertedSpeakerMayCarryLowerCaseModifiersAndAnAffiliation() {
    List<ExtractedQuote> quotes = extract("Port",
        "\u201cThe cranes are too old for the new ships,\u201d said retired harbour pilot Tom Avery.",
        "\u201cThe money is there if the council wants it,\u201d said Ana Ruiz of local shipping firm Bluewater.");
    assertThat(containing(quotes, "cranes are too old").speaker()).isEqualTo("Tom Avery");
    assertThat(containing(quotes, "money is there").speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aCountedGroupOrAFirstPersonContractionIsNoPronounAntecedent() {
    List<ExtractedQuote> quotes = extract("Port",
        "\u201cThe cranes are too old,\u201d Ana Ruiz said.",
        "Six Harbour Board members agreed with her on Monday.",
        "\u201cWe need new ones before the winter,\u201d she said.");
    assertThat(containing(quotes, "new ones").speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void anUnnamedSourceKeepsItsPostModifierAndTheNameInsideIsNoSpeaker() {
    List<ExtractedQuote> quotes = extract("Port",
        "One longtime adviser to Ana Ruiz said, \u201cThe cranes will be sold in May.\u201d",
        "\u201cThe council has no buyer yet,\u201d said a person familiar with the harbour talks.",
        "\u201cWe expect a vote soon,\u201d a spokesman for Bluewater Shipping said.");
    ExtractedQuote adviser = containing(quotes, "sold in May");
    assertThat(adviser.speaker()).isNull();
    assertThat(adviser.speakerMention()).isEqualTo("One longtime adviser to Ana Ruiz");
    assertThat(containing(quotes, "no buyer yet").speakerMention())
        .isEqualTo("a person familiar with the harbour talks");
    ExtractedQuote spokesman = containing(quotes, "vote soon");
    assertThat(spokesman.speaker()).isNull();
    assertThat(spokesman.speakerMention()).isEqualTo("a spokesman for Bluewater Shipping");
  }

  @Test
  void aTitleBeforeANameOrAnInfinitiveIsNoSourcePostModifier() {
    List<ExtractedQuote> quotes = extract("Port",
        "Secretary of State Ana Ruiz said, \u201cThe cranes will be sold in May.\u201d",
        "\u201cWe will not wait,\u201d said a harbour official to applause.");
    assertThat(containing(quotes, "sold in May").speaker()).isEqualTo("Ana Ruiz");
    assertThat(containing(quotes, "not wait").speakerMention()).isEqualTo("a harbour official");
  }

  @Test
  void aParticipleOpeningTheSentenceIsNoName() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz toured the docks on Monday.",
        "Walking to the next pier, Ruiz reminisced about the old days and said the cranes were older than her.",
        "\u201cThey need to go,\u201d she said.");
    assertThat(containing(quotes, "cranes were older").speaker()).isEqualTo("Ana Ruiz");
    assertThat(containing(quotes, "need to go").speaker()).isEqualTo("Ana Ruiz");
    assertThat(quotes).noneMatch(q -> "Walking".equals(q.speaker()));
  }

  @Test
  void anUnnamedSourceBeforeAnAppositiveIsTheSpeaker() {
    List<ExtractedQuote> quotes = extract("Port",
        "A harbour official, speaking on condition of anonymity, said the cranes were \u201cbeyond repair.\u201d",
        "Officials at the Coastal Safety Board, a branch of the port authority, said they were \u201cdeeply worried.\u201d");
    assertThat(containing(quotes, "beyond repair").speakerMention()).isEqualTo("A harbour official");
    assertThat(containing(quotes, "deeply worried").speakerMention())
        .isEqualTo("Officials at the Coastal Safety Board");
  }

  @Test
  void aSentenceClosedByAColonIntroducesTheUnframedQuoteAfterIt() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz then listed her demands for the harbour:",
        "\u201cNew cranes, more pilots and a bigger budget for the dredging work.\u201d",
        "Tom Avery, Harbour Weekly:",
        "\u201cThe plan is dead and the council knows it, whatever it says in public.\u201d",
        "Wait, it gets better:",
        "\u201cThe board never voted on the plan at all, not even once, in three years.\u201d");
    assertThat(containing(quotes, "bigger budget").speaker()).isEqualTo("Ana Ruiz");
    assertThat(containing(quotes, "plan is dead").speaker()).isEqualTo("Tom Avery");
    assertThat(containing(quotes, "never voted").speakerMention()).isNull();
  }
}
