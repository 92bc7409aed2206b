package io.newsflow.enrich.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Attribution frames for quoted spans, tried in order:
 * <ol>
 *   <li>after the quote: {@code Q , S V} / {@code Q , V S} (then {@code , Q2} joins an interrupted quote);</li>
 *   <li>before the quote: {@code S V : Q}, {@code S V , Q}, {@code S V (that)? Q}, {@code S ..., adding, Q};</li>
 *   <li>a colon-ended introducer in the previous paragraph ({@code X echoed:} then a quote paragraph);</li>
 *   <li>floating quote: no frame, follows an attributed quote within one paragraph: inherits its speaker;</li>
 *   <li>otherwise a quote inside a sentence (or after its colon) with no speech cue gets that sentence's subject as its
 *   speaker ({@code The ad claims “…”}) without becoming framed.</li>
 * </ol>
 * Cue tokens used here are marked in {@code usedCues} so reported-speech frames do not reuse them.
 */
final class DirectFrames {
  private static final int POST_WINDOW = 14;
  private static final int LONG_POST_WINDOW = 26;
  /** Unquoted words before a quote that make its sentence a mixed quote rather than a lead-in. */
  private static final int MIN_SENTENCE_HEAD_WORDS = 3;
  /** Most tokens between a speech cue and the comma before its quote ("told reporters in Dover on Monday, "). */
  private static final int COMMA_INTRO_GAP = 8;
  /**
   * A quote paragraph that follows an attributed quote without a frame of its own continues that quote: it is joined
   * as a further fragment (PolNeAR and readers treat such a run as one content with one speaker).
   */
  static final boolean MERGE_CONTINUATIONS = true;
  /** Most tokens between the end of an attribution and the next quote it still introduces ("A," said X, role. "B."). */
  static final int JOIN_GAP = 30;

  private static final java.util.Set<String> CLAUSE_OPENERS = Words.set("and", "but", "or", "because", "when", "if",
      "while", "although", "though", "since", "after", "before", "until", "unless", "whether", "that", "which", "so",
      "where", "whereas");

  /**
   * "responded … by saying …": a gerund cue whose subject is the sentence subject ("after"/"before" are left out:
   * their clause often has a subject of its own).
   */
  private static final java.util.Set<String> GERUND_PREPOSITIONS = Words.set("by");

  /** Subordinators that open a sentence-initial adverbial clause. */
  private static final java.util.Set<String> SUBORDINATORS = Words.set("while", "although", "though", "as", "after",
      "when", "if", "because", "since", "before", "until", "unless", "whereas", "once");

  private final CueFinder cues;
  /** per-paragraph memo for {@link #paragraphHasCue}; a DirectFrames instance serves one article. */
  private boolean[] paraCueKnown;
  private boolean[] paraCue;

  DirectFrames(CueFinder cues) {
    this.cues = cues;
  }

  List<Attribution> find(Article a, BitSet usedCues) {
    List<Attribution> out = new ArrayList<>();
    boolean[] merged = new boolean[a.spans.size()];
    Attribution previous = null;
    Attribution runStart = null;
    int runPara = -1;
    for (int s = 0; s < a.spans.size(); s++) {
      if (merged[s]) {
        continue;
      }
      QuoteScanner.Span span = a.spans.get(s);
      int qs = a.tokenAtOrAfter(span.start());
      int qe = a.tokenAtOrAfter(span.end());
      if (qs >= a.size() || a.skipPara[a.tokPara[qs]] || QuoteFilters.isWorkTitle(a, span)) {
        continue;
      }
      Attribution at = new Attribution(ExtractedQuote.Kind.DIRECT, span.start(), span.end());
      at.span = s;
      boolean post = postFrame(a, at, qe, usedCues);
      boolean framed = post || dashCredit(a, at, qe) || preFrame(a, at, qs, usedCues)
          || previousParagraphColon(a, at, qs, usedCues);
      if (post) {
        takeInSentenceHead(a, at, qs, out);
        saidOfTopic(a, at);
      } else if (framed && at.phrase != null && at.cue != null) {
        parentheticalFrame(a, at, qs);
      }
      if (framed) {
        joinInterrupted(a, at, s, merged);
      } else if (joinAfterUnreadTag(a, at, s, qs, qe, merged)) {
        // the quote has an attribution of its own that no frame could read: it neither inherits nor continues
      } else if (previous != null && previous.phrase != null && !previous.dropped
          && a.tokPara[qs] - a.tokPara[a.tokenAtOrAfter(previous.end()) - 1] <= 1
          && (!paragraphHasCue(a, qs) || continuesInParagraph(a, previous, qs, usedCues))
          && opensSentence(a, qs)) {
        at.inherits = true;
        if (MERGE_CONTINUATIONS) {
          // PolNeAR (and readers) treat a run of quote paragraphs after an attributed quote as one content
          previous.fragments.add(new int[] {span.start(), span.end()});
          merged[s] = true;
          continue;
        }
      }
      if (!framed && !at.inherits && at.phrase == null) {
        sentenceSubjectCredit(a, at, qs);
      }
      if (!framed && !at.inherits && wholeParagraph(a, qs, qe)) {
        if (runStart != null && a.tokPara[qs] == runPara + 1) {
          // a run of quote-only paragraphs without any frame is one statement (as after an attributed quote)
          runStart.fragments.add(new int[] {span.start(), span.end()});
          runPara = a.tokPara[qs];
          continue;
        }
        runStart = at;
        runPara = a.tokPara[qs];
      } else {
        runStart = null;
      }
      out.add(at);
      if (framed || at.inherits) {
        previous = at;
      }
    }
    return out;
  }

  /**
   * {@code Trump attacked “the hateful ideology …”}, {@code He also seeks “a permanent injunction …”}: a quote inside a
   * sentence with no speech frame is still the words of the sentence's subject (news writers quote a source with any
   * verb). Only quotes that are kept without a frame anyway get the subject, so no quote is added.
   */
  private void sentenceSubjectCredit(Article a, Attribution at, int qs) {
    QuoteScanner.Span span = a.spans.get(at.span);
    boolean afterColon = qs > 0 && a.tok(qs - 1).is(":") && !a.inQuote(qs - 1);
    if (opensSentence(a, qs) && !afterColon || span.single()
        || QuoteFilters.isUnframedNoise(a.text.substring(span.start(), span.end()))) {
      return;
    }
    // "The letter makes its case: “…”": a colon hands the sentence over to the quote, in its paragraph or the next
    int limit = afterColon ? qs - 1 : qs;
    int from = a.sentenceStartOf(limit);
    if (a.quoteIn(from, limit)) {
      return; // an earlier quote of the sentence: it is the one its subject says
    }
    for (int k = from; k < limit; k++) {
      if (!a.inQuote(k) && (cues.at(a, k) != null || IndirectFrames.quoteFrameAt(a, k))) {
        return; // a cue before the quote frames reported speech around it (a mixed quote)
      }
    }
    SpeakerPhrase sp = SpeakerChunker.mainClauseSubject(a, from, limit, true);
    if (sp != null && sp.to() < limit && PREPOSITIONS.contains(a.tok(sp.to()).lower())) {
      sp = null; // "Along with the photo, he …": a capitalised preposition-phrase opener, not a subject and its verb
    }
    if (sp != null && "it".equals(sp.pronoun())) {
      return; // "It was the show ''…'' that …": an expletive or a thing, rarely a source
    }
    if (sp == null) {
      sp = determinerSubject(a, from, limit);
    }
    if (sp != null) {
      at.phrase = sp;
    }
  }

