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
 *       outside quotes (also past introductory phrases, in a coordinated clause, or speaking in a {@code , who said}
 *       clause), whose gender agrees: by the mention's own courtesy title or pronoun, else by first name, else by the
 *       article's courtesy titles for the last name. Names inside quotes are never antecedents.</li>
 *   <li>Nominal anaphors ({@code the top Russian diplomat}): the most recent speaker sharing a role word, else the most
 *       recent speaker.</li>
 * </ul>
 * Resolution calls must come in document order of the mentions.
 */
final class SpeakerResolver {
  /** A resolved speaker. */
  record Resolved(String name, String role) {}

  /**
   * @param person whether the name is a person's (only persons are antecedents of he/she)
   * @param gender the gender the mention itself shows ("Mrs. Berg", "he"), or null
   */
  private record Event(int pos, String name, boolean person, Gender gender) {
    Event {
      person = person && !isGroup(name); // "Many", "Young Latinos": no antecedent of he/she or "the woman"
    }
  }

  private final Map<String, String> fullNameByLast = new HashMap<>();
  private final Map<String, String> roleByName = new HashMap<>();
  /** Gender shown by courtesy titles anywhere in the article ("Ms. Berg"), by last name. */
  private final Map<String, Gender> titleGenderByLast = new HashMap<>();
  /** Last names titled both ways ("Mr. Clinton", "Mrs. Clinton"): their titles say nothing. */
  private final java.util.Set<String> mixedTitles = new java.util.HashSet<>();
  private final List<Event> subjects = new ArrayList<>();
  private final List<Event> speakers = new ArrayList<>();

  private final Article article;

