package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.quotes.ExtractedQuote.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reported speech holding a short quoted fragment; hand-written sentences, not from any evaluation set. */
class MixedQuotesTest {
  @Test
  void aSubjectAfterAConjunctionDoesNotAttributeTheQuoteBeforeIt() {
    List<ExtractedQuote> quotes = extract("Inn",
        "Ana Ruiz said she bought the \"Harbour Inn\" only because Ivo Brandt agreed to run it.");
    assertThat(quotes).hasSize(1);
    ExtractedQuote q = quotes.get(0);
    assertThat(q.text()).isEqualTo("she bought the \"Harbour Inn\" only because Ivo Brandt agreed to run it");
    assertThat(q.kind()).isEqualTo(Kind.MIXED);
    assertThat(q.speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aVerbCoordinatedWithTheFirstTakesTheSentenceSubject() {
    List<ExtractedQuote> quotes = extract("Court",
        "Ana Ruiz visited the court on Monday and said the judge had \"a clear conflict\" in the case.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).isEqualTo("the judge had \"a clear conflict\" in the case");
    assertThat(quotes.get(0).kind()).isEqualTo(Kind.MIXED);
    assertThat(quotes.get(0).speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aPledgeReportsItsInfinitive() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ivo Brandt vowed to \"fight for every job\" at the port.",
        "Ana Ruiz threatened to sue the county over the closure.",
        "Ana Ruiz wanted to sue the county over the closure.");
    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(0).text()).isEqualTo("to \"fight for every job\" at the port");
    assertThat(quotes.get(0).kind()).isEqualTo(Kind.MIXED);
    assertThat(quotes.get(0).speaker()).isEqualTo("Ivo Brandt");
    assertThat(quotes.get(1).text()).isEqualTo("to sue the county over the closure");
    assertThat(quotes.get(1).speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aDoubledConsonantPastTenseIsACue() {
    List<ExtractedQuote> quotes = extract("Port", "Ana Ruiz dubbed the harbour plan a \u201cfloating disaster.\u201d");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).isEqualTo("the harbour plan a \u201cfloating disaster.\u201d");
    assertThat(quotes.get(0).cue()).isEqualTo("dubbed");
    assertThat(quotes.get(0).speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aQuoteRightAfterTheCueThatTheSentenceContinuesIsMixedContent() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz, who ran the harbour for ten years, said \"the plan is dead\" unless the county pays for the pier.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).isEqualTo("\"the plan is dead\" unless the county pays for the pier");
    assertThat(quotes.get(0).kind()).isEqualTo(Kind.MIXED);
    assertThat(quotes.get(0).speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aParticipleAsideAfterTheLastQuotedPartIsNotContent() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz said the plan would be \u201cdead on arrival,\u201d referring to the county budget.",
        "Ivo Brandt said the pier was \u201ca disgrace\u201d and urged the county to rebuild it.");
    // the participle and the coordinated request are reports of their own (PolNeAR annotates both), not content
    assertThat(quotes).extracting(ExtractedQuote::text).containsExactly(
        "the plan would be \u201cdead on arrival,\u201d", "to the county budget",
        "the pier was \u201ca disgrace\u201d", "the county to rebuild it");
    assertThat(quotes.get(0).kind()).isEqualTo(Kind.MIXED);
    assertThat(quotes.get(1).cue()).isEqualTo("referring");
    assertThat(quotes.get(2).speaker()).isEqualTo("Ivo Brandt");
    assertThat(quotes.get(3).cue()).isEqualTo("urged");
    assertThat(quotes.get(3).speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void aSubordinateClauseAfterTheLastQuotedPartStaysContent() {
    List<ExtractedQuote> quotes = extract("Port",
        "Ana Ruiz said the plan was \u201cdead,\u201d because the county would not pay.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).isEqualTo("the plan was \u201cdead,\u201d because the county would not pay");
  }

  @Test
  void anAttributionSetOffByCommasBeforeALowerCaseQuoteMakesTheSentenceMixed() {
    List<ExtractedQuote> quotes = extract("Port",
        "The harbour plan, a top aide said, \u201cis dead for now\u201d and will not return.",
        "On Monday, Ana Ruiz said, \u201cwe need more.\u201d");
    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(0).text()).isEqualTo("The harbour plan \u201cis dead for now\u201d and will not return");
    assertThat(quotes.get(0).kind()).isEqualTo(Kind.MIXED);
    assertThat(quotes.get(0).speakerMention()).isEqualTo("a top aide");
    assertThat(quotes.get(1).text()).isEqualTo("\u201cwe need more.\u201d");
    assertThat(quotes.get(1).kind()).isEqualTo(Kind.DIRECT);
  }

  @Test
  void aCueInsideTheSentenceHeadBeforeAnAttributedQuoteIsPartOfTheContent() {
    List<ExtractedQuote> quotes = extract("Port",
        "The mayor cannot say that the pier is \u201csafe for children,\u201d Ivo Brandt added.");
    assertThat(quotes).filteredOn(q -> q.kind() == Kind.MIXED).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("The mayor cannot say that the pier is \u201csafe for children,\u201d");
      assertThat(q.speaker()).isEqualTo("Ivo Brandt");
    });
  }
}