  /** Words that follow a sentence-opening word that is part of an adverbial phrase rather than a subject. */
  private static final java.util.Set<String> PREPOSITIONS = Words.set("with", "of", "to", "in", "on", "at", "from",
      "for", "by", "about", "into", "over", "under", "after", "before", "during", "since", "until", "through", "among",
      "against", "without", "within", "amid", "per", "via", "as", "than");

  /** Most words of a determiner-led sentence subject ("A 2014 House Intelligence Committee report"). */
  private static final int MAX_DETERMINER_SUBJECT = 6;

  /**
   * {@code The ad claims …}, {@code Her economic plan promises …}: a sentence opening with a determiner phrase whose
   * verb follows it (a lower-case word in -s or -ed); null when the sentence does not open so.
   */
  private static SpeakerPhrase determinerSubject(Article a, int from, int limit) {
    Token first = a.tok(from);
    if (!ownerOpens(a, from, limit) && !TAG_DETERMINERS.contains(first.lower())
        || Words.PRONOUNS.contains(first.lower())) {
      return null;
    }
    for (int v = from + 1; v < limit && v - from <= MAX_DETERMINER_SUBJECT; v++) {
      Token t = a.tok(v);
      if (a.inQuote(v) || !t.isWord() && !t.isPossessive() && !t.is("-")) {
        return null;
      }
      String w = t.lower();
      if (Words.FUNCTION.contains(w) || CLAUSE_OPENERS.contains(w)) {
        return null;
      }
      boolean verbLike = w.endsWith("s") && !w.endsWith("ss") || w.endsWith("ed");
      if (v > from + 1 && !t.isCapitalised() && !t.isPossessive() && verbLike && !Words.PERSON_NOUNS.contains(w)) {
        return SpeakerChunker.phrase(a, from, v);
      }
    }
    return null;
  }

  /** The sentence opens with a capitalised owner ending in a possessive ("Ann Berg’s letter makes …"). */
  private static boolean ownerOpens(Article a, int from, int limit) {
    for (int k = from; k < limit && k - from < 3 && a.tok(k).isCapitalised(); k++) {
      if (a.tok(k).isPossessive()) {
        return true;
      }
    }
    return false;
  }

  /** The quote spans its whole paragraph (only punctuation outside the marks). */
  private static boolean wholeParagraph(Article a, int qs, int qe) {
    int para = a.tokPara[qs];
    if (qs != a.paraFirstTok[para]) {
      return false;
    }
    for (int k = qe; k < a.paraEndTok[para]; k++) {
      if (a.tok(k).isWord()) {
        return false;
      }
    }
    return true;
  }

  /** Most words of the topic after "said of" taken into the quote. */
  private static final int MAX_SAID_OF_TOPIC = 15;

  /**
   * {@code "It is fine," Ann Berg said of the harbour plan.}: the topic after "said of" tells what the words are about
   * and belongs to the reported content (a mixed quote of the quote and the topic).
   */
  private static void saidOfTopic(Article a, Attribution at) {
    if (at.cue == null || at.phrase == null || at.phrase.from() > at.cue.from()) {
      return;
    }
    int k = at.cue.to();
    String verb = a.tok(at.cue.from()).lower();
    if (!(verb.equals("said") || verb.equals("says")) || k + 1 >= a.size() || !a.tok(k).is("of") || a.inQuote(k)) {
      return;
    }
    int se = a.sentenceEndOf(k);
    int end = -1;
    for (int m = k + 1; m < se && m - k <= MAX_SAID_OF_TOPIC; m++) {
      Token t = a.tok(m);
      if (a.inQuote(m) || t.is(",") || t.is(";") || t.is(":") || t.is("—") || t.isSentenceEnd()) {
        break;
      }
      end = m;
    }
    if (end < 0) {
      return;
    }
    at.fragments.add(new int[] {a.tok(k + 1).start(), a.tok(end).end()});
    at.kind = ExtractedQuote.Kind.MIXED;
  }

  /**
   * {@code Trump plans to fund schools through "risk-taking and investment," Carson said.}: when the attributed quote
   * closes a sentence that began outside it, the whole sentence is the content (a mixed quote). Quotes earlier in
   * that sentence become part of it ({@code Ann Berg cannot say that “it works,” Ivo Brandt added.}: a cue in the head
   * is content too). Not when the head's cue introduces the quote after a comma, nor across a colon or parentheses.
   */
  private void takeInSentenceHead(Article a, Attribution at, int qs, List<Attribution> out) {
    int from = a.sentenceStartOf(qs);
    int words = 0;
    for (int k = from; k < qs; k++) {
      if (!a.inQuote(k)) {
        if (a.tok(k).is(":") || a.tok(k).is("(") || a.tok(k).is(")")) {
          return;
        }
        if (cues.at(a, k) != null && a.tok(qs - 1).is(",")) {
          return; // "Ann Berg, telling reporters on Monday, “…”": the head's cue introduces the quote
        }
        if (a.tok(k).isWord()) {
          words++;
        }
      }
    }
    if (words < MIN_SENTENCE_HEAD_WORDS) {
      return;
    }
    if (SUBORDINATORS.contains(a.tok(from).lower())) {
      for (int k = from + 1; k < qs - MIN_SENTENCE_HEAD_WORDS; k++) {
        if (a.tok(k).is(",") && !a.inQuote(k)) {
          from = k + 1; // "While delegates wait, the party is “split,” X said": the subordinate clause is the writer's
          break;
        }
      }
    } else {
      from = ContentEnd.pastOpeningParticiple(a, from, qs); // "Bound by trade, the towns have a “chance,” X said"
    }
    int start = a.tok(from).start();
    for (int i = out.size() - 1; i >= 0 && out.get(i).start() >= start; i--) {
      out.remove(i); // an earlier quote of this sentence is part of the content now
    }
    at.fragments.get(0)[0] = start;
    at.kind = ExtractedQuote.Kind.MIXED;
  }

  /**
   * {@code Clinton, a top aide said, “is very confident” in the contrast.}: an attribution set off by commas inside a
   * sentence whose quoted part goes on in lower case. The content is the sentence without the attribution (a mixed
   * quote of two fragments: the subject before it, the quote and the rest of the sentence after it).
   */
  private void parentheticalFrame(Article a, Attribution at, int qs) {
    int sp = at.phrase.from();
    int frameEnd = Math.max(at.cue.to(), at.phrase.to());
    if (sp < 1 || !a.tok(sp - 1).is(",") || at.cue.from() < sp || frameEnd != qs - 1 || !a.tok(qs - 1).is(",")) {
      return;
    }
    QuoteScanner.Span span = a.spans.get(at.span);
    char first = 0;
    for (int c = span.start() + 1; c < span.end(); c++) {
      if (Character.isLetter(a.text.charAt(c))) {
        first = a.text.charAt(c);
        break;
      }
    }
    if (!Character.isLowerCase(first)) {
      return;
    }
    int from = a.sentenceStartOf(qs);
    String opener = a.tok(from).lower();
    if (from >= sp - 1 || Words.FUNCTION.contains(opener) && !Words.DETERMINERS.contains(opener)
        || SpeakerChunker.PLACE_PREPOSITIONS.contains(opener)) {
      return; // "On Monday, Ann Berg said, “…”": an adjunct, not the subject of the quoted predicate
    }
    for (int k = from; k < sp - 1; k++) {
      if (a.inQuote(k) || a.tok(k).is(":") || cues.at(a, k) != null) {
        return;
      }
    }
    int end = Math.min(a.sentenceEndOf(qs), a.paraEndTok[a.tokPara[qs]]);
    int last = end - 1;
    while (last > qs && !a.tok(last).isWord() && !a.inQuote(last)) {
      last--;
    }
    int tailEnd = Math.max(span.end(), a.tok(last).end());
    at.fragments.set(0, new int[] {a.tok(from).start(), a.tok(sp - 2).end()});
    at.fragments.add(new int[] {span.start(), tailEnd});
    at.kind = ExtractedQuote.Kind.MIXED;
  }

