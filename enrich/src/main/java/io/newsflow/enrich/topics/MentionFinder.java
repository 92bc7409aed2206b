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
 *       ("Foreign Minister"), leading nationality words and sentence-initial common words.</li>
 *   <li>Each piece is typed: organisation word inside → ORGANIZATION; gazetteer entry → its type;
 *       after a title or starting with a known first name → PERSON; other multi-word pieces →
 *       PERSON; single words stay undecided.</li>
 *   <li>Undecided words take the type of a name they are part of elsewhere in the text ("Lavrov"
 *       after "Sergey Lavrov"); otherwise all-caps acronyms become ORGANIZATION and the rest
 *       {@link #DEFAULT_SINGLE}.</li>
 *   <li>Headlines in capitals or title case are only matched against names found elsewhere in the
 *       text and the gazetteers.</li>
 *   <li>Finally every surface gets the majority type of its mentions.</li>
 * </ol>
 * One instance per text; not thread-safe.
 */
final class MentionFinder {
  static final EntityKind DEFAULT_SINGLE = EntityKind.ORGANIZATION;
  private static final Set<String> NAME_PARTICLES = Set.of(
      "de", "da", "van", "von", "der", "den", "del", "di", "le", "la", "al", "bin", "ibn", "du", "dos");

  private final List<Token> tokens;
  private final EntityLexicon lex;
  private final boolean[] informative;
  private final ContextCues cues;
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
    return t.isWord() && Character.isUpperCase(t.text().charAt(0));
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
      boolean connector = nextIsName && (NAME_PARTICLES.contains(lower)
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
      if (g < end - k && (endsWithOrgWord(k, end) || end - k >= 2 && lex.orgPrefixes.contains(lower))) {
        mentions.add(new Mention(k, end, EntityKind.ORGANIZATION));
        return;
      }
      if (g < end - k && endsWithEventWord(k, end)) {
        mentions.add(new Mention(k, end, EntityKind.OTHER));
        return;
      }
      if (g > 0 && k + g < end && lex.gazetteer.lookup(tokens, k, k + g) == EntityKind.LOCATION
          && placeNamesOrganisation(k + g, end)) {
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
          if (!nationality && !isPluralDemonym(tokens.get(to).lower())) break;
          to += Math.max(1, next);
        }
        mentions.add(new Mention(k, to, kind));
        k = to;
        personCue = false;
        continue;
      }
      if (lex.titles.contains(lower) || lex.titles.contains(stripDot(lower))) {
        personCue = true;
        k++;
        continue;
      }
      int segEnd = k + 1;
      while (segEnd < end && !isCompoundModifier(tokens.get(segEnd - 1))
          && !(lex.titles.contains(tokens.get(segEnd).lower()) && segEnd + 1 < end)
          && lex.gazetteer.longestMatch(tokens, segEnd, end) == 0) {
        segEnd++;
      }
      if (isCompoundModifier(tokens.get(segEnd - 1))) {
        mentions.add(new Mention(k, segEnd, EntityKind.OTHER));
        personCue = false;
        k = segEnd;
        continue;
      }
      mentions.add(new Mention(k, segEnd, classify(k, segEnd, personCue)));
      personCue = false;
      k = segEnd;
    }
  }

  /** The rest of a run after a place name holds no title, gazetteer word or person name. */
  private boolean placeNamesOrganisation(int from, int end) {
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
  private static boolean isCompoundModifier(Token t) {
    int dash = t.text().lastIndexOf('-');
    return dash > 0 && dash + 1 < t.text().length() && Character.isLowerCase(t.text().charAt(dash + 1));
  }

  private EntityKind classify(int from, int to, boolean personCue) {
    if (to - from >= 2 && lex.orgPrefixes.contains(tokens.get(from).lower())) return EntityKind.ORGANIZATION;
    if (to - from >= 2 && lex.placeWords.contains(tokens.get(to - 1).lower())) return EntityKind.LOCATION;
    if (endsWithOrgWord(from, to)) return EntityKind.ORGANIZATION;
    if (endsWithEventWord(from, to)) return EntityKind.OTHER;
    if (personCue) return EntityKind.PERSON;
    if (lex.firstNames.contains(tokens.get(from).lower())) return EntityKind.PERSON;
    if (to - from >= 2) return EntityKind.PERSON;
    if (isPluralDemonym(tokens.get(from).lower())) return EntityKind.OTHER;
    return null;
  }

  /** "Palestinians", "Kurds", "Iraqis": plural of a listed nationality word. */
  private boolean isPluralDemonym(String lower) {
    if (!lower.endsWith("s") || lower.length() < 4) return false;
    return lex.gazetteer.lookup(lower.substring(0, lower.length() - 1)) == EntityKind.OTHER;
  }

  private boolean endsWithEventWord(int from, int end) {
    return end - from >= 2 && lex.eventWords.contains(tokens.get(end - 1).lower());
  }

  private boolean endsWithOrgWord(int from, int end) {
    if (end - from < 2) return false;
    return lex.orgWords.contains(tokens.get(end - 1).lower());
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
      if (m.kind == EntityKind.PERSON && m.to - m.from >= 2) partOf.putIfAbsent(word(m.from), m.kind);
    }
    Set<String> nonInitial = new HashSet<>();
    for (Token t : tokens) {
      if (startsName(t) && !t.sentenceStart() && informative[t.sentence()]) {
        nonInitial.add(stripPossessive(t.text()).toLowerCase(Locale.ROOT));
      }
    }
    mentions.removeIf(m -> m.kind == null && isNoise(m, nonInitial));
    for (Mention m : mentions) {
      if (m.kind != null) continue;
      String w = word(m.from);
      EntityKind k = whole.get(w);
      if (k == null) k = partOf.get(w);
      if (k == null) k = cues.kindAround(m);
      if (k == null) k = tokens.get(m.from).isAllCaps() ? EntityKind.ORGANIZATION : DEFAULT_SINGLE;
      m.kind = k;
    }
  }

  /**
   * Sports results name clubs after their town: a non-country place next to a score or a match
   * word ("Essex beat Surrey", "Chicago 5 Houston 3") is an ORGANIZATION.
   */
  private void applyContextRules() {
    for (Mention m : mentions) {
      if (m.kind != EntityKind.LOCATION || lex.countries.lookup(tokens, m.from, m.to) != null) continue;
      if (cues.isDateline(m)) continue;
      if (cues.nextToScore(m) || cues.nextToMatchWord(m)) m.kind = EntityKind.ORGANIZATION;
    }
  }

  /** An undecided single word that is a month/weekday/letter, or only ever capitalised sentence-initially. */
  private boolean isNoise(Mention m, Set<String> nonInitial) {
    String w = word(m.from);
    if (w.length() < 2 || lex.notNames.contains(w) || lex.stopwords.contains(w)) return true;
    return tokens.get(m.from).sentenceStart() && !nonInitial.contains(w)
        && !tokens.get(m.from).isAllCaps();
  }

  /** Headline sentences: known surfaces of this text first, then the gazetteers, case-insensitively. */
  private void matchUninformativeSentences() {
    Map<String, EntityKind> known = new HashMap<>();
    int maxLen = 1;
    for (Mention m : mentions) {
      known.putIfAbsent(surfaceKey(m.from, m.to), m.kind);
      maxLen = Math.max(maxLen, m.to - m.from);
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
    Map<String, int[]> votes = new HashMap<>();
    for (Mention m : mentions) {
      votes.computeIfAbsent(surfaceKey(m.from, m.to), k -> new int[EntityKind.values().length])[m.kind.ordinal()]++;
    }
    for (Mention m : mentions) {
      int[] v = votes.get(surfaceKey(m.from, m.to));
      int best = m.kind.ordinal();
      for (int k = 0; k < v.length; k++) if (v[k] > v[best]) best = k;
      m.kind = EntityKind.values()[best];
    }
  }

  private String word(int i) {
    return stripPossessive(tokens.get(i).text()).toLowerCase(Locale.ROOT);
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
