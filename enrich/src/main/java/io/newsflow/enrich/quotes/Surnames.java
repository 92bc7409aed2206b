package io.newsflow.enrich.quotes;

import java.util.HashSet;
import java.util.Set;

/**
 * Surnames that are also function or title words ("Theresa May", "George Will", "Howard Dean", "Al From", "Mark
 * Cuban"): after a given name such a capitalised word ends the name instead of breaking it, and once an article has
 * written the full name, the word alone (capitalised, "Will said", "Dean, a doctor,") is that person too. Built once
 * per article on first use.
 */
final class Surnames {
  private final Article a;
  /** Lower-case surname words the article writes after a given name. */
  private final Set<String> known = new HashSet<>();

  Surnames(Article a) {
    this.a = a;
    for (int k = 1; k < a.size(); k++) {
      if (ambiguous(a.tok(k)) && givenNameBefore(k) && endsRun(k)) {
        known.add(a.tok(k).lower());
      }
    }
  }

  /** Token {@code k} is a capitalised function or title word standing for a person's surname here. */
  boolean at(int k) {
    Token t = a.tok(k);
    return ambiguous(t) && endsRun(k) && (known.contains(t.lower()) || k > 0 && givenNameBefore(k));
  }

  /** "May", "Will", "Dean": capitalised (not all capitals), and a function or title word in lower case. */
  private static boolean ambiguous(Token t) {
    String w = t.lower();
    return t.isCapitalised() && t.text().length() > 2 && !Character.isUpperCase(t.text().charAt(1))
        && (Words.FUNCTION.contains(w) || Words.ROLE.contains(w)) && !Words.PERSON_NOUNS.contains(w)
        && !Words.ORG_HEADS.contains(w) && !Words.DETERMINERS.contains(w) && !Words.PRONOUNS.contains(w)
        && !WEEKDAYS.contains(w); // "in Florida Friday": a day after a place, never a surname
  }

  private static final Set<String> WEEKDAYS = Words.set("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");

  /** A plain capitalised word before {@code k} in the same sentence: a given name, not a title or "In", "Last". */
  private boolean givenNameBefore(int k) {
    Token p = a.tok(k - 1);
    String w = p.lower();
    return p.isCapitalised() && a.tokSent[k - 1] == a.tokSent[k] && !a.inQuote(k - 1) && !p.isPossessive()
        && p.text().length() > 1 && Character.isLetter(p.text().charAt(p.text().length() - 1))
        && !Words.FUNCTION.contains(w) && !Words.ROLE.contains(w) && !Words.ORG_HEADS.contains(w)
        && !Words.DETERMINERS.contains(w) && !Words.PRONOUNS.contains(w);
  }

  /** Nothing capitalised or numeric follows: "Dean Ann Berg" is a title, "Clinton May 5" a date. */
  private boolean endsRun(int k) {
    if (k + 1 >= a.size() || a.tokSent[k + 1] != a.tokSent[k]) {
      return true;
    }
    Token n = a.tok(k + 1);
    return !n.isCapitalised() && !Character.isDigit(n.text().charAt(0));
  }
}
