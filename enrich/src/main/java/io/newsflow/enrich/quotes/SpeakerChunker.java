package io.newsflow.enrich.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Speaker NP chunker without a parser. Left of a cue: skip adverbs and auxiliaries ("also", "has"), skip an
 * infinitive chain ("took to Telegram to"), skip an appositive between commas ("Kosachev, Vice Chairman of ..., said")
 * and take the maximal run of determiner / title / capitalised / person-noun tokens. Right of a cue (inversion,
 * {@code said House Speaker Paul Ryan}): the run up to the first comma or sentence end.
 */
final class SpeakerChunker {
  private static final int MAX_NP = 10;
  /** One-word asides between a subject and its cue: "Officials, though, say …". */
  private static final java.util.Set<String> ASIDES = Words.set("however", "too", "though", "meanwhile", "instead",
      "also", "then", "again", "still", "moreover", "nonetheless", "nevertheless", "indeed");
  /** Longest "according to" source ("early results of exit polls conducted by … for … and television networks"). */
  private static final int MAX_SOURCE = 20;
  /** Longest appositive skipped between a name and its cue (relative clauses included: ", who served as …,"). */
  private static final int MAX_APPOSITIVE = 24;
  private static final java.util.Set<String> BOUNDARY_WORDS = Words.set("and", "but", "while", "as", "because",
      "though", "although", "when", "whereas", "since", "if", "so", "yet", "where");
  private static final java.util.regex.Pattern ROLE_SPLIT = java.util.regex.Pattern.compile("[^\\p{L}.]+");

  /** Before a capitalised run these make it a place or an object, never a subject ("a doctor from Monsey"). */
  static final java.util.Set<String> PLACE_PREPOSITIONS = Words.set("from", "in", "of", "at", "near", "outside",
      "across", "for", "with", "to", "by");

  private SpeakerChunker() {}

  /**
   * The subject of the cue starting at token {@code cue}, not reaching before token {@code lowerBound}, or null.
   * Tokens inside quotes are never part of a subject.
   */
  static SpeakerPhrase leftOf(Article a, int cue, int lowerBound) {
    return leftOf(a, cue, lowerBound, false);
  }

  /**
   * @param skipAdjunct whether a prepositional object before the cue is skipped to the subject before it ("Ann Berg at
   *                    the time said"); without it such an object is taken as it is
   */
  static SpeakerPhrase leftOf(Article a, int cue, int lowerBound, boolean skipAdjunct) {
    int j = skipBack(a, cue - 1, lowerBound);
    if (j < lowerBound) {
      return null;
    }
    int beforeAdjunct = timeAdjunctStart(a, j, lowerBound);
    if (beforeAdjunct >= 0) {
      // "Obama on Tuesday called …", "Trump in recent days has suggested …": a time adjunct after the subject
      int k = skipBack(a, beforeAdjunct - 1, lowerBound);
      SpeakerPhrase sp = k >= lowerBound ? chunkLeft(a, k, lowerBound) : null;
      if (sp != null && (sp.name() != null || sp.pronoun() != null)) {
        return sp;
      }
    }
    if (a.tok(j).is("to")) {
      int m = j - 1;
      int stop = Math.max(lowerBound, j - 5);
      while (m >= stop && !(a.tok(m).isWord() && Words.CATENATIVE.contains(a.tok(m).lower()))) {
        m--;
      }
      if (m < stop) {
        return null;
      }
      j = skipBack(a, m - 1, lowerBound);
      if (j < lowerBound) {
        return null;
      }
    }
    Token t = a.tok(j);
    if (t.is(",") || t.is(")")) {
      return appositive(a, j, lowerBound);
    }
    SpeakerPhrase described = describedSourceLeft(a, j, lowerBound);
    if (described != null) {
      return described;
    }
    SpeakerPhrase p = chunkLeft(a, j, lowerBound);
    if (p != null && p.pronoun() == null && (skipAdjunct || p.name() == null || !p.person())
        && p.from() - 1 >= lowerBound && isPreposition(a.tok(p.from() - 1))) {
      // the object of a preposition is never the cue's subject: "Trump at the time said", "a memo in April explaining";
      // skip one such adjunct to a named or pronoun subject before it, else there is none
      int before = p.from() - 2;
      SpeakerPhrase subject = before >= lowerBound && a.tok(before).isWord() ? chunkLeft(a, before, lowerBound) : null;
      boolean clean = subject != null && (subject.from() == lowerBound || !isPreposition(a.tok(subject.from() - 1)));
      if (clean && (subject.pronoun() != null || subject.name() != null && subject.person())) {
        return subject;
      }
      return p;
    }
    return p;
  }

  /** Prepositions that tie an unnamed source to whom it serves or knows ("an adviser to", "a person close to"). */
  private static final java.util.Set<String> SOURCE_PREPOSITIONS = Words.set("to", "for", "of", "with", "at", "in",
      "from", "on", "about", "inside", "within");
  /** Adjectives opening a source's post-modifier ("familiar with the talks", "close to the campaign"). */
  private static final java.util.Set<String> SOURCE_ADJECTIVES = Words.set("familiar", "close", "involved",
      "knowledgeable", "briefed", "connected", "allied", "loyal", "aligned", "affiliated", "sympathetic");
  /** Heads of unnamed sources besides the person nouns ("a source", "one person", "people close to"). */
  private static final java.util.Set<String> SOURCE_HEADS = Words.set("source", "sources", "person", "people",
      "insider", "insiders", "member", "members", "friend", "friends", "ally", "allies", "associate", "associates",
      "confidant", "employee", "employees", "delegate", "delegates", "supporter", "supporters", "donor", "donors",
      "one", "some", "several", "others", "another");
  /** Most tokens in a source's post-modifier. */
  private static final int MAX_POSTMODIFIER = 8;

