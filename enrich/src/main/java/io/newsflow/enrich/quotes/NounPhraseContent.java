package io.newsflow.enrich.quotes;

import java.util.Set;

/**
 * Indirect content that is only the cue's object noun phrase ("touted his plan", "questioned the rival's fitness to
 * lead"): no clause follows the cue, so a comma after the noun phrase closes it. What comes next is the writer's —
 * an absolute phrase ("…, with the rival pressing …"), a participle clause of the subject ("…, citing a poll"),
 * "just …", or an appositive describing the last name ("…, a Republican from Ohio").
 */
final class NounPhraseContent {
  private static final Set<String> OPENERS = Words.set("the", "a", "an", "his", "her", "their", "its", "our", "my",
      "your", "this", "these", "those");
  /** -ing words that are prepositions, not participles: the list goes on the noun phrase. */
  private static final Set<String> PREPOSITIONAL_ING = Words.set("including", "according", "regarding", "concerning",
      "following", "during", "excluding", "involving", "notwithstanding", "pending", "something", "nothing",
      "anything", "everything", "spring", "morning", "evening", "string", "being");
  private static final Set<String> APPOSITIVE_LEADS = Words.set("a", "an", "the");
  /** Longest noun phrase (in tokens) checked before its comma. */
  private static final int MAX_NP = 25;
  /** How far after "with" the participle of an absolute phrase may come. */
  private static final int ABSOLUTE_REACH = 6;

  private NounPhraseContent() {}

  /** Character end where the noun-phrase content should stop, or -1 to keep it. */
  static int trimmedEnd(Article a, CueHit cue, Attribution at) {
    if (at.fragments.size() != 1) {
      return -1;
    }
    int qs = a.tokenAtOrAfter(at.start());
    if (qs != cue.to() || qs >= a.size() || !OPENERS.contains(a.tok(qs).lower()) || a.inQuote(qs)) {
      return -1;
    }
    for (int k = qs + 1; k < a.size() && k - qs <= MAX_NP && a.tok(k).start() < at.end(); k++) {
      Token t = a.tok(k);
      if (a.inQuote(k) || t.isSentenceEnd() || verbLike(t) || presentVerbWithObject(a, k)) {
        return -1; // a clause ("the plan would …", "his rivals said …") or a quote: not a bare noun phrase
      }
      if (t.is(",") && k + 1 < a.size() && a.tok(k + 1).start() < at.end()) {
        return writersTail(a, k + 1, at.end()) && !clauseResumes(a, k + 1, at.end()) ? t.start() : -1;
      }
    }
    return -1;
  }

  private static boolean verbLike(Token t) {
    String w = t.lower();
    return Words.FINITE_AUXILIARIES.contains(w) || w.equals("that") || w.equals("said") || w.equals("says")
        || w.equals("say") || w.equals(":") || w.equals(";") || t.is("—") || t.is("–") || t.is("--");
  }

  private static boolean writersTail(Article a, int k, int end) {
    Token t = a.tok(k);
    if (!t.isWord() || t.isCapitalised()) {
      return false;
    }
    String w = t.lower();
    if (w.equals("just")) {
      return true; // "…, just a day after …"
    }
    if (participle(w)) {
      // "…, citing a poll": the subject's action; after a name it may be his, and "of wasting funds, raising fees
      // and ignoring …" is a list of gerunds
      return !a.tok(k - 2).isCapitalised() && !gerundList(a, k + 1, end);
    }
    if (w.equals("with")) {
      for (int m = k + 2; m < a.size() && m - k <= ABSOLUTE_REACH && a.tok(m).start() < end; m++) {
        if (a.tok(m).is(",")) {
          return false;
        }
        if (participle(a.tok(m).lower())) {
          return true; // "…, with the rival now pressing …": an absolute phrase
        }
      }
      return false;
    }
    return APPOSITIVE_LEADS.contains(w) && k >= 2 && a.tok(k - 2).isWord() && !a.tok(k - 2).lower().endsWith("s")
        && (a.tok(k - 2).isCapitalised() || Character.isDigit(a.tok(k - 2).text().charAt(0)));
  }

  /** "the timing makes it …": a lower-case -s word before a pronoun or determiner is a verb, so a clause. */
  private static boolean presentVerbWithObject(Article a, int k) {
    Token t = a.tok(k);
    String w = t.lower();
    return t.isWord() && !t.isCapitalised() && !t.isPossessive() && w.length() > 3 && w.endsWith("s")
        && !w.endsWith("ss") && k + 1 < a.size() && !a.inQuote(k + 1)
        && (Words.PRONOUNS.contains(a.tok(k + 1).lower()) || OPENERS.contains(a.tok(k + 1).lower()));
  }

  /** A finite verb later on ("her record, promoting growth, will offset …"): the commas enclosed a modifier. */
  private static boolean clauseResumes(Article a, int k, int end) {
    int m = k;
    while (m < a.size() && a.tok(m).start() < end && !a.tok(m).is(",")) {
      m++;
    }
    for (int n = m + 1; n < a.size() && n - m <= 2 && a.tok(n).start() < end; n++) {
      if (!a.inQuote(n) && Words.FINITE_AUXILIARIES.contains(a.tok(n).lower())) {
        return true;
      }
    }
    return false;
  }

  /** "…, raising the fees and ignoring …": another -ing word after "and"/"or" makes a list. */
  private static boolean gerundList(Article a, int k, int end) {
    for (int m = k; m + 1 < a.size() && a.tok(m + 1).start() < end; m++) {
      if ((a.tok(m).is("and") || a.tok(m).is("or")) && participle(a.tok(m + 1).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean participle(String w) {
    return w.length() > 5 && w.endsWith("ing") && !PREPOSITIONAL_ING.contains(w);
  }

  /** Offices and duties one takes on: "assumed his post", "assume the presidency". */
  private static final Set<String> OFFICES = Words.set("post", "office", "presidency", "role", "duties", "position",
      "command", "control", "power", "chairmanship", "leadership", "mantle", "responsibility", "responsibilities",
      "helm", "reins", "seat", "job", "title", "throne", "premiership", "governorship", "speakership", "risk", "burden");
  /** Longest run of modifiers between the determiner and the office noun. */
  private static final int OFFICE_REACH = 3;

  /** "assume" in the sense take on ("assumed his new post", "assumes the presidency"): no belief is reported. */
  static boolean takesOnOffice(Article a, CueHit cue, Attribution at) {
    if (cue.to() - cue.from() != 1 || !a.tok(cue.from()).lower().startsWith("assum")) {
      return false;
    }
    int qs = a.tokenAtOrAfter(at.start());
    if (qs != cue.to() || qs >= a.size() || !OPENERS.contains(a.tok(qs).lower())) {
      return false;
    }
    for (int k = qs + 1; k < a.size() && k - qs <= OFFICE_REACH && a.tok(k).isWord(); k++) {
      if (OFFICES.contains(a.tok(k).lower())) {
        return k + 1 >= a.size() || !a.tok(k + 1).isWord() || !Words.FINITE_AUXILIARIES.contains(a.tok(k + 1).lower());
      }
    }
    return false;
  }
}
