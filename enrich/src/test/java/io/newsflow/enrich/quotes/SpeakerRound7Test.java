package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written texts (not from any evaluation set) for speaker choice, round 7 (issue #5, spk). */
class SpeakerRound7Test {
  @Test
  void participleAfterCommaOnQuotedObjectTakesMainSubject() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "DOVER, May 3 (Wire) — The Harbour Board released a notice at the start of the meeting Monday, offering "
            + "“a full refund” to every ticket holder.");
    assertThat(containing(quotes, "full refund").speakerMention()).isEqualTo("The Harbour Board");
  }

  @Test
  void datelinePlaceIsNoSpeaker() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "DOVER, May 3 (Wire) — The harbour board put out a notice on Friday, offering “a full refund” to every "
            + "ticket holder.");
    for (ExtractedQuote q : quotes) {
      assertThat(q.speakerMention()).isNotEqualTo("DOVER");
    }
  }

  @Test
  void verbIsNoSpeakerHead() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "Tom Avery closed two offices and began talking about what happens “if the vote fails.”");
    for (ExtractedQuote q : quotes) {
      assertThat(q.speakerMention()).isNotEqualTo("began");
    }
    assertThat(containing(quotes, "if the vote fails").speaker()).isEqualTo("Tom Avery");
  }

  @Test
  void reducedParticipleAfterObjectTakesSentenceSubject() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "Tom Avery sent a short letter to the harbour board in June explaining that the fees were “far too high.”");
    assertThat(containing(quotes, "far too high").speaker()).isEqualTo("Tom Avery");
  }

  @Test
  void absoluteParticipleKeepsItsOwnNoun() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "The quay was packed on Sunday, with many sailors and dock workers chanting “Open the gates.”");
    for (ExtractedQuote q : quotes) {
      assertThat(q.speaker()).isNotEqualTo("quay");
    }
  }

  @Test
  void sentenceQuoteWithoutCommaBeforeNameTag() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "“The harbour vote is a contest of small groups” Avery said. “The fishermen are one of them.”");
    assertThat(containing(quotes, "contest of small groups").speaker()).isEqualTo("Avery");
  }

  @Test
  void bareTermInsideSentenceStaysUnattributed() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "Voters backed the “Open Gates” Committee plan on Sunday.");
    for (ExtractedQuote q : quotes) {
      assertThat(q.speaker()).isNotEqualTo("Committee");
    }
  }
}