  /**
   * {@code a person close to the campaign said}, {@code one longtime adviser to Bill Clinton said}: an unnamed source
   * with its post-modifier is one noun phrase; the name inside the modifier is not the speaker. Null unless tokens up to
   * {@code j} end such a phrase.
   */
  private static SpeakerPhrase describedSourceLeft(Article a, int j, int lowerBound) {
    for (int m = j; m > lowerBound && j - m < MAX_POSTMODIFIER; m--) {
      Token t = a.tok(m);
      if (a.inQuote(m) || !t.isWord() && !t.isPossessive() && !t.is("-") && !t.is("&")) {
        return null;
      }
      String w = t.lower();
      if (w.equals("who") || w.equals("which") || w.equals("that") || BOUNDARY_WORDS.contains(w)) {
        return null;
      }
      if (m == j || t.isCapitalised() || !SOURCE_PREPOSITIONS.contains(w)) {
        continue;
      }
      int headEnd = m - 1;
      if (SOURCE_ADJECTIVES.contains(a.tok(headEnd).lower())) {
        headEnd--;
      }
      SpeakerPhrase head = headEnd >= lowerBound ? chunkLeft(a, headEnd, lowerBound) : null;
      if (head == null && headEnd >= lowerBound && SOURCE_HEADS.contains(a.tok(headEnd).lower())) {
        head = phrase(a, headEnd, headEnd + 1);
      }
      boolean capitalisedAtStart = head != null && head.from() == headEnd
          && a.sentStart[a.tokSent[headEnd]] == headEnd; // "Officials at the agency said"
      if (head == null || head.pronoun() != null || head.name() != null && head.person() && !capitalisedAtStart
          || !isSourceHead(a.tok(headEnd).lower()) || !sourceModifier(a, headEnd, m, j + 1)) {
        return null;
      }
      return described(a, head.from(), j + 1);
    }
    return null;
  }

  /** Heads that count people rather than name them; only "of" + a definite group follows them ("one of his aides"). */
  private static final java.util.Set<String> QUANTIFIER_HEADS = Words.set("one", "some", "several", "others",
      "another");
  /** Capitalised heads that are people, not titles before a name ("a Republican familiar with the talks"). */
  private static final java.util.Set<String> PARTY_MEMBERS = Words.set("republican", "republicans", "democrat",
      "democrats");
  /** Definite openers of the group after a quantifier head. */
  private static final java.util.Set<String> DEFINITE = Words.set("the", "those", "these", "his", "her", "their",
      "its", "our");
  /** Verb forms that show the run is a clause, not a noun phrase ("aides in the campaign were discussing"). */
  private static final java.util.Set<String> CLAUSE_WORDS = Words.set("was", "were", "is", "are", "has", "have",
      "had", "will", "would", "could", "can", "did", "does", "do", "sent", "said", "says", "told", "made", "gave",
      "took", "what", "how", "before", "after", "ago");

  /**
   * Whether tokens {@code [prep, end)} are a post-modifier of the source head at {@code head}: a noun phrase after the
   * preposition (not an infinitive, a clause, a time adjunct or a title before a name as in "Secretary of State John
   * Kerry").
   */
  private static boolean sourceModifier(Article a, int head, int prep, int end) {
    Token h = a.tok(head);
    String p = a.tok(prep).lower();
    boolean sentenceInitial = a.sentStart[a.tokSent[head]] == head;
    boolean capitalOk = !h.isCapitalised() || PARTY_MEMBERS.contains(h.lower())
        || sentenceInitial && !Words.ROLE.contains(h.lower()); // "Officials at …", not "Secretary of State …"
    if (!capitalOk || prep + 1 >= end) {
      return false;
    }
    Token next = a.tok(prep + 1);
    if (QUANTIFIER_HEADS.contains(h.lower()) && !(p.equals("of") && DEFINITE.contains(next.lower()))) {
      return false;
    }
    if (p.equals("to") && !next.isCapitalised() && !Words.DETERMINERS.contains(next.lower())) {
      return false; // "delegates to challenge …": an infinitive
    }
    for (int k = prep + 1; k < end; k++) {
      Token t = a.tok(k);
      String w = t.lower();
      // "the planning", "Ann Berg's thinking": after a determiner or a possessive an -ing word is a noun
      boolean afterDeterminer = Words.DETERMINERS.contains(a.tok(k - 1).lower()) || a.tok(k - 1).isPossessive();
      boolean verbLike = !t.isCapitalised() && w.length() > 4 && (w.endsWith("ing") || w.endsWith("ed"))
          && !afterDeterminer; // "the planning" is a noun
      if (t.isWord() && (verbLike || CLAUSE_WORDS.contains(w) || TIME_WORDS.contains(w))) {
        return false;
      }
      Token before = a.tok(k - 1);
      if (t.isCapitalised() && k - 1 > prep && before.isWord() && !before.isCapitalised()
          && !Words.FUNCTION.contains(before.lower()) && !Words.DETERMINERS.contains(before.lower())) {
        return false; // "the secretary of state Hillary Clinton", "one of the jobs Perez …": a noun before a name
      }
    }
    Token last = a.tok(end - 1);
    return !(last.isWord() && (Words.FUNCTION.contains(last.lower()) || Words.DETERMINERS.contains(last.lower())));
  }

  private static boolean isSourceHead(String w) {
    String singular = w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    return SOURCE_HEADS.contains(w) || Words.PERSON_NOUNS.contains(w) || Words.PERSON_NOUNS.contains(singular);
  }

  /** An unnamed source phrase over tokens {@code [from, to)}: no name, the whole phrase is its description. */
  private static SpeakerPhrase described(Article a, int from, int to) {
    String surface = a.slice(from, to);
    return new SpeakerPhrase(from, to, a.tok(from).start(), a.tok(to - 1).end(), surface, null, surface, null, true);
  }

  /**
   * {@code said a longtime adviser to Bill Clinton}: an unnamed source's post-modifier, up to a comma, a relative
   * pronoun or the sentence end, joins the phrase. Returns {@code np} unchanged when there is none.
   */
  private static SpeakerPhrase withPostModifier(Article a, SpeakerPhrase np, int upperBound) {
    if (np == null || np.name() != null && np.person() || np.pronoun() != null || np.to() >= upperBound) {
      return np;
    }
    int k = np.to();
    int head = k - 1;
    if (SOURCE_ADJECTIVES.contains(a.tok(head).lower()) && head > np.from()) {
      head--; // "said a source familiar with …": the determiner phrase stopped after the adjective
    } else if (SOURCE_ADJECTIVES.contains(a.tok(k).lower())) {
      k++;
    }
    if (!isSourceHead(a.tok(head).lower())) {
      return np;
    }
    if (k >= upperBound || !SOURCE_PREPOSITIONS.contains(a.tok(k).lower())) {
      return np;
    }
    int end = k + 1;
    while (end < upperBound && end - k <= MAX_POSTMODIFIER && !a.inQuote(end)
        && (a.tok(end).isWord() || a.tok(end).isPossessive() || a.tok(end).is("-") || a.tok(end).is("&"))
        && !NP_END.contains(a.tok(end).lower()) || end < upperBound && end == k + 1 && a.tok(end).isWord()) {
      end++;
    }
    boolean closed = end >= a.size() || !a.tok(end).isWord() || NP_END.contains(a.tok(end).lower());
    if (end == k + 1 || !closed || end - k > MAX_POSTMODIFIER || !sourceModifier(a, head, k, end)) {
      return np;
    }
    return described(a, np.from(), end);
  }