  /**
   * Credit line after a quote: {@code "…" ― Ana Ruiz} (a dash, then only a name up to the paragraph end), the
   * convention of epigraphs and reader-comment round-ups.
   */
  private static boolean dashCredit(Article a, Attribution at, int qe) {
    if (qe >= a.size() || a.inQuote(qe) || !isDash(a.tok(qe))) {
      return false;
    }
    // "…" / -Ana Ruiz, Dover.: the credit may stand as a line of its own under a quote paragraph
    boolean creditLine = a.tokPara[qe] == a.tokPara[qe - 1] + 1 && qe == a.paraFirstTok[a.tokPara[qe]]
        && wholeParagraph(a, a.tokenAtOrAfter(a.spans.get(at.span).start()), qe);
    if (a.tokPara[qe] != a.tokPara[qe - 1] && !creditLine) {
      return false;
    }
    int from = qe + 1;
    int end = a.paraEndTok[a.tokPara[qe]];
    int to = from;
    while (to < end && to - from < 5 && a.tok(to).isCapitalised()) {
      to++;
    }
    int rest = to;
    while (rest < end && (a.tok(rest).is(".") || a.tok(rest).is(","))) {
      rest++;
    }
    if (to == from || rest != end && !a.tok(to).is(",")) {
      return false;
    }
    SpeakerPhrase sp = SpeakerChunker.phrase(a, from, to);
    if (sp.name() == null) {
      return false;
    }
    at.phrase = sp;
    at.cue = new CueHit(qe, qe + 1, CueLexicon.Frame.SPEECH, a.tok(qe).text(), false);
    return true;
  }

  private static boolean isDash(Token t) {
    return t.is("―") || t.is("—") || t.is("–") || t.is("-");
  }

  private boolean postFrame(Article a, Attribution at, int qe, BitSet usedCues) {
    // a capitalised subject may carry a long appositive ("…," Ann Berg, the mayor of Dover, one of …, said)
    int window = qe + 1 < a.size() && a.tok(qe + 1).isCapitalised() ? LONG_POST_WINDOW : POST_WINDOW;
    int limit = Math.min(a.size(), qe + window);
    int j = qe;
    if (j < a.size() && (a.tok(j).is(",") || a.tok(j).is("—") || a.tok(j).is("-")) && !a.inQuote(j)) {
      j++;
    }
    if (j >= a.size() || a.inQuote(j) || a.tokPara[j] != a.tokPara[qe - 1]) {
      return false;
    }
    if (j == qe && Character.isLetterOrDigit(lastMarkInside(a, a.spans.get(at.span))) && !bareNameTag(a, at, qe)) {
      return false; // "the “Remain” campaign said": a quote ending bare, with no comma, is a term inside its sentence
    }
    if (j == qe && closesSentence(a, at.span) && a.tok(j).isCapitalised() && !bareTagSentence(a, j)) {
      return false; // "… values." He said …: a full stop inside the quote ends the sentence; a new one begins
    }
    for (int k = j; k < limit; k++) {
      Token t = a.tok(k);
      if (a.inQuote(k) || a.tokPara[k] != a.tokPara[j] || t.isSentenceEnd() || t.is(";") || t.is(":")) {
        return false;
      }
      CueHit cue = cues.at(a, k);
      if (cue == null) {
        if (t.is(",") && k > j && a.tok(k - 1).isWord() && !Words.ROLE.contains(a.tok(k - 1).lower())
            && k - j > 4 && !a.tok(j).isCapitalised()) {
          return false;
        }
        continue;
      }
      if (cue.frame() == CueLexicon.Frame.NOUN_CONTENT) {
        return false;
      }
      SpeakerPhrase sp;
      if (k == j || cue.frame() == CueLexicon.Frame.ACCORDING) {
        if (k != j) {
          return false;
        }
        // "…," according to the report / a court filing by X: the whole source phrase, not just its first word
        sp = cue.frame() == CueLexicon.Frame.ACCORDING
            ? SpeakerChunker.accordingSource(a, cue.to(), Math.min(a.size(), a.sentenceEndOf(k)))
            : SpeakerChunker.rightOfQuote(a, cue.to(), Math.min(a.size(), a.sentenceEndOf(k)));
      } else {
        sp = SpeakerChunker.leftOf(a, k, j, true);
        if (sp != null && sp.from() > j + 1 && sp.pronoun() == null && coordinateAdjectives(a, j, sp.from())) {
          sp = SpeakerChunker.phrase(a, j, sp.to()); // "…," the soft-spoken, 71-year-old senator said
        }
        if (sp == null || sp.from() > j + 1 && !onlySkippable(a, j, sp.from()) && !describesName(a, j, sp)
            || opensClause(a, j, sp.from())) {
          return false;
        }
      }
      if (sp == null) {
        return false;
      }
      at.phrase = sp;
      at.cue = cue;
      mark(usedCues, cue);
      return true;
    }
    return false;
  }

  /** Fewest tokens of a sentence-opening quote that may lack its comma before a name's attribution. */
  private static final int BARE_TAG_QUOTE = 6;

  /**
   * {@code “The vote is a battle of niches” Ann Berg said.}: a quote that opens its sentence with several words but no
   * comma before its closing mark, then one to three capitalised words and a speech cue that ends the sentence or
   * meets a comma, is a statement with a dropped comma, not a term inside the sentence.
   */
  private boolean bareNameTag(Article a, Attribution at, int qe) {
    QuoteScanner.Span span = a.spans.get(at.span);
    int qs = a.tokenAtOrAfter(span.start());
    if (qe - qs < BARE_TAG_QUOTE || !opensSentence(a, qs)) {
      return false;
    }
    int k = qe;
    while (k < a.size() && k - qe < 3 && a.tok(k).isWord() && a.tok(k).isCapitalised() && !a.inQuote(k)
        && !Words.FUNCTION.contains(a.tok(k).lower())) {
      k++;
    }
    if (k == qe || k >= a.size()) {
      return false;
    }
    CueHit cue = cues.at(a, k);
    if (cue == null || cue.frame() != CueLexicon.Frame.SPEECH || cue.to() >= a.size()) {
      return false;
    }
    Token after = a.tok(cue.to());
    return after.isSentenceEnd() || after.is(",");
  }

  /** Most words of a bare attribution sentence's subject, and of the adjunct after its verb ("to cheers"). */
  private static final int BARE_TAG_SUBJECT = 4;
  private static final int BARE_TAG_ADJUNCT = 4;

