package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.enrich.quotes.ExtractedQuote.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written sentences (not from any evaluation set), one behaviour per test. */
class QuoteExtractorTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  @Test
  void quoteThenSpeakerThenCue() {
    String text = "Budget talks stall\n\"We will not sign this budget,\" Mayor Anna Kowalski said on Friday.";
    ExtractedQuote q = containing(extractor.extract(text), "sign this budget");
    assertThat(q.kind()).isEqualTo(Kind.DIRECT);
    assertThat(text.substring(q.start(), q.end())).isEqualTo("\"We will not sign this budget,\"");
    assertThat(q.speaker()).isEqualTo("Anna Kowalski");
    assertThat(q.speakerRole()).isEqualTo("Mayor");
    assertThat(q.speakerMention()).isEqualTo("Mayor Anna Kowalski");
    assertThat(text.substring(q.mentionStart(), q.mentionEnd())).isEqualTo("Mayor Anna Kowalski");
    assertThat(q.cue()).isEqualTo("said");
  }

  @Test
  void invertedCueBeforeALongSpeakerPhrase() {
    ExtractedQuote q = containing(extract("Vote delayed",
        "“The schedule is simply unrealistic,” said council treasurer Peter Okafor."), "unrealistic");
    assertThat(q.speaker()).isEqualTo("Peter Okafor");
  }

  @Test
  void colonIntroducerWithMultiWordCue() {
    ExtractedQuote q = containing(extract("Storm warning",
        "Governor Maria Lindqvist took to Twitter to warn: “Stay off the roads until the ice melts tomorrow.”"),
        "Stay off the roads");
    assertThat(q.speaker()).isEqualTo("Maria Lindqvist");
    assertThat(q.cue()).isEqualTo("took to Twitter to warn");
  }

  @Test
  void colonIntroducerInThePreviousParagraph() {
    List<ExtractedQuote> quotes = extract("School reopens",
        "Headteacher Daniel Moreau told parents on Monday:",
        "“Every classroom has been checked twice and the heating works again.”");
    assertThat(containing(quotes, "Every classroom").speaker()).isEqualTo("Daniel Moreau");
  }

  @Test
  void participleCueAfterAComma() {
    ExtractedQuote q = containing(extract("Bridge plan",
        "Engineer Laura Chen praised the design, adding, “It will carry twice the traffic of the old bridge.”"),
        "twice the traffic");
    assertThat(q.speaker()).isEqualTo("Laura Chen");
    assertThat(q.cue()).isEqualTo("adding");
  }

  @Test
  void interruptedQuoteIsJoinedIntoOne() {
    String text = "Port strike\n\"The port is closed,\" union leader Omar Haddad said, \"and it stays closed until Monday.\"";
    List<ExtractedQuote> quotes = extractor.extract(text);
    assertThat(quotes).filteredOn(q -> q.kind() == Kind.DIRECT).hasSize(1);
    ExtractedQuote q = quotes.get(0);
    assertThat(q.text()).isEqualTo("\"The port is closed,\" \"and it stays closed until Monday.\"");
    assertThat(q.start()).isEqualTo(text.indexOf("\"The port"));
    assertThat(q.end()).isEqualTo(text.length());
    assertThat(q.speaker()).isEqualTo("Omar Haddad");
  }

  @Test
  void saidThatClauseIsIndirect() {
    ExtractedQuote q = containing(extract("Rates",
        "Central bank governor Ingrid Solberg said on Tuesday that interest rates would stay unchanged this year."),
        "interest rates");
    assertThat(q.kind()).isEqualTo(Kind.INDIRECT);
    assertThat(q.text()).isEqualTo("interest rates would stay unchanged this year");
    assertThat(q.speaker()).isEqualTo("Ingrid Solberg");
  }

  @Test
  void adverbBetweenCueAndThat() {
    ExtractedQuote q = containing(extract("Talks",
        "Minister Paolo Ricci spoke first. He explained, however, that the deal still needed a vote."),
        "the deal still needed");
    assertThat(q.speaker()).isEqualTo("Paolo Ricci");
  }

  @Test
  void trailingAttributionMakesTheClauseIndirect() {
    ExtractedQuote q = containing(extract("Harvest",
        "The harvest will be the smallest in a decade, farm minister Jonas Berg warned on Monday."), "harvest will");
    assertThat(q.text()).isEqualTo("The harvest will be the smallest in a decade");
    assertThat(q.speaker()).isEqualTo("Jonas Berg");
    assertThat(q.cue()).isEqualTo("warned");
  }

  @Test
  void accordingToInFrontAndAtTheEnd() {
    List<ExtractedQuote> quotes = extract("Traffic",
        "According to police chief Sam Ortiz, the tunnel will reopen next week.",
        "Repairs will cost more than expected, according to engineer Lena Fischer.");
    assertThat(containing(quotes, "tunnel will reopen").speaker()).isEqualTo("Sam Ortiz");
    assertThat(containing(quotes, "Repairs will cost").speaker()).isEqualTo("Lena Fischer");
    assertThat(containing(quotes, "Repairs will cost").cue()).isEqualTo("according to");
  }

  @Test
  void accusedOfTakesTheObjectAsContent() {
    ExtractedQuote q = containing(extract("Dispute",
        "Senator Ruth Adams accused the agency of hiding the report from the public."), "agency");
    assertThat(q.text()).isEqualTo("the agency of hiding the report from the public");
    assertThat(q.speaker()).isEqualTo("Ruth Adams");
  }

  @Test
  void secondConjunctIsItsOwnQuoteWithTheSameSpeaker() {
    List<ExtractedQuote> quotes = extract("Trade",
        "Trade commissioner Elif Kaya stressed that tariffs would fall, but also noted that quotas remain in place.");
    ExtractedQuote first = containing(quotes, "tariffs would fall");
    ExtractedQuote second = containing(quotes, "quotas remain");
    assertThat(first.text()).isEqualTo("tariffs would fall");
    assertThat(second.text()).isEqualTo("quotas remain in place");
    assertThat(second.speaker()).isEqualTo("Elif Kaya");
    assertThat(second.cue()).isEqualTo("noted");
  }

  @Test
  void pronounResolvesToTheLastSpeakerNotToANameInsideTheQuote() {
    List<ExtractedQuote> quotes = extract("Summit",
        "Chancellor Viktor Hahn spoke after the summit.",
        "\"Prime Minister Eva Novak told me she agrees with the plan,\" Hahn said.",
        "He added, \"The treaty will be signed in spring.\"");
    ExtractedQuote q = containing(quotes, "treaty will be signed");
    assertThat(q.speakerMention()).isEqualTo("He");
    assertThat(q.speaker()).isEqualTo("Viktor Hahn");
    assertThat(containing(quotes, "told me she agrees").speaker()).isEqualTo("Viktor Hahn");
  }

  @Test
  void nominalAnaphorResolvesToTheSpeakerWithAMatchingRole() {
    List<ExtractedQuote> quotes = extract("Energy",
        "\"Prices will fall in winter,\" German Economy Minister Klaus Weber said.",
        "The German minister also said that new pipelines would open soon.");
    ExtractedQuote q = containing(quotes, "pipelines");
    assertThat(q.speakerMention()).isEqualTo("The German minister");
    assertThat(q.speaker()).isEqualTo("Klaus Weber");
  }

  @Test
  void surnameIsNormalisedToTheFullName() {
    List<ExtractedQuote> quotes = extract("The strike is over, Petrov says",
        "Union head Ivan Petrov met the employers on Sunday.",
        "\"We accepted the offer after a long night,\" Petrov said.");
    assertThat(containing(quotes, "accepted the offer").speaker()).isEqualTo("Ivan Petrov");
    assertThat(containing(quotes, "strike is over").speaker()).isEqualTo("Ivan Petrov");
  }

  @Test
  void nestedSingleQuotesStayInsideTheOuterQuote() {
    String text = "Court\n“The judge told us: ‘Come back in May.’ So we will,” lawyer Tom Reyes said.";
    List<ExtractedQuote> quotes = extractor.extract(text);
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).isEqualTo("“The judge told us: ‘Come back in May.’ So we will,”");
    assertThat(quotes.get(0).speaker()).isEqualTo("Tom Reyes");
  }

  @Test
  void apostrophesDoNotCloseSingleQuotes() {
    String text = "Farm\n“It’s the farmers’ money, and they’re right to ask ‘where’s it gone?’ today,” Anne Dubois said.";
    ExtractedQuote q = extractor.extract(text).get(0);
    assertThat(q.end()).isEqualTo(text.indexOf(" Anne"));
    assertThat(q.speaker()).isEqualTo("Anne Dubois");
  }

  @Test
  void quoteRunningAcrossParagraphsIsOneQuote() {
    String text = "Flood\nMayor Carlos Vega described the night: “The water came in twenty minutes.\n"
        + "“By midnight the whole street was gone and nobody could reach the old town.”";
    List<ExtractedQuote> quotes = extractor.extract(text);
    ExtractedQuote q = containing(quotes, "water came");
    assertThat(q.text()).contains("By midnight");
    assertThat(q.end()).isEqualTo(text.length());
    assertThat(q.speaker()).isEqualTo("Carlos Vega");
  }

  @Test
  void floatingQuoteParagraphContinuesThePreviousQuoteAndSpeaker() {
    List<ExtractedQuote> quotes = extract("Match",
        "\"We played our best game of the season,\" coach Helen Park said.",
        "\"The young players showed real courage in the second half.\"");
    ExtractedQuote joined = containing(quotes, "young players");
    assertThat(joined.speaker()).isEqualTo("Helen Park");
    assertThat(joined.text()).contains("best game").contains("courage");
    assertThat(quotes.stream().filter(q -> q.text().contains("courage"))).hasSize(1);
  }

  @Test
  void shortQuoteWithACueIsKept() {
    assertThat(containing(extract("Reply", "\"No,\" she said."), "No").kind()).isEqualTo(Kind.DIRECT);
  }

  @Test
  void scareQuotesTitlesMarkupAndReadMoreLinesAreNotQuotes() {
    List<ExtractedQuote> quotes = extract("Film review",
        "The so-called \"reform\" was announced with the slogan \"Building A Better Tomorrow Together Now\".",
        "<blockquote class=\"twitter-tweet\"><p lang=\"en\" dir=\"ltr\">Great day</p></blockquote>",
        "Read more: Mayor calls the plan 'a disaster for our city and its people': Daily Planet");
    assertThat(quotes).noneMatch(q -> q.kind() == Kind.DIRECT);
    assertThat(quotes).noneMatch(q -> q.text().contains("disaster"));
  }

  @Test
  void mixedQuoteKeepsQuotedWordsInsideReportedSpeech() {
    ExtractedQuote q = containing(extract("Plan",
        "Opposition leader Mark Stone said the plan was \"a disaster\" for small towns."), "disaster");
    assertThat(q.kind()).isEqualTo(Kind.MIXED);
    assertThat(q.speaker()).isEqualTo("Mark Stone");
  }

  @Test
  void quoteSentenceRightAfterItsAttributionJoinsTheQuote() {
    List<ExtractedQuote> quotes = extract("Rail",
        "“Trains will run every ten minutes,” transport chief Nora Lind said. “Night buses stay as they are.”");
    assertThat(quotes).filteredOn(q -> q.kind() == Kind.DIRECT).hasSize(1);
    assertThat(quotes.get(0).text()).contains("ten minutes").contains("Night buses");
    assertThat(quotes.get(0).speaker()).isEqualTo("Nora Lind");
  }

  @Test
  void doubledApostrophesActAsQuoteMarks() {
    ExtractedQuote q = containing(extract("Archive",
        "''We never expected this many visitors,'' said museum director Hanna Berg."), "visitors");
    assertThat(q.kind()).isEqualTo(Kind.DIRECT);
    assertThat(q.speaker()).isEqualTo("Hanna Berg");
  }

  @Test
  void accordingToAcceptsALowerCaseSourcePhrase() {
    ExtractedQuote q = containing(extract("Budget",
        "According to several city council members, the vote will be postponed until March."), "postponed");
    assertThat(q.speakerMention()).isEqualTo("several city council members");
    assertThat(q.speaker()).isNull();
  }

  @Test
  void nameInAppositiveAfterARoleIsTheSpeaker() {
    ExtractedQuote q = containing(extract("Ports",
        "In a letter to the Gazette, her chief of staff, Tomas Ilves, said: “The budget is final and will not change.”"),
        "budget is final");
    assertThat(q.speaker()).isEqualTo("Tomas Ilves");
  }

  @Test
  void saidThatFollowedByAPartialQuoteIsMixed() {
    ExtractedQuote q = containing(extract("Audit",
        "Auditor Rosa Diaz said that \"the books are a mess\" at three agencies."), "books");
    assertThat(q.kind()).isEqualTo(Kind.MIXED);
    assertThat(q.text()).endsWith("at three agencies");
    assertThat(q.speaker()).isEqualTo("Rosa Diaz");
  }

  @Test
  void pluralNounSubjectAfterAConjunctionIsNotTheEarlierSpeaker() {
    List<ExtractedQuote> quotes = extract("Deal",
        "Mayor Ida Holm said the deal was fair, but critics said the price was far too high.");
    ExtractedQuote second = containing(quotes, "price was far too high");
    assertThat(second.speakerMention()).isEqualTo("critics");
    assertThat(second.speaker()).isNull();
    assertThat(containing(quotes, "deal was fair").text()).isEqualTo("the deal was fair");
  }

  @Test
  void randomCharacterSoupNeverThrowsAndKeepsOffsetsInsideTheText() {
    String alphabet = "ab Cd,.;:\"“”‘’'«»()—-\nsaid he She according to that Smith Jones. ";
    java.util.Random random = new java.util.Random(42);
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(400);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      for (ExtractedQuote q : extractor.extract(text)) {
        assertThat(q.start()).isBetween(0, text.length());
        assertThat(q.end()).isBetween(q.start(), text.length());
        if (q.mentionStart() >= 0) {
          assertThat(text.substring(q.mentionStart(), q.mentionEnd())).isEqualTo(q.speakerMention());
        }
      }
    }
  }

  @Test
  void headlineWithSpeakerAndColonIsAnAttribution() {
    ExtractedQuote q = containing(extractor.extract("Okafor: New Stadium Will Open Before the Season\nThe club met on Monday."),
        "Stadium");
    assertThat(q.text()).isEqualTo("New Stadium Will Open Before the Season");
    assertThat(q.speaker()).isEqualTo("Okafor");
    assertThat(q.cue()).isEqualTo(":");
  }

  @Test
  void aSectionLabelBeforeAHeadlineColonIsNotASpeaker() {
    assertThat(extractor.extract("The Latest: New Stadium Will Open Before the Season\nThe club met on Monday.")).isEmpty();
    assertThat(extractor.extract("Breaking: Harbour Closed After Storm\nThe port shut on Monday.")).isEmpty();
  }

  @Test
  void oddInputIsHandled() {
    assertThat(extractor.extract("")).isEmpty();
    assertThat(extractor.extract("\"\n\"\n“")).isEmpty();
    assertThatThrownBy(() -> extractor.extract(null)).isInstanceOf(IllegalArgumentException.class);
    String huge = "word said that it is fine. ".repeat(20_000);
    assertThat(extractor.extract(huge)).isNotNull();
    // one giant paragraph full of quotes stays fast (no per-quote rescans of the paragraph)
    String manyQuotes = "T\n" + "\"We will see what happens next week.\" ".repeat(4_000);
    long t0 = System.nanoTime();
    assertThat(extractor.extract(manyQuotes)).isNotEmpty();
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5_000);
  }
}