  /** Prepositions that open an adjunct ("at the time", "in April"); their object is no subject. */
  private static final java.util.Set<String> ADJUNCT_PREPOSITIONS = Words.set("in", "at", "on", "during", "after",
      "before", "from", "with", "for", "to", "of", "about", "since", "until", "into", "over", "under", "near", "across",
      "through", "among", "by", "like");

  private static boolean isPreposition(Token t) {
    return t.isWord() && !t.isCapitalised() && ADJUNCT_PREPOSITIONS.contains(t.lower());
  }

  private static int skipBack(Article a, int j, int lowerBound) {
    while (j >= lowerBound && a.tok(j).isWord() && !a.tok(j).isCapitalised()
        && (Words.SKIPPABLE.contains(a.tok(j).lower()) && !a.tok(j).is("on") && !a.tok(j).is("went")
            || a.tok(j).lower().endsWith("ly") && a.tok(j).lower().length() > 4)) {
      j--;
    }
    // "Lavrov, however, said" / "He explained, however, that"
    if (j - 2 >= lowerBound && a.tok(j).is(",") && a.tok(j - 2).is(",")
        && (a.tok(j - 1).lower().endsWith("ly") || ASIDES.contains(a.tok(j - 1).lower()))) {
      return skipBack(a, j - 3, lowerBound);
    }
    return j;
  }

  private static final java.util.Set<String> TIME_WORDS = Words.set("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years",
      "night", "morning", "afternoon", "evening", "today", "yesterday", "tonight", "recently", "time");
  private static final java.util.Set<String> TIME_PREPOSITIONS = Words.set("on", "in", "over", "during", "last",
      "this", "earlier", "late", "early", "recent");

  /**
   * A short time adjunct ending at token j ("on Tuesday", "in recent days", "last week", "Monday night"): its first
   * token, or -1.
   */
  private static int timeAdjunctStart(Article a, int j, int lowerBound) {
    if (j <= lowerBound || !TIME_WORDS.contains(a.tok(j).lower()) || a.inQuote(j)) {
      return -1;
    }
    int k = j - 1;
    while (k >= lowerBound && j - k <= 3 && a.tok(k).isWord() && !a.inQuote(k)
        && (TIME_WORDS.contains(a.tok(k).lower()) || TIME_PREPOSITIONS.contains(a.tok(k).lower())
            || !a.tok(k).isCapitalised() && a.tok(k).lower().endsWith("ly"))) {
      k--;
    }
    return k < j && k >= lowerBound ? k + 1 : -1;
  }

  /**
   * Token k lies in a short quoted title (at most five words) that opens after a word and closes before j: "the
   * co-author of “Going Viral,” about …" inside an appositive.
   */
  private static boolean shortQuoteInside(Article a, int k, int j) {
    QuoteScanner.Span sp = a.spans.get(a.tokSpan[k]);
    int from = a.tokenAtOrAfter(sp.start());
    int to = a.tokenAtOrAfter(sp.end());
    if (to >= j || from < 1 || !a.tok(from - 1).isWord()) {
      return false;
    }
    int words = 0;
    for (int m = from; m < to; m++) {
      if (a.tok(m).isWord()) {
        words++;
      }
    }
    return words <= 5;
  }

  /** {@code NAME , APPOSITIVE , cue}: j is the comma before the cue. */
  private static SpeakerPhrase appositive(Article a, int j, int lowerBound) {
    return appositive(a, j, lowerBound, 0);
  }

  private static SpeakerPhrase appositive(Article a, int j, int lowerBound, int depth) {
    boolean paren = a.tok(j).is(")");
    if (!paren && depth == 0) {
      SpeakerPhrase relative = beforeRelativeClause(a, j, lowerBound);
      if (relative != null) {
        return relative;
      }
    }
    int k = j - 1;
    int stop = Math.max(lowerBound, j - MAX_APPOSITIVE);
    while (k >= stop && !(paren ? a.tok(k).is("(") : a.tok(k).is(",")) && !a.tok(k).isSentenceEnd()
        && (!a.inQuote(k) || shortQuoteInside(a, k, j)) && !a.tok(k).is(";")) {
      if (a.inQuote(k)) {
        k = a.tokenAtOrAfter(a.spans.get(a.tokSpan[k]).start()); // "the co-author of “Going Viral,” about …"
      }
      k--;
    }
    if (k < stop || !(paren ? a.tok(k).is("(") : a.tok(k).is(",")) || k == j - 1) {
      return null;
    }
    if (!paren && opensClause(a, k + 1, j)) {
      return null; // "…, New Hampshire, Trump went after Bush, calling …": a clause between commas, not an appositive
    }
    String appositive = a.slice(k + 1, j);
    SpeakerPhrase name = chunkLeft(a, k - 1, lowerBound);
    if (name == null && k - 1 > lowerBound && a.tok(k - 1).is(")")) {
      // "Sen. Ted Cruz (R-Texas), also a GOP presidential hopeful, called": past the party label
      for (int m = k - 2; m > lowerBound && m >= k - 8; m--) {
        if (a.tok(m).is("(")) {
          name = chunkLeft(a, m - 1, lowerBound);
          break;
        }
      }
    }
    boolean place = name != null && name.name() != null && name.from() > lowerBound
        && PLACE_PREPOSITIONS.contains(a.tok(name.from() - 1).lower()) && !titleOf(a, name.from() - 1, lowerBound);
    if (place) {
      // "Ann Berg, a doctor from Monsey, New York, said": a place inside the appositive, not the speaker
      name = null;
    }
    SpeakerPhrase inner = paren || place ? null : chunkLeft(a, j - 1, k + 1);
    boolean namedInner = inner != null && inner.from() == k + 1 && inner.name() != null;
    if (namedInner && !inner.person() && (name == null || name.name() == null)) {
      // "the bank's parent, the Harbour Trust Group, said": an unnamed description renamed by an organisation
      return new SpeakerPhrase(inner.from(), inner.to(), inner.start(), inner.end(), inner.surface(), inner.name(),
          name == null ? null : name.surface(), null, false);
    }
    if (namedInner && inner.person() && (name == null || name.name() == null || !name.person())) {
      // "her senior policy adviser, Jake Sullivan, said": the name is the appositive itself
      String role = name == null ? inner.role() : name.surface();
      return new SpeakerPhrase(inner.from(), inner.to(), inner.start(), inner.end(), inner.surface(), inner.name(),
          role, null, true);
    }
    if ((name == null || name.name() == null) && !paren && depth < 2) {
      // "Yin May, 60, a doctor, said": several appositives in a row
      SpeakerPhrase earlier = appositive(a, k, lowerBound, depth + 1);
      if (earlier != null) {
        return earlier;
      }
    }
    if (name == null || name.name() == null) {
      return paren ? null : unnamedBeforeAppositive(a, name, k, lowerBound);
    }
    String first = a.tok(k + 1).lower();
    String role = first.equals("who") || first.equals("which") ? name.role() : appositive;
    return new SpeakerPhrase(name.from(), name.to(), name.start(), name.end(), name.surface(), name.name(), role,
        null, name.person());
  }

