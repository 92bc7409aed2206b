package io.newsflow.enrich.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Finds who said what in a news article: direct quotes (all quote-mark styles, nested quotes, quotes running across
 * paragraphs, interrupted quotes joined), mixed quotes, and reported speech ({@code X said that …}, {@code …, X said.},
 * {@code according to X}, {@code X accused Y of …}), each with its speaker mention, normalised speaker and role.
 *
 * <p>Rule-based and deterministic: a character-level quote scanner, a reporting-cue lexicon, frame templates over a
 * light token stream, a speaker chunker, and salience-based pronoun and nominal-anaphor resolution that never picks a
 * name inside a quote. Nothing is trained on evaluation data.
 *
 * <p>Thread-safe and reusable: the lexicon is built once in the constructor and only read afterwards; all per-text
 * state lives in the call. No I/O after construction.
 *
 * <p>Bounds: texts longer than {@link #MAX_TEXT_CHARS} are analysed up to that length (quotes after it are not
 * reported); at most {@link #MAX_QUOTES} quotes are returned.
 */
public final class QuoteExtractor {
  /** Version of the extraction rules; bump when output can change. */
  public static final String VERSION = "quotes-14";
  /** Longest text analysed; the rest of a longer text is ignored. */
  public static final int MAX_TEXT_CHARS = 200_000;
  /** Most quotes returned for one text. */
  public static final int MAX_QUOTES = 1_000;

  /**
   * Whether quoted spans without any attribution frame (and past the noise filters) are reported, speaker null.
   * Measured on dev: dropping them loses far more recall than precision.
   */
  static final boolean KEEP_UNFRAMED = true;

  private final CueFinder cues;

  public QuoteExtractor() {
    this.cues = new CueFinder(new CueLexicon());
  }

  /**
   * @param text article title, then each paragraph, joined by {@code '\n'} (blank lines are tolerated)
   * @return quotes ordered by start offset; empty for empty text
   * @throws IllegalArgumentException when text is null
   */
  public List<ExtractedQuote> extract(String text) {
    if (text == null) {
      throw new IllegalArgumentException("text is null");
    }
    String bounded = text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
    if (bounded.isBlank()) {
      return List.of();
    }
    Article a = new Article(bounded);
    BitSet usedCues = new BitSet(a.size());
    DirectFrames directFrames = new DirectFrames(cues);
    List<Attribution> direct = directFrames.find(a, usedCues);
    boolean[] framed = new boolean[a.spans.size()];
    int[] frameCue = new int[a.spans.size()];
    java.util.Arrays.fill(frameCue, -1);
    for (Attribution d : direct) {
      if (d.phrase != null || d.inherits) {
        framed[d.span] = true;
        frameCue[d.span] = d.cue == null ? -1 : d.cue.from();
      }
    }
    List<Attribution> indirect = new IndirectFrames(cues, directFrames, frameCue).find(a, usedCues, framed);
    // a mixed quote on a cue that is no verb of saying is dropped below: the quotes it took in stay direct quotes
    indirect.removeIf(DirectMixedFilters::isNonSpeechMixed);
    java.util.Map<Integer, Attribution> directBySpan = new java.util.HashMap<>();
    for (Attribution d : direct) {
      directBySpan.put(d.span, d);
    }
    for (Attribution in : indirect) {
      for (int s : in.absorbedSpans) {
        Attribution d = directBySpan.get(s);
        if (d != null) {
          d.dropped = true;
        }
      }
    }
    List<Attribution> reported = NestedReports.joinCoordinated(a, NestedReports.outermost(a, indirect));
    List<Attribution> all = new ArrayList<>(direct.size() + indirect.size());
    for (Attribution d : direct) {
      if (!d.dropped && keepDirect(a, d) && !NestedReports.insideAny(d, reported)) {
        creditUtteranceSubject(a, d);
        all.add(d);
      }
    }
    reported = NestedReports.notInside(a, reported, all);
    for (Attribution r : reported) {
      if (r.kind == ExtractedQuote.Kind.MIXED && r.span < 0) {
        endAtLastQuote(a, r);
      }
    }
    for (Attribution r : reported) {
      if (!QuoteFilters.isShortFrontAdjunct(a.text, r.start(), r.end()) && !ReportValidity.invalid(a, r)) {
        all.add(r);
      }
    }
    java.util.Set<Attribution> unvoiced = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    quotedComplements(a, all, directFrames, unvoiced);
    resolve(a, all, unvoiced);
    all.sort(Comparator.comparingInt(Attribution::start).thenComparingInt(Attribution::end));
    List<ExtractedQuote> out = new ArrayList<>(all.size());
    for (Attribution at : all) {
      if (out.size() >= MAX_QUOTES) {
        break;
      }
      if (DirectMixedFilters.isNonSpeechMixed(at) || DirectMixedFilters.isHeadlineFragment(a.text, at)) {
        continue;
      }
      out.add(toQuote(a, at));
    }
    return out;
  }

  /** Words between "as" or a copula and its quoted complement ("as a “lifeboat”", "is so “unfair”"). */
  private static final java.util.Set<String> COMPLEMENT_LEAD = Words.set("a", "an", "the", "his", "her", "their",
      "its", "our", "my", "your", "so", "very", "too", "more", "most", "really", "truly", "just", "not", "simply");
  /** Copulas whose quoted complement characterises the subject in the source's words. */
  private static final java.util.Set<String> COPULAS = Words.set("is", "was", "are", "were", "be", "been", "being",
      "'s", "’s");
  /** Verbs that take an object and an "as" complement ("portrays Ann as a “hero”"). */
  private static final java.util.Set<String> AS_VERBS = Words.set("describe", "describes", "portray", "portrays",
      "cast", "casts", "paint", "paints", "see", "sees", "saw", "view", "views", "regard", "regards", "label", "labels",
      "brand", "brands", "dismiss", "dismisses", "frame", "frames", "characterize", "characterizes", "bill", "bills",
      "tout", "touts", "pitch", "pitches", "present", "presents", "define", "defines", "seen", "depict",
      "depicts", "refer", "refers", "treat", "treats", "slam", "slams", "blast", "blasts", "hail", "hails", "praise",
      "praises", "attack", "attacks", "denounce", "denounces", "criticize", "criticizes", "describe", "rejects",
      "reject", "sell", "sells", "put", "puts", "position", "positions");
  /** Participles that introduce a name rather than a characterisation ("known as", "referred to as"). */
  private static final java.util.Set<String> NAMING_PARTICIPLES = Words.set("known", "named", "nicknamed", "titled",
      "entitled", "dubbed", "disguised", "listed", "registered", "billed");
  /** Openers of the clause whose subject a copula's quoted complement characterises. */
  private static final java.util.Set<String> CLAUSE_COMPLEMENTISERS = Words.set("that", "whether", "if");
  /** Most tokens walked back from "as" or a copula to the verb or the clause start. */
  private static final int MAX_COMPLEMENT_REACH = 12;

  /**
   * {@code She portrayed herself as an “outsider”}, {@code he said the plan was “a disaster”}: a quoted complement of
   * "as" after a verb and its object, or of a copula after its subject, is the source's characterisation in its own
   * words. When no frame took the quote, the object (or the clause from its subject) up to the closing mark is a mixed
   * quote.
   */
  private void quotedComplements(Article a, List<Attribution> all, DirectFrames df,
      java.util.Set<Attribution> unvoiced) {
    int n = a.spans.size();
    if (n == 0) {
      return;
    }
    List<Attribution> added = null;
    for (int s = 0; s < n; s++) {
      QuoteScanner.Span span = a.spans.get(s);
      if (span.single() || span.unclosed() || overlapsAny(all, span.start(), span.end())) {
        continue;
      }
      int qs = a.tokenAtOrAfter(span.start());
      if (qs >= a.size() || a.skipPara[a.tokPara[qs]]) {
        continue;
      }
      int k = qs - 1;
      for (int m = 0; m < 2 && k >= 0 && !a.inQuote(k) && COMPLEMENT_LEAD.contains(a.tok(k).lower()); m++) {
        k--;
      }
      if (k < 1 || a.inQuote(k) || a.tokPara[k] != a.tokPara[qs] || a.tok(k).isCapitalised()) {
        continue;
      }
      int lb = a.sentenceStartOf(k);
      int from = -1;
      SpeakerPhrase sp = null;
      CueHit cue = null;
      String w = a.tok(k).lower();
      if (w.equals("as")) {
        for (int m = k - 1; m >= lb && k - m <= MAX_COMPLEMENT_REACH; m--) {
          Token t = a.tok(m);
          if (a.inQuote(m) || !t.isWord()) {
            break;
          }
          if (NAMING_PARTICIPLES.contains(t.lower())) {
            break; // "a unit known as the “Night Crew”": a name, not anyone's characterisation
          }
          if (!t.isCapitalised() && (AS_VERBS.contains(t.lower()) || cues.at(a, m) != null
              || t.lower().endsWith("ed") && t.lower().length() > 4)) {
            from = m == k - 1 ? m : m + 1;
            cue = cues.at(a, m);
            if (cue != null) {
              sp = df.subject(a, cue, lb);
            }
            break;
          }
        }
      } else if (COPULAS.contains(w) && !existential(a, k, lb)) {
        int m = k - 1;
        for (; m >= lb && k - m <= MAX_COMPLEMENT_REACH; m--) {
          Token t = a.tok(m);
          if (a.inQuote(m) || t.is(";") || t.is(":") || t.is("(") || t.is("—")) {
            from = m + 1;
            break;
          }
          if (CLAUSE_COMPLEMENTISERS.contains(t.lower())) {
            if (a.tok(lb).is("it") && m > lb && a.tok(m - 1).isWord()) {
              break; // "It goes without saying that …", "It is clear that …": the writer's own extraposed claim
            }
            from = m;
            if (m > lb) {
              cue = cues.at(a, m - 1);
              if (cue != null) {
                sp = df.subject(a, cue, lb);
              }
            }
            break;
          }
        }
        if (from < 0 && m < lb) {
          from = lb;
        }
        if (from == lb && (a.tok(lb).is("but") || a.tok(lb).is("and"))) {
          from++;
        }
        if (from >= k) {
          from = -1;
        }
      }
      int end = from >= 0 ? objectTailEnd(a, qs, span, true) : span.end();
      if (from < 0) {
        int[] obj = quotedObject(a, qs, lb, span);
        if (obj != null) {
          from = obj[0];
          end = obj[1];
          cue = cues.at(a, obj[2]);
          if (cue != null) {
            sp = df.subject(a, cue, lb);
          }
        }
      }
      if (from < 0) {
        continue;
      }
      if (sp == null) {
        sp = verbSubject(a, lb, from);
      }
      Attribution at = new Attribution(ExtractedQuote.Kind.MIXED, a.tok(from).start(), end);
      at.phrase = sp;
      at.cue = cue;
      if (added == null) {
        added = new ArrayList<>();
      }
      added.add(at);
    }
    if (added != null) {
      all.addAll(added);
      unvoiced.addAll(added); // no frame named a speaker: the paragraph's other speakers are not theirs
    }
  }

  /**
   * {@code Ann Berg thanked the mayor for “taking these steps”}: with no speech cue, the quoted object or complement is
   * still the words of the main clause's subject, when that is a person or a pronoun.
   */
  private static SpeakerPhrase verbSubject(Article a, int lb, int from) {
    SpeakerPhrase subject = SpeakerChunker.mainClauseSubject(a, lb, from, true);
    return subject != null && (subject.person() || subject.pronoun() != null) ? subject : null;
  }

  /** Prepositions and particles between a verb and its object ("fuming at", "pushing for", "ticked off"). */
  private static final java.util.Set<String> VERB_LINKS = Words.set("at", "for", "of", "on", "against", "about", "to",
      "with", "from", "into", "over", "off", "out", "up", "down");
  /** Verbs outside the cue lexicon whose object is a position someone takes up ("pushing for a “minority report”"). */
  private static final java.util.Set<String> OBJECT_VERBS = Words.set("discuss", "discusses", "discussed",
      "discussing", "promote", "promotes", "promoted", "promoting", "push", "pushes", "pushed", "pushing", "liken",
      "likens", "likened", "likening", "invoke", "invokes", "invoked", "invoking", "celebrate", "celebrates",
      "celebrated", "celebrating", "bemoan", "bemoans", "bemoaned", "bemoaning", "tease", "teases", "teased",
      "teasing", "pitch", "pitches", "pitched", "pitching", "quote", "quotes", "quoted", "quoting", "fixate",
      "fixates", "fixated", "vow", "vows", "vowed", "vowing", "pledge", "pledges", "pledged", "pledging");
  /** Most tokens from the quote back to the cue whose object holds it. */
  private static final int MAX_OBJECT_REACH = 8;
  /**
   * Most words of the object after the closing mark; a longer run is cut there (the object's end is unsure, but the
   * noun the quoted modifier belongs to and its first words are still the object: "warned of a “bitter” fight ahead that
   * could split …").
   */
  private static final int MAX_OBJECT_TAIL = 10;

  /**
   * {@code The union blasted the “reckless” cuts to school budgets}: a quoted part inside the object of a reporting cue
   * that no frame read. The object runs from after the cue (and its preposition) to the closing mark, and on over the
   * plain words after it up to a punctuation mark, another quote or another cue. Returns {@code [first token, end char,
   * cue token]}, or null when no cue stands close before the quote or the quote is a title-case name.
   */
  private int[] quotedObject(Article a, int qs, int lb, QuoteScanner.Span span) {
    if (QuoteFilters.isTitleCase(a.text.substring(span.start(), span.end()))) {
      return null;
    }
    int v = -1;
    for (int m = qs - 1; m >= lb && qs - m <= MAX_OBJECT_REACH; m--) {
      Token t = a.tok(m);
      if (a.inQuote(m) || !t.isWord()) {
        return null;
      }
      if (t.isCapitalised() || cues.at(a, m) == null && !OBJECT_VERBS.contains(t.lower())) {
        continue;
      }
      if (m > lb && (Words.DETERMINERS.contains(a.tok(m - 1).lower()) || a.tok(m - 1).isPossessive())) {
        continue; // "the alleged “deal”", "his growing “army”": a modifier, not a verb
      }
      v = m;
      break;
    }
    if (v < 0) {
      return null;
    }
    int from = v + 1;
    while (from < qs && VERB_LINKS.contains(a.tok(from).lower())) {
      from++;
    }
    return new int[] {from, objectTailEnd(a, qs, span, false), v};
  }

  /**
   * The closing mark, or the last of the plain words after it up to a punctuation mark, a quote or a cue; with
   * {@code wholeTail} only when the words run on to a punctuation mark or the sentence end (none cut off mid-phrase).
   */
  private int objectTailEnd(Article a, int qs, QuoteScanner.Span span, boolean wholeTail) {
    int end = span.end();
    int qe = a.tokenAtOrAfter(span.end());
    int stop = closesWithPunctuation(a.text, span) ? qe : a.sentenceEndOf(qs);
    for (int m = qe; m < stop; m++) {
      Token t = a.tok(m);
      if (!a.inQuote(m) && !t.isWord()) {
        break;
      }
      if (a.inQuote(m) || cues.at(a, m) != null || m - qe == MAX_OBJECT_TAIL - 1) {
        return wholeTail ? span.end() : end;
      }
      end = t.end();
    }
    return end;
  }

  /**
   * The quoted part ends in a comma, "!" or "?" inside its marks ({@code “a disgrace,” a word he …}): the object ends
   * with it, and the words after it are the writer's.
   */
  private static boolean closesWithPunctuation(String text, QuoteScanner.Span span) {
    for (int c = span.end() - 1; c > span.start(); c--) {
      char ch = text.charAt(c);
      if (Character.isWhitespace(ch) || ch == '"' || ch == '\'' || ch == '\u201d' || ch == '\u2019') {
        continue;
      }
      return ch == ',' || ch == '!' || ch == '?';
    }
    return false;
  }

  /** {@code there would be “…”}, {@code What followed was the “…”}: an existential or a wh-cleft copula. */
  private static boolean existential(Article a, int k, int lb) {
    for (int m = k - 1; m >= lb && k - m <= 3; m--) {
      if (a.tok(m).is("there")) {
        return true;
      }
    }
    return a.tok(lb).is("what");
  }

  private static boolean overlapsAny(List<Attribution> all, int start, int end) {
    for (Attribution at : all) {
      if (at.start() < end && start < at.end()) {
        return true;
      }
    }
    return false;
  }

  /** Coordinated verbs without a regular -ed/-ing ending that start a new predicate ({@code … “a con” and was …}). */
  private static final java.util.Set<String> NEW_VERB = Words.set("was", "is", "has", "had", "said", "says", "cast",
      "put", "made", "took", "gave", "told", "went", "came", "sent", "left", "got", "set", "did", "does");
  /** After a comma these open the writer's aside rather than more of the content. */
  private static final java.util.Set<String> ASIDE_OPENERS = Words.set("though", "although", "despite", "which",
      "where", "whereas");

  /** "-ing" prepositions that go on listing the content's own items ("a plan for “fair wages,” including …"). */
  private static final java.util.Set<String> LIST_OPENERS = Words.set("including", "excluding", "concerning",
      "regarding");

  /** A lower-case word that opens the writer's aside after a quoted part: a participle ("drawing boos") or an opener. */
  private static boolean opensAside(String w) {
    return w.endsWith("ing") && w.length() > 5 && !LIST_OPENERS.contains(w) || ASIDE_OPENERS.contains(w);
  }

  /**
   * Prepositions that open an adjunct about the statement after a quoted part closed by a comma ("by" is left out: after
   * a quoted noun phrase it names the agent inside the content, "the “rushed rollout,” by the council").
   */
  private static final java.util.Set<String> AFTER_QUOTE_PREPOSITIONS = Words.set("in", "at", "on", "during", "after",
      "before", "to", "for", "with", "from", "as");

  /**
   * {@code Trump said things “should be wrapped up by Cleveland,” referring to the convention}: reported speech whose
   * last quoted part closes a clause (a comma at or after the closing mark, or a new coordinated verb) ends there; what
   * follows is the writer's aside, not the speaker's content.
   */
  static void endAtLastQuote(Article a, Attribution r) {
    int[] last = r.fragments.get(r.fragments.size() - 1);
    QuoteScanner.Span q = null;
    for (QuoteScanner.Span sp : a.spans) {
      if (sp.start() >= last[0] && sp.end() <= last[1]) {
        q = sp;
      } else if (sp.start() >= last[1]) {
        break;
      }
    }
    if (q == null || q.end() >= last[1]) {
      return;
    }
    Token first = a.tok(a.tokenAtOrAfter(q.end()));
    if (r.cue != null && a.tok(r.cue.from()).start() >= last[1]
        && (last[0] < q.start() || first.isWord() && !first.isCapitalised())) {
      // "… “a disaster,” pointing to …, the report said": the tag after the content reports the aside too (not when a
      // capitalised word follows a quote that opens the content: "“…,” Ann Berg's aide Bo Lee said")
      return;
    }
    int next = a.tokenAtOrAfter(q.end());
    if (next >= a.size() || a.tok(next).start() >= last[1] || a.inQuote(next)) {
      return;
    }
    boolean commaInside = q.endsWithComma(a.text);
    Token t = a.tok(next);
    boolean cut = false;
    if ((commaInside || t.is(",")) && !t.is("that")) {
      int after = t.is(",") ? next + 1 : next;
      if (after < a.size() && !a.inQuote(after) && a.tok(after).isWord() && !a.tok(after).isCapitalised()) {
        String w = a.tok(after).lower();
        cut = opensAside(w);
      }
    }
    if (commaInside && t.isWord() && !a.inQuote(next)) {
      // "… called it “a disgrace,” in a speech …", "… “a disgrace,” Democrats …": after a comma that closes the last
      // quoted part, a preposition, a conjunction or a new capitalised subject starts the writer's own words
      String w = t.lower();
      boolean andThat = next + 1 < a.size() && a.tok(next + 1).is("that");
      cut |= AFTER_QUOTE_PREPOSITIONS.contains(w) && !prepositionalContinuation(a, next, a.tokenAtOrAfter(last[1]))
          || (w.equals("and") || w.equals("but") || w.equals("or")) && !andThat
          || t.isCapitalised() && !t.is("I");
    }
    if ((t.is("and") || t.is("but")) && next + 1 < a.size()) {
      Token v = a.tok(next + 1);
      String w = v.lower();
      cut |= !v.isCapitalised() && v.isWord() && !a.inQuote(next + 1) && !w.equals("that")
          && (w.endsWith("ed") || w.endsWith("ing") && !gerundBefore(a, a.tokenAtOrAfter(last[0]), a.tokenAtOrAfter(q.start()))
          || NEW_VERB.contains(w));
    }
    int lastTok = a.tokenAtOrAfter(last[1]);
    if (!cut && commaInside && next < lastTok && ContentEnd.isEventAdjunct(a, next, lastTok)) {
      cut = true; // "his campaign doesn’t want “that crap,” in an interview with CNN on Sunday"
    }
    if (!cut && !commaInside && t.isWord() && !t.isCapitalised() && opensEventAdjunct(a, next, lastTok)
        && asComplement(a, a.tokenAtOrAfter(last[0]), a.tokenAtOrAfter(q.start()))) {
      cut = true; // "criticized the law as a “crazy system” during a campaign stop in Flint, …"
    }
    if (cut) {
      last[1] = q.end();
    } else if (!commaInside) {
      endAtAsideAfterQuote(a, last, next, lastTok);
    }
  }

  /** Prepositions that, after a quoted part, can open a long phrase still attached to the reported clause. */
  private static final java.util.Set<String> CONTINUING_PREPOSITIONS = Words.set("in", "to", "for", "with", "from",
      "on", "at");
  /** Fewest words of such a phrase: shorter ones ("for instance", "in part") are the writer's. */
  private static final int MIN_CONTINUATION = 6;

  /**
   * At k (a preposition after a comma closing the last quoted part): a long phrase without a comma up to the content's
   * end, not a relative clause ("“to build on his point,” in regard to an earlier question posed by a rival"): it still
   * says what the reported clause is about. Event adjuncts are cut by their own rule.
   */
  private static boolean prepositionalContinuation(Article a, int k, int end) {
    if (!CONTINUING_PREPOSITIONS.contains(a.tok(k).lower()) || end - k < MIN_CONTINUATION || k + 1 >= end) {
      return false;
    }
    String w = a.tok(k + 1).lower();
    if (w.equals("which") || w.equals("whom") || w.equals("whose")) {
      return false;
    }
    for (int m = k + 1; m < end; m++) {
      if (a.inQuote(m) || !a.tok(m).isWord()) {
        return false;
      }
    }
    return true;
  }

  /**
   * An unquoted -ing word in {@code [from, to)}: an "and …ing" after the quote then coordinates with it ("risked
   * satisfying “greed” and trampling …") rather than opening a new predicate.
   */
  private static boolean gerundBefore(Article a, int from, int to) {
    for (int m = from; m < to; m++) {
      String w = a.tok(m).lower();
      if (!a.inQuote(m) && w.length() > 5 && w.endsWith("ing")) {
        return true;
      }
    }
    return false;
  }

  /** Most tokens of an event adjunct's opening that names the occasion ("during a campaign stop"). */
  private static final int MAX_EVENT_OPENING = 5;

  /**
   * Tokens from {@code k} open an adjunct about the speech event ("in his 2005 book", "during a campaign stop"): a
   * preposition or time word and an event word within {@link #MAX_EVENT_OPENING} tokens, no comma or quote between.
   */
  private static boolean opensEventAdjunct(Article a, int k, int limit) {
    for (int e = k + 2; e <= limit && e - k <= MAX_EVENT_OPENING; e++) {
      if (ContentEnd.isEventAdjunct(a, k, e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Unquoted tokens {@code [from, to)} are an object and "as" before the quoted complement, no clause of their own
   * ("the new law as a “…”"): the content is the verb's object, so a following event adjunct is the verb's.
   */
  private static boolean asComplement(Article a, int from, int to) {
    boolean as = false;
    for (int m = from; m < to; m++) {
      as |= !a.inQuote(m) && a.tok(m).is("as");
    }
    return as && !clausal(a, from, to);
  }

  /**
   * Unquoted tokens {@code [from, to)} make a clause of their own (a subject pronoun, an auxiliary or an infinitive
   * "to"), so an adjunct after the quote belongs to that clause ("she would be “safe” at the rally").
   */
  private static boolean clausal(Article a, int from, int to) {
    for (int m = from; m < to; m++) {
      String w = a.tok(m).lower();
      if (!a.inQuote(m) && (Words.FINITE_AUXILIARIES.contains(w) || Words.PRONOUNS.contains(w) || w.equals("to"))) {
        return true;
      }
    }
    return false;
  }

  /** Most words between the last quoted part and the comma of an aside that ends the content there. */
  private static final int MAX_TAIL_BEFORE_ASIDE = 5;

  /**
   * {@code … wondered whether the referees will be “fair” to him, drawing boos}: a few words of the quoted clause
   * after its last quoted part, then a comma and a participle or aside opener: the content ends before that comma.
   */
  private static void endAtAsideAfterQuote(Article a, int[] last, int next, int lastTok) {
    for (int c = next; c < lastTok && c - next <= MAX_TAIL_BEFORE_ASIDE; c++) {
      Token t = a.tok(c);
      if (a.inQuote(c) || t.isSentenceEnd() || t.is(":") || t.is(";")) {
        return;
      }
      if (!t.is(",")) {
        continue;
      }
      if (c == next || c + 1 >= lastTok || a.inQuote(c + 1)) {
        return;
      }
      Token w = a.tok(c + 1);
      String lw = w.lower();
      if (w.isWord() && !w.isCapitalised()
          && opensAside(lw)) {
        last[1] = a.tok(c - 1).end();
      }
      return;
    }
  }

  private static boolean keepDirect(Article a, Attribution d) {
    String q = d.text(a.text);
    if (QuoteFilters.isMarkupRemnant(q)) {
      return false;
    }
    QuoteScanner.Span span = a.spans.get(d.span);
    if (QuoteFilters.isLinkedExcerpt(a.text, span.end())
        || d.kind == ExtractedQuote.Kind.MIXED && QuoteFilters.isOccasionOnly(q)) {
      return false;
    }
    if (d.fragments.size() == 1 && d.kind == ExtractedQuote.Kind.DIRECT && QuoteFilters.isWorkTitle(a, span)) {
      return false;
    }
    if (d.phrase != null) {
      return !span.single() || q.length() > 12;
    }
    if (span.single() || QuoteFilters.isDatedTitle(a.text, span.end())) {
      return false;
    }
    return d.inherits || KEEP_UNFRAMED && (!QuoteFilters.isUnframedNoise(q) || isVoicedUtterance(a, span));
  }

  /** Verbs that put a short utterance in the mouth (or on the sign) of someone: chants, shouts, what a sign read. */
  private static final java.util.Set<String> UTTERANCE_VERBS = Words.set("said", "says", "saying", "asked", "replied",
      "wrote", "tweeted", "chanting", "chanted", "chant", "chants", "yelling", "yelled", "shouting", "shouted",
      "screaming", "screamed", "cry", "crying", "cried", "read", "reads", "reading", "announce", "announced",
      "announcing", "blurted", "exclaimed", "proclaiming", "proclaimed", "echoing", "mouthing", "mouthed", "whispered",
      "muttered", "declared", "declaring");
  /** Nouns of a message that lead into its words after a comma or colon ("bearing the words, “…”", "one message: “…”"). */
  private static final java.util.Set<String> MESSAGE_NOUNS = Words.set("words", "message");
  /** A particle after an utterance verb ("blurted out", "cried out"). */
  private static final java.util.Set<String> UTTERANCE_PARTICLES = Words.set("out");
  /** Nouns of a crowd's voiced utterance that take it with "of" ("chants of “Four more years!”"). */
  private static final java.util.Set<String> CHANT_NOUNS = Words.set("chant", "chants", "cries", "shouts", "cry");

  /**
   * {@code protesters chanting "No more wars."}, {@code a sign that read "Vote!"}, {@code blurted out, "Oh no,"}: a
   * quote too short to keep without a frame is still an utterance when a verb of saying, shouting or reading leads
   * straight into it (an optional comma or colon between); scare quotes and titles have no such verb before them.
   */
  static boolean isVoicedUtterance(Article a, QuoteScanner.Span span) {
    return utteranceVerb(a, span) >= 0;
  }

  /** The token of the utterance verb (or chant noun) leading into the quote, or -1. */
  private static int utteranceVerb(Article a, QuoteScanner.Span span) {
    int k = a.tokenAtOrAfter(span.start()) - 1;
    if (k >= 1 && a.tok(k).is("of")) {
      return !a.inQuote(k - 1) && CHANT_NOUNS.contains(a.tok(k - 1).lower()) ? k - 1 : -1;
    }
    boolean punct = k >= 0 && (a.tok(k).is(",") || a.tok(k).is(":"));
    if (punct) {
      k--;
    }
    if (k >= 0 && UTTERANCE_PARTICLES.contains(a.tok(k).lower())) {
      k--;
    }
    if (k < 0 || a.inQuote(k)) {
      return -1;
    }
    String w = a.tok(k).lower();
    return UTTERANCE_VERBS.contains(w) || punct && MESSAGE_NOUNS.contains(w) ? k : -1;
  }

  /**
   * {@code Ann Berg stood up and blurted out, "No way."}: a voiced utterance kept without a frame is credited to the
   * named subject of its sentence's main clause, when there is one.
   */
  private static void creditUtteranceSubject(Article a, Attribution d) {
    if (d.phrase != null || d.inherits || d.span < 0) {
      return;
    }
    int verb = utteranceVerb(a, a.spans.get(d.span));
    if (verb < 0) {
      return;
    }
    int from = a.sentenceStartOf(verb);
    SpeakerPhrase subject = SpeakerChunker.mainClauseSubject(a, from, verb + 1, true);
    if (subject != null && (subject.person() || subject.pronoun() != null)) {
      d.phrase = subject; // "Signs …", "T-shirts read …": a thing carrying the words is no speaker to name
    }
  }

  /** Resolves speakers in mention order, then lets floating quotes inherit in text order. */
  private static void resolve(Article a, List<Attribution> all, java.util.Set<Attribution> unvoiced) {
    SpeakerResolver resolver = new SpeakerResolver(a);
    List<Attribution> withMention = new ArrayList<>();
    for (Attribution at : all) {
      if (at.phrase != null) {
        withMention.add(at);
      }
    }
    withMention.sort(Comparator.comparingInt(Attribution::mentionOrder));
    for (Attribution at : withMention) {
      SpeakerResolver.Resolved r = resolver.resolve(at.phrase);
      if (r != null) {
        at.speaker = r.name();
        at.role = r.role();
      }
    }
    for (Attribution at : all) {
      if (at.phrase == null && !at.inherits && at.span >= 0) {
        creditColonIntroduction(a, at, resolver);
      }
    }
    List<Attribution> byStart = new ArrayList<>(all);
    byStart.sort(Comparator.comparingInt(Attribution::start));
    Attribution last = null;
    for (Attribution at : byStart) {
      if (at.inherits && last != null) {
        at.speaker = last.speaker;
        at.role = last.role;
      }
      if (at.span >= 0 && (at.phrase != null || at.inherits)) {
        last = at;
      }
    }
    // a quote without a frame takes the speaker of the nearest attribution in its paragraph (GGT's paragraph rule)
    java.util.Map<Integer, List<Attribution>> attributedByParagraph = new java.util.HashMap<>();
    for (Attribution other : byStart) {
      if (other.speaker != null && other.phrase != null
          && (other.cue == null || other.cue.frame() != CueLexicon.Frame.NOUN_CONTENT)) {
        // a characterisation ("portrayed himself as …", "called it …") does not make its subject the speaker of
        // the paragraph's other quotes
        attributedByParagraph.computeIfAbsent(paragraphOf(a, other), k -> new ArrayList<>()).add(other);
      }
    }
    for (Attribution at : byStart) {
      if (at.speaker != null || at.phrase != null || at.inherits || unvoiced.contains(at)) {
        continue;
      }
      Attribution best = null;
      for (Attribution other : attributedByParagraph.getOrDefault(paragraphOf(a, at), List.of())) {
        if (best == null || Math.abs(other.start() - at.start()) < Math.abs(best.start() - at.start())) {
          best = other;
        }
      }
      int para = paragraphOf(a, at);
      if (best == null && para > 0 && a.tokenAtOrAfter(at.start()) == a.paraFirstTok[para]) {
        // a paragraph opening with an unframed quote continues the last attributed speaker of the paragraph before
        for (Attribution other : attributedByParagraph.getOrDefault(para - 1, List.of())) {
          best = other;
        }
      }
      if (best != null) {
        at.speaker = best.speaker;
        at.role = best.role;
      }
    }
  }

  /**
   * {@code Ruiz then listed her demands:} / {@code Ana Ruiz, Harbour Weekly:} followed by a quote without a frame of
   * its own: the sentence closed by the colon introduces the quote, so its subject is the speaker.
   */
  private static void creditColonIntroduction(Article a, Attribution at, SpeakerResolver resolver) {
    int q = a.tokenAtOrAfter(at.start());
    int colon = q - 1;
    if (colon < 0 || !a.tok(colon).is(":") || a.inQuote(colon)) {
      return;
    }
    int from = a.sentStart[a.tokSent[colon]];
    if (from >= colon || a.inQuote(from)) {
      return;
    }
    SpeakerPhrase p = namedLine(a, from, colon);
    boolean line = p != null;
    if (p == null) {
      p = SpeakerChunker.mainClauseSubject(a, from, colon, true);
    }
    if (p == null) {
      return;
    }
    SpeakerResolver.Resolved r = resolver.resolveOnly(p);
    if (r == null && p.name() == null) {
      return;
    }
    if (!line && p.name() != null && (r == null || r.name().indexOf(' ') < 0)) {
      return; // a lone capitalised word opening the sentence ("Along with …", "Partial transcript …") is no known name
    }
    at.phrase = p;
    at.speaker = r == null ? null : r.name();
    at.role = r == null ? null : r.role();
  }

  /** {@code Ana Ruiz:} or {@code Ana Ruiz, Harbour Weekly:}: a line that is only a person's name (and an outlet). */
  private static SpeakerPhrase namedLine(Article a, int from, int colon) {
    int j = from;
    while (j < colon && (a.tok(j).isCapitalised() || a.tok(j).is("-"))) {
      j++;
    }
    if (j == from || j < colon && (!a.tok(j).is(",") || j - from < 2)) {
      return null; // "Wait, it gets better:" is no name line
    }
    int start = from;
    if (j - from >= 2 && a.tok(from).lower().endsWith("ed")) {
      start++; // "Continued Ruiz:": the inverted cue before the name
    }
    SpeakerPhrase p = SpeakerChunker.phrase(a, start, j);
    return p.name() != null && p.person() ? p : null;
  }

  private static int paragraphOf(Article a, Attribution at) {
    return a.tokPara[Math.min(a.size() - 1, a.tokenAtOrAfter(at.start()))];
  }

  private static ExtractedQuote toQuote(Article a, Attribution at) {
    SpeakerPhrase p = at.phrase;
    String mention = p == null ? null : p.surface();
    int ms = p == null ? -1 : p.start();
    int me = p == null ? -1 : p.end();
    String speaker = at.speaker;
    String role = at.role;
    if (speaker == null && p != null && p.name() == null && p.pronoun() == null && role == null) {
      role = p.role();
    }
    return new ExtractedQuote(at.text(a.text), at.start(), at.end(), at.kind, mention, ms, me, speaker, role,
        at.cue == null ? null : at.cue.text());
  }
}
