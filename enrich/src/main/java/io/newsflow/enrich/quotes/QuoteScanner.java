package io.newsflow.enrich.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Character-level, direction-aware quote scanner (one pass). Finds top-level double-quoted spans, keeps single quotes
 * inside them as nested (not emitted), tells apostrophes ({@code it’s}, {@code Russians’}) from closing single quotes,
 * and carries a quote that is still open at a paragraph end into the next paragraph when that one re-opens with a
 * quote mark (the news convention for multi-paragraph quotes). Top-level single-quoted spans are returned flagged
 * {@code single} so that later filters can treat them as likely scare quotes or headline quotes.
 */
final class QuoteScanner {
  /** A quoted span; {@code end} is exclusive and includes the closing mark. */
  record Span(int start, int end, boolean single, boolean unclosed) {
    /** Whether the last non-space character before the closing mark is a comma ({@code “… a proposition,”}). */
    boolean endsWithComma(String text) {
      for (int c = end - 2; c > start; c--) {
        char ch = text.charAt(c);
        if (!Character.isWhitespace(ch)) {
          return ch == ',';
        }
      }
      return false;
    }
  }

  private QuoteScanner() {}

  static List<Span> scan(String text, List<int[]> paragraphs) {
    return scan(text, text.toCharArray(), paragraphs);
  }

  /** @param cs {@code text.toCharArray()} */
  static List<Span> scan(String text, char[] cs, List<int[]> paragraphs) {
    List<Span> out = new ArrayList<>();
    int carryStart = -1;
    for (int p = 0; p < paragraphs.size(); p++) {
      int ps = paragraphs.get(p)[0];
      int pe = paragraphs.get(p)[1];
      int open = -1;
      int single = -1;
      int nested = 0; // curly double quotes opened inside the open quote and not yet closed
      int i = ps;
      if (carryStart >= 0) {
        open = carryStart;
        carryStart = -1;
        // the re-opening mark of a continued paragraph is not a new quote
        if (QuoteMarks.isDoubleOpen(cs[ps]) || cs[ps] == '"') {
          i = ps + 1;
        } else if (text.startsWith("''", ps)) {
          i = ps + 2;
        }
      }
      for (; i < pe; i++) {
        char c = cs[i];
        if (!QuoteMarks.isQuoteChar(c)) {
          continue; // every branch below acts on a quote mark; most characters are letters
        }
        char prev = i > ps ? cs[i - 1] : ' ';
        char next = i + 1 < pe ? cs[i + 1] : ' ';
        if (QuoteMarks.isDoubleOpen(c) && open >= 0 && !Character.isWhitespace(prev)
            && (Character.isWhitespace(next) || i + 1 >= pe)) {
          // an opening mark typed where a closing one belongs ("“It's unusual,“ said Ann"): it closes the quote
          out.add(new Span(open, i + 1, false, false));
          open = -1;
          single = -1;
        } else if (QuoteMarks.isDoubleOpen(c)) {
          if (open < 0) {
            open = i;
            single = -1;
          } else if (closersAhead(cs, i + 1, pe) >= nested + 2) {
            // “… called it “a farce” and left,” wrote Ann: a quotation inside the quote, closed before the outer one
            nested++;
          }
        } else if (QuoteMarks.isDoubleClose(c) && nested > 0) {
          nested--;
        } else if (QuoteMarks.isDoubleClose(c) && open < 0 && opensParagraph(cs, ps, i)) {
          // a paragraph ”Fear is real.” — a closing mark typed as the opener still opens the quote
          open = i;
          single = -1;
        } else if (QuoteMarks.isDoubleClose(c)) {
          if (open >= 0) {
            out.add(new Span(open, i + 1, false, false));
            open = -1;
            single = -1;
          }
        } else if (c == '"' || c == '\'' && next == '\'' ) {
          // two apostrophes ('') are a straight double quote in some archives
          int width = c == '"' ? 1 : 2;
          if (open < 0) {
            if (!Character.isDigit(prev)) { // 6'5" is a measure
              open = i;
              single = -1;
            }
          } else if (Character.isWhitespace(prev) && Character.isLetterOrDigit(next) && i - open > 1
              && !hasCloserAhead(cs, i + 1, pe)) {
            // looks like an opener and nothing closes it later: the earlier mark was stray
            open = i;
          } else {
            if (width == 2 && i + 2 < pe && cs[i + 2] == '\'' && single >= 0) {
              width = 3; // "''… 'old-school,'''": a nested single quote closes together with the double one
            }
            out.add(new Span(open, i + width, false, false));
            open = -1;
            single = -1;
          }
          i += width - 1;
        } else if (c == '‘' || c == '\'' || c == '’' || c == '‹' || c == '›') {
          boolean letterBefore = Character.isLetterOrDigit(prev);
          boolean letterAfter = Character.isLetterOrDigit(next);
          if (letterBefore && letterAfter) {
            continue; // apostrophe inside a word
          }
          boolean opener = (c == '‘' || c == '‹' || ((c == '\'' ) && !letterBefore && Character.isLetter(next)))
              && !letterBefore;
          if (opener && single < 0) {
            single = i;
          } else if (!opener && single >= 0 && c != '‘' && c != '‹') {
            if (open < 0 && i - single > 2) {
              out.add(new Span(single, i + 1, true, false));
            }
            single = -1;
          }
          // otherwise: an apostrophe (Russians’, ’90s) — ignored
        }
      }
      if (open >= 0) {
        int nextPara = p + 1 < paragraphs.size() ? paragraphs.get(p + 1)[0] : -1;
        if (nextPara >= 0 && (QuoteMarks.isDoubleOpen(cs[nextPara]) || cs[nextPara] == '"' || text.startsWith("''", nextPara))) {
          carryStart = open;
        } else if (pe - open > 20) {
          out.add(new Span(open, pe, false, true));
        }
      }
    }
    return out;
  }

  /** A mark opening its paragraph (past spaces and invisible format characters), right before a letter. */
  private static boolean opensParagraph(char[] cs, int ps, int i) {
    for (int k = ps; k < i; k++) {
      if (!Character.isWhitespace(cs[k]) && Character.getType(cs[k]) != Character.FORMAT) {
        return false;
      }
    }
    return i + 1 < cs.length && Character.isLetter(cs[i + 1]);
  }

  /** Curly closing double marks from {@code from} to {@code to} (exclusive). */
  private static int closersAhead(char[] cs, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (QuoteMarks.isDoubleClose(cs[i])) {
        n++;
      }
    }
    return n;
  }

  private static boolean hasCloserAhead(char[] cs, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = cs[i];
      if (c == '"' || QuoteMarks.isDoubleClose(c)) {
        return true;
      }
    }
    return false;
  }
}
