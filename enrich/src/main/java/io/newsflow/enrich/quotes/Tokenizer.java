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
    return tokenize(text, text.toCharArray());
  }

  /** @param cs {@code text.toCharArray()}, shared by the analysis passes (array reads beat {@code charAt}) */
  static List<Token> tokenize(String text, char[] cs) {
    List<Token> out = new ArrayList<>(text.length() / 5 + 4);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = cs[i];
      if (c < 128 ? ASCII_SPACE[c] : Character.isWhitespace(c) || Character.isSpaceChar(c)) { // no-break spaces too
        i++;
      } else if (isLetterOrDigit(c)) {
        int end = wordEnd(text, cs, i);
        add(out, text, cs, i, end, Token.Type.WORD);
        i = end;
      } else if (QuoteMarks.isQuoteChar(c)) {
        add(out, text, cs, i, i + 1, Token.Type.QUOTE);
        i++;
      } else {
        add(out, text, cs, i, i + 1, Token.Type.PUNCT);
        i++;
      }
    }
    return out;
  }

  /** ASCII fast paths: most news text is ASCII, and the {@code Character} methods are slow per char. */
  private static final boolean[] ASCII_SPACE = new boolean[128];
  private static final boolean[] ASCII_ALNUM = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
      ASCII_ALNUM[c] = Character.isLetterOrDigit(c);
    }
  }

  private static boolean isLetterOrDigit(char c) {
    return c < 128 ? ASCII_ALNUM[c] : Character.isLetterOrDigit(c);
  }

  private static int wordEnd(String text, char[] cs, int start) {
    int n = text.length();
    int i = start + 1;
    while (i < n) {
      char c = cs[i];
      if (isLetterOrDigit(c)) {
        i++;
      } else if ((c == '\'' || c == '’' || c == '-' || c == '.' || c == ',' || c == '&')
          && i + 1 < n && isLetterOrDigit(cs[i + 1])) {
        // inner apostrophe (it's), hyphen (US-Russia), abbreviation period (U.S), number grouping (1,000)
        if (c == ',' && !(Character.isDigit(cs[i - 1]) && Character.isDigit(cs[i + 1]))) {
          break;
        }
        if (c == '.' && !isAbbreviationDot(cs, start, i) && !(Character.isDigit(cs[i - 1]) && Character.isDigit(cs[i + 1]))) {
          break;
        }
        i++;
      } else if ((c == '\'' || c == '’') && i + 1 < n && cs[i - 1] == 's' && !Character.isLetter(cs[i + 1])
          && !openSingleQuoteBefore(cs, start)) {
        // plural possessive "reporters' " — keep the apostrophe unless a single quote may be open
        i++;
        break;
      } else {
        break;
      }
    }
    if (i < n && cs[i] == '.') {
      String w = text.substring(start, i).toLowerCase(Locale.ROOT);
      boolean initial = i - start == 1 && Character.isUpperCase(cs[start]);
      int hyphen = w.lastIndexOf('-');
      // party and state after a US legislator: "(D-Conn.)", "(R-N.Y.)"
      boolean partyState = hyphen > 0 && ABBREVIATIONS.contains(w.substring(hyphen + 1));
      if (ABBREVIATIONS.contains(w) || initial || w.indexOf('.') > 0 || partyState) {
        i++;
      }
    }
    return i;
  }

  /** "U.S" / "a.m" — single letters separated by periods. */
  private static boolean isAbbreviationDot(char[] cs, int start, int dot) {
    return Character.isLetter(cs[dot - 1]) && (dot - 1 == start || cs[dot - 2] == '.' || cs[dot - 2] == '-');
  }

  private static boolean openSingleQuoteBefore(char[] cs, int pos) {
    for (int i = pos - 1; i >= 0 && i > pos - 300; i--) {
      char c = cs[i];
      if (c == '\n') {
        return false;
      }
      if ((c == '‘' || c == '\'') && (i == 0 || !Character.isLetter(cs[i - 1]))) {
        return true;
      }
    }
    return false;
  }

  /** Interned one-character strings for punctuation and quote tokens (Latin-1 and general punctuation only). */
  private static final String[] ONE_CHAR = new String[0x2100];

  static {
    for (int c = 0; c < ONE_CHAR.length; c++) {
      ONE_CHAR[c] = String.valueOf((char) c);
    }
  }

  private static void add(List<Token> out, String text, char[] cs, int s, int e, Token.Type type) {
    char c0 = cs[s];
    String t = e - s == 1 && c0 < ONE_CHAR.length ? ONE_CHAR[c0] : text.substring(s, e);
    out.add(new Token(s, e, t, t.toLowerCase(Locale.ROOT), type));
  }
}