  SpeakerResolver(Article a) {
    article = a;
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
        noteTitleGender(p);
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

  /** Records the gender a courtesy title gives a last name ("Mrs. Berg"); "Mr. Clinton" and "Mrs. Clinton" cancel. */
  private void noteTitleGender(SpeakerPhrase p) {
    Gender g = titleGender(p.role());
    if (g != null) {
      String[] parts = p.name().split(" ");
      String last = key(parts[parts.length - 1]);
      if (titleGenderByLast.getOrDefault(last, g) != g) {
        mixedTitles.add(last);
      }
      titleGenderByLast.put(last, g);
    }
  }

  private static boolean looksLikePersonName(String[] parts) {
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      String w = key(part);
      // a last part that is a function word ("Theresa May") was let into the name by Surnames
      boolean function = Words.FUNCTION.contains(w) && i < parts.length - 1
          || i == 0 && Words.DETERMINERS.contains(w); // "A Trump spokesman" names no "A Trump"
      if (Words.ORG_HEADS.contains(w) || function || part.length() > 1 && isAllCaps(part)) {
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
      List<Event> found = new ArrayList<>(3);
      addIfPresent(found, subjectOf(a, from, to));
      addIfPresent(found, relativeSpeaker(a, from, to));
      addIfPresent(found, coordinatedSubject(a, from, to));
      addIfPresent(found, opinionHolder(a, from, to));
      // in position order: "Asked whether Ann Berg, who said …, would run, Lee demurred"
      found.sort(java.util.Comparator.comparingInt(Event::pos));
      subjects.addAll(found);
    }
  }

  private static void addIfPresent(List<Event> events, Event e) {
    if (e != null) {
      events.add(e);
    }
  }

  /**
   * {@code To political scientist Ann Berg, the vote seemed …}: the person whose view a sentence reports is as salient as
   * its subject. That person, or null.
   */
  private Event opinionHolder(Article a, int from, int to) {
    if (!a.tok(from).is("to") || from + 1 >= to) {
      return null;
    }
    Event e = namedSubject(a, from + 1, to);
    if (e == null || isLone(e)) {
      return null;
    }
    int comma = a.tokenAtOrAfter(e.pos());
    while (comma < to && !a.tok(comma).is(",")) {
      comma++;
    }
    return comma < to && comma - a.tokenAtOrAfter(e.pos()) <= MAX_SUBJECT ? e : null;
  }

  /** Adverbs and determiners between a coordinator and the clause's subject. */
  private static final java.util.Set<String> CLAUSE_LEAD = Words.set("then", "since", "now", "later", "also", "so",
      "his", "her", "their", "the");

  /** Coordinators that open a second main clause after a comma. */
  private static final java.util.Set<String> CLAUSE_COORDINATORS = Words.set("and", "but", "while", "yet");

  /**
   * {@code Ms. Hughes avoids the topic, but her neighbor Ben Green knows …}: the subject of a clause coordinated after a
   * comma is named later than the sentence's own subject. The last such subject, or null.
   */
  private Event coordinatedSubject(Article a, int from, int to) {
    Event last = null;
    for (int k = from + 1; k < to - 2; k++) {
      if (a.tok(k).is(",") && CLAUSE_COORDINATORS.contains(a.tok(k + 1).lower()) && !a.inQuote(k)) {
        int m = k + 2;
        while (m < to && m < k + 4 && CLAUSE_LEAD.contains(a.tok(m).lower())) {
          m++; // "…, and since then Ben Carson has …", "…, but their neighbor Ben Green knows …"
        }
        Event e = namedSubject(a, m, to);
        if (e != null && !isLone(e)) {
          last = e;
        }
      }
    }
    return last;
  }

  /**
   * The person named as the sentence's subject: at its start, else past an introductory phrase closed by a comma ("On
   * Wednesday, …", "Eight years later, …", "But on Thursday, in the release announcing his role, …"), but not after a
   * pronoun subject ("He declared that as long as …, Trump would …"). A name the article gives in full wins over a lone
   * word, which is kept as a fallback.
   */
  private Event subjectOf(Article a, int from, int to) {
    String first = a.tok(from).lower();
    boolean introWord = Words.FUNCTION.contains(first);
    Event lone = null;
    Event e = introWord ? null : namedSubject(a, from, to);
    if (e != null && isLone(e)) {
      lone = e;
      e = null;
    }
    for (int m = from; e == null && !Words.PRONOUNS.contains(first) && m < Math.min(to, from + INTRO_PHRASE); m++) {
      boolean appositive = INTRO_PREPOSITIONS.contains(first) && m > from && namesAPerson(a.tok(m - 1));
      if (a.tok(m).is(",") && !a.inQuote(m) && !appositive) {
        e = namedSubject(a, m + 1, to);
        if (e != null && isLone(e)) {
          lone = lone == null ? e : lone;
          e = null;
        }
      }
    }
    if (e == null && lone == null && introWord && !INTRO_PREPOSITIONS.contains(first)) {
      e = namedSubject(a, from, to); // "And campaign chairman Ann Berg — … — offered", "Was Berg satisfied …?"
    }
    return e != null ? e : lone;
  }

  /**
   * {@code Along with her husband, Ivo Berg, …}, {@code On another tough guy, Mr. Lee, …}: in an introductory phrase, a
   * name after a comma that follows a person noun is that noun's appositive, not the subject (unlike {@code The
   * board's chairwoman, Ann Berg, said}, where the phrase is the subject).
   */
  private static boolean namesAPerson(Token t) {
    String w = t.lower();
    return t.isWord() && !t.isCapitalised() && (Words.PERSON_NOUNS.contains(w) || RELATIVES.contains(w));
  }

  /** Family and other person nouns that an appositive name often follows. */
  private static final java.util.Set<String> RELATIVES = Words.set("husband", "wife", "son", "daughter", "father",
      "mother", "brother", "sister", "friend", "guy", "man", "woman", "rival", "opponent", "colleague", "partner",
      "boss", "predecessor", "successor", "lawyer", "attorney", "aide", "adviser", "advisor");

  /** A lone capitalised word without a courtesy title: maybe no person's name ("Every", "Voters"; not "Ms. Berg"). */
  private static boolean isLone(Event e) {
    return e.name().indexOf(' ') < 0 && e.gender() == null;
  }

  /** Speech verbs that make the person before {@code , who} a speaker ("Sen. Ann Berg, who said …"). */
  private static final java.util.Set<String> RELATIVE_SPEECH = Words.set("said", "says", "told", "tells", "added",
      "wrote", "writes", "argued", "argues", "noted", "warned", "insisted", "explained", "stated", "tweeted",
      "declared", "acknowledged", "admitted", "recalled");

  /**
   * {@code … was backed by Sen. Ann Berg of Ohio, the panel's top Democrat, who said …}: the person a relative clause
   * reports as speaking is, from there on, the latest person named, though not the sentence subject. The last such
   * person in the sentence, or null.
   */
  private Event relativeSpeaker(Article a, int from, int to) {
    Event last = null;
    for (int k = from + 2; k < to - 1; k++) {
      if (!a.tok(k).is("who") || !a.tok(k - 1).is(",") || a.inQuote(k)) {
        continue;
      }
      int v = k + 1;
      if (v < to - 1 && a.tok(v).is("also")) {
        v++; // "who also said"
      }
      if (!RELATIVE_SPEECH.contains(a.tok(v).lower())) {
        continue;
      }
      SpeakerPhrase p = personBefore(a, k - 1, from);
      if (p != null) {
        String name = canonical(p.name());
        if (name.indexOf(' ') > 0 || p.role() != null) {
          last = new Event(a.tok(k).start(), name, true, titleGender(p.role()));
        }
      }
    }
    return last;
  }

  /**
   * The nearest person named before token {@code end} (exclusive) within an appositive's reach, past place names ("of
   * California"), names after "the" ("the top Democrat on the Senate Banking Committee") and capitalised role words;
   * null when a quote, a sentence end or another non-person name comes first.
   */
  private static SpeakerPhrase personBefore(Article a, int end, int from) {
    int stop = Math.max(from, end - MAX_APPOSITIVE);
    int j = end;
    while (j > stop) {
      Token t = a.tok(j - 1);
      if (a.inQuote(j - 1) || t.isSentenceEnd() || t.is(";")) {
        return null;
      }
      if (!t.isCapitalised()) {
        j--;
        continue;
      }
      int i = j - 1;
      while (i > stop && (a.tok(i - 1).isCapitalised() || a.tok(i - 1).is("-")) && !a.inQuote(i - 1)) {
        i--;
      }
      String before = i > from ? a.tok(i - 1).lower() : "";
      boolean object = PLACE_WORDS.contains(before) || before.equals("the");
      SpeakerPhrase p = SpeakerChunker.phrase(a, i, j);
      if (!object && p.name() != null) {
        return p.person() ? p : null;
      }
      j = i;
    }
    return null;
  }

  /** Words before a place name in an appositive ("Sen. Ann Berg of Ohio"). */
  private static final java.util.Set<String> PLACE_WORDS = Words.set("of", "from", "in");

  /** Longest stretch looked back over from {@code , who} to the person's name, in tokens. */
  private static final int MAX_APPOSITIVE = 24;

  /**
   * Openers of an introductory phrase whose own noun is never the subject ("In West Miami, …", "Like Allen, …", "With
   * Ann Berg, …"); after a coordinator or an auxiliary the name may be ("But Mrs. Berg, who …, was …").
   */
  private static final java.util.Set<String> INTRO_PREPOSITIONS = Words.set("when", "if", "in", "on", "at", "as",
      "along", "after", "before", "while", "since", "during", "for", "with", "from", "by", "although", "though",
      "because", "despite", "to", "of", "about", "over", "under", "into", "than", "like", "unlike", "whether",
      "regarding", "according", "amid", "among", "against", "without", "within", "through", "throughout", "upon",
      "until", "via", "per", "asked", "speaking");

  /** Longest introductory phrase looked past, in tokens. */
  private static final int INTRO_PHRASE = 14;

  /** A person named at {@code k} as a subject (followed by a verb or an appositive), or null. */
  private Event namedSubject(Article a, int k, int to) {
    if (k < to && a.tok(k).isWord() && !a.tok(k).isCapitalised() && a.tok(k).lower().endsWith("-year-old")) {
      k++; // "62-year-old Ann Berg also railed against …": an age before the name
    }
    int j = k;
    // a subject NP: capitalised words and lower-case titles ("McConnell spokesman Don Stewart")
    while (j < to && j - k < MAX_SUBJECT && !a.inQuote(j)
        && (a.tok(j).isCapitalised() || a.tok(j).is("-") || isTitleWord(a.tok(j)))) {
      j++;
    }
    if (j == k || !a.tok(j - 1).isCapitalised() || j >= to) {
      return null; // nothing, or ends in a title word: not a named subject
    }
    // a generational suffix is no title ("Joseph R. Biden Jr., in an interview, said"): the phrase is read without it
    int nameEnd = j - 1 > k && SUFFIXES.contains(key(a.tok(j - 1).text())) ? j - 1 : j;
    SpeakerPhrase p = SpeakerChunker.phrase(a, k, nameEnd);
    if (p.name() == null || !p.person() || !followsSubject(a.tok(j)) || hasAcronym(p.name())) {
      return null;
    }
    if ((a.tok(j).is("and") || a.tok(j).is("or")) && j + 1 < to && a.tok(j + 1).isCapitalised()) {
      return null; // "Ann Berg and Bo Lee, who say …": two people, no antecedent of he/she
    }
    // the suffix stays in the name: "Donald Trump Jr." is not "Donald Trump"
    String name = canonical(nameEnd < j ? p.name() + " " + a.tok(nameEnd).text() : p.name());
    return new Event(a.tok(k).start(), name, true, titleGender(p.role()));
  }

  private static final java.util.Set<String> SUFFIXES = Words.set("jr", "sr", "ii", "iii", "iv");

  /** A word of three or more capitals ("LGBT Pride", "NAACP Legal Fund"): an event or body, no person's name. */
  private static boolean hasAcronym(String name) {
    for (String part : name.split(" ")) {
      if (part.length() >= 3 && isAllCaps(part) && Character.isLetter(part.charAt(part.length() - 1))
          && !SUFFIXES.contains(part.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
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
    if ((r == null || r.name() == null) && p.pronoun() == null && p.name() == null) {
      noteUnnamedSpeaker(p);
    }
    if (r != null && r.name() != null) {
      Gender g = p.pronoun() != null ? pronounGender(p.pronoun()) : titleGender(p.role());
      speakers.add(new Event(p.start(), r.name(), p.person(), g));
      if (r.role() != null) {
        roleByName.merge(r.name(), r.role(), (x, y) -> x.length() >= y.length() ? x : y);
      }
    }
    return r;
  }

  /** Records a speaker inherited without a mention (floating quotes keep the chain going). */
  void touch(String name, int pos) {
    if (name != null) {
      speakers.add(new Event(pos, name, true, null));
    }
  }

  /** Resolves a phrase without recording it as a speaker (also for attributions made after the document-order pass). */
  Resolved resolveOnly(SpeakerPhrase p) {
    if (p.pronoun() != null) {
      if (!p.pronoun().equals("he") && !p.pronoun().equals("she")) {
        return null;
      }
      String name = pronounAntecedent(p.start(), pronounGender(p.pronoun()));
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
    String name = nominalAntecedent(p.start(), SpeakerChunker.roleWords(p.surface()), nounGender(head),
        !GENERIC_PERSONS.contains(head));
    return name == null ? null : new Resolved(name, roleByName.get(name));
  }

  private enum Gender { MALE, FEMALE }

  /** Positions of unnamed single persons quoted ("a delegate", "one official"), with the gender their noun shows. */
  private final List<Event> unnamed = new ArrayList<>();

  /** Singular person heads of an unnamed source besides the person nouns. */
  private static final java.util.Set<String> UNNAMED_HEADS = Words.set("source", "person", "delegate", "member",
      "voter", "resident", "supporter", "friend", "worker", "student", "donor", "attendee", "participant",
      "insider", "employee", "guy", "boy", "girl", "protester", "officer", "agent", "witness");

  /** Indefinite singular determiners of an unnamed person ("a delegate", "one official", "another voter"). */
  private static final java.util.Set<String> SINGULAR = Words.set("a", "an", "one", "another");

  /**
   * {@code One delegate tried to …; “Not even one,” he said}: an unnamed single person quoted after the last named one is
   * the likelier referent of a following he/she, which then stays unresolved rather than going to an older name.
   */
  private void noteUnnamedSpeaker(SpeakerPhrase p) {
    String[] words = p.surface().toLowerCase(Locale.ROOT).split(" ");
    if (words.length < 2 || !SINGULAR.contains(words[0])) {
      return;
    }
    for (int k = 1; k < words.length && k < 6; k++) {
      String w = words[k];
      if (Words.PERSON_NOUNS.contains(w) || UNNAMED_HEADS.contains(w)) {
        unnamed.add(new Event(p.start(), p.surface(), true, nounGender(w)));
        return;
      }
    }
  }

  private String pronounAntecedent(int pos, Gender gender) {
    String name = namedPronounAntecedent(pos, gender);
    if (name == null) {
      return null;
    }
    int named = -1;
    for (List<Event> list : List.of(speakers, subjects)) {
      for (Event e : list) {
        if (e.pos() < pos && e.name().equals(name)) {
          named = Math.max(named, e.pos());
        }
      }
    }
    String last = name.substring(name.lastIndexOf(' ') + 1);
    for (Event u : unnamed) {
      if (u.pos() > named && u.pos() < pos && (u.gender() == null || u.gender() == gender)) {
        // unless the named person comes up again in between ("an NBC reporter asked Trump if …; “…,” he said")
        int again = article.text.indexOf(last, u.pos());
        if (again < 0 || again >= pos) {
          return null;
        }
      }
    }
    return name;
  }

  private String namedPronounAntecedent(int pos, Gender gender) {
    Event best = null;
    for (List<Event> list : List.of(speakers, subjects)) {
      for (int i = list.size() - 1; i >= 0; i--) {
        Event e = list.get(i);
        if (e.pos() >= pos || !e.person() || !agrees(e, gender)
            || list == subjects && (!plausiblePerson(e.name()) || !knownPerson(e, pos))) {
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
   * A lone capitalised word as subject is a person only when the article names that person in full ("Every", "Voters"
   * are not), it has a courtesy title ("Mr. Hurt"), or the article has quoted that name before ("Weaver said …; Weaver
   * seemed …").
   */
  private boolean knownPerson(Event e, int pos) {
    if (!isLone(e)) {
      return true;
    }
    for (Event s : speakers) {
      if (s.pos() < pos && s.name().equals(e.name())) {
        return true;
      }
    }
    return false;
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

  /**
   * A name that stands for a group, never one person: led by a determiner or a number word ("Many", "Some Democrats",
   * "Six Gannett papers") or ending in the plural of a nationality, party or role word ("Latino Republicans",
   * "Americans", "Young Latinos").
   */
  static boolean isGroup(String name) {
    int space = name.indexOf(' ');
    String first = (space < 0 ? name : name.substring(0, space)).toLowerCase(Locale.ROOT);
    if (Words.DETERMINERS.contains(first) || NUMBERS.contains(first)) {
      return true;
    }
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    if (last.length() < 5 || !last.endsWith("s") || last.endsWith("ss")) {
      return false;
    }
    String stem = last.substring(0, last.length() - 1);
    return Words.ROLE.contains(stem) || GROUP_STEMS.contains(stem);
  }

  /** Peoples and faiths whose plural names a group ("Latinos", "Hispanics", "Muslims"). */
  private static final java.util.Set<String> GROUP_STEMS = Words.set("latino", "latina", "hispanic", "asian",
      "muslim", "christian", "catholic", "evangelical", "jew", "mormon", "protestant", "millennial", "immigrant",
      "african-american", "arab", "european", "voter", "supporter", "critic", "protester", "activist", "citizen");

  /** Number words that lead a counted group, not a person's name ("Six Gannett papers", "Four Democrats"). */
  private static final java.util.Set<String> NUMBERS = Words.set("four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "dozens", "hundreds", "thousands", "millions");

  private static Gender pronounGender(String pronoun) {
    return pronoun.equals("she") ? Gender.FEMALE : pronoun.equals("he") ? Gender.MALE : null;
  }

  /** The gender a courtesy title shows ("Mrs. Berg", "Mr. Lee"), or null. */
  private static Gender titleGender(String role) {
    if (role == null) {
      return null;
    }
    for (String word : role.split(" ")) {
      String w = key(word);
      if (w.equals("mr")) {
        return Gender.MALE;
      }
      if (w.equals("mrs") || w.equals("ms") || w.equals("miss")) {
        return Gender.FEMALE;
      }
    }
    return null;
  }

  /** A mention's own title or pronoun decides over first-name lists ("Mrs. Clinton" after "Bill Clinton"). */
  private boolean agrees(Event e, Gender gender) {
    return e.gender() != null ? e.gender() == gender : agrees(e.name(), gender);
  }

  private boolean agrees(String name, Gender gender) {
    String[] parts = name.split(" ");
    // a lone name is a surname: first-name lists say nothing about it ("Joyce said", "Kelly told"); the first name is
    // the first listed word before the surname ("Calif. - Bernie Sanders" from a dateline, "Retired Gen. Tom Lee")
    String first = "";
    for (int k = 0; k < parts.length - 1; k++) {
      String w = parts[k].toLowerCase(Locale.ROOT);
      if (Words.MALE_NAMES.contains(w) || Words.FEMALE_NAMES.contains(w)) {
        first = w;
        break;
      }
    }
    String role = roleByName.getOrDefault(name, "").toLowerCase(Locale.ROOT);
    boolean female = Words.FEMALE_NAMES.contains(first) || role.contains("woman") || role.startsWith("mrs")
        || role.startsWith("ms");
    boolean male = Words.MALE_NAMES.contains(first) || role.contains("spokesman") || role.contains("congressman")
        || role.startsWith("mr");
    if (!female && !male) {
      // else the article's courtesy titles for the last name (NYT style: "Ms. Hughes" throughout); a first name
      // decides first, since a spouse may share the last name ("Bill Clinton", "Mrs. Clinton")
      String last = key(parts[parts.length - 1]);
      Gender titled = mixedTitles.contains(last) ? null : titleGenderByLast.get(last);
      female = titled == Gender.FEMALE;
      male = titled == Gender.MALE;
    }
    return gender == Gender.FEMALE ? !male || female : !female || male;
  }

  /** Person nouns that show a gender ("the woman", "the congressman"). */
  private static final java.util.Set<String> MALE_NOUNS = Words.set("man", "businessman", "congressman", "spokesman",
      "chairman", "actor", "king", "prince", "father", "husband", "son", "brother", "boy", "gentleman");
  private static final java.util.Set<String> FEMALE_NOUNS = Words.set("woman", "businesswoman", "congresswoman",
      "spokeswoman", "chairwoman", "actress", "queen", "princess", "mother", "wife", "daughter", "sister", "girl",
      "lady");

  /** The gender a person noun shows, or null. */
  private static Gender nounGender(String noun) {
    return MALE_NOUNS.contains(noun) ? Gender.MALE : FEMALE_NOUNS.contains(noun) ? Gender.FEMALE : null;
  }

  /**
   * Heads that say nothing of a role ("the man", "the woman"): such a description refers back only to a speaker
   * described by the same noun, never by default to the latest speaker, since it mostly takes up an unnamed person
   * ("One man in the crowd interrupted …; “…,” the man shouted").
   */
  private static final java.util.Set<String> GENERIC_PERSONS = Words.set("man", "woman", "person", "guy", "boy",
      "girl", "men", "women", "people", "gentleman", "lady");

  /**
   * The speaker a definite description refers back to: the most recent one sharing a role word, else (when
   * {@code mayFallBack}) the most recent one. Only persons qualify ("the man" is no organisation named before), and a
   * gendered head ("the woman") must agree.
   */
  private String nominalAntecedent(int pos, List<String> anaphorWords, Gender gender, boolean mayFallBack) {
    String fallback = null;
    for (int i = speakers.size() - 1; i >= 0; i--) {
      Event e = speakers.get(i);
      if (e.pos() >= pos || !e.person() || gender != null && !agrees(e, gender)) {
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
    return mayFallBack ? fallback : null;
  }
}
