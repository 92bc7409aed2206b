package io.newsflow.enrich.quotes;

import java.util.Set;

/**
 * Rejects indirect attributions whose cue word is not used as a report: the cue in another sense ("added 200 jobs",
 * "went on the air", "called to mind", "a move called …"), a relative "that" taken for a complementizer ("the drama
 * that has surrounded …"), a passive agent ("rejected by voters") or markup taken for content. Each test looks only
 * at the few tokens around the cue and the content start.
 */
final class NonReports {
  /** Openers of an amount or an addition: "added 200 jobs", "adds a new voice", "adds to the pressure". */
  private static final Set<String> ADDED_AMOUNT = Words.set("to", "another", "more", "some", "nearly",
      "about", "roughly", "almost", "over", "up", "new", "fuel", "weight", "insult");
  /** Adverbs that may stand between a relative "that" and its verb ("that quickly became …"). */
  private static final int RELATIVE_ADVERB = 1;
  /** Indefinite heads before a naming participle: "a firm called …", "another called …". */
  private static final Set<String> INDEFINITE = Words.set("a", "an", "another", "one");

  private NonReports() {}

  /** Whether the indirect attribution {@code at} of {@code cue} is not a report at all. */
  static boolean notAReport(Article a, CueHit cue, Attribution at) {
    int qs = a.tokenAtOrAfter(at.start());
    if (qs >= a.size()) {
      return false;
    }
    String first = a.tok(qs).lower();
    String verb = a.tok(cue.from()).lower();
    boolean rightAfter = qs == cue.to();
    String content = at.text(a.text);
    if (QuoteFilters.isMarkupRemnant(content) || handleIn(content)) {
      return true; // tweet embeds: "… https://t.co/…", "@handle …"
    }
    if (!rightAfter) {
      return false;
    }
    if (first.equals("by") && !a.tok(qs).isCapitalised()) {
      return true; // "was hotly criticized by economists", "an allegation rejected by inquiries": a passive agent
    }
    boolean oneWord = cue.to() - cue.from() == 1;
    if (verb.startsWith("add") && oneWord && (ADDED_AMOUNT.contains(first) || startsWithDigit(first))) {
      return true; // "has added 178,000 jobs", "adds to the drama": add in the sense increase or put in
    }
    if (cue.to() - cue.from() == 2 && a.tok(cue.from() + 1).is("on") && goVerb(verb) && !first.equals("to")
        && !first.equals("that") && !Words.PRONOUNS.contains(first)) {
      return true; // "went on the record", "goes on television": go on as a place or a continuation, not speech
    }
    if (oneWord && first.equals("to") && verb.startsWith("call")) {
      return true; // "called to mind …", "got called to jury duty"
    }
    if (oneWord && PARTICLES.contains(first)) {
      return true; // "called off the vote", "showed up late": a phrasal verb, not the speech cue
    }
    if (first.equals("it") && qs + 1 < a.size() && a.tok(qs + 1).is(",")) {
      return true; // "The “joke,” as he called it, outraged …": the cue names what went before
    }
    if (oneWord && addresseeVerb(verb) && addresseeOnly(a, qs)) {
      return true; // "Obama told his closest advisers as he …", "reminding the campaign about …": only the addressee
    }
    if (adjectiveParticiple(a, cue)) {
      return true;
    }
    if (verb.equals("called") && oneWord && at.phrase != null && at.phrase.to() == cue.from()
        && INDEFINITE.contains(a.tok(at.phrase.from()).lower()) && !personHead(a.tok(cue.from() - 1).lower())) {
      return true; // "a firm called Acme", "a move called the ollie": naming, not a report
    }
    return false;
  }

  /** Words that end the addressee of "tell" or "remind" when no clause follows: "told aides as he …". */
  private static final Set<String> ADDRESSEE_BREAK = Words.set("as", "when", "while", "about", "after", "before", "in",
      "on", "at", "during", "of");
  /** What is told, after the addressee: "doesn't tell you much about …". */
  private static final Set<String> TOLD_AMOUNTS = Words.set("much", "little", "nothing", "anything", "something",
      "more", "less", "everything");
  /** Longest addressee (in tokens) before such a word. */
  private static final int ADDRESSEE_WORDS = 4;

  private static boolean addresseeVerb(String w) {
    return w.startsWith("tel") || w.equals("told") || w.startsWith("remind") || w.startsWith("assur")
        || w.startsWith("inform");
  }

  /**
   * Content that is only the addressee, then an adjunct ("his advisers as he …", "her when she was …", "Fox News in
   * Milwaukee"): a short run of words without a verb, closed by a preposition or subordinator.
   */
  private static boolean addresseeOnly(Article a, int qs) {
    for (int k = qs; k < a.size() && k - qs <= ADDRESSEE_WORDS; k++) {
      Token t = a.tok(k);
      if (a.inQuote(k) || !t.isWord() && !t.isPossessive() || Words.FINITE_AUXILIARIES.contains(t.lower())
          || t.is("that") || t.is("the") && k > qs || t.is("of") && k == qs + 1 || TOLD_AMOUNTS.contains(t.lower())) {
        return false;
      }
      if (k > qs && ADDRESSEE_BREAK.contains(t.lower())) {
        return !t.is("of");
      }
    }
    return false;
  }