  /**
   * {@code "… a great night." Ann Berg said to cheers.}: a sentence of only a named or pronoun subject, a speech verb
   * and a short adjunct says nothing of its own, so it attributes the quote before it even after that quote's full
   * stop.
   */
  private boolean bareTagSentence(Article a, int j) {
    int end = Math.min(a.sentenceEndOf(j), a.paraEndTok[a.tokPara[j]]);
    for (int c = j + 1; c < end && c - j <= BARE_TAG_SUBJECT; c++) {
      CueHit cue = cues.at(a, c);
      if (cue == null) {
        continue;
      }
      if (cue.frame() != CueLexicon.Frame.SPEECH || cue.participle()) {
        return false;
      }
      SpeakerPhrase sp = SpeakerChunker.leftOf(a, c, j);
      if (sp == null || sp.from() != j || sp.name() == null && sp.pronoun() == null) {
        return false;
      }
      int last = end - 1;
      if (last < a.size() && a.tok(last).isSentenceEnd()) {
        last--;
      }
      if (last - cue.to() + 1 > BARE_TAG_ADJUNCT) {
        return false;
      }
      for (int k = cue.to(); k <= last; k++) {
        if (a.inQuote(k) || !a.tok(k).isWord() || a.tok(k).is("that") || cues.at(a, k) != null) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * The quoted span ends with a full stop inside its closing mark ({@code "… values."}). A question or exclamation
   * mark does not count: {@code "Why now?" Ann Berg asked.} continues the sentence.
   */
  private static boolean closesSentence(Article a, int span) {
    QuoteScanner.Span sp = a.spans.get(span);
    for (int c = sp.end() - 1; c > sp.start(); c--) {
      char ch = a.text.charAt(c);
      if (Character.isLetterOrDigit(ch)) {
        return false;
      }
      if (ch == '.') {
        return c < 2 || a.text.charAt(c - 1) != '.'; // an ellipsis trails off rather than ends
      }
    }
    return false;
  }

  /**
   * {@code "Twin Peaks" only because Lynch agreed}, {@code "…" and that the chamber thinks}: a conjunction between a
   * quote and a later subject opens a clause of its own, so that subject's cue does not attribute the quote.
   */
  private static boolean opensClause(Article a, int from, int to) {
    for (int k = from; k < to; k++) {
      if (CLAUSE_OPENERS.contains(a.tok(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Most words of a description before an inverted-order name ("Trump running mate"). */
  private static final int MAX_NAME_DESCRIPTION = 4;

  /**
   * {@code "…," Trump running mate Ann Berg told Fox}: words between the quote and a person's name that the chunker
   * left out are a description of that name (a noun premodifier run: no function word, comma or cue).
   */
  private boolean describesName(Article a, int from, SpeakerPhrase sp) {
    if (sp.name() == null || !sp.person() || sp.from() - from > MAX_NAME_DESCRIPTION) {
      return false;
    }
    for (int k = from; k < sp.from(); k++) {
      Token t = a.tok(k);
      if (!t.isWord() && !t.isPossessive() && !t.is("-") || Words.FUNCTION.contains(t.lower())
          || Words.DETERMINERS.contains(t.lower()) || cues.at(a, k) != null) {
        return false;
      }
    }
    return true;
  }

  /** Most tokens of the modifiers between a determiner and the rest of its noun phrase. */
  private static final int MAX_ADJECTIVES = 8;

  /**
   * Tokens {@code [from, to)} are a lower-case determiner and lower-case modifiers, possibly separated by commas
   * ({@code the soft-spoken, 71-year-old}): the comma between coordinate adjectives does not end the noun phrase.
   */
  private boolean coordinateAdjectives(Article a, int from, int to) {
    Token det = a.tok(from);
    if (to - from > MAX_ADJECTIVES || det.isCapitalised() || !Words.DETERMINERS.contains(det.lower())) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      Token t = a.tok(k);
      boolean modifier = t.isWord() && !t.isCapitalised() && !Words.FUNCTION.contains(t.lower())
          && cues.at(a, k) == null || t.is("-");
      if (!modifier && !(t.is(",") && k > from + 1 && a.tok(k - 1).isWord())) {
        return false;
      }
    }
    return true;
  }

  private static boolean onlySkippable(Article a, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Words.FUNCTION.contains(a.tok(k).lower()) && !a.tok(k).is(",")) {
        return false;
      }
    }
    return true;
  }

  private boolean preFrame(Article a, Attribution at, int qs, BitSet usedCues) {
    int para = a.tokPara[qs];
    int lb = Math.max(a.paraFirstTok[para], a.sentenceStartOf(qs));
    for (int k = qs - 1; k >= lb; k--) {
      if (a.inQuote(k)) {
        lb = k + 1;
        break;
      }
    }
    if (qs - 1 < lb) {
      return false;
    }
    Token last = a.tok(qs - 1);
    int maxGap;
    if (last.is(":")) {
      maxGap = 10;
    } else if (last.is(",")) {
      maxGap = COMMA_INTRO_GAP;
    } else if (last.is("—")) {
      maxGap = 2;
    } else if (!endsSentence(a, qs) && !isWholeSentence(a, qs)) {
      return false; // "said that “we need more” about …": reported speech with a quoted part (mixed)
    } else {
      maxGap = last.is("that") ? 2 : 0;
    }
    int searchFrom = last.isWord() && !last.is("that") ? qs - 1 : qs - 2;
    for (int k = searchFrom; k >= lb && searchFrom - k <= maxGap + 3; k--) {
      CueHit cue = cues.at(a, k);
      if (cue == null || cue.to() > qs) {
        continue;
      }
      cue = cues.widen(a, cue);
      if (qs - cue.to() > maxGap + 1) {
        return false;
      }
      if (cue.frame() == CueLexicon.Frame.ACCORDING) {
        return false;
      }
      if (qs - cue.to() > 3 && !isAdjunctGap(a, cue)) {
        return false;
      }
      SpeakerPhrase sp = subject(a, cue, lb, true);
      if (sp == null) {
        return false;
      }
      at.phrase = sp;
      at.cue = cue;
      mark(usedCues, cue);
      return true;
    }
    return false;
  }

  /**
   * {@code X told reporters in Dover last week, "…"}: between a speech cue and the comma before the quote only its
   * object and adjuncts (no other comma, no further verb cue).
   */
  private boolean isAdjunctGap(Article a, CueHit cue) {
    if (cue.frame() != CueLexicon.Frame.SPEECH) {
      return false;
    }
    int k = cue.to();
    while (!a.tok(k).is(",") && !a.tok(k).is(":")) { // "X said in a statement: “…”" as well
      if (!a.tok(k).isWord() || cues.at(a, k) != null || a.tok(k).is("that")) {
        return false;
      }
      k++;
    }
    return true;
  }

  /** {@code She declared “What a night!” and left}: the quote is a full sentence of its own (capital to end mark). */
  private static boolean isWholeSentence(Article a, int qs) {
    QuoteScanner.Span sp = a.spans.get(a.tokSpan[qs]);
    if (sp.end() - sp.start() < 4) {
      return false;
    }
    char first = a.text.charAt(sp.start() + 1);
    char lastInside = a.text.charAt(sp.end() - 2);
    return Character.isUpperCase(first) && ".?!".indexOf(lastInside) >= 0;
  }

  /** The quote starting at token {@code qs} closes its sentence (nothing but punctuation follows it there). */
  private static boolean endsSentence(Article a, int qs) {
    int span = a.tokSpan[qs];
    QuoteScanner.Span sp = a.spans.get(span);
    int after = a.tokenAtOrAfter(sp.end());
    if (after >= a.size() || a.tokPara[after] != a.tokPara[qs]) {
      return true;
    }
    Token t = a.tok(after);
    char lastInside = a.text.charAt(Math.max(sp.start(), sp.end() - 2));
    return t.isSentenceEnd() || ".?!".indexOf(lastInside) >= 0 && !t.isWord();
  }

  /** Possessive determiners before a noun ("his ruling"). */
  private static final java.util.Set<String> POSSESSIVE_DETERMINERS = Words.set("his", "her", "their", "its", "our",
      "my", "your", "the", "a", "an", "this", "that");
  /** Most pre-modifiers between a determiner and an -ing noun ("a 2014 Senate hearing"). */
  private static final int GERUND_NOUN_MODIFIERS = 3;

  /**
   * {@code In his 60-page ruling, …}, {@code before a Senate hearing}: an -ing cue word after a determiner (and only
   * numbers, capitalised or hyphenated modifiers) is a noun, not a verb, so it has no subject.
   */
  private static boolean gerundNoun(Article a, CueHit cue, int lb) {
    String w = a.tok(cue.from()).lower();
    if (!w.endsWith("ing") || a.tok(cue.from()).isCapitalised()) {
      return false;
    }
    for (int k = cue.from() - 1; k >= lb && cue.from() - k <= GERUND_NOUN_MODIFIERS + 1; k--) {
      Token t = a.tok(k);
      if (a.inQuote(k)) {
        return false;
      }
      boolean possessive = t.isPossessive() && SpeakerChunker.contractedPronoun(t.lower()) == null;
      if (!t.isCapitalised() && POSSESSIVE_DETERMINERS.contains(t.lower()) || possessive) {
        // "the Senate concluding …" is a clause: "the" with a name between is no determiner of the -ing word
        return k == cue.from() - 1 || !t.is("the") && !t.is("this") && !t.is("that");
      }
      boolean modifier = t.isCapitalised() || Character.isDigit(t.text().charAt(0)) || t.text().indexOf('-') > 0;
      if (!modifier || !t.isWord()) {
        return false;
      }
    }
    return false;
  }

  /** Auxiliaries before an -ing form that make it a finite progressive ("is saying", "had been warning"). */
  private static final java.util.Set<String> PROGRESSIVE_HOSTS = Words.set("is", "are", "was", "were", "be", "been",
      "am", "being");

  /** Prepositions that open an absolute or temporal phrase whose own noun is the -ing form's subject. */
  private static final java.util.Set<String> ABSOLUTE_LEADS = Words.set("with", "without", "after", "before");
  /** Most words between such a preposition and the noun before the -ing form ("with many marchers and spectators"). */
  private static final int ABSOLUTE_REACH = 5;

  /**
   * {@code with many marchers and spectators chanting …}, {@code after the paper's editorial telling …}: the noun
   * phrase ending at the -ing form is opened (within a few words before {@code from}) by "with", "after" …, so it is
   * the participle's own subject.
   */
  private static boolean absoluteLead(Article a, int from, int floor) {
    for (int k = from - 1; k >= floor && from - k <= ABSOLUTE_REACH; k--) {
      if (a.tok(k).isWord() && ABSOLUTE_LEADS.contains(a.tok(k).lower())) {
        return true;
      }
      if (!a.tok(k).isWord()) {
        return false;
      }
    }
    return false;
  }

  /** Subject of a cue; a participle cue ("adding,") or a coordinated one ("and added") takes the sentence subject. */
  SpeakerPhrase subject(Article a, CueHit cue, int lb) {
    return subject(a, cue, lb, false);
  }

  /** @param afterIntro whether a participle's sentence subject may follow an introductory phrase (quote frames only) */
  private SpeakerPhrase subject(Article a, CueHit cue, int lb, boolean afterIntro) {
    if (gerundNoun(a, cue, lb)) {
      return null;
    }
    if (cue.participle() && cue.from() - 1 > lb && a.tok(cue.from() - 1).is(",")) {
      // "Ann Berg attacked Bo Lee, whom she debated, calling him …": the clause after a comma is the subject's, not the
      // object's before the comma
      int ss = a.sentenceStartOf(cue.from());
      SpeakerPhrase main = SpeakerChunker.mainClauseSubject(a, Math.max(lb, ss), cue.from(), true);
      if (main != null) {
        return main;
      }
    }
    int before = cue.from() - 1;
    boolean ingVerb = !cue.participle() && before > lb && a.tok(cue.from()).lower().endsWith("ing")
        && !a.tok(cue.from()).isCapitalised() && a.tok(before).isWord() && !a.inQuote(before);
    String prev = ingVerb ? a.tok(before).lower() : "";
    if (ingVerb && !a.tok(before).isCapitalised() && Words.CATENATIVE.contains(prev) && !PROGRESSIVE_HOSTS.contains(prev)
        && !prev.endsWith("ing")) {
      // "and began talking about", "kept saying": the subject of the verb the -ing form complements
      return subject(a, new CueHit(before, cue.to(), cue.frame(), a.slice(before, cue.to()), false), lb, afterIntro);
    }
    SpeakerPhrase sp = SpeakerChunker.leftOf(a, cue.from(), lb, afterIntro);
    if (sp != null && ingVerb && sp.pronoun() == null && (sp.name() == null || !sp.person())
        && !PROGRESSIVE_HOSTS.contains(prev) && !Words.SKIPPABLE.contains(prev) && !prev.endsWith("ly")
        && SpeakerChunker.contractedPronoun(prev) == null) {
      // "He sent a memo to the paper in April explaining …", "she revised her statement explaining …": a reduced
      // participle clause after an object that is no person belongs to the sentence's subject
      SpeakerPhrase main = SpeakerChunker.mainClauseSubject(a, Math.max(lb, a.sentenceStartOf(cue.from())), cue.from(),
          true);
      if (main != null && main.to() <= sp.from() && !absoluteLead(a, sp.from(), main.to())) {
        return main;
      }
    }
    if (sp != null) {
      return sp;
    }
    int k = cue.from() - 1;
    while (k >= lb && Words.SKIPPABLE.contains(a.tok(k).lower()) && !a.tok(k).isCapitalised()) {
      k--;
    }
    boolean coordinated = k >= lb && (a.tok(k).is(",") || a.tok(k).is("and") || a.tok(k).is("but"));
    if (!coordinated && !cue.participle()) {
      return null;
    }
    while (k >= lb && (a.tok(k).is(",") || a.tok(k).is("and") || a.tok(k).is("but")
        || Words.SKIPPABLE.contains(a.tok(k).lower()))) {
      k--;
    }
    // walk back to an earlier cue in the same sentence and borrow its subject
    for (int m = k; m >= lb && cue.from() - m < 40; m--) {
      CueHit earlier = cues.at(a, m);
      if (earlier != null && earlier.from() < cue.from() && earlier.frame() != CueLexicon.Frame.ACCORDING) {
        SpeakerPhrase s = SpeakerChunker.leftOf(a, earlier.from(), lb);
        if (s != null) {
          return s;
        }
      }
    }
    // "Trump went after Bush, calling him …": a participle clause after a comma belongs to the sentence subject, and
    // so does a verb coordinated with the first one ("Trump doubled down and said …")
    boolean participleClause = cue.participle() && cue.from() > 0 && (cue.from() > lb && (a.tok(cue.from() - 1).is(",")
        || (a.tok(cue.from() - 1).is("and") || a.tok(cue.from() - 1).is("but")
            || GERUND_PREPOSITIONS.contains(a.tok(cue.from() - 1).lower()))
            && cue.frame() != CueLexicon.Frame.BELIEF)
        || a.inQuote(cue.from() - 1) && ContentEnd.quoteEndsWithComma(a, cue.from() - 1));
    boolean coordinatedVerb = !cue.participle() && cue.from() > lb
        && (a.tok(cue.from() - 1).is("and") || a.tok(cue.from() - 1).is("but"));
    if (!participleClause && !coordinatedVerb) {
      return null;
    }
    SpeakerPhrase subject = SpeakerChunker.sentenceSubject(a, lb, cue.from());
    if (subject == null && afterIntro && lb < a.size() && Words.FUNCTION.contains(a.tok(lb).lower())) {
      // "In the debate, Ann Berg compared herself to Bo Lee, saying, …": the subject follows an introductory phrase
      for (int m = lb + 1; m < Math.min(cue.from(), lb + 16); m++) {
        if (a.tok(m).is(",")) {
          // "Speaking in Salem, New Hampshire, Ann Berg …": a place after the first comma still belongs to the intro
          subject = SpeakerChunker.sentenceSubject(a, m + 1, cue.from());
          if (subject != null) {
            break;
          }
          continue;
        }
        if (a.inQuote(m) || cues.at(a, m) != null) {
          break;
        }
      }
    }
    if (subject == null) {
      // "Then he cut into Bush, calling him …", "Rudy Giuliani, who backs Trump, trashed Comey, calling …"
      int ss = a.sentenceStartOf(cue.from());
      subject = SpeakerChunker.mainClauseSubject(a, Math.min(lb, ss), cue.from(), coordinatedVerb);
    }
    return subject;
  }

  private boolean previousParagraphColon(Article a, Attribution at, int qs, BitSet usedCues) {
    int para = a.tokPara[qs];
    if (a.paraFirstTok[para] != qs || para == 0 || a.paraEndTok[para - 1] == 0) {
      return false;
    }
    int lastTok = a.paraEndTok[para - 1] - 1;
    if (!a.tok(lastTok).is(":") || a.inQuote(lastTok)) {
      return false;
    }
    int lb = a.sentenceStartOf(lastTok);
    for (int k = lastTok - 1; k >= lb && lastTok - k <= 12; k--) {
      CueHit cue = cues.at(a, k);
      if (cue != null && cue.frame() != CueLexicon.Frame.ACCORDING) {
        cue = cues.widen(a, cue);
        SpeakerPhrase sp = subject(a, cue, lb);
        if (sp != null) {
          at.phrase = sp;
          at.cue = cue;
          mark(usedCues, cue);
          return true;
        }
        return false;
      }
    }
    return false;
  }

  /** {@code "A," he said, "B."}: B joins A when only the attribution and a comma separate them. */
  private void joinInterrupted(Article a, Attribution at, int s, boolean[] merged) {
    if (at.cue == null || at.phrase == null || s + 1 >= a.spans.size()) {
      return;
    }
    int afterFrame = Math.max(at.cue.to(), at.phrase.to());
    if (at.phrase.from() < at.cue.from() && at.start() > at.phrase.start()) {
      return; // pre-frame: the attribution is before the quote
    }
    int n = s + 1;
    while (n + 1 < a.spans.size() && a.spans.get(n).start() > afterFrameStart(a, at)
        && shortQuotedName(a, a.tokenAtOrAfter(a.spans.get(n).start()))) {
      n++; // "… said on NBC's ''Meet the Press.'' ''B.''": a quoted name in the attribution is not the next quote
    }
    QuoteScanner.Span next = a.spans.get(n);
    if (QuoteFilters.isWorkTitle(a, next) || opensSentence(a, a.tokenAtOrAfter(next.start())) && hasOwnTag(a, n)) {
      return; // "A," said Ann. "B," Bo added.: the next quote has an attribution of its own
    }
    int ns = a.tokenAtOrAfter(next.start());
    if (ns >= a.size() || a.tokPara[ns] != a.tokPara[afterFrame - 1] || ns - afterFrame > JOIN_GAP) {
      return;
    }
    for (int k = afterFrame; k < ns; k++) {
      if (a.inQuote(k)) {
        if (!shortQuotedName(a, k)) {
          return;
        }
        k = a.tokenAtOrAfter(a.spans.get(a.tokSpan[k]).end()) - 1; // a show or a nickname: "on NBC's ''Meet the Press.''"
        continue;
      }
      if (a.tok(k).isSentenceEnd() && k != ns - 1 && !connectiveOpensQuote(a, at, k + 1, ns)
          || opensAnotherReport(a, k, afterFrame, at.phrase) || introducesQuote(a, k, ns)) {
        return;
      }
    }
    Token sep = a.tok(ns - 1);
    if (CONTINUING_CONNECTIVES.contains(sep.lower()) && !a.inQuote(ns - 1)) {
      sep = a.tok(ns - 2); // "A," he said. But "B.": the full stop before the connective
    }
    boolean abbreviationEnd = sep.isWord() && sep.text().endsWith(".") && !a.inQuote(ns - 1); // "in Lake Worth, Fla. “…”"
    if (!sep.is(",") && !sep.is(":") && !sep.is("—") && !sep.isSentenceEnd() && !abbreviationEnd
        && !(a.inQuote(ns - 1) && a.tokSpan[ns - 1] != a.tokSpan[ns])) {
      return;
    }
    // "A," he said. "B." — the quote sentence that follows its attribution continues the same content (PolNeAR joins)
    at.fragments.add(new int[] {next.start(), next.end()});
    merged[n] = true;
  }

  /** Most tokens of an attribution sentence between two quotes that {@link #joinAfterUnreadTag} still bridges. */
  private static final int MAX_TAG_TOKENS = 40;

  /**
   * {@code "A," the analysts wrote in a report last year. "B."}: a sentence-opening quote that ends with a comma is
   * followed by its attribution (the comma hands the sentence over to it) even when no frame reads that attribution
   * (an unusual verb, a long subject). When that attribution sentence is followed, in the same paragraph, by a quote
   * opening the next sentence, the speaker goes on: PolNeAR and readers take both quotes as one content.
   */
  private boolean joinAfterUnreadTag(Article a, Attribution at, int s, int qs, int qe, boolean[] merged) {
    int[] tag = unreadTag(a, s, qs, qe);
    if (tag == null) {
      return false;
    }
    int from = tag[0];
    int k = tag[1];
    int para = a.tokPara[qs];
    int ns = k + 1;
    int n = ns < a.paraEndTok[para] ? a.tokSpan[ns] : -1;
    if (n <= s || a.tok(ns).start() != a.spans.get(n).start() || QuoteFilters.isWorkTitle(a, a.spans.get(n))
        || hasOwnTag(a, n)) {
      // no quote continues it; still, the quote has an attribution of its own: name its speaker when it opens it
      at.phrase = tagSpeaker(a, from, k);
      return at.phrase != null;
    }
    at.fragments.add(new int[] {a.spans.get(n).start(), a.spans.get(n).end()});
    merged[n] = true;
    at.phrase = tagSpeaker(a, from, k);
    return true;
  }

  /**
   * The attribution sentence after a sentence-opening quote that hands over to it (a comma before the closing mark,
   * or a question followed by a lower-case word): {@code [first token, sentence-end token]}, or null.
   */
  private static int[] unreadTag(Article a, int s, int qs, int qe) {
    if (!opensSentence(a, qs) || qe >= a.size()) {
      return null;
    }
    int from = qe;
    if (a.tok(from).is(",") && !a.inQuote(from)) {
      from++; // "A", the analysts wrote.
    } else if (!commaBeforeClosingMark(a, a.spans.get(s))
        && !(questionOrExclamation(a, a.spans.get(s)) && a.tok(from).isWord() && !a.tok(from).isCapitalised())) {
      return null; // "Why now?" asked Ana Ruiz, …: a lower-case word after a question is its attribution
    }
    int para = a.tokPara[qs];
    if (from >= a.size() || a.tokPara[from] != para || a.inQuote(from) || !a.tok(from).isWord()) {
      return null;
    }
    int k = from;
    while (k < a.paraEndTok[para] && !a.tok(k).isSentenceEnd()) {
      if (a.inQuote(k)) {
        if (!shortQuotedName(a, k)) {
          return null;
        }
        k = a.tokenAtOrAfter(a.spans.get(a.tokSpan[k]).end()); // "before the barn event, a “No-Frills” barbecue."
        continue;
      }
      if (a.tok(k).is(":") || a.tok(k).is(";") || k - from > MAX_TAG_TOKENS) {
        return null;
      }
      k++;
    }
    return k < a.paraEndTok[para] ? new int[] {from, k} : null;
  }

  /**
   * The name that opens an attribution no frame read ({@code "A," Nate Silver, the analyst, tweeted …},
   * {@code "A," remembered Roy Verley, …}): a capitalised run at the start of the attribution or right after its
   * lower-case verb, up to a comma or a lower-case word; null when there is none.
   */
  private SpeakerPhrase tagSpeaker(Article a, int from, int end) {
    SpeakerPhrase lower = lowerCaseTagSubject(a, from, end);
    if (lower != null) {
      return lower;
    }
    int k = from;
    if (k + 1 < end && TAG_VERBS.contains(a.tok(k).lower()) && !a.tok(k).isCapitalised()
        && TAG_DETERMINERS.contains(a.tok(k + 1).lower()) && !Words.PRONOUNS.contains(a.tok(k + 1).lower())) {
      // "…," read the email. / "…," wrote a reader in Ohio.: an inverted verb of writing before a determiner phrase
      SpeakerPhrase np = SpeakerChunker.rightOfQuote(a, k + 1, end);
      if (np != null) {
        return np;
      }
    }
    if (k < end && !a.tok(k).isCapitalised()) {
      k++; // the verb of a verb-first attribution
    }
    int to = k;
    while (to < end && to - k < 5 && (a.tok(to).isCapitalised() || a.tok(to).is("-") && to > k)) {
      to++;
    }
    if (to == k || to < end && !a.tok(to).is(",") && !a.tok(to).is("(") && cues.at(a, to) == null
        && !TAG_VERBS.contains(a.tok(to).lower())) { // "…," Ann Berg posted on Facebook: a verb of writing
      return null; // "Fight for $15 …", "an HBO series": the run is part of a longer noun phrase, not a name
    }
    if (to - k == 1 && Words.FUNCTION.contains(a.tok(k).lower())) {
      return null; // "The", "In": a sentence opener, not a name
    }
    SpeakerPhrase sp = SpeakerChunker.phrase(a, k, to);
    return sp.name() == null ? null : sp;
  }

  /** Verbs that attribute a quote to a document or a post ({@code "…," the letter reads}) besides the speech cues. */
  private static final java.util.Set<String> TAG_VERBS = Words.set("read", "reads", "posted", "posts", "continued",
      "continues", "wrote", "writes", "states", "stated", "added", "adds", "said", "says", "chanted", "chant",
      "shouted", "yelled", "screamed", "cheered");
  /** Quantifiers that open a lower-case attribution subject ("some protesters chanted", "two voters said"). */
  private static final java.util.Set<String> TAG_QUANTIFIERS = Words.set("some", "many", "several", "two", "three",
      "other", "another", "most", "few");
  /** Determiners that open a lower-case attribution subject ("the letter", "a voice-over in the ad", "his aide"). */
  private static final java.util.Set<String> TAG_DETERMINERS = Words.set("the", "a", "an", "his", "her", "their",
      "its", "one", "this");
  /** Most words of a lower-case subject before the verb of an attribution ("the Ohio senator and party leader"). */
  private static final int MAX_TAG_SUBJECT = 7;

  /**
   * {@code "…," the editorial read.}, {@code "…," she posted.}: an attribution opening with a pronoun or a determiner
   * whose verb (a speech cue, or a verb of writing or posting) follows a short noun phrase: that phrase is the speaker.
   */
  private SpeakerPhrase lowerCaseTagSubject(Article a, int from, int end) {
    String first = a.tok(from).lower();
    if (a.tok(from).isCapitalised()
        || !Words.PRONOUNS.contains(first) && !TAG_DETERMINERS.contains(first) && !TAG_QUANTIFIERS.contains(first)) {
      return null;
    }
    for (int m = from + 1; m < end && m - from <= MAX_TAG_SUBJECT; m++) {
      Token t = a.tok(m);
      if (!t.isWord() || a.inQuote(m)) {
        return null;
      }
      if (!t.isCapitalised() && (TAG_VERBS.contains(t.lower()) || cues.at(a, m) != null)) {
        if (Words.PRONOUNS.contains(first) && m != from + 1) {
          return null; // "it was hard, she said": a pronoun subject stands right before its verb
        }
        SpeakerPhrase sp = SpeakerChunker.phrase(a, from, m);
        return sp.pronoun() != null || sp.role() != null || sp.name() != null ? sp : null;
      }
    }
    return null;
  }

  /**
   * {@code "B," he added.}: the quote ends with a comma and words follow it in its paragraph, so it carries an
   * attribution of its own (possibly another speaker's) and does not simply continue the quote before it.
   */
  private static boolean hasOwnTag(Article a, int span) {
    QuoteScanner.Span sp = a.spans.get(span);
    int after = a.tokenAtOrAfter(sp.end());
    int qs = a.tokenAtOrAfter(sp.start());
    if (after >= a.size() || a.tokPara[after] != a.tokPara[qs]) {
      return false;
    }
    boolean comma = a.tok(after).is(",") && !a.inQuote(after);
    if (comma) {
      after++;
    }
    return (comma || commaBeforeClosingMark(a, sp)) && after < a.size() && a.tokPara[after] == a.tokPara[qs]
        && !a.inQuote(after) && a.tok(after).isWord() && !a.tok(after).is("which");
    // "B," which … : a relative clause on the quoted words is no attribution of them
  }

  /** The quoted span ends with a question or exclamation mark before its closing mark(s). */
  private static boolean questionOrExclamation(Article a, QuoteScanner.Span sp) {
    char last = lastMarkInside(a, sp);
    return last == '?' || last == '!';
  }

  /** The quoted span's last character before its closing mark(s) is a comma ({@code "…,"}, {@code ''…,''}). */
  private static boolean commaBeforeClosingMark(Article a, QuoteScanner.Span sp) {
    return lastMarkInside(a, sp) == ',';
  }

  /** The last character inside a quoted span past its closing mark(s) and spaces, or 0 when there is none. */
  private static char lastMarkInside(Article a, QuoteScanner.Span sp) {
    for (int c = sp.end() - 2; c > sp.start(); c--) {
      char ch = a.text.charAt(c);
      if (!Character.isWhitespace(ch) && ch != '\'' && ch != '’' && ch != '"' && ch != '”') {
        return ch;
      }
    }
    return 0;
  }

  /** Sentence-opening connectives that carry a speaker's argument on into the next quote ({@code Instead, "B."}). */
  private static final java.util.Set<String> CONTINUING_CONNECTIVES = Words.set("but", "and", "then", "instead",
      "still", "yet", "so", "now", "also");

  /**
   * {@code "A," he said outside. But "B."}: after the attribution sentence of a direct quote, the next sentence opens
   * with only a connective (and a comma) before its quote: the speaker's statement goes on (one content).
   */
  private static boolean connectiveOpensQuote(Article a, Attribution at, int from, int ns) {
    if (at.kind != ExtractedQuote.Kind.DIRECT || from >= ns || a.inQuote(from)
        || !CONTINUING_CONNECTIVES.contains(a.tok(from).lower()) || !a.tok(from).isCapitalised()) {
      return false;
    }
    return from + 1 == ns || from + 2 == ns && a.tok(from + 1).is(",");
  }

  /**
   * The quote begins a sentence (paragraph start, or after an end mark or a colon): only such a quote can continue a
   * speaker's statement; one in mid-sentence ("the “Charleston loophole”") belongs to the writer's sentence.
   */
  private static boolean opensSentence(Article a, int qs) {
    if (qs == a.paraFirstTok[a.tokPara[qs]]) {
      return true;
    }
    Token prev = a.tok(qs - 1);
    return prev.isSentenceEnd() || prev.is(":") || a.inQuote(qs - 1) && a.tokSpan[qs - 1] != a.tokSpan[qs];
  }

  private static int afterFrameStart(Article a, Attribution at) {
    return a.tok(Math.max(at.cue.to(), at.phrase.to()) - 1).end();
  }

  /**
   * A short quoted span inside a sentence that names something (a programme, a nickname): at most four words, the first
   * capitalised, and not at a sentence start.
   */
  private static boolean shortQuotedName(Article a, int k) {
    int span = a.tokSpan[k];
    if (span < 0) {
      return false;
    }
    QuoteScanner.Span sp = a.spans.get(span);
    int from = a.tokenAtOrAfter(sp.start());
    int to = a.tokenAtOrAfter(sp.end());
    int words = 0;
    Token first = null;
    for (int m = from; m < to; m++) {
      if (a.tok(m).isWord()) {
        words++;
        if (first == null) {
          first = a.tok(m);
        }
      }
    }
    return words > 0 && words <= 4 && first.isCapitalised() && !opensSentence(a, from);
  }

  /**
   * A speech cue with a named subject of its own between an attribution and the next quote ({@code "A," Ann said, while Bo
   * said "B."}) means the next quote may be someone else's. Asides of the same speaker do not ({@code "A," Ann said,
   * noting the delay. "B."}; {@code "A," Ann said, as the crowd applauded. "B."}).
   */
  private boolean opensAnotherReport(Article a, int k, int from, SpeakerPhrase speaker) {
    CueHit cue = cues.at(a, k);
    if (cue == null || cue.participle() || cue.frame() != CueLexicon.Frame.SPEECH) {
      return false;
    }
    SpeakerPhrase other = SpeakerChunker.leftOf(a, k, from);
    if (other == null || other.name() == null || speaker.name() == null || other.from() <= from) {
      return false;
    }
    Token before = a.tok(other.from() - 1);
    if (other.from() - 1 == from && before.is(",") && (a.tok(other.from()).is("a") || a.tok(other.from()).is("an"))) {
      return false; // "A," said Ann Berg, a Sanders volunteer. "B.": an appositive of the speaker, its noun read as a cue
    }
    if (!before.is(",") && !before.is("and") && !before.is("but") && !before.is("while") && !before.is("whereas")) {
      return false; // inside a relative clause or a noun phrase ("using a term Rubio coined to describe …")
    }
    return !lastWord(other.name()).equals(lastWord(speaker.name()));
  }

  /**
   * {@code "A," she said, adding, "B."}: a participle speech cue right before the next quote (only a comma, a colon or
   * "that" between), or opening a that-clause the quote is part of, is that quote's own frame, a second report of the
   * speaker, not an interruption of the first.
   */
  private boolean introducesQuote(Article a, int k, int ns) {
    CueHit cue = cues.at(a, k);
    if (cue == null || cue.frame() != CueLexicon.Frame.SPEECH) {
      return false;
    }
    if (!cue.participle()) {
      // "A," Ryan said on CNN, though he said, "B.": a finite cue with a pronoun subject of its own frames B
      return k > 0 && Words.PRONOUNS.contains(a.tok(k - 1).lower()) && onlyIntroducers(a, cue.to(), ns);
    }
    if (cue.to() < ns && a.tok(cue.to()).is("that")) {
      for (int m = cue.to(); m < ns; m++) {
        if (a.tok(m).isSentenceEnd() && !a.inQuote(m)) {
          return false; // "A," she said, noting that … . "B.": a new sentence, which the join rules judge
        }
      }
      return true; // "A," she said, noting that her aides "B": the quote belongs to the participle's clause
    }
    return onlyIntroducers(a, cue.to(), ns);
  }

  /** Only a comma, a colon or "that" between a cue and its quote. */
  private static boolean onlyIntroducers(Article a, int from, int ns) {
    for (int m = from; m < ns; m++) {
      if (!a.tok(m).is(",") && !a.tok(m).is(":") && !a.tok(m).is("that")) {
        return false;
      }
    }
    return true;
  }

  private static String lastWord(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  /**
   * {@code "A," said Ann Berg, the mayor. "B."}: the paragraph's only speech cue is the frame of the attributed quote
   * before, in the same paragraph, so a sentence-opening quote after it continues that speaker's statement.
   */
  private boolean continuesInParagraph(Article a, Attribution previous, int qs, BitSet usedCues) {
    int para = a.tokPara[qs];
    if (previous.cue == null || a.tokPara[previous.cue.from()] != para) {
      return false;
    }
    for (int k = a.paraFirstTok[para]; k < a.paraEndTok[para]; k++) {
      if (!a.inQuote(k) && !usedCues.get(k)) {
        CueHit c = cues.at(a, k);
        if (c != null && c.frame() == CueLexicon.Frame.SPEECH) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean paragraphHasCue(Article a, int qs) {
    int para = a.tokPara[qs];
    if (paraCueKnown == null || paraCueKnown.length != a.paragraphs.size()) {
      paraCueKnown = new boolean[a.paragraphs.size()];
      paraCue = new boolean[a.paragraphs.size()];
    }
    if (!paraCueKnown[para]) {
      paraCue[para] = scanParagraphForCue(a, para);
      paraCueKnown[para] = true;
    }
    return paraCue[para];
  }

  private boolean scanParagraphForCue(Article a, int para) {
    for (int k = a.paraFirstTok[para]; k < a.paraEndTok[para]; k++) {
      if (!a.inQuote(k)) {
        CueHit c = cues.at(a, k);
        if (c != null && c.frame() == CueLexicon.Frame.SPEECH) {
          return true;
        }
      }
    }
    return false;
  }

  private static void mark(BitSet used, CueHit cue) {
    used.set(cue.from(), cue.to());
  }
}
