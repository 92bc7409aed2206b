package io.newsflow.enrich.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One linear pass over the text; no regexes. Whitespace (including newlines) separates tokens and is not kept. */
final class Tokenizer {
  /** Abbreviations whose trailing period belongs to the word (so it is not a sentence end). */
  static final Set<String> ABBREVIATIONS = Words.set("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col",
      "sgt", "capt", "cmdr", "adm", "maj", "st", "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "v", "prof",
      "rev", "fr", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "mt", "ft", "pres", "amb",
      "atty", "supt", "est", "approx", "dept", "univ", "calif", "fla", "ill", "mass", "mich", "minn", "penn", "tenn",
      "wash", "wis", "ariz", "colo", "conn", "del", "ga", "ind", "kan", "ky", "la", "md", "miss", "mo", "mont", "neb",
      "nev", "okla", "ore", "pa", "va", "vt", "wyo", "ala", "ark");

  private Tokenizer() {}

  static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>(text.length() / 5 + 4);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) { // isSpaceChar: no-break spaces
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int end = wordEnd(text, i);
        add(out, text, i, end, Token.Type.WORD);
        i = end;
      } else if (QuoteMarks.isQuoteChar(c)) {
        add(out, text, i, i + 1, Token.Type.QUOTE);
        i++;
      } else {
        add(out, text, i, i + 1, Token.Type.PUNCT);
        i++;
      }
    }
    return out;
  }

  private static int wordEnd(String text, int start) {
    int n = text.length();
    int i = start + 1;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        i++;
      } else if ((c == '\'' || c == '’' || c == '-' || c == '.' || c == ',' || c == '&')
          && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
        // inner apostrophe (it's), hyphen (US-Russia), abbreviation period (U.S), number grouping (1,000)
        if (c == ',' && !(Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))) {
          break;
        }
        if (c == '.' && !isAbbreviationDot(text, start, i)) {
          break;
        }
        i++;
      } else if ((c == '\'' || c == '’') && i + 1 < n && text.charAt(i - 1) == 's' && !Character.isLetter(text.charAt(i + 1))
          && !openSingleQuoteBefore(text, start)) {
        // plural possessive "reporters' " — keep the apostrophe unless a single quote may be open
        i++;
        break;
      } else {
        break;
      }
    }
    if (i < n && text.charAt(i) == '.') {
      String w = text.substring(start, i).toLowerCase(Locale.ROOT);
      boolean initial = i - start == 1 && Character.isUpperCase(text.charAt(start));
      if (ABBREVIATIONS.contains(w) || initial || w.indexOf('.') > 0) {
        i++;
      }
    }
    return i;
  }

  /** "U.S" / "a.m" — single letters separated by periods. */
  private static boolean isAbbreviationDot(String text, int start, int dot) {
    return Character.isLetter(text.charAt(dot - 1)) && (dot - 1 == start || text.charAt(dot - 2) == '.');
  }

  private static boolean openSingleQuoteBefore(String text, int pos) {
    for (int i = pos - 1; i >= 0 && i > pos - 300; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return false;
      }
      if ((c == '‘' || c == '\'') && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<Token> out, String text, int s, int e, Token.Type type) {
    String t = text.substring(s, e);
    out.add(new Token(s, e, t, t.toLowerCase(Locale.ROOT), type));
  }
}
