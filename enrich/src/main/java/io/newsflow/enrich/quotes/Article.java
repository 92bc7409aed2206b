package io.newsflow.enrich.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-call analysis of one text: paragraphs, tokens, direct-quote spans, and for each token its paragraph, sentence and
 * enclosing quote. Sentence ends inside a quote do not split sentences, so {@code "A. B," he said.} is one sentence
 * (this is what lets frames see the quote and its attribution together). Not shared between threads.
 */
final class Article {
  final String text;
  final List<int[]> paragraphs;
  final List<Token> tokens;
  /** The same tokens as an array: {@link #tok} runs for nearly every step of every frame. */
  private final Token[] toks;
  final List<QuoteScanner.Span> spans;
  final int[] tokPara;
  final int[] tokSent;
  /** index into {@link #spans} of the quote containing the token (marks included), or -1. */
  final int[] tokSpan;
  final int[] sentStart;
  final int[] sentEnd;
  final boolean[] skipPara;
  final int[] paraFirstTok;
  final int[] paraEndTok;
  /** memo of {@link CueFinder#at}: cue lookups repeat while frames are tried. */
  final CueHit[] cueMemo;
  final boolean[] cueDone;
  /** built on first use: most articles never ask. */
  private Surnames surnames;

  Article(String text) {
    this.text = text;
    char[] cs = text.toCharArray();
    this.paragraphs = splitParagraphs(cs);
    this.tokens = Tokenizer.tokenize(text, cs);
    this.toks = tokens.toArray(new Token[0]);
    this.spans = QuoteScanner.scan(text, cs, paragraphs);
    int n = tokens.size();
    tokPara = new int[n];
    tokSpan = new int[n];
    tokSent = new int[n];
    cueMemo = new CueHit[n];
    cueDone = new boolean[n];
    Arrays.fill(tokSpan, -1);
    int p = 0;
    int s = 0;
    for (int i = 0; i < n; i++) {
      int start = toks[i].start();
      while (p + 1 < paragraphs.size() && start >= paragraphs.get(p + 1)[0]) {
        p++;
      }
      tokPara[i] = p;
      while (s < spans.size() && spans.get(s).end() <= start) {
        s++;
      }
      if (s < spans.size() && spans.get(s).start() <= start) {
        tokSpan[i] = s;
      }
    }
    paraFirstTok = new int[paragraphs.size()];
    paraEndTok = new int[paragraphs.size()];
    Arrays.fill(paraFirstTok, -1);
    for (int i = 0; i < n; i++) {
      if (paraFirstTok[tokPara[i]] < 0) {
        paraFirstTok[tokPara[i]] = i;
      }
      paraEndTok[tokPara[i]] = i + 1;
    }
    for (int q = 0; q < paragraphs.size(); q++) {
      if (paraFirstTok[q] < 0) {
        paraFirstTok[q] = q > 0 ? paraEndTok[q - 1] : 0;
        paraEndTok[q] = paraFirstTok[q];
      }
    }
    skipPara = new boolean[paragraphs.size()];
    for (int q = 0; q < paragraphs.size(); q++) {
      skipPara[q] = QuoteFilters.isLinkOrCreditLine(text, paragraphs.get(q)[0], paragraphs.get(q)[1]);
    }
    int sid = 0;
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i == 0) {
        starts.add(0);
      } else if (tokPara[i] != tokPara[i - 1] || boundaryBefore(i)) {
        sid++;
        starts.add(i);
      }
      tokSent[i] = sid;
    }
    sentStart = new int[starts.size()];
    sentEnd = new int[starts.size()];
    for (int k = 0; k < starts.size(); k++) {
      sentStart[k] = starts.get(k);
      sentEnd[k] = k + 1 < starts.size() ? starts.get(k + 1) : n;
    }
  }

  /** Words that open a sentence and never continue a name after an initialism ("U.S. He …", not "U.S. Senate"). */
  private static final java.util.Set<String> SENTENCE_OPENERS = Words.set("he", "she", "they", "it", "we", "i",
      "but", "and", "this", "that", "these", "those", "his", "her", "their", "its", "there", "then", "yet", "so");

  private boolean boundaryBefore(int i) {
    Token prev = toks[i - 1];
    Token cur = toks[i];
    if (tokSpan[i - 1] >= 0 && tokSpan[i - 1] == tokSpan[i]) {
      return false;
    }
    boolean startLike = cur.isCapitalised() || cur.type() == Token.Type.QUOTE || (cur.isWord() && Character.isDigit(cur.text().charAt(0)));
    if (prev.isSentenceEnd() && tokSpan[i - 1] < 0) {
      return startLike;
    }
    if (tokSpan[i - 1] < 0 && tokSpan[i] < 0 && cur.isCapitalised() && prev.isWord() && initialism(prev)
        && SENTENCE_OPENERS.contains(cur.lower())) {
      return true; // "… terrorist attacks in the U.S. He says …": the initialism's period ends the sentence too
    }
    if (prev.type() == Token.Type.QUOTE && tokSpan[i - 1] >= 0 && spans.get(tokSpan[i - 1]).end() == prev.end()
        && endsWithSentenceMark(prev.start())) {
      return startLike && !(cur.isWord() && Character.isLowerCase(cur.text().charAt(0)));
    }
    return false;
  }

  /**
   * "U.S.", "D.C.", "U.K.": two or more capital-and-period pairs, an initialism whose last period can also end a
   * sentence. Read from the text in place: this runs for every token pair, so no substring or regex matcher.
   */
  private boolean initialism(Token t) {
    int n = t.end() - t.start();
    if (n < 4 || (n & 1) != 0) {
      return false;
    }
    for (int c = t.start(); c < t.end(); c += 2) {
      char letter = text.charAt(c);
      if (letter < 'A' || letter > 'Z' || text.charAt(c + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text right before a closing quote mark at {@code quoteStart}, past any further quote characters (the
   * two apostrophes of {@code ''…''}, a closing single quote inside a double one), ends with {@code . ? !}.
   */
  private boolean endsWithSentenceMark(int quoteStart) {
    int c = quoteStart - 1;
    while (c >= 0 && quoteStart - c <= 3 && "'’\"”".indexOf(text.charAt(c)) >= 0) {
      c--;
    }
    return c >= 0 && ".?!".indexOf(text.charAt(c)) >= 0;
  }

  private static List<int[]> splitParagraphs(char[] cs) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    int n = cs.length;
    for (int i = 0; i <= n; i++) {
      if (i == n || cs[i] == '\n') {
        int s = start;
        int e = i;
        while (s < e && Character.isWhitespace(cs[s])) {
          s++;
        }
        while (e > s && Character.isWhitespace(cs[e - 1])) {
          e--;
        }
        if (e > s) {
          out.add(new int[] {s, e});
        }
        start = i + 1;
      }
    }
    return out;
  }

  /** Token {@code k} is a surname that is also a function or title word ("Theresa May", "Will said"). */
  boolean surnameAt(int k) {
    if (surnames == null) {
      surnames = new Surnames(this);
    }
    return surnames.at(k);
  }

  Token tok(int i) {
    return toks[i];
  }

  int size() {
    return toks.length;
  }

  boolean inQuote(int i) {
    return tokSpan[i] >= 0;
  }

  /** First token whose start is at or after {@code pos}. */
  int tokenAtOrAfter(int pos) {
    int lo = 0;
    int hi = toks.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (toks[mid].start() < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether any token of {@code [from, to)} lies inside a quote. */
  boolean quoteIn(int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokSpan[k] >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code [from, to)} holds a comma outside quotes. */
  boolean commaOutsideQuotes(int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokSpan[k] < 0 && toks[k].is(",")) {
        return true;
      }
    }
    return false;
  }

  /** First token of i's sentence; never before its paragraph's first token (a paragraph always opens a sentence). */
  int sentenceStartOf(int i) {
    return sentStart[tokSent[i]];
  }

  int sentenceEndOf(int i) {
    return sentEnd[tokSent[i]];
  }

  String slice(int fromTok, int toTokExclusive) {
    if (toTokExclusive <= fromTok) {
      return "";
    }
    return text.substring(toks[fromTok].start(), toks[toTokExclusive - 1].end());
  }
}