  /**
   * {@code Speaker of the House Rep. Ann Berg (R-Ohio) said}: the "of" at {@code of} belongs to a capitalised title
   * ("Speaker of", "Secretary of"), so what follows it is the titled person, not a place.
   */
  private static boolean titleOf(Article a, int of, int lowerBound) {
    return a.tok(of).is("of") && of - 1 >= lowerBound && a.tok(of - 1).isCapitalised()
        && Words.ROLE.contains(stripDot(a.tok(of - 1).lower()));
  }

  /**
   * {@code An Israeli official, speaking on condition of anonymity, said}, {@code Officials at the agency, a division of
   * …, said}: an unnamed person or source before the appositive is the speaker (described by its own words). Null
   * when the phrase before the comma is no such source.
   */
  private static SpeakerPhrase unnamedBeforeAppositive(Article a, SpeakerPhrase np, int comma, int lowerBound) {
    if (comma - 1 < lowerBound) {
      return null;
    }
    SpeakerPhrase described = describedSourceLeft(a, comma - 1, lowerBound);
    if (described != null) {
      return described;
    }
    if (np == null || np.pronoun() != null || np.to() != comma) {
      return null;
    }
    Token head = a.tok(comma - 1);
    Token first = a.tok(np.from());
    boolean opensWithDeterminer = first.isWord() && Words.DETERMINERS.contains(first.lower());
    return opensWithDeterminer && !head.isCapitalised() && isSourceHead(head.lower()) ? np : null;
  }

  /**
   * Tokens {@code [from, to)} open with a name and its verb ({@code Trump went after Bush}) rather than a noun phrase:
   * a run of capitalised words (not ending in a possessive) followed by a lower-case word that is no function, title or
   * person word.
   */
  private static boolean opensClause(Article a, int from, int to) {
    int k = from;
    while (k < to && a.tok(k).isCapitalised() && !Words.FUNCTION.contains(a.tok(k).lower())
        && !Words.DETERMINERS.contains(a.tok(k).lower())) {
      k++;
    }
    if (k == from || k >= to || a.tok(k - 1).isPossessive() || Words.ROLE.contains(a.tok(k - 1).lower())) {
      return false;
    }
    Token t = a.tok(k);
    String w = t.lower();
    return t.isWord() && !t.isCapitalised() && !Words.FUNCTION.contains(w) && !Words.ROLE.contains(w)
        && !Words.PERSON_NOUNS.contains(w) && !Words.DETERMINERS.contains(w) && !BOUNDARY_WORDS.contains(w)
        && !Character.isDigit(t.text().charAt(0));
  }

  /**
   * {@code Ann Berg, who lost her son in Aurora, Colorado, in 2012, said}: a relative clause may hold commas of its own,
   * so the subject is the name before {@code , who}, not the last capitalised word before the cue's comma.
   */
  private static SpeakerPhrase beforeRelativeClause(Article a, int j, int lowerBound) {
    int stop = Math.max(lowerBound + 2, j - MAX_APPOSITIVE);
    for (int k = j - 1; k >= stop; k--) {
      Token t = a.tok(k);
      if (t.isSentenceEnd() || t.is(";") || a.inQuote(k)) {
        return null;
      }
      if ((t.is("who") || t.is("whose")) && a.tok(k - 1).is(",")) {
        SpeakerPhrase name = chunkLeft(a, k - 2, lowerBound);
        if (name == null || name.name() == null || !name.person()) {
          return null;
        }
        return new SpeakerPhrase(name.from(), name.to(), name.start(), name.end(), name.surface(), name.name(),
            name.role(), null, true);
      }
    }
    return null;
  }

  /**
   * The named or pronoun subject opening the sentence that starts at {@code from} ({@code He …}, {@code Sen. Ann Berg
   * …}), when a lower-case verb-like word follows it before {@code limit}; else null.
   */
  static SpeakerPhrase sentenceSubject(Article a, int from, int limit) {
    if (from >= limit || a.inQuote(from)) {
      return null;
    }
    Token first = a.tok(from);
    if (first.is("he") || first.is("she")) {
      return phrase(a, from, from + 1);
    }
    if (participleOpener(a, from)) {
      return null;
    }
    int j = from;
    while (j < limit && j - from < MAX_NP && !a.inQuote(j) && (a.tok(j).isCapitalised() || a.tok(j).is("-"))) {
      j++;
    }
    if (j == from || j >= limit || !a.tok(j).isWord() || a.tok(j).isCapitalised()) {
      return null;
    }
    SpeakerPhrase p = phrase(a, from, j);
    return p.name() != null && p.person() ? p : null;
  }

  /** Capitalised sentence openers of a time phrase before the subject ("Early in his campaign, …", "Days later, …"). */
  private static final java.util.Set<String> INTRO_OPENERS = Words.set("early", "late", "shortly", "soon", "back",
      "days", "hours", "weeks", "months", "years", "moments", "minutes", "long", "right");

  /** Longest introductory phrase skipped before a main-clause subject ("Speaking to MSNBC’s Morning Joe Monday, …"). */
  private static final int INTRO_PHRASE = 14;

  /** Sentence adverbs and connectors before a subject ("Then he …", "However, she …", "Today, the paper …"). */
  private static final java.util.Set<String> LEAD_ADVERBS = Words.set("then", "however", "but", "and", "so", "yet",
      "meanwhile", "today", "yesterday", "instead", "later", "earlier", "still", "now", "also", "afterward",
      "afterwards", "separately", "finally", "first", "again", "last", "this", "week", "year", "month", "night");

  /**
   * The subject of the sentence's main verb when the sentence starts with it ({@code Then he cut into Bush, calling
   * …}, {@code Former prosecutor Rudy Giuliani, who backs Trump, trashed Comey, calling …}): past leading adverbs, a
   * capitalised or role-word noun phrase and any appositive between commas, up to the first other lower-case word,
   * which is taken as the verb. Null when that run does not end in a named, pronoun or role subject before
   * {@code limit}.
   */
  static SpeakerPhrase mainClauseSubject(Article a, int lb, int limit) {
    return mainClauseSubject(a, lb, limit, false);
  }

