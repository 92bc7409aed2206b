package io.newsflow.enrich.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-article speaker normalisation and salience-based anaphora resolution.
 *
 * <ul>
 *   <li>Names: an alias table built from every capitalised person-like run in the article maps a last name to the
 *       longest full name ("Lavrov" and "Russian Foreign Minister Sergey Lavrov" become "Sergey Lavrov").</li>
 *   <li>Pronouns ({@code he/she}): the most recent speaker, or a more recent person named as a sentence subject
 *       outside quotes, whose gender agrees. Names inside quotes are never antecedents.</li>
 *   <li>Nominal anaphors ({@code the top Russian diplomat}): the most recent speaker sharing a role word, else the most
 *       recent speaker.</li>
 * </ul>
 * Resolution calls must come in document order of the mentions.
 */
final class SpeakerResolver {
  /** A resolved speaker. */
  record Resolved(String name, String role) {}

  /** @param person whether the name is a person's (only persons are antecedents of he/she) */
  private record Event(int pos, String name, boolean person) {}

  private final Map<String, String> fullNameByLast = new HashMap<>();
  private final Map<String, String> roleByName = new HashMap<>();
  private final List<Event> subjects = new ArrayList<>();
  private final List<Event> speakers = new ArrayList<>();

  SpeakerResolver(Article a) {
    buildAliases(a);
    collectSubjects(a);
  }

