package io.newsflow.enrich.topics;

/**
 * The original Porter (1980) suffix-stripping stemmer for lower-case English words.
 *
 * <p>Stateless and thread-safe. Input is expected in lower case; characters outside {@code a-z} are
 * treated as consonants, so numbers and mixed tokens pass through (almost) unchanged. Words of
 * length 2 or less are returned as is, as in the reference implementation. Never throws; a
 * {@code null} word is returned as the empty string.
 */
public final class PorterStemmer {

  private PorterStemmer() {}

  /** Returns the Porter stem of {@code word} (expected lower case). */
  public static String stem(String word) {
    if (word == null) {
      return "";
    }
    if (word.length() <= 2) {
      return word;
    }
    return new Run(word).stem();
  }

  /** Mutable working state of one stemming call (the classic b/j/k buffer). */
  private static final class Run {
    private final char[] b;
    private int k; // index of last char of the current word
    private int j; // end of stem for the suffix under test

    Run(String w) {
      b = w.toCharArray();
      k = b.length - 1;
    }

    String stem() {
      step1ab();
      if (k > 0) {
        step1c();
        step2();
        step3();
        step4();
        step5();
      }
      return new String(b, 0, k + 1);
    }

    private boolean cons(int i) {
      switch (b[i]) {
        case 'a': case 'e': case 'i': case 'o': case 'u':
          return false;
        case 'y':
          return i == 0 || !cons(i - 1);
        default:
          return true;
      }
    }

    /** Number of VC sequences between 0 and j. */
    private int m() {
      int n = 0;
      int i = 0;
      while (true) {
        if (i > j) return n;
        if (!cons(i)) break;
        i++;
      }
      i++;
      while (true) {
        while (true) {
          if (i > j) return n;
          if (cons(i)) break;
          i++;
        }
        i++;
        n++;
        while (true) {
          if (i > j) return n;
          if (!cons(i)) break;
          i++;
        }
        i++;
      }
    }

    private boolean vowelInStem() {
      for (int i = 0; i <= j; i++) if (!cons(i)) return true;
      return false;
    }

    private boolean doublec(int p) {
      return p >= 1 && b[p] == b[p - 1] && cons(p);
    }

    private boolean cvc(int i) {
      if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) return false;
      char ch = b[i];
      return ch != 'w' && ch != 'x' && ch != 'y';
    }

    private boolean ends(String s) {
      int l = s.length();
      int o = k - l + 1;
      if (o < 0) return false;
      for (int i = 0; i < l; i++) if (b[o + i] != s.charAt(i)) return false;
      j = k - l;
      return true;
    }

    private void setto(String s) {
      int l = s.length();
      int o = j + 1;
      for (int i = 0; i < l; i++) b[o + i] = s.charAt(i);
      k = j + l;
    }

    private void r(String s) {
      if (m() > 0) setto(s);
    }

    private void step1ab() {
      if (b[k] == 's') {
        if (ends("sses")) k -= 2;
        else if (ends("ies")) setto("i");
        else if (b[k - 1] != 's') k--;
      }
      if (ends("eed")) {
        if (m() > 0) k--;
      } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
        k = j;
        if (ends("at")) setto("ate");
        else if (ends("bl")) setto("ble");
        else if (ends("iz")) setto("ize");
        else if (doublec(k)) {
          k--;
          char ch = b[k];
          if (ch == 'l' || ch == 's' || ch == 'z') k++;
        } else if (m() == 1 && cvc(k)) setto("e");
      }
    }

    private void step1c() {
      if (ends("y") && vowelInStem()) b[k] = 'i';
    }

    private void step2() {
      if (k == 0) return;
      switch (b[k - 1]) {
        case 'a':
          if (ends("ational")) { r("ate"); break; }
          if (ends("tional")) { r("tion"); break; }
          break;
        case 'c':
          if (ends("enci")) { r("ence"); break; }
          if (ends("anci")) { r("ance"); break; }
          break;
        case 'e':
          if (ends("izer")) { r("ize"); break; }
          break;
        case 'l':
          if (ends("bli")) { r("ble"); break; }
          if (ends("alli")) { r("al"); break; }
          if (ends("entli")) { r("ent"); break; }
          if (ends("eli")) { r("e"); break; }
          if (ends("ousli")) { r("ous"); break; }
          break;
        case 'o':
          if (ends("ization")) { r("ize"); break; }
          if (ends("ation")) { r("ate"); break; }
          if (ends("ator")) { r("ate"); break; }
          break;
        case 's':
          if (ends("alism")) { r("al"); break; }
          if (ends("iveness")) { r("ive"); break; }
          if (ends("fulness")) { r("ful"); break; }
          if (ends("ousness")) { r("ous"); break; }
          break;
        case 't':
          if (ends("aliti")) { r("al"); break; }
          if (ends("iviti")) { r("ive"); break; }
          if (ends("biliti")) { r("ble"); break; }
          break;
        case 'g':
          if (ends("logi")) { r("log"); break; }
          break;
        default:
          break;
      }
    }

    private void step3() {
      switch (b[k]) {
        case 'e':
          if (ends("icate")) { r("ic"); break; }
          if (ends("ative")) { r(""); break; }
          if (ends("alize")) { r("al"); break; }
          break;
        case 'i':
          if (ends("iciti")) { r("ic"); break; }
          break;
        case 'l':
          if (ends("ical")) { r("ic"); break; }
          if (ends("ful")) { r(""); break; }
          break;
        case 's':
          if (ends("ness")) { r(""); break; }
          break;
        default:
          break;
      }
    }

    private void step4() {
      if (k == 0) return;
      switch (b[k - 1]) {
        case 'a': if (ends("al")) break; return;
        case 'c': if (ends("ance")) break; if (ends("ence")) break; return;
        case 'e': if (ends("er")) break; return;
        case 'i': if (ends("ic")) break; return;
        case 'l': if (ends("able")) break; if (ends("ible")) break; return;
        case 'n':
          if (ends("ant")) break;
          if (ends("ement")) break;
          if (ends("ment")) break;
          if (ends("ent")) break;
          return;
        case 'o':
          if (ends("ion") && j >= 0 && (b[j] == 's' || b[j] == 't')) break;
          if (ends("ou")) break;
          return;
        case 's': if (ends("ism")) break; return;
        case 't': if (ends("ate")) break; if (ends("iti")) break; return;
        case 'u': if (ends("ous")) break; return;
        case 'v': if (ends("ive")) break; return;
        case 'z': if (ends("ize")) break; return;
        default: return;
      }
      if (m() > 1) k = j;
    }

    private void step5() {
      j = k;
      if (b[k] == 'e') {
        int a = m();
        if (a > 1 || a == 1 && !cvc(k - 1)) k--;
      }
      if (b[k] == 'l' && doublec(k) && m() > 1) k--;
    }
  }
}