  /** @param afterIntro whether an introductory phrase closed by a comma may precede the subject */
  static SpeakerPhrase mainClauseSubject(Article a, int lb, int limit, boolean afterIntro) {
    int k = afterDateline(a, lb, limit);
    for (int n = 0; n < 4 && k < limit && a.tok(k).isWord() && LEAD_ADVERBS.contains(a.tok(k).lower()); n++) {
      k++;
      if (k < limit && a.tok(k).is(",")) {
        k++;
      }
    }
    if (k >= limit || a.inQuote(k) || !a.tok(k).isWord()) {
      return null;
    }
    String first = a.tok(k).lower();
    if ((afterIntro && (Words.FUNCTION.contains(first) && !Words.PRONOUNS.contains(first) || first.endsWith("ing")
        || INTRO_OPENERS.contains(first))
        || participleOpener(a, k)) && !BOUNDARY_WORDS.contains(first)) {
      // "On Monday, Bush …", "Speaking to MSNBC in New Hampshire, Bush …": past an introductory phrase
      int m = k + 1;
      while (m < limit && m - k <= INTRO_PHRASE && !a.tok(m).is(",") && !a.inQuote(m) && !a.tok(m).isSentenceEnd()) {
        m++;
      }
      if (m >= limit || !a.tok(m).is(",") || m - k > INTRO_PHRASE) {
        return null;
      }
      k = m + 1;
      if (k + 1 < limit && Character.isDigit(a.tok(k).text().charAt(0)) && a.tok(k + 1).is(",")) {
        k += 2; // "On July 6, 2015, Ann Berg …": the year of a date before its comma
      }
      if (k >= limit || a.inQuote(k) || !a.tok(k).isWord()) {
        return null;
      }
      first = a.tok(k).lower();
    }
    if (Words.FUNCTION.contains(first) && !Words.PRONOUNS.contains(first) || BOUNDARY_WORDS.contains(first)) {
      return null;
    }
    int v = k;
    while (v < limit) {
      Token t = a.tok(v);
      if (a.inQuote(v) || t.isSentenceEnd() || t.is(";") || t.is(":")) {
        return null;
      }
      if (t.is(",") || t.is("(")) {
        String close = t.is(",") ? "," : ")";
        int m = v + 1;
        while (m < limit && m - v <= MAX_APPOSITIVE && !a.tok(m).is(close) && !a.tok(m).isSentenceEnd()) {
          m++;
        }
        if (m >= limit || !a.tok(m).is(close)) {
          return null;
        }
        v = m + 1;
        continue;
      }
      String w = t.lower();
      boolean npWord = !t.isWord() || t.isCapitalised() || t.isPossessive() || Words.DETERMINERS.contains(w)
          || Words.ROLE.contains(w) || Words.PERSON_NOUNS.contains(w) || w.equals("of") || w.equals("&")
          || w.equals("-") || w.equals("and") && v > k && v + 1 < limit && a.tok(v + 1).isCapitalised();
      if (v == k && Words.PRONOUNS.contains(w) && !w.equals("it") && !w.equals("you")) {
        v++;
        break;
      }
      if (!npWord) {
        break;
      }
      v++;
    }
    if (v == k || v >= limit || !a.tok(v).isWord() || a.tok(v).isCapitalised() || a.inQuote(v)) {
      return null;
    }
    SpeakerPhrase sp = leftOf(a, v, k);
    return sp != null && (sp.name() != null || sp.pronoun() != null) ? sp : null;
  }

  /** Prepositions that follow a passive participle opening a sentence ("Preceded by", "Backed by", "Asked about"). */
  private static final java.util.Set<String> PASSIVE_LINKS = Words.set("by", "about", "with", "in", "at", "on", "to");

  /** {@code Preceded by a band, Ann Berg …}: a capitalised "-ed" word opening the sentence before "by", "about"… */
  private static boolean pastParticipleOpener(Article a, int k) {
    Token t = a.tok(k);
    String w = t.lower();
    return t.isCapitalised() && w.length() >= 6 && w.endsWith("ed") && k + 1 < a.size()
        && a.sentStart[a.tokSent[k]] == k && PASSIVE_LINKS.contains(a.tok(k + 1).lower());
  }

  /** Most tokens of a dateline before its dash ("DES MOINES, Iowa (AP) —"). */
  private static final int MAX_DATELINE = 8;

  /**
   * {@code DECATUR, Ill. — Ann Berg …}: a paragraph opening with a place in capitals, then a dash, is a dateline; the
   * sentence proper starts after the dash. Returns {@code k} unchanged otherwise.
   */
  static int afterDateline(Article a, int k, int limit) {
    if (k >= limit || k != a.paraFirstTok[a.tokPara[k]] || !isAllCaps(a.tok(k).text()) || a.tok(k).text().length() < 3
        || !a.tok(k).isWord()) {
      return k;
    }
    for (int m = k + 1; m < limit && m - k <= MAX_DATELINE; m++) {
      Token t = a.tok(m);
      if (t.is("—") || t.is("–") || t.is("--") || t.is("-")) {
        return m + 1;
      }
      if (a.inQuote(m)) {
        break;
      }
    }
    return k;
  }

  /**
   * {@code Walking to the car, Ruiz said …}, {@code Holding signs, the protesters …}: a capitalised "-ing" word opening
   * the sentence before a lower-case word is a participle, never a name ("King said" has its verb next).
   */
  static boolean participleOpener(Article a, int k) {
    Token t = a.tok(k);
    String w = t.lower();
    if (pastParticipleOpener(a, k)) {
      return true;
    }
    if (!t.isCapitalised() || w.length() < 6 || !w.endsWith("ing") || k + 1 >= a.size()
        || a.sentStart[a.tokSent[k]] != k) {
      return false;
    }
    Token next = a.tok(k + 1);
    String n = next.lower();
    return next.isWord() && !next.isCapitalised() && (Words.DETERMINERS.contains(n) || ADJUNCT_PREPOSITIONS.contains(n)
        || n.equals("up") || n.equals("out") || n.equals("off") || n.endsWith("s") && !n.endsWith("ss")
            && !CUE_LIKE_S.contains(n));
  }

  /** Present-tense cue verbs in -s, which may follow a name ending in -ing ("Manning says"). */
  private static final java.util.Set<String> CUE_LIKE_S = Words.set("says", "tells", "adds", "writes", "argues",
      "claims", "notes", "insists", "explains", "asks", "warns", "thinks", "believes", "is", "was", "has", "does");

  /** "he’s" → "he", "they've" → "they": the pronoun of a subject-auxiliary contraction, else null. */
  static String contractedPronoun(String w) {
    int apo = Math.max(w.indexOf('\''), w.indexOf('’'));
    if (apo <= 0) {
      return null;
    }
    String p = w.substring(0, apo);
    String aux = w.substring(apo + 1);
    boolean auxiliary = aux.equals("s") || aux.equals("re") || aux.equals("ve") || aux.equals("d") || aux.equals("ll");
    return auxiliary && Words.PRONOUNS.contains(p) && !p.equals("it") && !p.equals("you") ? p : null;
  }