  private void buildAliases(Article a) {
    int n = a.size();
    int i = 0;
    while (i < n) {
      if (!a.tok(i).isCapitalised() || a.skipPara[a.tokPara[i]]) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && a.tok(j).isCapitalised() && a.tokPara[j] == a.tokPara[i]) {
        j++;
      }
      SpeakerPhrase p = SpeakerChunker.phrase(a, i, j);
      if (p.name() != null && p.person()) {
        String[] parts = p.name().split(" ");
        if (parts.length >= 2 && parts.length <= 4 && looksLikePersonName(parts)) {
          String last = key(parts[parts.length - 1]);
          String known = fullNameByLast.get(last);
          // the person first named in full keeps the last name; a longer form replaces it only when it is the same
          // person ("Hillary Clinton", then "Hillary Rodham Clinton"), not a namesake ("Chris Murphy", "Anne Marie Murphy")
          if (known == null || known.length() < p.name().length() && hasWord(p.name(), known.split(" ")[0])) {
            fullNameByLast.put(last, p.name());
          }
        }
      }
      i = j;
    }
  }

  private static boolean looksLikePersonName(String[] parts) {
    for (String part : parts) {
      String w = key(part);
      if (Words.ORG_HEADS.contains(w) || Words.FUNCTION.contains(w) || part.length() > 1 && isAllCaps(part)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAllCaps(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Person names in subject position of sentences outside quotes: antecedents for pronouns. */
  private void collectSubjects(Article a) {
    for (int s = 0; s < a.sentStart.length; s++) {
      int from = a.sentStart[s];
      int to = a.sentEnd[s];
      if (from >= to || a.inQuote(from) || a.skipPara[a.tokPara[from]]) {
        continue;
      }
      int k = from;
      // skip an introductory phrase ending in a comma ("On Wednesday, ...")
      for (int m = from; m < Math.min(to, from + 10); m++) {
        if (a.tok(m).is(",") && Words.FUNCTION.contains(a.tok(from).lower())) {
          k = m + 1;
          break;
        }
      }
      int j = k;
      // a subject NP: capitalised words and lower-case titles ("McConnell spokesman Don Stewart")
      while (j < to && j - k < MAX_SUBJECT && (a.tok(j).isCapitalised() || a.tok(j).is("-") || isTitleWord(a.tok(j)))) {
        j++;
      }
      if (j > k && !a.tok(j - 1).isCapitalised()) {
        j = k; // ends in a title word: not a named subject
      }
      if (j > k) {
        SpeakerPhrase p = SpeakerChunker.phrase(a, k, j);
        if (p.name() != null && p.person() && j < to && followsSubject(a.tok(j))) {
          String name = canonical(p.name());
          // a lone capitalised word counts only when the article names that person in full ("Every", "Voters" don't)
          if (name.indexOf(' ') > 0) {
            subjects.add(new Event(a.tok(k).start(), name, true));
          }
        }
      }
    }
  }

  /** Longest subject noun phrase looked at, in tokens. */
  private static final int MAX_SUBJECT = 8;

  private static boolean isTitleWord(Token t) {
    String w = t.lower();
    return t.isWord() && (Words.ROLE.contains(w) || Words.PERSON_NOUNS.contains(w)) && !Words.FUNCTION.contains(w)
        && !Words.DETERMINERS.contains(w);
  }

  /**
   * What may follow a subject name: its verb (a lower-case word) or an appositive opened by a comma, dash or
   * parenthesis ("Rep. Ann Berg (D-Ohio), chair of …, said"; "Gov. Bo Lee – a fan – gave").
   */
  private static boolean followsSubject(Token t) {
    return t.isWord() && !t.isCapitalised() || t.is(",") || t.is("(") || t.is("–") || t.is("—");
  }

  /** The canonical full name for a name as written ("Lavrov" -> "Sergey Lavrov"). */
  String canonical(String name) {
    String[] parts = name.split(" ");
    String last = key(parts[parts.length - 1]);
    if (last.equals("jr") || last.equals("sr") || last.equals("ii") || last.equals("iii")) {
      if (parts.length > 1) {
        last = key(parts[parts.length - 2]);
      }
    }
    String full = fullNameByLast.get(last);
    if (full != null && parts.length > 1 && !hasWord(full, parts[0])) {
      return name; // "Chris Murphy" is not the "Anne Marie Murphy" named elsewhere
    }
    if (full != null && full.length() >= name.length() && full.toLowerCase(Locale.ROOT).endsWith(parts[parts.length - 1].toLowerCase(Locale.ROOT))) {
      return full;
    }
    return name;
  }

  /** Whether {@code name} has the word {@code word} (case-insensitive, a trailing full stop ignored). */
  private static boolean hasWord(String name, String word) {
    String w = key(word);
    for (String part : name.split(" ")) {
      if (key(part).equals(w)) {
        return true;
      }
    }
    return false;
  }

  private static String key(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("'s") || w.endsWith("’s")) {
      w = w.substring(0, w.length() - 2);
    }
    return SpeakerChunker.stripDot(w);
  }

  /** Resolves a phrase found at an attribution site; records it as the latest speaker when resolved. */
  Resolved resolve(SpeakerPhrase p) {
    Resolved r = resolveOnly(p);
    if (r != null && r.name() != null) {
      speakers.add(new Event(p.start(), r.name(), p.person()));
      if (r.role() != null) {
        roleByName.merge(r.name(), r.role(), (x, y) -> x.length() >= y.length() ? x : y);
      }
    }
    return r;
  }

  /** Records a speaker inherited without a mention (floating quotes keep the chain going). */
  void touch(String name, int pos) {
    if (name != null) {
      speakers.add(new Event(pos, name, true));
    }
  }

  /** Resolves a phrase without recording it as a speaker (also for attributions made after the document-order pass). */
  Resolved resolveOnly(SpeakerPhrase p) {
    if (p.pronoun() != null) {
      if (!p.pronoun().equals("he") && !p.pronoun().equals("she")) {
        return null;
      }
      String name = pronounAntecedent(p.start(), p.pronoun().equals("she") ? Gender.FEMALE : Gender.MALE);
      return name == null ? null : new Resolved(name, roleByName.get(name));
    }
    if (p.name() != null) {
      if (!p.person()) {
        return new Resolved(p.name(), null);
      }
      String name = canonical(p.name());
      String role = p.role() != null ? p.role() : roleByName.get(name);
      return new Resolved(name, role);
    }
    // role-only phrase: a nominal anaphor when definite and headed by a person noun
    String surface = p.surface().toLowerCase(Locale.ROOT);
    String[] words = surface.split(" ");
    String head = words[words.length - 1];
    boolean definite = words[0].equals("the") || words[0].equals("this");
    if (!definite || !Words.PERSON_NOUNS.contains(head)) {
      return null;
    }
    String name = nominalAntecedent(p.start(), SpeakerChunker.roleWords(p.surface()));
    return name == null ? null : new Resolved(name, roleByName.get(name));
  }

  private enum Gender { MALE, FEMALE }

  private String pronounAntecedent(int pos, Gender gender) {
    Event best = null;
    for (List<Event> list : List.of(speakers, subjects)) {
      for (int i = list.size() - 1; i >= 0; i--) {
        Event e = list.get(i);
        if (e.pos() >= pos || !e.person() || !agrees(e.name(), gender)
            || list == subjects && !plausiblePerson(e.name())) {
          continue;
        }
        if (best == null || e.pos() > best.pos()) {
          best = e;
        }
        break;
      }
    }
    return best == null ? null : best.name();
  }

  /**
   * A sentence subject is a pronoun antecedent only when it can be a person's name: not led by a determiner or a
   * number word or a contraction ("Many Latino Republicans say", "Six Gannett papers", "Don't Republicans …" are not).
   */
  private boolean plausiblePerson(String name) {
    String first = name.split(" ")[0].toLowerCase(Locale.ROOT);
    return !Words.DETERMINERS.contains(first) && !NUMBERS.contains(first) && first.indexOf('\'') < 0
        && first.indexOf('’') < 0;
  }

  /** Number words that lead a counted group, not a person's name ("Six Gannett papers", "Four Democrats"). */
  private static final java.util.Set<String> NUMBERS = Words.set("four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "dozens", "hundreds", "thousands", "millions");

  private boolean agrees(String name, Gender gender) {
    String first = name.split(" ")[0].toLowerCase(Locale.ROOT);
    String role = roleByName.getOrDefault(name, "").toLowerCase(Locale.ROOT);
    boolean female = Words.FEMALE_NAMES.contains(first) || role.contains("woman") || role.startsWith("mrs")
        || role.startsWith("ms");
    boolean male = Words.MALE_NAMES.contains(first) || role.contains("spokesman") || role.contains("congressman")
        || role.startsWith("mr");
    return gender == Gender.FEMALE ? !male || female : !female || male;
  }

  private String nominalAntecedent(int pos, List<String> anaphorWords) {
    String fallback = null;
    for (int i = speakers.size() - 1; i >= 0; i--) {
      Event e = speakers.get(i);
      if (e.pos() >= pos) {
        continue;
      }
      if (fallback == null) {
        fallback = e.name();
      }
      List<String> role = SpeakerChunker.roleWords(roleByName.get(e.name()));
      for (String w : anaphorWords) {
        if (role.contains(w) && !w.equals("top") && !w.equals("senior") && !w.equals("former")) {
          return e.name();
        }
      }
    }
    return fallback;
  }
}
