package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where reported content ends inside its sentence; hand-written sentences, not from any evaluation set. */
class ContentEndTest {
  @Test
  void aSecondVerbOfTheReportingSubjectEndsTheContent() {
    List<ExtractedQuote> quotes = extract("Budget",
        "Mayor Ivo Brandt said the city had balanced its budget and called on the county to do the same.");
    assertThat(containing(quotes, "balanced").text()).isEqualTo("the city had balanced its budget");
  }

  @Test
  void aCoordinatedNounThatIsNotACueStaysInTheContent() {
    List<ExtractedQuote> quotes = extract("Budget",
        "Mayor Ivo Brandt said the city had balanced its budget and cut its debt by half.");
    assertThat(containing(quotes, "balanced").text()).isEqualTo("the city had balanced its budget and cut its debt by half");
  }

  @Test
  void anotherSubjectsReportAfterACommaEndsTheContent() {
    List<ExtractedQuote> quotes = extract("Ferry",
        "Asked if she believed the harbour would reopen soon, Ana Ruiz said she expected it to open within weeks.");
    assertThat(containing(quotes, "harbour").text()).isEqualTo("the harbour would reopen soon");
    assertThat(containing(quotes, "within weeks").speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aParticipleCueAfterATailAttributionIsItsOwnQuote() {
    List<ExtractedQuote> quotes = extract("Mill",
        "The mill will close in June, a company spokesman said, adding that its workers would be offered other jobs.");
    assertThat(containing(quotes, "The mill").text()).isEqualTo("The mill will close in June");
    assertThat(containing(quotes, "workers").text()).isEqualTo("its workers would be offered other jobs");
  }

  @Test
  void nounContentLeavesOutWhereAndWhenItWasSaid() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz rejected the charges through her lawyer.",
        "Ivo Brandt praised the new harbour plan in a statement on Monday.",
        "Ivo Brandt praised the new harbour plan in the county.");
    assertThat(quotes).extracting(ExtractedQuote::text)
        .containsExactly("the charges", "the new harbour plan", "the new harbour plan in the county");
  }