  /** Quantifiers that stand alone as a subject for people ("Several said", "others argue"). */
  private static final java.util.Set<String> QUANTIFIER_SUBJECTS = Words.set("several", "many", "some", "others",
      "another", "both", "most", "few");

  /** Maximal NP ending at token {@code j} (inclusive). */
  static SpeakerPhrase chunkLeft(Article a, int j, int lowerBound) {
    if (j < lowerBound || a.inQuote(j)) {
      return null;
    }
    Token last = a.tok(j);
    if (!last.isWord()) {
      return null;
    }
    if (Words.PRONOUNS.contains(last.lower()) && (j == lowerBound || !a.tok(j - 1).isWord() || !last.is("it") && !last.is("you")
        || Words.FUNCTION.contains(a.tok(j - 1).lower()) || a.tok(j - 1).is("that") || a.tok(j - 1).is("and"))) {
      return phrase(a, j, j + 1);
    }
    String contracted = contractedPronoun(last.lower());
    if (contracted != null) {
      // "he’s predicting", "they’ve said": the pronoun of an auxiliary contraction
      return new SpeakerPhrase(j, j + 1, last.start(), last.end(), last.text(), null, null, contracted, true);
    }
    if (QUANTIFIER_SUBJECTS.contains(last.lower()) && j + 1 < a.size() && a.tok(j + 1).isWord()
        && (j == lowerBound || !a.tok(j - 1).isWord() || BOUNDARY_WORDS.contains(a.tok(j - 1).lower()))) {
      // "Several said …", "…, but others argue": a quantifier standing alone for the people; no name, no antecedent
      return new SpeakerPhrase(j, j + 1, last.start(), last.end(), last.text(), null, last.text(), null, true);
    }
    if ((Words.FUNCTION.contains(last.lower()) && !Words.PERSON_NOUNS.contains(last.lower())
        || Words.DETERMINERS.contains(last.lower())) && !a.surnameAt(j)) {
      return null;
    }
    if (!last.isCapitalised() && Words.IRREGULAR_PAST_VERBS.contains(last.lower())) {
      return null; // "…," came shouts from the crowd; "and began talking": a verb, not a noun phrase's head
    }
    if (!last.isCapitalised() && !Words.ROLE.contains(last.lower()) && !Words.PERSON_NOUNS.contains(last.lower())
        && (j == lowerBound || !a.tok(j - 1).isWord() || BOUNDARY_WORDS.contains(a.tok(j - 1).lower()))
        && last.lower().length() > 2 && !last.lower().endsWith("ly")) {
      // a bare noun subject after a boundary: ", officials said", "but critics say"
      return phrase(a, j, j + 1);
    }
    int from = j + 1;
    int k = j;
    while (k >= lowerBound && j - k < MAX_NP && !a.inQuote(k)) {
      Token t = a.tok(k);
      String w = t.lower();
      if (t.isWord() && Words.DETERMINERS.contains(w) && !(t.isCapitalised() && w.equals("top"))) {
        from = k;
        break;
      }
      if (t.isCapitalised()) {
        if ((Words.FUNCTION.contains(w) || participleOpener(a, k)) && !a.surnameAt(k)
            || afterDateline(a, k, Math.min(a.size(), k + MAX_DATELINE + 1)) != k) {
          break; // "DECATUR, Ill. — …": a dateline's place is no one's name
        }
        from = k;
      } else if (t.isWord() && (w.equals("of") || w.equals("for") || w.equals("and") || w.equals("&"))) {
        // "Secretary of State John Kerry", "Clinton and Sanders": only between capitalised words
        if (k - 1 < lowerBound || !a.tok(k - 1).isCapitalised() || !a.tok(k + 1).isCapitalised()) {
          break;
        }
        from = k;
      } else if (t.isWord() && !Words.FUNCTION.contains(w) && !Words.PRONOUNS.contains(w)
          && (Words.ROLE.contains(w) || Words.PERSON_NOUNS.contains(w) || determinerWithin(a, k, lowerBound, 3))) {
        from = k;
      } else if (t.is("-") && k + 1 <= j) {
        from = k;
      } else {
        break;
      }
      k--;
    }
    if (from > j) {
      return bareNounPhrase(a, j, lowerBound);
    }
    // no bare determiner-led adjective runs: the head must be a noun-like word
    if (a.tok(from).isWord() && Words.DETERMINERS.contains(a.tok(from).lower()) && from == j) {
      return null;
    }
    return phrase(a, from, j + 1);
  }

  /**
   * A plain noun phrase ending at token {@code j}: lower-case modifiers, possessives and capitalised words back to a
   * determiner or a clause boundary ("federal prosecutors wrote", "State's reviewers had said", "some students say").
   * Null when the run does not start cleanly or contains a verb-like word.
   */
  private static SpeakerPhrase bareNounPhrase(Article a, int j, int lowerBound) {
    String head = a.tok(j).lower();
    if (head.length() < 3 || head.endsWith("ly") || head.endsWith("ed") || head.endsWith("ing")) {
      return null;
    }
    int k = j;
    while (k > lowerBound && j - k < 4) {
      Token prev = a.tok(k - 1);
      String w = prev.lower();
      if (a.inQuote(k - 1) || !prev.isWord() || BOUNDARY_WORDS.contains(w)) {
        break;
      }
      if (participleOpener(a, k - 1)) {
        return null; // "Holding signs calling …": the object of a participle, no subject
      }
      if (Words.DETERMINERS.contains(w) || w.equals("the")) {
        return phrase(a, k - 1, j + 1);
      }
      if (Words.FUNCTION.contains(w) || Words.PRONOUNS.contains(w) || w.endsWith("ed") || w.endsWith("ly")) {
        return null;
      }
      k--;
    }
    boolean clean = k == lowerBound || !a.tok(k - 1).isWord() || BOUNDARY_WORDS.contains(a.tok(k - 1).lower());
    return clean && k < j ? phrase(a, k, j + 1) : null;
  }

  private static boolean determinerWithin(Article a, int k, int lowerBound, int max) {
    for (int m = k - 1; m >= lowerBound && m >= k - max; m--) {
      Token t = a.tok(m);
      if (!t.isWord() || a.inQuote(m)) {
        return false;
      }
      if (Words.DETERMINERS.contains(t.lower())) {
        return true;
      }
      if (Words.FUNCTION.contains(t.lower())) {
        return false;
      }
    }
    return false;
  }

