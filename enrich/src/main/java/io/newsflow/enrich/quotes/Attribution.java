package io.newsflow.enrich.quotes;

import java.util.ArrayList;
import java.util.List;

/** A quote candidate with its attribution frame, before speaker resolution. Mutable, confined to one extraction. */
final class Attribution {
  final List<int[]> fragments = new ArrayList<>(2);
  ExtractedQuote.Kind kind;
  SpeakerPhrase phrase;
  CueHit cue;
  /** index of the direct span, or -1 for reported speech. */
  int span = -1;
  /** no frame of its own: takes the speaker of the previous attributed quote. */
  boolean inherits;
  /** unattributed quoted spans taken into a mixed quote. */
  List<Integer> absorbedSpans = List.of();
  boolean dropped;
  String speaker;
  String role;

  Attribution(ExtractedQuote.Kind kind, int start, int end) {
    this.kind = kind;
    fragments.add(new int[] {start, end});
  }

  int start() {
    return fragments.get(0)[0];
  }

  int end() {
    return fragments.get(fragments.size() - 1)[1];
  }

  /** Position used to order resolution: the mention when there is one, else the quote start. */
  int mentionOrder() {
    return phrase != null ? phrase.start() : start();
  }

  String text(String source) {
    if (fragments.size() == 1) {
      return source.substring(start(), end());
    }
    StringBuilder sb = new StringBuilder();
    for (int[] f : fragments) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(source, f[0], f[1]);
    }
    return sb.toString();
  }
}
