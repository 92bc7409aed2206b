package io.newsflow.enrich.topics;

import java.util.List;
import java.util.Set;

/**
 * Neighbouring-word cues for typing a name: speech verbs and appositions (PERSON), place
 * prepositions, "city of" and datelines (LOCATION), scores and match words next to a town (a
 * sports club), and whether the whole text reads as a sports report. One instance per text; it
 * only reads the token list.
 */
final class ContextCues {
  private static final Set<String> SPEECH_VERBS = Set.of(
      "said", "says", "told", "added", "asked", "replied", "explained", "noted", "stressed",
      "insisted", "admitted", "warned", "argued", "claimed", "declared", "denied", "wrote");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "around", "across");
  /** "city of X", "outskirts of X", "north of X": a place noun or direction before "of". */
  private static final Set<String> PLACE_NOUNS_BEFORE_OF = Set.of(
      "city", "town", "village", "province", "region", "state", "district", "county", "capital",
      "outskirts", "port", "island", "suburb", "suburbs", "north", "south", "east", "west",
      "northeast", "northwest", "southeast", "southwest", "centre", "center", "streets", "republic");
  /** Words right after a name that make it a company or body ("X spokesman", "X shares"). */
  private static final Set<String> ORG_FOLLOWERS = Set.of(
      "spokesman", "spokeswoman", "shares", "stock", "officials", "executives", "chairman",
      "subsidiary", "unit", "shareholders", "board", "management");
  private static final Set<String> MATCH_WORDS = Set.of(
      "beat", "beats", "defeated", "drew", "v", "vs", "v.", "vs.", "versus", "against", "lost", "halted",
      "routed", "thrashed", "edged", "downed", "blanked", "whipped");
  /**
   * Vocabulary that marks a text as a sports report, where towns usually stand for their clubs.
   * Only words that rarely occur outside sport: "won", "points" or "results" also fill market reports.
   */
  private static final Set<String> SPORTS_WORDS = Set.of(
      "soccer", "football", "rugby", "cricket", "baseball", "basketball", "hockey", "tennis", "golf",
      "match", "matches", "goal", "goals", "scored", "league", "division", "innings", "wickets",
      "wicket", "halftime", "half-time", "standings", "championship", "cup", "coach", "striker",
      "midfielder", "goalkeeper", "inning", "pitcher", "homer", "touchdown", "quarterback", "playoff",
      "playoffs", "semifinal", "semi-final", "quarter-final", "fixtures", "tournament", "batsman",
      "bowler", "referee", "penalty", "seeded", "lap", "race", "olympic", "athletics", "stadium");
  /** Distinct sports words needed, or fewer plus match results ("2-1"). */
  private static final int SPORTS_MIN_WORDS = 2;
  private static final int SPORTS_MIN_RESULTS = 2;

  private final List<Token> tokens;
  private final boolean sports;

  ContextCues(List<Token> tokens) {
    this.tokens = tokens;
    java.util.Set<String> words = new java.util.HashSet<>();
    int results = 0;
    for (Token t : tokens) {
      if (t.isWord() && SPORTS_WORDS.contains(t.lower())) words.add(t.lower());
      else if (isScore(t) && t.text().indexOf('-') > 0) results++;
      if (words.size() >= SPORTS_MIN_WORDS) break;
    }
    this.sports = words.size() >= SPORTS_MIN_WORDS || !words.isEmpty() && results >= SPORTS_MIN_RESULTS;
  }

  /** Whether the text reads as a sports report (scores, match vocabulary). */
  boolean isSportsText() {
    return sports;
  }

  /** Type suggested by the neighbours of an undecided single word, or null. */
  EntityKind kindAround(Mention m) {
    String prev = m.from > 0 ? tokens.get(m.from - 1).lower() : "";
    String prev2 = m.from > 1 ? tokens.get(m.from - 2).lower() : "";
    String next = m.to < tokens.size() ? tokens.get(m.to).lower() : "";
    String next2 = m.to + 1 < tokens.size() ? tokens.get(m.to + 1).lower() : "";
    boolean acronym = tokens.get(m.from).isAllCaps();
    if (!acronym && (SPEECH_VERBS.contains(next) || SPEECH_VERBS.contains(prev))) return EntityKind.PERSON;
    if (",".equals(next) && (SPEECH_VERBS.contains(next2) || "who".equals(next2))) return EntityKind.PERSON;
    if (isDateline(m)) return EntityKind.LOCATION;
    if (PLACE_PREPOSITIONS.contains(prev)) return EntityKind.LOCATION;
    if ("of".equals(prev) && PLACE_NOUNS_BEFORE_OF.contains(prev2)) return EntityKind.LOCATION;
    if (ORG_FOLLOWERS.contains(next)) return EntityKind.ORGANIZATION;
    return null;
  }

  /**
   * "MANILA 1996-08-31", "VAIL, Colorado 1996-12-06" or "PARIS ( Reuters )": a capitalised place
   * opening a dateline.
   */
  boolean isDateline(Mention m) {
    Token first = tokens.get(m.from);
    if (!first.sentenceStart() || !first.isAllCaps() || m.to >= tokens.size()) return false;
    Token next = tokens.get(m.to);
    if (next.isNumber() && next.text().indexOf('-') > 0 || "(".equals(next.text())) return true;
    // "VAIL , Colorado 1996-12-06": place, comma, region, date
    if (!",".equals(next.text())) return false;
    for (int i = m.to + 1; i < Math.min(tokens.size(), m.to + 5); i++) {
      Token t = tokens.get(i);
      if (t.sentence() != first.sentence()) return false;
      if (t.isNumber() && t.text().length() >= 8 && t.text().indexOf('-') == 4) return true;
    }
    return false;
  }

  /** Next to a score or a match word: where a club's name stands in a sports report. */
  boolean isTeamSlot(Mention m) {
    return nextToScore(m) || nextToMatchWord(m);
  }

  /** A small integer right before or after the mention in the same sentence ("Chicago 5"). */
  boolean nextToScore(Mention m) {
    int sentence = tokens.get(m.from).sentence();
    return m.to < tokens.size() && isScore(tokens.get(m.to)) && tokens.get(m.to).sentence() == sentence
        || m.from > 0 && isScore(tokens.get(m.from - 1)) && tokens.get(m.from - 1).sentence() == sentence
            && !tokens.get(m.from - 1).sentenceStart();
  }

  /**
   * A scorer list entry: "( Whelan 60 )", ", Rowson 55 ,": after an opening bracket or comma and
   * before a minute that is followed by a comma, bracket or the end of the sentence.
   */
  boolean isScorerSlot(Mention m) {
    if (m.from == 0 || m.to + 1 > tokens.size()) return false;
    String prev = tokens.get(m.from - 1).text();
    if (!"(".equals(prev) && !",".equals(prev) && !";".equals(prev)) return false;
    Token minute = tokens.get(m.to);
    if (!isScore(minute) || minute.text().indexOf('-') >= 0 || minute.sentence() != tokens.get(m.from).sentence()) {
      return false;
    }
    if (m.to + 1 >= tokens.size()) return true;
    Token after = tokens.get(m.to + 1);
    return after.sentence() != minute.sentence() || ",".equals(after.text()) || ")".equals(after.text())
        || ";".equals(after.text()) || after.isNumber() || "pen".equals(after.lower());
  }

  /** A plain integer of one to three digits right after the mention ("Real Madrid 2"). */
  boolean followedByGoals(Mention m) {
    if (m.to >= tokens.size()) return false;
    Token t = tokens.get(m.to);
    return t.sentence() == tokens.get(m.from).sentence() && isScore(t) && t.text().indexOf('-') < 0;
  }

  /** One to three digits, optionally "-" and one to three more ("3", "6-3", "532-8"): not a year or amount. */
  static boolean isScore(Token t) {
    String s = t.text();
    if (!t.isNumber() || s.length() > 7) return false;
    int dash = s.indexOf('-');
    if (dash < 0) return s.length() <= 3 && allDigits(s, 0, s.length());
    return dash <= 3 && s.length() - dash - 1 <= 3 && s.length() - dash - 1 >= 1
        && allDigits(s, 0, dash) && allDigits(s, dash + 1, s.length());
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) if (!Character.isDigit(s.charAt(i))) return false;
    return to > from;
  }

  /** "beat", "v", "against" next to the mention. */
  boolean nextToMatchWord(Mention m) {
    String prev = m.from > 0 ? tokens.get(m.from - 1).lower() : "";
    String next = m.to < tokens.size() ? tokens.get(m.to).lower() : "";
    return MATCH_WORDS.contains(prev) || MATCH_WORDS.contains(next);
  }

  /**
   * "in X", "at X", "near X", "..., X)" or a dateline: a position where a town names the place,
   * not its club.
   */
  boolean afterPlacePreposition(Mention m) {
    String prev = m.from > 0 ? tokens.get(m.from - 1).lower() : "";
    String next = m.to < tokens.size() ? tokens.get(m.to).text() : "";
    boolean dated = m.to < tokens.size() && tokens.get(m.to).isNumber() && next.indexOf('-') > 3;
    return PLACE_PREPOSITIONS.contains(prev) || "at".equals(prev) || "from".equals(prev) || "to".equals(prev)
        // "The Oval, London)", "ARLINGTON, Texas 1996-08-31": a place qualifying another place or a date
        || ",".equals(prev) && (")".equals(next) || dated) || dated;
  }
}
