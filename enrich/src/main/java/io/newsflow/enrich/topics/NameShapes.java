package io.newsflow.enrich.topics;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Shape tests on a run of capitalised tokens that decide where a name starts and ends and which
 * type its form suggests ("Werder Bremen" ends in a town, "Kansai Electric Power" holds common nouns,
 * "J." is an initial). One instance per text, sharing the text's tokens and its set of words seen in
 * lower case; it only reads them.
 */
final class NameShapes {
  /** Lower-case particles inside personal names ("van", "de", "bin"). */
  static final Set<String> NAME_PARTICLES = Set.of(
      "de", "da", "van", "von", "der", "den", "del", "di", "le", "la", "al", "bin", "ibn", "du", "dos");

  private final List<Token> tokens;
  private final EntityLexicon lex;
  private final Set<String> lowercaseSeen;

  NameShapes(List<Token> tokens, EntityLexicon lex, Set<String> lowercaseSeen) {
    this.tokens = tokens;
    this.lex = lex;
    this.lowercaseSeen = lowercaseSeen;
  }

  /** The rest of a run after a place name holds no title, gazetteer word or person name. */
  boolean placeNamesOrganisation(int from, int end) {
    for (int i = from; i < end; i++) {
      String lower = tokens.get(i).lower();
      if (lex.titles.contains(lower) || lex.firstNames.contains(lower)
          || lex.gazetteer.longestMatch(tokens, i, end) > 0 || isCompoundModifier(tokens.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** "Brazilian-born", "New York-based": a name turned into a modifier. */
  static boolean isCompoundModifier(Token t) {
    int dash = t.text().lastIndexOf('-');
    return dash > 0 && dash + 1 < t.text().length() && Character.isLowerCase(t.text().charAt(dash + 1));
  }

  /**
   * "Stefanel Milan", "Cibona Zagreb": a listed town (not a country) ending a run after an unlisted
   * word that is no given name belongs to the name of a club or firm.
   */
  boolean isClubTown(int from, int at, int end) {
    if (at != end - 1 || at == from || tokens.get(at).isAllCaps()) return false;
    String first = tokens.get(from).lower();
    if (lex.firstNames.contains(first) || lex.titles.contains(first)) return false;
    return lex.gazetteer.lookup(tokens, at, end) == EntityKind.LOCATION && lex.countries.lookup(tokens, at, end) == null
        && lex.gazetteer.longestMatch(tokens, from, at) == 0;
  }

  /** "Werder Bremen", "Celta Vigo": a name ending in a listed town (not a country) is its club or firm. */
  boolean hasPlaceTail(int from, int to) {
    if (tokens.get(to - 1).isAllCaps()) return false;
    return lex.gazetteer.lookup(tokens, to - 1, to) == EntityKind.LOCATION
        && lex.countries.lookup(tokens, to - 1, to) == null;
  }

  /**
   * "Kansai Electric Power", "Offshore Data Services": a word this text also uses in lower case (a
   * common noun) rarely belongs to a person's name, unless it is a listed family name ("Green").
   */
  boolean hasCommonNoun(int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      String w = stripPossessive(t.text());
      if (t.isAllCaps() || lex.firstNames.contains(t.lower()) || lex.surnames.contains(w.toLowerCase(Locale.ROOT))
          || NAME_PARTICLES.contains(t.lower())) {
        continue;
      }
      if (lowercaseSeen.contains(w.toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  /** A run piece holding a function word or month/weekday ("None Week Ago") is table furniture. */
  boolean hasFunctionWord(int from, int to) {
    for (int i = from; i < to; i++) {
      String l = tokens.get(i).lower();
      if (NAME_PARTICLES.contains(l)) continue;
      if (lex.stopwords.contains(l) || lex.notNames.contains(l)) return true;
    }
    return false;
  }

  /**
   * "Parliament Tony Marlow", "Milan George Weah": a listed first name followed by another
   * capitalised word starts a new name inside a run, unless it continues a given name ("John Paul").
   */
  boolean startsPersonInside(int i, int end) {
    return i + 1 < end && lex.firstNames.contains(tokens.get(i).lower())
        && !lex.firstNames.contains(tokens.get(i - 1).lower()) && !isInitial(tokens.get(i - 1))
        && !NAME_PARTICLES.contains(tokens.get(i - 1).lower());
  }

  /** First position in {@code [from, end)} where a person's name starts inside the run, or {@code end}. */
  int personStartAfter(int from, int end) {
    for (int i = Math.max(from, 1); i < end; i++) if (startsPersonInside(i, end)) return i;
    return end;
  }

  /**
   * "defender Dimas", "b Cairns": a lower-case role word or a cricket scorecard mark ("b" bowled,
   * "c" caught, "lbw", "st" stumped) right before the name.
   */
  boolean afterLowerCaseRole(int from) {
    if (from == 0) return false;
    Token prev = tokens.get(from - 1);
    if (!prev.isWord() || !Character.isLowerCase(prev.text().charAt(0))
        || prev.sentence() != tokens.get(from).sentence()) {
      return false;
    }
    String p = prev.text();
    return lex.titles.contains(p) || "b".equals(p) || "c".equals(p) || "lbw".equals(p) || "st".equals(p);
  }

  boolean afterArticle(int i) {
    if (i == 0) return false;
    String p = tokens.get(i - 1).lower();
    return "the".equals(p) || "a".equals(p) || "an".equals(p);
  }

  /** "J." or "J": a given-name initial. */
  static boolean isInitial(Token t) {
    String s = t.text();
    return Character.isUpperCase(s.charAt(0)) && (s.length() == 1 || s.length() == 2 && s.charAt(1) == '.');
  }

  boolean hasAmpersand(int from, int to) {
    for (int i = from; i < to; i++) if (tokens.get(i).text().indexOf('&') >= 0) return true;
    return false;
  }

  /** "Palestinians", "Kurds", "Iraqis": plural of a listed nationality word. */
  boolean isPluralDemonym(String lower) {
    if (!lower.endsWith("s") || lower.length() < 4) return false;
    return lex.gazetteer.lookup(lower.substring(0, lower.length() - 1)) == EntityKind.OTHER;
  }

  boolean endsWithEventWord(int from, int end) {
    return end - from >= 2 && lex.eventWords.contains(tokens.get(end - 1).lower());
  }

  boolean endsWithOrgWord(int from, int end) {
    if (end - from < 2) return false;
    return lex.orgWords.contains(tokens.get(end - 1).lower());
  }

  private static String stripPossessive(String w) {
    return MentionFinder.stripPossessive(w);
  }
}
