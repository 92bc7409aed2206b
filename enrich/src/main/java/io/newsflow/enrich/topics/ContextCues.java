package io.newsflow.enrich.topics;

import java.util.List;
import java.util.Set;

/**
 * Neighbouring-word cues for typing a name: speech verbs (PERSON), place prepositions and
 * datelines (LOCATION), scores and match words next to a town (a sports club). One instance per
 * text; it only reads the token list.
 */
final class ContextCues {
  private static final Set<String> SPEECH_VERBS = Set.of(
      "said", "says", "told", "added", "asked", "replied", "explained", "noted", "stressed");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "around");
  private static final Set<String> MATCH_WORDS = Set.of(
      "beat", "beats", "defeated", "drew", "v", "vs", "v.", "vs.", "versus", "against");

  private final List<Token> tokens;

  ContextCues(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** Type suggested by the neighbours of an undecided single word, or null. */
  EntityKind kindAround(Mention m) {
    String prev = m.from > 0 ? tokens.get(m.from - 1).lower() : "";
    String next = m.to < tokens.size() ? tokens.get(m.to).lower() : "";
    if (SPEECH_VERBS.contains(next) || SPEECH_VERBS.contains(prev)) return EntityKind.PERSON;
    if (isDateline(m)) return EntityKind.LOCATION;
    if (PLACE_PREPOSITIONS.contains(prev)) return EntityKind.LOCATION;
    return null;
  }

  /** "MANILA 1996-08-31" or "PARIS ( Reuters )": a capitalised place opening a dateline. */
  boolean isDateline(Mention m) {
    Token first = tokens.get(m.from);
    if (!first.sentenceStart() || !first.isAllCaps() || m.to >= tokens.size()) return false;
    Token next = tokens.get(m.to);
    return next.isNumber() && next.text().indexOf('-') > 0 || "(".equals(next.text());
  }

  /** A small integer right before or after the mention in the same sentence ("Chicago 5"). */
  boolean nextToScore(Mention m) {
    int sentence = tokens.get(m.from).sentence();
    return m.to < tokens.size() && isScore(tokens.get(m.to)) && tokens.get(m.to).sentence() == sentence
        || m.from > 0 && isScore(tokens.get(m.from - 1)) && tokens.get(m.from - 1).sentence() == sentence;
  }

  /** One to three digits: a score, not a year, date or amount. */
  private static boolean isScore(Token t) {
    if (!t.isNumber() || t.text().length() > 3) return false;
    for (int i = 0; i < t.text().length(); i++) if (!Character.isDigit(t.text().charAt(i))) return false;
    return true;
  }

  /** "beat", "v", "against" next to the mention. */
  boolean nextToMatchWord(Mention m) {
    String prev = m.from > 0 ? tokens.get(m.from - 1).lower() : "";
    String next = m.to < tokens.size() ? tokens.get(m.to).lower() : "";
    return MATCH_WORDS.contains(prev) || MATCH_WORDS.contains(next);
  }
}
