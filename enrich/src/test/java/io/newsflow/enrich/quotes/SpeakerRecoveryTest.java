package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written texts (not from any evaluation set) for speakers the frames found but could not name, or named with a
 * word that is no speaker (issue #5, spk). One behaviour per test.
 */
class SpeakerRecoveryTest {
  @Test
  void surnameThatIsATitleWordEndsTheName() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "Tom Dean, a harbour pilot, shouted, “In three days, we win!”");
    assertThat(containing(quotes, "three days").speaker()).isEqualTo("Tom Dean");
  }

  @Test
  void surnameThatIsAModalNamesThePersonAlone() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "Ann Will, a columnist, said, “The bridge is too costly.”",
        "“That is the whole point,” Will said.");
    assertThat(containing(quotes, "whole point").speaker()).isEqualTo("Ann Will");
  }

  @Test
  void monthAfterANameIsStillADate() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "In May, Bo Lee said the docks were “ready.”");
    assertThat(containing(quotes, "ready").speaker()).isEqualTo("Bo Lee");
  }

  @Test
  void articleOpeningASentenceIsNoGivenName() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "A Berg spokesman did not respond.",
        "“The docks will open,” Berg said.");
    assertThat(containing(quotes, "docks will open").speaker()).isEqualTo("Berg");
  }

  @Test
  void datelineIsNoSubject() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "PORTSMOUTH, N.H. — Ann Berg took aim at the harbour board on Monday, calling the delay a “fireable offense.”");
    assertThat(containing(quotes, "fireable").speaker()).isEqualTo("Ann Berg");
  }

  @Test
  void quotedObjectOfAPlainVerbIsTheSubjects() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "Ann Berg, a film star, thanked the mayor for “taking these steps to make us safer.”");
    assertThat(containing(quotes, "taking these steps").speaker()).isEqualTo("Ann Berg");
  }

  @Test
  void passiveParticipleOpenerIsNoSubject() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "Preceded by a brass band, the parade praised the “brave and tireless” crews.");
    assertThat(quotes).allSatisfy(q -> assertThat(q.speaker()).isNotEqualTo("Preceded"));
  }
}