  @Test
  void aContrastClauseWithItsOwnReportEndsTheContent() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz said the port would not reopen before June although engineers said it could open in May.");
    assertThat(containing(quotes, "June").text()).isEqualTo("the port would not reopen before June");
  }

  @Test
  void aRelativeClauseAfterAnAccordingToSourceIsNotContent() {
    List<ExtractedQuote> quotes = extract("Port",
        "The port will close in June, according to two harbour pilots, who asked not to be named.");
    assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("The port will close in June");
  }

  @Test
  void nounContentEndsAtASubordinateClause() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz criticized the harbour plan because it ignored the fishermen.",
        "Ivo Brandt praised the new ferry service, and he promised more boats next year.",
        "Ivo Brandt praised the ferry, the pier and the new harbour office.");
    assertThat(containing(quotes, "harbour plan").text()).isEqualTo("the harbour plan");
    assertThat(containing(quotes, "ferry service").text()).isEqualTo("the new ferry service");
    assertThat(containing(quotes, "pier").text()).isEqualTo("the ferry, the pier and the new harbour office");
  }

  @Test
  void aContrastClauseWithAPronounSubjectEndsTheContent() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz said the port would reopen in the summer, but she did not give a date for the ferry.");
    assertThat(containing(quotes, "reopen").text()).isEqualTo("the port would reopen in the summer");
  }

  @Test
  void aLinkedParticipleCueEndsTheContent() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz said the old pier was safe before adding that divers had checked it twice.");
    assertThat(containing(quotes, "pier").text()).isEqualTo("the old pier was safe");
  }

  @Test
  void aBeliefVerbAfterACommaIsNoTailFrame() {
    List<ExtractedQuote> quotes = extract("Port",
        "The harbour board should be very, very worried about the summer.",
        "At the pier two men were mending nets, archetypal harbour voters, I thought.");
    assertThat(quotes).isEmpty();
  }

  @Test
  void aNonRestrictiveRelativeClauseIsTheWritersNotTheSources() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz said the county would buy the old ferry, which was built in 1961 and has not sailed since May.");
    assertThat(containing(quotes, "ferry").text()).isEqualTo("the county would buy the old ferry");
  }

  @Test
  void aPollOrRecordShowsABareClause() {
    List<ExtractedQuote> quotes = extract("Port",
        "Polls show Ana Ruiz leading the harbour race by four points.",
        "Port records showed the ferry has sailed 216 times this year.",
        "The ferry show drew a large crowd on the pier.");
    assertThat(quotes).extracting(ExtractedQuote::text)
        .containsExactly("Ana Ruiz leading the harbour race by four points", "the ferry has sailed 216 times this year");
  }

  @Test
  void aCueInAnOpeningAdverbialClauseReportsOnlyUpToItsComma() {
    List<ExtractedQuote> quotes = extract("Port",
        "While Ana Ruiz said the ferry was too old, the county bought it for the summer season.",
        "Two years after Ivo Brandt vowed to rebuild the pier, the harbour board has not spent a cent on it.");
    assertThat(containing(quotes, "ferry").text()).isEqualTo("the ferry was too old");
    assertThat(containing(quotes, "pier").text()).isEqualTo("to rebuild the pier");
  }

  @Test
  void aHeadlineSourceSaysTheRestOfTheTitle() {
    List<ExtractedQuote> quotes = extract("Mayor Ana Ruiz Says Ferry Will Sail Again",
        "The harbour board met on Monday.");
    assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("Ferry Will Sail Again");
    assertThat(quotes.get(0).speaker()).contains("Ana Ruiz");
  }

  @Test
  void aPlainSubjectTheChunkerMissesStillSaysAClause() {
    List<ExtractedQuote> quotes = extract("Port",
        "Almost half of respondents said the ferry should be sold.",
        "Everything the board says is wrong, the union argues.");
    assertThat(containing(quotes, "ferry").text()).isEqualTo("the ferry should be sold");
    assertThat(containing(quotes, "ferry").speakerMention()).contains("respondents");
    assertThat(quotes).noneMatch(q -> q.text().startsWith("is wrong"));
  }

  @Test
  void anotherSubjectsReportAfterAndEndsTheContent() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz said the ferry was too old and the harbour board said it should be sold.");
    assertThat(containing(quotes, "too old").text()).isEqualTo("the ferry was too old");
    assertThat(containing(quotes, "sold").text()).isEqualTo("it should be sold");
  }

  @Test
  void aPlainSubjectBeforeOtherSpeechCuesButNotAfterAnOpeningAdjunct() {
    List<ExtractedQuote> quotes = extract("Port",
        "The board on Monday also urged the ferry company to do more.",
        "With polls showing her far behind, Ana Ruiz toured the pier.");
    assertThat(containing(quotes, "ferry company").text()).isEqualTo("the ferry company to do more");
    assertThat(quotes).noneMatch(q -> q.text().contains("far behind"));
  }

  @Test
  void aShortParentheticalStaysInsideTheContent() {
    List<ExtractedQuote> quotes = extract("Port",
        "Mayor Ivo Brandt praised the work of Councillor Ana Ruiz (Harbour Ward) to reopen the ferry line.");
    assertThat(containing(quotes, "ferry").text())
        .isEqualTo("the work of Councillor Ana Ruiz (Harbour Ward) to reopen the ferry line");
  }

  @Test
  void aPairedDashAsideStaysInsideTheContent() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz said that ferry traffic had fallen by half — about 300 trips a year — since the bridge opened.");
    assertThat(containing(quotes, "ferry").text())
        .isEqualTo("ferry traffic had fallen by half — about 300 trips a year — since the bridge opened");
  }

  @Test
  void aFrontedAdjunctInTheContentDoesNotEndItAtItsComma() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz said that during the storm, the ferry crew believed the pier would hold.");
    assertThat(containing(quotes, "storm").text())
        .isEqualTo("during the storm, the ferry crew believed the pier would hold");
  }

  @Test
  void aRelativeClauseInsideTheContentsSubjectDoesNotEndIt() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz said the harbour board, which meets on Fridays, has approved the new pier.",
        "Ivo Brandt said the county had approved the new road, which will open in May.",
        "Ana Ruiz said the ferry company, which runs three boats, lost money last year.");
    assertThat(containing(quotes, "Fridays").text())
        .isEqualTo("the harbour board, which meets on Fridays, has approved the new pier");
    assertThat(containing(quotes, "county").text()).isEqualTo("the county had approved the new road");
    assertThat(containing(quotes, "boats").text())
        .isEqualTo("the ferry company, which runs three boats, lost money last year");
  }

  @Test
  void anObjectLeavesOutTheOccasionOfTheStatementEvenWithAPlaceAfterIt() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz denied the harbour charges through her lawyer.",
        "Ivo Brandt mentioned the new ferry timetable at the start of his speech.",
        "Ana Ruiz criticized the county budget during a rally Friday in Dover, Del.",
        "Ivo Brandt praised the pier crews on social media.");
    assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("the harbour charges",
        "the new ferry timetable", "the county budget", "the pier crews");
  }

  @Test
  void anAdjunctThatGoesOnWithAClauseOrAModifiedWeekdayStaysIn() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ivo Brandt questioned what kind of captain sails at dawn in a storm.",
        "Ana Ruiz praised the harbour crews since the Monday night storm.");
    assertThat(containing(quotes, "captain").text()).isEqualTo("what kind of captain sails at dawn in a storm");
    assertThat(quotes).noneMatch(q -> q.text().equals("the harbour crews since the"));
  }

  @Test
  void aParticipleClauseAfterAnObjectIsTheWritersButAGerundInAListStaysIn() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz called the vote into question, raising the prospect of a second ballot.",
        "Ivo Brandt praised the crews for towing, fuel, drinking water and repairs.",
        "Ana Ruiz accused the board of wasting the harbour fund, raising the fees and ignoring the fishermen.");
    assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("the vote into question",
        "the crews for towing, fuel, drinking water and repairs",
        "the board of wasting the harbour fund, raising the fees and ignoring the fishermen");
  }

  @Test
  void anObjectEndsAtARelativeClauseAboutANamedPersonOrAnAsClause() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ivo Brandt mentioned Ana Ruiz, who runs the harbour board, in passing.",
        "Ana Ruiz praised the Harbour Trust, which owns the pier.",
        "Ivo Brandt opposed the harbour fees as he prepared his own bid for mayor.");
    assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("Ana Ruiz",
        "the Harbour Trust, which owns the pier", "the harbour fees");
  }

  @Test
  void aClosingAppositiveAfterANamedObjectIsTheWritersGloss() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ivo Brandt was referring to Ana Ruiz, the harbour master at the north pier.",
        "Ana Ruiz called Ivo Brandt, a former ferry captain, a friend of the harbour.");
    assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("to Ana Ruiz",
        "Ivo Brandt, a former ferry captain, a friend of the harbour");
  }

  @Test
  void aCommaAndAsWithAnAuxiliaryIsTheWritersComparison() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz said she would not support the harbour fees, as has the county board.",
        "Ivo Brandt said the ferry would sail as it had done for years.");
    assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("she would not support the harbour fees",
        "the ferry would sail as it had done for years");
  }

  @Test
  void aCommaAndANewSubjectWithItsAuxiliaryEndsTheReportedClause() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz said the harbour fees were too high, and the county board has already voted to cut them.",
        "Ivo Brandt said that the pier was safe, and that the ferry would sail on Monday.");
    assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("the harbour fees were too high",
        "the pier was safe, and that the ferry would sail on Monday");
  }

  @Test
  void aOneWordObjectEndsAtASubordinator() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz opposed it because the harbour fees were too high.",
        "Ivo Brandt opposed the plan because the harbour fees were too high.");
    assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("the plan");
  }

  @Test
  void aSecondThatClauseOfTheSameCueStaysInTheContent() {
    List<ExtractedQuote> quotes = extract("Storm",
        "Ivo Brandt said the ferry was late again, and that he might decide to drive to work instead.",
        "Ana Ruiz said the pier was safe, but that she would ask engineers to check it in May.");
    assertThat(containing(quotes, "ferry").text())
        .isEqualTo("the ferry was late again, and that he might decide to drive to work instead");
    assertThat(containing(quotes, "pier").text())
        .isEqualTo("the pier was safe, but that she would ask engineers to check it in May");
  }
}