  /** Source of "according to": every token up to the next comma or sentence end (at most 14). */
  static SpeakerPhrase accordingSource(Article a, int afterCue, int upperBound) {
    int k = afterCue;
    while (k < upperBound && k - afterCue < MAX_SOURCE && !a.inQuote(k) && !a.tok(k).is(",")
        && !a.tok(k).isSentenceEnd() && !a.tok(k).is(";") && !a.tok(k).is(":")) {
      k++;
    }
    if (k == afterCue || k - afterCue >= MAX_SOURCE) {
      return null;
    }
    return phrase(a, afterCue, k);
  }

  /** Inversion: NP right after the cue ({@code said House Speaker Paul Ryan}). */
  /**
   * Inversion after a quote ({@code "…," said a longtime data expert who …}): here a determiner phrase can only be the
   * speaker, so its lower-case modifiers are taken in too.
   */
  static SpeakerPhrase rightOfQuote(Article a, int afterCue, int upperBound) {
    int end = Math.min(upperBound, afterCue + MAX_NP);
    Token t = afterCue < end ? a.tok(afterCue) : null;
    if (t != null && (t.is("a") || t.is("an") || t.is("the"))) {
      SpeakerPhrase np = determinerPhrase(a, afterCue, end);
      if (np != null) {
        return withPostModifier(a, np, upperBound);
      }
    }
    return withPostModifier(a, rightOf(a, afterCue, upperBound), upperBound);
  }

  static SpeakerPhrase rightOf(Article a, int afterCue, int upperBound) {
    int k = afterCue;
    int end = Math.min(upperBound, afterCue + MAX_NP);
    int nameStart = modifiesName(a, afterCue, end);
    while (k < end && !a.inQuote(k)) {
      Token t = a.tok(k);
      if (t.is(",") || t.isSentenceEnd() || t.type() == Token.Type.QUOTE || t.is(";") || t.is(":") || t.is("(")) {
        break;
      }
      if (t.isWord() && !t.isCapitalised() && !(roleWord(t.lower()) || Words.PERSON_NOUNS.contains(t.lower())
          || k == afterCue && Words.DETERMINERS.contains(t.lower()) || (t.is("of") || t.is("and") || t.is("for"))
          && k > afterCue || roleWithin(a, k + 1, Math.min(end, k + 3)) || k < nameStart)) {
        break;
      }
      k++;
    }
    if (k > afterCue && phrase(a, afterCue, k).name() == null) {
      // "said Phil Musser of digital consulting firm IMGE": the name ends before its affiliation
      for (int m = afterCue + 2; m < k; m++) {
        if ((a.tok(m).is("of") || a.tok(m).is("for")) && a.tok(m - 1).isCapitalised()) {
          k = m;
          break;
        }
      }
    }
    while (k > afterCue + 1 && (a.tok(k - 1).is("of") || a.tok(k - 1).is("and") || a.tok(k - 1).is("for"))) {
      k--; // "said Robert Antonacci of the New York delegation": the name ends before "of"
    }
    if (k == afterCue) {
      return null;
    }
    SpeakerPhrase np = phrase(a, afterCue, k);
    if (np.name() == null && np.pronoun() == null && !Words.DETERMINERS.contains(a.tok(afterCue).lower())) {
      return null;
    }
    if (k < upperBound && a.tok(k).is(",")) {
      int m = k + 1;
      while (m < upperBound && !a.tok(m).is(",") && !a.tok(m).isSentenceEnd() && !a.inQuote(m) && m - k < 14) {
        m++;
      }
      if (m > k + 1 && np.name() != null) {
        String appositive = a.slice(k + 1, m);
        return new SpeakerPhrase(np.from(), np.to(), np.start(), np.end(), np.surface(), np.name(), appositive, null,
            np.person());
      }
    }
    return np;
  }

  /**
   * {@code said retired neurosurgeon Ann Berg}: up to three lower-case modifiers (no function words) right before a
   * capitalised name; returns where that name starts, else {@code k}.
   */
  private static int modifiesName(Article a, int k, int end) {
    for (int m = k; m < Math.min(end, k + 5); m++) {
      Token t = a.tok(m);
      if (t.is("of") && m > k && m + 1 < end && a.tok(m + 1).isWord() && !a.tok(m + 1).isCapitalised()
          && !Words.FUNCTION.contains(a.tok(m + 1).lower()) && !Words.DETERMINERS.contains(a.tok(m + 1).lower())) {
        continue; // "said master of ceremonies Ann Berg", "said director of communications Ann Berg"
      }
      if (a.inQuote(m) || !t.isWord() || Words.FUNCTION.contains(t.lower()) || Words.DETERMINERS.contains(t.lower())) {
        return k;
      }
      if (t.isCapitalised()) {
        return describedName(a, m, end);
      }
    }
    return k;
  }

  /** Most tokens of a description mixing capitalised and lower-case words before a name ("Republican voter"). */
  private static final int MAX_NAME_DESCRIPTION = 5;

  /**
   * {@code said undecided Republican voter Ann Berg}: a capitalised word at {@code m} may open a description
   * ("Republican voter") before the full name; returns where a later run of at least two capitalised words after a lower-case noun
   * starts, else {@code m}.
   */
  private static int describedName(Article a, int m, int end) {
    int runStart = m;
    for (int n = m; n < Math.min(end, m + MAX_NAME_DESCRIPTION + 2); n++) {
      Token t = a.tok(n);
      if (a.inQuote(n) || !t.isWord()) {
        break;
      }
      if (!t.isCapitalised()) {
        if (Words.FUNCTION.contains(t.lower()) || Words.DETERMINERS.contains(t.lower())
            || n - m > MAX_NAME_DESCRIPTION) {
          break;
        }
        runStart = n + 1;
      } else if (runStart > m && n - runStart == 1 && !Words.ROLE.contains(a.tok(runStart).lower())) {
        return runStart; // the second capitalised word after a lower-case noun: a full name
      }
    }
    return m;
  }

  /** Ends an inverted determiner phrase ("said a longtime data expert who …", "said the authors of …"). */
  private static final java.util.Set<String> NP_END = Words.set("who", "whom", "whose", "which", "that", "of", "at",
      "from", "with", "for", "in", "on", "to", "by", "and", "or", "but", "close", "when", "while", "after", "before",
      "during", "as", "about");

  /**
   * {@code said a longtime GOP data expert who …}: a determiner and its modifiers up to the head noun (the word before
   * a relative pronoun, preposition, comma or sentence end). Null when that is only the determiner or runs too long.
   */
  private static SpeakerPhrase determinerPhrase(Article a, int from, int end) {
    int k = from + 1;
    while (k < end && !a.inQuote(k) && a.tok(k).isWord() && !NP_END.contains(a.tok(k).lower())) {
      k++;
    }
    boolean closed = k >= a.size() || !a.tok(k).isWord() || NP_END.contains(a.tok(k).lower());
    if (k - from < 2 || !closed || a.tok(k - 1).lower().endsWith("ly")) {
      return null;
    }
    return phrase(a, from, k);
  }

