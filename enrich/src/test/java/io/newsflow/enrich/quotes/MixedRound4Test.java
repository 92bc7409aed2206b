package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written texts (not from any evaluation set) for the mixed-quote span rules of issue #5 (helper dmix2, round 4).
 * One behaviour per test.
 */
class MixedRound4Test {
  @Test
  void andWithAnIngWordAfterTheQuoteCoordinatesWithAnEarlierGerund() {
    List<ExtractedQuote> quotes = extract("Lending",
        "Tenant groups charged that the plan risked rewarding “reckless lenders” and punishing careful savers in the town.");
    ExtractedQuote q = containing(quotes, "reckless lenders");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).endsWith("punishing careful savers in the town");
  }

  @Test
  void eventAdjunctAfterAnAsComplementIsLeftOut() {
    List<ExtractedQuote> quotes = extract("Bridge",
        "The mayor criticized the new toll bridge as a “costly mistake” during a radio interview in Dover, Delaware, for the local station.");
    ExtractedQuote q = containing(quotes, "costly mistake");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).isEqualTo("the new toll bridge as a “costly mistake”");
  }

  @Test
  void quotedPartOfACuesObjectClosedByACommaTakesNoTail() {
    List<ExtractedQuote> quotes = extract("Meters",
        "Neighbours have been fuming at the “rushed rollout,” an outcome few residents expected.");
    ExtractedQuote q = containing(quotes, "rushed rollout");
    assertThat(q.kind()).isEqualTo(ExtractedQuote.Kind.MIXED);
    assertThat(q.text()).isEqualTo("the “rushed rollout,”");
  }

  @Test
  void titleAfterAnAnthemIsNoQuote() {
    List<ExtractedQuote> quotes = extract("Choir",
        "The choir ended the night with the old harbour anthem “Sails Over Dover Bay,” the organisers said.");
    assertThat(quotes).noneMatch(q -> q.text().contains("Sails Over Dover Bay"));
  }
}
