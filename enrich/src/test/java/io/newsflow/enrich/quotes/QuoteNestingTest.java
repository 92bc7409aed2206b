package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written sentences (not from any evaluation set): an inner cue inside reported content is no new quote. */
class QuoteNestingTest {

  @Test
  void cueInsideReportedContentDoesNotStartAQuoteEvenWhenItRunsOn() {
    List<ExtractedQuote> quotes = extract("Clinic",
        "Nurse Ella Stone said she went to the party because she thought it would be fun — something her sister never "
            + "understood.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).isEqualTo("she went to the party because she thought it would be fun");
    assertThat(quotes.get(0).speaker()).isEqualTo("Ella Stone");
  }

  @Test
  void cueInsideAMixedQuoteDoesNotStartAQuote() {
    List<ExtractedQuote> quotes = extract("Port",
        "During the inquiry, the harbour master acknowledged that the cranes could be described as \"worn out,\" the "
            + "local paper reported.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).cue()).isEqualTo("reported");
    assertThat(quotes.get(0).text()).endsWith("could be described as \"worn out,\"");
  }

  @Test
  void mentalStateVerbCoordinatedWithReportedContentJoinsIt() {
    List<ExtractedQuote> quotes = extract("Farm",
        "The farmer told reporters the harvest was \"disappointing\" and he feels the new seed will do better.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text())
        .isEqualTo("the harvest was \"disappointing\" and he feels the new seed will do better");
    assertThat(quotes.get(0).kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
  }

  @Test
  void bareVerbUnderAModalInReportedContentJoinsIt() {
    List<ExtractedQuote> quotes = extract("Port",
        "Harbour master Ivo Brandt informed the council that he would be happy to visit and talk about the new cranes.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).isEqualTo("he would be happy to visit and talk about the new cranes");
    assertThat(quotes.get(0).speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void coordinatedVerbOfSayingStaysASecondQuote() {
    List<ExtractedQuote> quotes = extract("Port",
        "The mayor said the budget was tight and urged residents to be patient.");
    assertThat(quotes).extracting(ExtractedQuote::text)
        .containsExactly("the budget was tight", "residents to be patient");
  }
}