  /** A role or person noun among tokens {@code [from, to)} ("museum director"): lower-case modifiers may precede it. */
  private static boolean roleWithin(Article a, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = a.tok(k);
      if (!t.isWord() || a.inQuote(k)) {
        return false;
      }
      if (Words.PERSON_NOUNS.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** A title word that can stand in a speaker phrase (not a function word such as "the", "first", "of"). */
  private static boolean roleWord(String w) {
    return Words.ROLE.contains(w) && !Words.FUNCTION.contains(w) && !Words.DETERMINERS.contains(w)
        && !w.equals("the") && !w.equals("first");
  }

  /** Splits a phrase into role words and a trailing name run. */
  static SpeakerPhrase phrase(Article a, int from, int to) {
    Token first = a.tok(from);
    String surface = a.slice(from, to);
    int s = first.start();
    int e = a.tok(to - 1).end();
    if (to - from == 1 && Words.PRONOUNS.contains(first.lower())) {
      return new SpeakerPhrase(from, to, s, e, surface, null, null, first.lower(), true);
    }
    // after a possessive owner ("Trump's spokeswoman Hope Hicks") only the part after the owner is the speaker
    int core = from;
    for (int k = from; k < to - 1; k++) {
      if (a.tok(k).isPossessive()) {
        core = k + 1;
      }
    }
    int nameFrom = nameRunStart(a, core, to);
    int nameTo = to;
    for (int k = from + 2; k < core - 1; k++) {
      if (a.tok(k).is("of")) {
        // "Ann Berg of Harbour University's Center …": the person before "of" owns the phrase, not the owner after it
        int personFrom = nameRunStart(a, from, k);
        if (personFrom == from && k - personFrom >= 2 && k - personFrom <= 4 && !hasOrgHead(a, personFrom, k)
            && !Words.DETERMINERS.contains(a.tok(from).lower())) {
          nameFrom = personFrom;
          nameTo = k;
        }
        break;
      }
    }
    int placeOf = nameFrom - 1;
    if (nameFrom < to && placeOf - 1 > core && a.tok(placeOf).is("of") && !placeIsOrganisation(a, nameFrom, to)) {
      // "Senator Ann Berg of Ohio", "Gov. Bo Lee of Iowa": the person named before "of", not the place after it
      int personFrom = nameRunStart(a, core, placeOf);
      if (placeOf - personFrom >= 2 && placeOf - personFrom <= 4 && !hasOrgHead(a, personFrom, placeOf)) {
        nameFrom = personFrom;
        nameTo = placeOf;
      }
    }
    // trailing "Jr." etc. are part of the name but not its head; leave as is
    String name = null;
    boolean person = false;
    if (nameFrom == nameTo - 1 && MONTHS.contains(a.tok(nameFrom).lower())) {
      nameFrom = nameTo; // "her March comment", "in April explaining": a lone month names no one
    }
    if (nameFrom < nameTo) {
      name = a.slice(nameFrom, nameTo);
      person = !Words.ORG_HEADS.contains(a.tok(nameTo - 1).lower()) && !isAllCaps(a.tok(nameTo - 1).text());
    } else if (first.isCapitalised() || hasCapital(a, from, to)) {
      // "the White House", "the Russian Federation Council": an organisation named with role words
      int ns = Words.DETERMINERS.contains(first.lower()) ? from + 1 : from;
      if (ns < to && Words.ORG_HEADS.contains(a.tok(to - 1).lower()) && a.tok(to - 1).isCapitalised()) {
        name = a.slice(ns, to);
      }
    }
    int roleTo = name != null && person ? nameFrom : to;
    int roleFrom = core;
    if (roleFrom < roleTo && Words.DETERMINERS.contains(a.tok(roleFrom).lower())) {
      roleFrom++;
    }
    String role = roleFrom < roleTo && name != null ? a.slice(roleFrom, roleTo) : null;
    if (name == null) {
      role = a.slice(roleFrom < to ? roleFrom : from, to);
    }
    return new SpeakerPhrase(from, to, s, e, surface, name, role, null, person);
  }

  /** Month names (not "May", also a surname) that alone are never a speaker's name. */
  private static final java.util.Set<String> MONTHS = Words.set("january", "february", "march", "april", "june",
      "july", "august", "september", "october", "november", "december");

  /** Start of the run of name-like tokens ending before {@code to}, not before {@code core}. */
  private static int nameRunStart(Article a, int core, int to) {
    int nameFrom = to;
    while (nameFrom - 1 >= core) {
      Token t = a.tok(nameFrom - 1);
      String w = stripDot(t.lower());
      boolean nameLike = t.isCapitalised() && !Words.ROLE.contains(t.lower()) && !Words.ROLE.contains(w)
          && !Words.FUNCTION.contains(w) && !t.isPossessive() && !Character.isDigit(t.text().charAt(0))
          && !firstPersonContraction(t.text()) || a.surnameAt(nameFrom - 1);
      boolean initial = t.isCapitalised() && t.text().length() == 2 && t.text().endsWith(".");
      if (!(nameLike || initial || (t.is("-") && nameFrom < to))) {
        break;
      }
      nameFrom--;
    }
    return nameFrom;
  }

  private static boolean hasOrgHead(Article a, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Words.ORG_HEADS.contains(a.tok(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** "of Michigan" in "University of Michigan" names no place of a person: the run is an organisation's name. */
  private static boolean placeIsOrganisation(Article a, int from, int to) {
    return hasOrgHead(a, from, to) || isAllCaps(a.tok(to - 1).text());
  }

  /** {@code I'd}, {@code I’m}: the pronoun I with a contracted verb, never a name. */
  private static boolean firstPersonContraction(String w) {
    return w.length() > 2 && w.charAt(0) == 'I' && (w.charAt(1) == '\'' || w.charAt(1) == '’');
  }

  private static boolean hasCapital(Article a, int from, int to) {
    for (int k = from; k < to; k++) {
      if (a.tok(k).isCapitalised()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAllCaps(String s) {
    if (s.length() < 2) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static String stripDot(String w) {
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  static List<String> roleWords(String role) {
    List<String> out = new ArrayList<>();
    if (role == null) {
      return out;
    }
    for (String w : ROLE_SPLIT.split(role.toLowerCase(java.util.Locale.ROOT))) {
      if (!w.isEmpty() && !Words.DETERMINERS.contains(w) && !w.equals("of") && !w.equals("the")) {
        out.add(w);
      }
    }
    return out;
  }
}