  /** Particles that make a phrasal verb of a one-word cue ("called off", "showed up", "shot down"). */
  private static final Set<String> PARTICLES = Words.set("off", "up", "down", "away", "back");
  /** Words that make the participle after them an adjective: "the widely criticized plan", "Obama's noted remark". */
  private static final Set<String> ADJECTIVE_LEADS = Words.set("the", "a", "an", "his", "her", "their", "its", "our",
      "my", "your");

  /** An -ed cue after a determiner or possessive, maybe with an adverb: "the mayor's widely criticized levy". */
  private static boolean adjectiveParticiple(Article a, CueHit cue) {
    if (!a.tok(cue.from()).lower().endsWith("ed")) {
      return false;
    }
    int k = cue.from() - 1;
    if (k >= 0 && a.tok(k).lower().endsWith("ly")) {
      k--;
    }
    return k >= 0 && !a.inQuote(k) && (ADJECTIVE_LEADS.contains(a.tok(k).lower()) || nounPossessive(a.tok(k)));
  }

  /** Contracted "is"/"has" that look like a possessive: "who's called for …", "he's said …". */
  private static final Set<String> CONTRACTED_SUBJECTS = Words.set("who", "that", "there", "what", "where", "here",
      "he", "she", "it", "let");

  private static boolean nounPossessive(Token t) {
    return t.isPossessive() && !CONTRACTED_SUBJECTS.contains(t.lower().substring(0, t.lower().length() - 2));
  }

  /** Start of content in {@link #relativeThatStart} when the attribution is no report. */
  static final int NONE = -2;
  /** Words after which "that" is a demonstrative subject: "asked whether that would …", "I think that is …". */
  private static final Set<String> THAT_SUBJECT_LEAD = Words.set("whether", "if", "but", "and", "because");

  /**
   * Content that opens with an auxiliary right after "that" ("the drama that has surrounded …", "a race that has
   * seen …"): "that" is no complementizer but a relative pronoun, or a demonstrative subject. Returns -1 when the
   * content is fine; the token where it really starts: "that" itself when it is the subject ("I think that is right"),
   * the cue's object when the relative clause describes it ("proposed rules that would end …"); or {@link #NONE}.
   */
  static int relativeThatStart(Article a, CueHit cue, int qs, boolean objectCue) {
    if (qs < 2 || !a.tok(qs - 1).is("that") || a.inQuote(qs - 1)) {
      return -1;
    }
    int k = qs;
    while (k < a.size() && k - qs < RELATIVE_ADVERB && a.tok(k).lower().endsWith("ly")) {
      k++;
    }
    if (k >= a.size() || !Words.FINITE_AUXILIARIES.contains(a.tok(k).lower()) && !verbBeforeObject(a, k)) {
      return -1;
    }
    if (qs - 1 == cue.to() || THAT_SUBJECT_LEAD.contains(a.tok(qs - 2).lower())) {
      return qs - 1;
    }
    return objectCue && !a.quoteIn(cue.to(), qs) ? cue.to() : NONE;
  }

  /** Words that open an object noun phrase right after a verb: "that left her friend …", "that runs the port". */
  private static final Set<String> OBJECT_OPENERS = Words.set("the", "a", "an", "his", "her", "their", "its", "our",
      "my", "your", "this", "these", "those");

  /**
   * A plain lower-case word followed by an object opener ("that works the night shift", "that left her in tears"):
   * a verb with its object, so the "that" before it has no subject of its own — a subject noun is never followed by
   * "the" or "his" (a gerund subject can be: "that withholding the files …").
   */
  private static boolean verbBeforeObject(Article a, int k) {
    Token t = a.tok(k);
    return k + 1 < a.size() && t.isWord() && !t.isCapitalised() && !a.inQuote(k) && !a.inQuote(k + 1)
        && !t.lower().endsWith("ing")
        && !Words.FUNCTION.contains(t.lower()) && !Words.DETERMINERS.contains(t.lower())
        && !Words.PRONOUNS.contains(t.lower()) && !OBJECT_OPENERS.contains(t.lower())
        && OBJECT_OPENERS.contains(a.tok(k + 1).lower());
  }

  private static boolean personHead(String w) {
    return Words.PERSON_NOUNS.contains(w) || Words.ROLE.contains(w);
  }

  private static boolean goVerb(String w) {
    return w.equals("go") || w.equals("goes") || w.equals("went") || w.equals("going");
  }

  private static boolean startsWithDigit(String w) {
    return !w.isEmpty() && (Character.isDigit(w.charAt(0)) || w.charAt(0) == '$');
  }

  /** A Twitter handle: "@" right before a letter, digit or underscore. */
  private static boolean handleIn(String s) {
    for (int i = s.indexOf('@'); i >= 0 && i + 1 < s.length(); i = s.indexOf('@', i + 1)) {
      char c = s.charAt(i + 1);
      if (Character.isLetterOrDigit(c) || c == '_') {
        return true;
      }
    }
    return false;
  }
}
