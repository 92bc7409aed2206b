package io.newsflow.enrich.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds typed name mentions in one tokenised text with shape rules and gazetteers.
 *
 * <ol>
 *   <li>In sentences whose casing is informative, maximal runs of capitalised words (with name
 *       connectors such as "of" after an organisation word, "van", "de") are cut at titles
 *       ("Foreign Minister"), leading nationality words, sentence-initial common words and at a
 *       listed first name that starts a new name inside the run ("Parliament Tony Marlow").</li>
 *   <li>Each piece is typed: organisation word or "&amp;" inside → ORGANIZATION; gazetteer entry
 *       (places, countries, organisations, sports clubs, nationalities, events) → its type; after a
 *       title, a lower-case role ("defender X") or starting with a known first name or initial →
 *       PERSON; a name ending in a listed town ("Werder Bremen") or holding a word the text also
 *       uses in lower case ("Kansai Electric Power") → ORGANIZATION; other multi-word pieces →
 *       PERSON as a guess; pieces with function words ("Week Ago") are dropped; single words stay
 *       undecided.</li>
 *   <li>Undecided words take the type of a name they are part of elsewhere in the text ("Lavrov"
 *       after "Sergey Lavrov"), else a neighbour cue ({@link ContextCues}), else PERSON if they look
 *       like a family name (listed, "Mc"/"O'", "-ov", "-ski", ...), else PERSON in a scorer list
 *       and ORGANIZATION in a team slot of a sports report; otherwise {@link #DEFAULT_SINGLE} as a
 *       guess. Words the text also writes in lower case are dropped as common nouns.</li>
 *   <li>Headlines in capitals or title case are only matched against names found elsewhere in the
 *       text (including family names of people) and the gazetteers.</li>
 *   <li>In a sports report a listed town next to a score or match word, or outside "in/at X", is
 *       its club (ORGANIZATION); countries and datelines stay LOCATION.</li>
 *   <li>Finally every surface gets the majority type of its mentions; guesses only count when no
 *       mention of the same surface has evidence, and datelines keep LOCATION.</li>
 * </ol>
 * One instance per text; not thread-safe.
 */
final class MentionFinder {
  static final EntityKind DEFAULT_SINGLE = EntityKind.ORGANIZATION;

  private final List<Token> tokens;
  private final EntityLexicon lex;
  private final boolean[] informative;
  private final ContextCues cues;
  private final NameShapes shapes;
  private final Set<String> lowercaseSeen = new HashSet<>();
  private final List<Mention> mentions = new ArrayList<>();

  MentionFinder(List<Token> tokens, EntityLexicon lex) {
    this.tokens = tokens;
    this.lex = lex;
    this.cues = new ContextCues(tokens);
    int sentences = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
    this.informative = SentenceCasing.informative(tokens, sentences);
    for (Token t : tokens) {
      if (t.isWord() && Character.isLowerCase(t.text().charAt(0))) lowercaseSeen.add(t.text());
    }
    this.shapes = new NameShapes(tokens, lex, lowercaseSeen);
  }

  List<Mention> find() {
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      Token t = tokens.get(i);
      if (!informative[t.sentence()] || !startsName(t)) {
        i++;
        continue;
      }
      int end = runEnd(i);
      splitRun(i, end);
      i = end;
    }
    resolveUndecided();
    matchUninformativeSentences();
    applyContextRules();
    harmoniseTypes();
    mentions.sort((a, b) -> Integer.compare(a.from, b.from));
    return mentions;
  }

  private static boolean startsName(Token t) {
    return t.isWord() && t.isCapitalised();
  }

  private int runEnd(int start) {
    int n = tokens.size();
    int sentence = tokens.get(start).sentence();
    int j = start + 1;
    while (j < n && tokens.get(j).sentence() == sentence) {
      Token t = tokens.get(j);
      if (startsName(t) && !lex.notNames.contains(t.lower())) {
        j++;
        continue;
      }
      boolean nextIsName = j + 1 < n && startsName(tokens.get(j + 1))
          && tokens.get(j + 1).sentence() == sentence;
      String lower = t.lower();
      boolean connector = nextIsName && (NameShapes.NAME_PARTICLES.contains(lower)
          || "&".equals(lower)
          || "of".equals(lower) && lex.orgWords.contains(tokens.get(j - 1).lower()));
      if (!connector) break;
      j++;
    }
    return j;
  }

  private void splitRun(int start, int end) {
    int k = start;
    boolean personCue = false;
    while (k < end) {
      Token t = tokens.get(k);
      String lower = t.lower();
      if (t.sentenceStart() && k == start && isCommonWord(lower)) {
        personCue |= lex.titles.contains(lower);
        k++;
        continue;
      }
      int g = lex.gazetteer.longestMatch(tokens, k, end);
      if (g < end - k && shapes.endsWithOrgWord(k, end)) {
        mentions.add(new Mention(k, end, EntityKind.ORGANIZATION));
        return;
      }
      int orgEnd = shapes.personStartAfter(Math.max(k + 1, k + g), end);
      if (g < 2 && g < orgEnd - k && orgEnd - k >= 2 && lex.orgPrefixes.contains(lower)) {
        // "AC Milan George Weah": the club ends where a person's name begins
        mentions.add(new Mention(k, orgEnd, EntityKind.ORGANIZATION));
        k = orgEnd;
        continue;
      }
      if (g < end - k && shapes.endsWithEventWord(k, end)) {
        mentions.add(new Mention(k, end, EntityKind.OTHER));
        return;
      }
      if (g > 0 && k + g < end && lex.gazetteer.lookup(tokens, k, k + g) == EntityKind.LOCATION
          && shapes.placeNamesOrganisation(k + g, end)) {
        // "Manchester United", "Air France"-like: a place plus a capitalised name is a club or firm
        mentions.add(new Mention(k, end, EntityKind.ORGANIZATION));
        return;
      }
      if (g > 0) {
        EntityKind kind = lex.gazetteer.lookup(tokens, k, k + g);
        int to = k + g;
        // "Iraqi Kurds", "Roman Catholic": nationality words chain into one name
        while (kind == EntityKind.OTHER && to < end) {
          int next = lex.gazetteer.longestMatch(tokens, to, end);
          boolean nationality = next > 0 && lex.gazetteer.lookup(tokens, to, to + next) == EntityKind.OTHER;
          if (!nationality && !shapes.isPluralDemonym(tokens.get(to).lower())) break;
          to += Math.max(1, next);
        }
        mentions.add(new Mention(k, to, kind));
        k = to;
        personCue = false;
        continue;
      }
      if (k + 1 == end && lex.titles.contains(lower) && lex.surnames.contains(lower) && !shapes.afterArticle(k)) {
        // "Major", "King" ending a run with no name after them are family names, not titles
        mentions.add(new Mention(k, k + 1, EntityKind.PERSON));
        return;
      }
      if (lex.titles.contains(lower) || lex.titles.contains(stripDot(lower))) {
        personCue = true;
        k++;
        continue;
      }
      int segEnd = k + 1;
      while (segEnd < end && !NameShapes.isCompoundModifier(tokens.get(segEnd - 1))
          && !(lex.titles.contains(tokens.get(segEnd).lower()) && segEnd + 1 < end)
          && !shapes.startsPersonInside(segEnd, end)
          && (lex.gazetteer.longestMatch(tokens, segEnd, end) == 0 || shapes.isClubTown(k, segEnd, end))) {
        segEnd++;
      }
      if (NameShapes.isCompoundModifier(tokens.get(segEnd - 1))) {
        mentions.add(new Mention(k, segEnd, EntityKind.OTHER));
        personCue = false;
        k = segEnd;
        continue;
      }
      if (segEnd - k >= 2 && !personCue && !lex.firstNames.contains(lower) && shapes.hasFunctionWord(k, segEnd)) {
        k = segEnd;
        continue;
      }
      Mention piece = new Mention(k, segEnd, classify(k, segEnd, personCue));
      // a multi-word name typed PERSON only for lack of other evidence
      piece.guessed = piece.kind == EntityKind.PERSON && !personCue && !lex.firstNames.contains(lower)
          && !NameShapes.isInitial(t) && !shapes.afterLowerCaseRole(k);
      mentions.add(piece);
      personCue = false;
      k = segEnd;
    }
  }

  private EntityKind classify(int from, int to, boolean personCue) {
    if (to - from >= 2 && lex.orgPrefixes.contains(tokens.get(from).lower())) return EntityKind.ORGANIZATION;
    if (to - from >= 2 && lex.placeWords.contains(tokens.get(to - 1).lower())) return EntityKind.LOCATION;
    if (shapes.endsWithOrgWord(from, to)) return EntityKind.ORGANIZATION;
    if (shapes.endsWithEventWord(from, to)) return EntityKind.OTHER;
    if (to - from >= 2 && shapes.hasAmpersand(from, to)) return EntityKind.ORGANIZATION;
    if (personCue) return EntityKind.PERSON;
    if (lex.firstNames.contains(tokens.get(from).lower())) return EntityKind.PERSON;
    if (to - from >= 2 && shapes.hasPlaceTail(from, to)) return EntityKind.ORGANIZATION;
    if (to - from >= 2 && shapes.hasCommonNoun(from, to)) return EntityKind.ORGANIZATION;
    if (to - from >= 2) return EntityKind.PERSON;
    if (shapes.isPluralDemonym(tokens.get(from).lower())) return EntityKind.OTHER;
    return null;
  }

  /** Sentence-initial word that is really a common word ("The", "Officials", "Despite"). */
  private boolean isCommonWord(String lower) {
    if (lex.stopwords.contains(lower) || lex.notNames.contains(lower) || lex.titles.contains(lower)) {
      return true;
    }
    return lowercaseSeen.contains(lower) && lex.gazetteer.lookup(lower) == null;
  }

  private static String stripDot(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private void resolveUndecided() {
    Map<String, EntityKind> partOf = new HashMap<>();
    Map<String, EntityKind> whole = new HashMap<>();
    for (Mention m : mentions) {
      if (m.kind == null) continue;
      whole.putIfAbsent(surfaceKey(m.from, m.to), m.kind);
      if (m.to - m.from >= 2) {
        partOf.putIfAbsent(word(m.to - 1), m.kind);
        if (m.kind != EntityKind.PERSON) partOf.putIfAbsent(word(m.from), m.kind);
      }
    }
    for (Mention m : mentions) {
      // surname-first names ("Wang Donghai" ... "Wang")
      if (m.kind == EntityKind.PERSON && m.to - m.from >= 2 && !tokens.get(m.from).isAllCaps()) {
        partOf.putIfAbsent(word(m.from), m.kind);
      }
    }
    Set<String> nonInitial = new HashSet<>();
    for (Token t : tokens) {
      if (startsName(t) && !t.sentenceStart() && informative[t.sentence()]) {
        nonInitial.add(stripPossessive(t.text()).toLowerCase(Locale.ROOT));
      }
    }
    mentions.removeIf(m -> m.kind == null && isNoise(m, nonInitial, partOf.containsKey(word(m.from))));
    for (Mention m : mentions) {
      if (m.kind != null) continue;
      String w = word(m.from);
      EntityKind k = whole.get(w);
      if (k == null) k = partOf.get(w);
      if (k == null && shapes.afterLowerCaseRole(m.from)) k = EntityKind.PERSON;
      if (k == null) k = cues.kindAround(m);
      Token t = tokens.get(m.from);
      if (k == null && !t.isAllCaps() && lex.looksLikeSurname(stripPossessive(t.text()))) k = EntityKind.PERSON;
      if (k == null && cues.isSportsText() && cues.isScorerSlot(m)) k = EntityKind.PERSON;
      if (k == null && cues.isSportsText() && cues.isTeamSlot(m)) k = EntityKind.ORGANIZATION;
      if (k == null) {
        k = tokens.get(m.from).isAllCaps() ? EntityKind.ORGANIZATION : DEFAULT_SINGLE;
        m.guessed = true;
      }
      m.kind = k;
    }
  }

  /**
   * Sports results name clubs after their town: a non-country place next to a score or a match
   * word ("Essex beat Surrey", "Chicago 5 Houston 3") is an ORGANIZATION.
   */
  private void applyContextRules() {
    for (Mention m : mentions) {
      if (m.guessed && m.kind == EntityKind.PERSON && cues.isSportsText() && cues.followedByGoals(m)
          && !cues.isScorerSlot(m)
          && !lex.looksLikeSurname(stripPossessive(tokens.get(m.to - 1).text()))) {
        m.kind = EntityKind.ORGANIZATION;
        continue;
      }
      if (m.kind != EntityKind.LOCATION || lex.countries.lookup(tokens, m.from, m.to) != null) continue;
      if (cues.isDateline(m)) continue;
      if (cues.isTeamSlot(m)) {
        m.kind = EntityKind.ORGANIZATION;
      } else if (cues.isSportsText() && !cues.afterPlacePreposition(m)
          && lex.gazetteer.lookup(tokens, m.from, m.to) != null) {
        // in a sports report a listed town outside "in/at X" is its club ("Essex, however, look certain")
        m.kind = EntityKind.ORGANIZATION;
      }
    }
  }

  /** An undecided single word that is a month/weekday/letter, or only ever capitalised sentence-initially. */
  private boolean isNoise(Mention m, Set<String> nonInitial, boolean partOfName) {
    String w = word(m.from);
    if (w.length() < 2 || lex.notNames.contains(w) || lex.stopwords.contains(w)) return true;
    // "Bond", "Match", "Figures" in a table header: the text also uses the word as a common noun
    if (lowercaseSeen.contains(w) && !tokens.get(m.from).isAllCaps() && !partOfName) return true;
    // a table row ("Partick 3 0 2 1") starts with its name
    boolean tableRow = m.to < tokens.size() && ContextCues.isScore(tokens.get(m.to))
        && tokens.get(m.to).sentence() == tokens.get(m.from).sentence();
    return tokens.get(m.from).sentenceStart() && !nonInitial.contains(w)
        && !tokens.get(m.from).isAllCaps() && !tableRow;
  }

  /** Headline sentences: known surfaces of this text first, then the gazetteers, case-insensitively. */
  private void matchUninformativeSentences() {
    Map<String, EntityKind> known = new HashMap<>();
    int maxLen = 1;
    for (Mention m : mentions) {
      known.putIfAbsent(surfaceKey(m.from, m.to), m.kind);
      maxLen = Math.max(maxLen, m.to - m.from);
    }
    for (Mention m : mentions) {
      // "HAVEL" in a capitals headline refers to the "Vaclav Havel" of the body
      if (m.kind == EntityKind.PERSON && m.to - m.from >= 2 && !m.guessed) known.putIfAbsent(word(m.to - 1), m.kind);
    }
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      Token t = tokens.get(i);
      if (informative[t.sentence()] || !startsName(t)) {
        i++;
        continue;
      }
      int matched = 0;
      EntityKind kind = null;
      for (int len = Math.min(maxLen, n - i); len >= 1 && matched == 0; len--) {
        if (tokens.get(i + len - 1).sentence() != t.sentence()) continue;
        EntityKind k = known.get(surfaceKey(i, i + len));
        if (k != null) {
          matched = len;
          kind = k;
        }
      }
      int g = lex.gazetteer.longestMatch(tokens, i, n);
      if (g > matched) {
        matched = g;
        kind = lex.gazetteer.lookup(tokens, i, i + g);
      }
      if (matched > 0) {
        mentions.add(new Mention(i, i + matched, kind));
        i += matched;
      } else {
        i++;
      }
    }
  }

  private void harmoniseTypes() {
    // a fallback guess only counts when no mention of the same surface has evidence
    Map<String, double[]> votes = new HashMap<>();
    for (Mention m : mentions) {
      votes.computeIfAbsent(surfaceKey(m.from, m.to), k -> new double[EntityKind.values().length])[m.kind.ordinal()]
          += m.guessed ? 0.01 : 1;
    }
    for (Mention m : mentions) {
      if (m.kind == EntityKind.LOCATION && cues.isDateline(m)) continue; // "NEW YORK 1996-08-30" stays a place
      double[] v = votes.get(surfaceKey(m.from, m.to));
      int best = m.kind.ordinal();
      for (int k = 0; k < v.length; k++) if (v[k] > v[best]) best = k;
      m.kind = EntityKind.values()[best];
    }
  }

  private String word(int i) {
    Token t = tokens.get(i);
    String w = stripPossessive(t.text());
    if (w == t.text()) return t.lower();
    return t.lower().length() == t.text().length() ? t.lower().substring(0, w.length()) : w.toLowerCase(Locale.ROOT);
  }

  String surfaceKey(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) sb.append(' ');
      sb.append(word(i));
    }
    return sb.toString();
  }

  static String stripPossessive(String w) {
    if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"))) return w.substring(0, w.length() - 2);
    return w;
  }
}
