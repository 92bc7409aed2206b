package io.newsflow.enrich.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Reported-speech frames, per cue outside quotes: {@code S V (adjuncts)? that CLAUSE}, {@code S V CLAUSE},
 * {@code CLAUSE , S V .} (and {@code , V S .}), {@code CLAUSE , S V , CLAUSE}, {@code according to S , CLAUSE},
 * {@code CLAUSE , according to S .}, and noun-content cues ({@code accused X of Y}, {@code expressed support for Y}).
 * Content runs to the sentence end and stops at a semicolon or at a conjunct that starts a new cue
 * ({@code , but also noted that ...}), which becomes its own quote with the same subject. A content span that takes in
 * an unattributed quoted span becomes MIXED and absorbs it.
 */
final class IndirectFrames {
  private static final int THAT_WINDOW = 10;
  private static final java.util.Set<String> ADJUNCT_START = Words.set("on", "in", "at", "during", "after", "before",
      "last", "this", "yesterday", "today", "tonight", "earlier", "later", "recently", "to", "told", "via", "from",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "afterward", "afterwards",
      "previously", "too", "again", "repeatedly", "when", "while", "as", "of", "about", "with", "through", "over");
  /** Finite auxiliaries and modals: one between a cue and a later "that" shows a clause already started. */
  private static final java.util.Set<String> AUXILIARIES = Words.union(Words.FINITE_AUXILIARIES,
      Words.set("won't", "can't", "isn't", "wasn't", "doesn't", "didn't"));
  /** The say family takes a bare clause after almost any word ("said Democrats could …", "says having Trump …"). */
  private static final java.util.Set<String> SAY = Words.set("say", "says", "said", "saying");
  private static final java.util.Set<String> TELL = Words.set("tell", "tells", "told");
  /** Words after "said" that are its object or an adverb, not the start of a clause. */
  private static final java.util.Set<String> SAY_OBJECTS = Words.set("nothing", "something", "anything", "so",
      "goodbye", "hello", "yes", "no", "little", "much", "more", "less", "very", "only", "just", "not", "also",
      "previously", "repeatedly", "afterwards", "and", "or", "but", "then", "than", "as", "what", "which", "who",
      "whom", "whose", "amen", "thanks", "sorry", "otherwise", "such", "enough", "publicly", "privately");
  /** After a capitalised word these make it a noun phrase, not a clause subject ("said Mayor of ..."). */
  private static final java.util.Set<String> NOT_AFTER_NAME = Words.set("of", "and", "for", "in", "on", "at", "to",
      "from", "with", "by", "about", "or");

  private final CueFinder cues;
  private final ContentEnd contentEnd;
  private final DirectFrames direct;

  /** Set while a noun-phrase content is built: a relative clause there describes the noun and stays in. */
  private boolean nounContent;
  /** First word of the cue whose content is being built, lower case. */
  private String cueWord = "";

  /** per direct span: the first token of the cue that frames it, or -1. */
  private final int[] frameCue;

  /** @param frameCue per direct span, the first token of the cue framing it as a direct quote, or -1 */
  IndirectFrames(CueFinder cues, DirectFrames direct, int[] frameCue) {
    this.cues = cues;
    this.contentEnd = new ContentEnd(cues);
    this.direct = direct;
    this.frameCue = frameCue;
  }

  /** Whether the cue whose content is being built is an -ing form ("calling X …, and accusing Y …"). */
  private boolean ingCue() {
    return cueWord.endsWith("ing");
  }

  /** The cue whose content is being built is in the past tense ("said", "warned"). */
  private boolean pastCue() {
    return cueWord.endsWith("ed") || cueWord.equals("said") || cueWord.equals("told") || cueWord.equals("wrote");
  }

  List<Attribution> find(Article a, BitSet usedCues, boolean[] framedSpans) {
    List<Attribution> out = new ArrayList<>();
    Attribution headline = headlineColon(a, framedSpans);
    if (headline != null) {
      out.add(headline);
    }
    for (int i = 0; i < a.size(); i++) {
      if (usedCues.get(i) || a.inQuote(i) || a.skipPara[a.tokPara[i]]) {
        continue;
      }
      CueHit cue = cues.at(a, i);
      if (cue == null && !FrameWords.ALL.contains(a.tok(i).lower())) {
        continue; // no cue, and not a word that opens one of the frames below: one lookup instead of four
      }
      if (cue == null) {
        cue = asQuoteCue(a, i);
      }
      boolean quotedOnly = false;
      if (cue == null || cue.to() - cue.from() == 1) {
        CueHit topic = topicQuoteCue(a, i); // "pointed to his “D-minus” rating": not the speech sense of "point"
        cue = topic != null ? topic : cue;
        quotedOnly = topic != null;
      }
      if (cue == null) {
        cue = quotedObjectCue(a, i);
        quotedOnly = cue != null;
      }
      if (cue == null) {
        Attribution owned = ownedClaim(a, i, framedSpans);
        if (owned != null) {
          out.add(owned);
          i = owned.cue.to() - 1;
        }
        continue;
      }
      if (impersonalFrame(a, cue.from())) {
        continue;
      }
      cueWord = a.tok(cue.from()).lower();
      Attribution at = null;
      int issuer = cue.to() - cue.from() == 1 ? CueFinder.documentIssuer(a, cue.from()) : -1;
      if (issuer >= 0) {
        at = documentReport(a, cue, issuer, framedSpans);
        if (at != null) {
          cue = new CueHit(issuer, cue.to(), CueLexicon.Frame.SPEECH, a.slice(issuer, cue.to()), false);
        }
      }
      if (at == null) {
        at = cue.frame() == CueLexicon.Frame.ACCORDING ? according(a, cue, framedSpans) : verb(a, cue, framedSpans);
      }
      if (at == null && cue.frame() != CueLexicon.Frame.ACCORDING && !quotedOnly) {
        at = headlineVerb(a, cue, framedSpans);
      }
      if (at != null && quotedOnly && at.kind != ExtractedQuote.Kind.MIXED) {
        at = null; // "talked about the economy" is narration; a quoted part makes it the speaker's words
      }
      if (at != null && cue.to() - cue.from() == 1 && CueLexicon.THAT_CLAUSE_ONLY.contains(cueWord)
          && !thatClauseAfterAdjunct(a, cue, at)) {
        continue; // "posted a photo that showed …", "the person who posted it": no that-clause of the verb's own
      }
      if (at != null && at.kind == ExtractedQuote.Kind.INDIRECT && adjectiveHeadedSubject(a, at.phrase)) {
        continue; // "sophomoric rebukes to …", "so far assure …": the cue word is a noun or the "subject" no noun phrase
      }
      if (at != null && at.kind == ExtractedQuote.Kind.INDIRECT
          && (!relativeThatFixed(a, cue, at) || NonReports.notAReport(a, cue, at))) {
        continue; // "the drama that has surrounded …", "added 200 jobs": the cue word is not reporting here
      }
      if (at != null && at.kind == ExtractedQuote.Kind.INDIRECT && NounPhraseContent.takesOnOffice(a, cue, at)) {
        continue; // "assumed his post in May": assume as take on, not suppose
      }
      if (at != null && at.kind == ExtractedQuote.Kind.INDIRECT) {
        int npEnd = NounPhraseContent.trimmedEnd(a, cue, at);
        if (npEnd > at.start()) {
          at.fragments.get(0)[1] = npEnd; // "questioned her fitness to lead, with …": the object ends at the comma
        }
      }
      if (at != null) {
        at.cue = cue;
        out.add(at);
        i = cue.to() - 1;
      }
    }
    return out;
  }

  /**
   * Moves the start of content found after a relative or demonstrative "that" (see
   * {@link NonReports#relativeThatStart}); false when no content remains.
   */
  private static boolean relativeThatFixed(Article a, CueHit cue, Attribution at) {
    String w = a.tok(cue.from()).lower();
    boolean objectCue = CueLexicon.OBJECT_CONTENT_SPEECH.contains(w) || cue.frame() == CueLexicon.Frame.NOUN_CONTENT;
    int start = NonReports.relativeThatStart(a, cue, a.tokenAtOrAfter(at.start()), objectCue);
    if (start == NonReports.NONE) {
      return false;
    }
    while (start >= 0 && start < a.size() && a.tok(start).is(",")) {
      start++;
    }
    if (start >= 0) {
      at.fragments.get(0)[0] = a.tok(start).start();
    }
    return true;
  }

  /** A subject pronoun and a finite verb right at {@code k} ("it obtained", "she has", "they would"). */
  private static boolean pronounClause(Article a, int k) {
    if (k + 1 >= a.size() || a.inQuote(k) || a.inQuote(k + 1)) {
      return false;
    }
    String subject = a.tok(k).lower();
    String v = withoutContraction(a.tok(k + 1).lower());
    return (PRONOUN_SUBJECTS.contains(subject) || subject.equals("it"))
        && (AUXILIARIES.contains(v) || v.endsWith("ed") && a.tok(k + 1).isWord() && !a.tok(k + 1).isCapitalised());
  }

  /** Degree words that cannot head a subject noun phrase ("so far", "the least talked about"). */
  private static final java.util.Set<String> DEGREE_HEADS = Words.set("far", "most", "least");

  /**
   * A lower-case subject whose last word is an adjective (suffixes -ic, -ous, -est), a degree word or a bare count
   * ("748 opposed") is no speaker: the cue after it is a noun or a participle modifier.
   */
  static boolean adjectiveHeadedSubject(Article a, SpeakerPhrase sp) {
    if (sp == null || sp.to() <= sp.from()) {
      return false;
    }
    Token head = a.tok(sp.to() - 1);
    if (!head.isWord() || head.isCapitalised()) {
      return false;
    }
    String w = head.lower();
    if (DEGREE_HEADS.contains(w) || bareCount(w)) {
      return true;
    }
    return w.length() > 5 && (w.endsWith("ic") || w.endsWith("ous") || w.endsWith("est")) && !w.endsWith("ist");
  }

  /** A number that is not a year ("748", "1,200"): a vote count, not someone who speaks. */
  private static boolean bareCount(String w) {
    return Character.isDigit(w.charAt(0)) && w.length() != 4
        && w.chars().allMatch(c -> Character.isDigit(c) || c == ',');
  }

  /** Adjectives of the writer's own hedge "it is fair to say that …". */
  private static final java.util.Set<String> IMPERSONAL_ADJECTIVES = Words.set("fair", "safe", "accurate", "true",
      "reasonable", "needless");
  /** "That's not to say / suggest that …": the writer heading off a reading of their own words. */
  private static final java.util.Set<String> HEDGE_VERBS = Words.set("say", "suggest", "imply");
  /** "(all) this is to say that …", "which is to say …". */
  private static final java.util.Set<String> IMPERSONAL_SUBJECTS = Words.set("this", "that", "which");
  private static final java.util.Set<String> MODALS = Words.set("should", "must", "can", "may", "might", "will",
      "would", "could");

  /**
   * "it is fair to say that …", "it is worth noting that …", "it should be noted that …", "that's not to say that …":
   * the writer's own framing of a statement, with no source — not an attribution.
   */
  static boolean impersonalFrame(Article a, int cue) {
    String prev = cue > 0 ? a.tok(cue - 1).lower() : "";
    String prev2 = cue > 1 ? a.tok(cue - 2).lower() : "";
    String prev3 = cue > 2 ? a.tok(cue - 3).lower() : "";
    if (prev.equals("worth")) {
      return true;
    }
    if (prev.equals("to") && prev2.equals("not") && HEDGE_VERBS.contains(a.tok(cue).lower())) {
      return prev3.equals("is") || prev3.equals("was") || prev3.endsWith("'s") || prev3.endsWith("’s");
    }
    if (prev.equals("to") && a.tok(cue).is("say")) {
      return IMPERSONAL_ADJECTIVES.contains(prev2)
          || (prev2.equals("is") || prev2.equals("was")) && IMPERSONAL_SUBJECTS.contains(prev3);
    }
    return prev.equals("be") && MODALS.contains(prev2) && prev3.equals("it");
  }

  /**
   * Verbs that cast their object as something ("portrayed X as …", "sees X as …"): not reporting cues in general, but
   * their object and a quoted "as" description are the subject's characterisation (a mixed quote).
   */
  private static final java.util.Set<String> AS_VERBS = Words.set("portray", "portrays", "portrayed", "portraying",
      "characterize", "characterizes", "characterized", "characterizing", "characterise", "characterised", "casts",
      "casting", "painted", "painting", "depict", "depicts", "depicted", "depicting", "framed", "framing", "identify",
      "identifies", "identified", "identifying", "sees", "saw", "seeing", "viewed", "viewing", "regard", "regards",
      "regarded", "presented", "presenting", "lists", "listed", "pitched", "pitching", "positioned", "positioning",
      "billed", "styled", "dismiss", "dismisses", "dismissed", "dismissing", "envision", "envisions", "envisioned",
      "envisioning", "rated", "pegged", "ranked", "ranks", "ranking", "pound", "pounds", "pounded", "pounding",
      "postured", "posturing", "attack", "attacks", "attacked", "attacking", "mocked", "mocking");
  /** Longest description after "as" before its quoted part ("as one of the worst CEOs “in history”"). */
  private static final int AS_QUOTE_WINDOW = 8;
  /** Longest object between such a verb and its "as" ("the candidate, who is supposedly his longtime friend,"). */
  private static final int AS_OBJECT = 12;

  /**
   * Whether token {@code i} opens a frame around a quote that only this class reads ("portrayed X as “…”", "pointed
   * to his “…” rating", a quoted object): {@link DirectFrames} then leaves the quote to become part of a mixed quote.
   */
  static boolean quoteFrameAt(Article a, int i) {
    return FrameWords.ALL.contains(a.tok(i).lower()) && (asQuoteCue(a, i) != null || topicQuoteCue(a, i) != null || quotedObjectCue(a, i) != null);
  }

  /**
   * The first words of the frames {@link #find} tries after the cue lexicon (as-quote, topic, quoted-object and
   * owned-claim frames): most tokens are none of them. A holder class, so the sets it joins are built first.
   */
  private static final class FrameWords {
    static final java.util.Set<String> ALL = Words.union(Words.union(AS_VERBS, TOPIC_VERBS.keySet()),
        Words.union(QUOTED_OBJECT_VERBS, CLAIM_NOUNS));
  }

  /**
   * {@code portrayed Sanders as a “hypocrite”}: an {@link #AS_VERBS} form whose object is followed by "as" and a quote
   * within three tokens; a noun-content cue over the verb, or null.
   */
  private static CueHit asQuoteCue(Article a, int i) {
    Token v = a.tok(i);
    if (!v.isWord() || v.isCapitalised() || a.inQuote(i) || !AS_VERBS.contains(v.lower()) || i + 2 >= a.size()) {
      return null;
    }
    Token prev = i > 0 ? a.tok(i - 1) : null;
    if (prev != null && prev.isWord() && (Words.DETERMINERS.contains(prev.lower()) || prev.isPossessive())) {
      return null; // "the list", "a frame"
    }
    int se = a.sentenceEndOf(i);
    for (int k = i + 1; k < se && k - i <= AS_OBJECT; k++) {
      Token t = a.tok(k);
      if (a.inQuote(k) || t.is(";") || t.is(":") || t.is("that") && k == i + 1) {
        return null;
      }
      if (t.is("as")) {
        if (k == i + 1) {
          return null; // "seen as", "casting as": no object
        }
        for (int m = k + 1; m < se && m - k <= AS_QUOTE_WINDOW; m++) {
          if (a.tok(m).is(",") || a.tok(m).is(";") || a.tok(m).is(":")) {
            return null;
          }
          if (a.inQuote(m)) {
            boolean participle = v.lower().endsWith("ing") && prev != null && prev.is(",");
            return new CueHit(i, i + 1, CueLexicon.Frame.NOUN_CONTENT, v.text(), participle);
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * Verbs whose prepositional object is what the subject said or argued ("talked of a “stolen election”", "pointed to
   * his “D-minus” rating", "railed against the “cartel”", "stood by his claim that “…”"), with their prepositions.
   */
  private static final java.util.Map<String, java.util.Set<String>> TOPIC_VERBS = topicVerbs();

  private static java.util.Map<String, java.util.Set<String>> topicVerbs() {
    java.util.Map<String, java.util.Set<String>> m = new java.util.HashMap<>();
    java.util.Set<String> ofAbout = Words.set("of", "about");
    for (String v : new String[] {"talk", "talks", "talked", "talking", "speak", "speaks", "spoke", "speaking",
        "spoken"}) {
      m.put(v, ofAbout);
    }
    for (String v : new String[] {"point", "points", "pointed", "pointing"}) {
      m.put(v, Words.set("to"));
    }
    for (String v : new String[] {"rail", "rails", "railed", "railing"}) {
      m.put(v, Words.set("against"));
    }
    for (String v : new String[] {"stand", "stands", "stood", "standing"}) {
      m.put(v, Words.set("by"));
    }
    return m;
  }

  /**
   * Verbs that are no reporting cues by themselves, but whose direct object with a quoted part takes up the
   * subject's words ("referenced the “Charleston loophole”", "bemoaned the climate in which people “hate each
   * other”", "invoked a “crisis”", "invited Russia to find the “missing” emails", "deemed him “well qualified,”",
   * "embraced the “tough love” approach", "prefers the term “…”"); a quote is required, as without it these verbs are
   * ordinary actions.
   */
  private static final java.util.Set<String> QUOTED_OBJECT_VERBS = Words.set("reference", "references", "referenced",
      "referencing", "invoke", "invokes", "invoked", "invoking", "bemoan", "bemoans", "bemoaned", "bemoaning",
      "trumpet", "trumpets", "trumpeted", "trumpeting", "invite", "invites", "invited", "inviting", "encourage",
      "encourages", "encouraged", "encouraging", "deem", "deems", "deemed", "deeming", "retweet", "retweets",
      "retweeted", "retweeting", "lament", "laments", "lamented", "lamenting", "disavow", "disavows", "disavowed",
      "disavowing", "offer", "offers", "offered", "offering", "prefer", "prefers", "preferred", "preferring", "coin",
      "coins", "coined", "coining", "repeat", "repeats", "repeated", "repeating", "float", "floats", "floated",
      "floating", "embrace", "embraces", "embraced", "embracing", "champion", "champions", "championed", "championing",
      "quash", "quashes", "quashed", "quashing", "preach", "preaches", "preached", "preaching");
  /** Longest stretch of the object before its first quoted word ("the current political climate in which …"). */
  private static final int QUOTED_OBJECT_WINDOW = 10;

  /** {@code referenced the “Charleston loophole”}: a quoted-object verb and a quote early in its object, or null. */
  private static CueHit quotedObjectCue(Article a, int i) {
    Token v = a.tok(i);
    if (!v.isWord() || v.isCapitalised() || !QUOTED_OBJECT_VERBS.contains(v.lower()) || i + 2 >= a.size()) {
      return null;
    }
    Token first = a.tok(i + 1);
    if (!a.inQuote(i + 1) && (!first.isWord() || first.is("that") || first.is("to") || ADJUNCT_START.contains(first.lower()))) {
      return null; // "lamented that …" is a clause frame; "lamented to reporters" an adjunct
    }
    int se = a.sentenceEndOf(i);
    for (int m = i + 1; m < se && m - i <= QUOTED_OBJECT_WINDOW; m++) {
      if (a.inQuote(m)) {
        return new CueHit(i, i + 1, CueLexicon.Frame.NOUN_CONTENT, v.text(), CueFinder.participleAt(a, i));
      }
      if (a.tok(m).is(";") || a.tok(m).is(":") || a.tok(m).is(",")) {
        return null;
      }
    }
    return null;
  }
  /** Longest object between the preposition and the first quoted word ("about reforms to “close loopholes”"). */
  private static final int TOPIC_QUOTE_WINDOW = 8;

  /**
   * {@code spoke (briefly) about X “…”}: a talk verb, at most one adverb, "of"/"about", and a quote in the object
   * within a few words; a noun-content cue over verb and preposition (kept only when its content is mixed), or null.
   */
  private static CueHit topicQuoteCue(Article a, int i) {
    Token v = a.tok(i);
    java.util.Set<String> preps = v.isWord() && !v.isCapitalised() ? TOPIC_VERBS.get(v.lower()) : null;
    if (preps == null || i + 2 >= a.size()) {
      return null;
    }
    int p = i + 1;
    if (!a.inQuote(p) && a.tok(p).isWord() && !preps.contains(a.tok(p).lower())
        && (a.tok(p).lower().endsWith("ly") || a.tok(p).is("instead") || a.tok(p).is("out") || a.tok(p).is("again"))) {
      p++; // "spoke briefly about", "spoke out about"
    }
    if (p + 1 >= a.size() || a.inQuote(p) || !preps.contains(a.tok(p).lower())) {
      return null;
    }
    int se = a.sentenceEndOf(p);
    for (int m = p + 1; m < se && m - p <= TOPIC_QUOTE_WINDOW; m++) {
      if (a.inQuote(m)) {
        return new CueHit(i, p + 1, CueLexicon.Frame.NOUN_CONTENT, a.slice(i, p + 1), CueFinder.participleAt(a, i));
      }
      if (a.tok(m).is(";") || a.tok(m).is(":")) {
        return null;
      }
    }
    return null;
  }

  /**
   * {@code S issued a statement saying (that) CLAUSE}: the clause is the content and the subject of the issuing verb
   * its source (the document only carries their words).
   */
  private Attribution documentReport(Article a, CueHit cue, int issuer, boolean[] framedSpans) {
    int ss = a.sentenceStartOf(cue.from());
    int se = a.sentenceEndOf(cue.from());
    int after = cue.to();
    if (after >= se || a.inQuote(after)) {
      return null; // "a statement saying “…”" is a direct frame
    }
    CueHit issuing = new CueHit(issuer, issuer + 1, CueLexicon.Frame.SPEECH, a.tok(issuer).text(), false);
    SpeakerPhrase sp = direct.subject(a, issuing, Math.max(ss, quoteFloor(a, issuer, ss)));
    if (sp == null) {
      return null;
    }
    if (a.tok(after).is("that")) {
      return content(a, after + 1, se, sp, framedSpans, 3);
    }
    if (clauseStarter(a, after) || sayClauseStarter(a, after, se)) {
      return content(a, after, se, sp, framedSpans, 3);
    }
    return null;
  }

  /** Nouns for something said whose that-clause is what was said ("his claim that …", "Trump's warning that …"). */
  private static final java.util.Set<String> CLAIM_NOUNS = Words.set("claim", "claims", "assertion", "assertions",
      "argument", "insistence", "contention", "warning", "warnings", "suggestion", "accusation", "allegation",
      "allegations", "declaration", "vow", "promise", "pledge", "comment", "comments", "remark", "remarks",
      "statement", "boast", "admission", "prediction", "complaint", "charge", "insinuation", "threat");
  private static final java.util.Map<String, String> POSSESSIVE_PRONOUNS = java.util.Map.of("his", "he", "her", "she",
      "their", "they", "its", "it");
  private static final java.util.Set<String> INTRO_PREPOSITIONS = Words.set("contrary", "despite", "unlike", "given",
      "amid", "following", "beyond", "besides", "like", "regarding", "asked", "pressed");

  /**
   * {@code his claim that CLAUSE}, {@code Trump's warning that CLAUSE}: a noun of saying owned by a person reports the
   * owner's words in its that-clause, wherever the noun phrase sits in the sentence.
   */
  private Attribution ownedClaim(Article a, int i, boolean[] framedSpans) {
    if (i < 1 || i + 2 >= a.size() || !CLAIM_NOUNS.contains(a.tok(i).lower()) || !a.tok(i + 1).is("that")
        || a.inQuote(i + 1) || a.inQuote(i - 1)) {
      return null;
    }
    SpeakerPhrase owner = owner(a, ownerIndex(a, i));
    if (owner == null) {
      return null;
    }
    int se = a.sentenceEndOf(i);
    int ss = a.sentenceStartOf(i);
    String first = a.tok(ss).lower();
    if (owner.from() <= ss || Words.FUNCTION.contains(first) || INTRO_PREPOSITIONS.contains(first)) {
      // "Trump's claim that … angered …", "Contrary to his claim that …, there …": the noun phrase is a subject or an
      // introductory adjunct, and its clause ends where the main clause starts, which the content end cannot see
      return null;
    }
    Attribution at = content(a, i + 2, se, owner, framedSpans, 3);
    if (at != null) {
      at.cue = new CueHit(i, i + 1, CueLexicon.Frame.SPEECH, a.tok(i).text(), false);
    }
    return at;
  }

  /** Most modifiers between an owner and its noun of saying ("Trump's recent evidence-free assertion"). */
  private static final int CLAIM_MODIFIERS = 2;

  /** The token before the noun at {@code i} and up to two lower-case modifiers in front of it (where an owner stands). */
  private static int ownerIndex(Article a, int i) {
    int k = i - 1;
    while (k > 0 && i - 1 - k < CLAIM_MODIFIERS && modifierWord(a, k)) {
      k--;
    }
    return k;
  }

  /** A lower-case adjective-like word outside quotes, not a function word, determiner or pronoun. */
  private static boolean modifierWord(Article a, int k) {
    Token t = a.tok(k);
    String w = t.lower();
    return t.isWord() && !t.isCapitalised() && !a.inQuote(k) && !t.isPossessive() && !Words.FUNCTION.contains(w)
        && !Words.DETERMINERS.contains(w) && !POSSESSIVE_PRONOUNS.containsKey(w) && !AUXILIARIES.contains(w)
        && !w.equals("the") && !w.equals("and") && !w.equals("or");
  }

  /** The owner of a noun at token k: a possessive pronoun ("his") or a possessive name ("Mr. Trump's"), or null. */
  private static SpeakerPhrase owner(Article a, int k) {
    Token t = a.tok(k);
    String pronoun = POSSESSIVE_PRONOUNS.get(t.lower());
    if (pronoun != null) {
      return new SpeakerPhrase(k, k + 1, t.start(), t.end(), t.text(), null, null, pronoun, true);
    }
    if (!t.isPossessive() || !t.isCapitalised() || t.text().length() < 4) {
      return null;
    }
    int from = k;
    while (from - 1 >= 0 && k - from < 3 && a.tok(from - 1).isCapitalised() && !a.inQuote(from - 1)
        && !Words.FUNCTION.contains(a.tok(from - 1).lower()) && !a.tok(from - 1).isPossessive()) {
      from--; // "Donald Trump's", "Mr. Trump's"
    }
    String name = (from < k ? a.slice(from, k) + " " : "") + t.text().substring(0, t.text().length() - 2);
    if (Words.FUNCTION.contains(name.toLowerCase()) || Words.DETERMINERS.contains(a.tok(from).lower())) {
      return null;
    }
    return new SpeakerPhrase(from, k + 1, a.tok(from).start(), t.end() - 2, name, name, null, null,
        !Words.ORG_HEADS.contains(t.lower().substring(0, t.lower().length() - 2)));
  }

  /** Section and format labels that open headlines ("The Latest:", "Breaking:", "Exclusive:"): not speakers. */
  private static final java.util.Set<String> HEADLINE_LABELS = Words.set("latest", "breaking", "revealed",
      "exclusive", "daily", "watch", "video", "update", "updated", "updates", "live", "notice", "photos", "opinion",
      "analysis", "editorial", "explainer", "podcast", "listen", "read", "column", "commentary", "obituary");

  /** Headline convention {@code Name: statement} ("Ryan: Deal 'Defies Explanation'") in the title paragraph. */
  private Attribution headlineColon(Article a, boolean[] framedSpans) {
    if (a.paragraphs.isEmpty() || a.size() == 0) {
      return null;
    }
    int from = a.paraFirstTok[0];
    int end = a.paraEndTok[0];
    int colon = from;
    while (colon < end && colon - from <= 4 && a.tok(colon).isCapitalised()) {
      colon++;
    }
    if (colon == from || colon >= end || !a.tok(colon).is(":") || end - colon < 4 || a.inQuote(from)) {
      return null;
    }
    SpeakerPhrase sp = SpeakerChunker.phrase(a, from, colon);
    if (sp.name() == null || Words.FUNCTION.contains(a.tok(from).lower())
        || HEADLINE_LABELS.contains(a.tok(colon - 1).lower())) {
      return null;
    }
    Attribution at = content(a, colon + 1, end, sp, new boolean[framedSpans.length], 3);
    if (at != null) {
      at.cue = new CueHit(colon, colon + 1, CueLexicon.Frame.SPEECH, ":", false);
    }
    return at;
  }

  /** Longest headline subject taken whole as the source ("Former Clinton Pollster Says …"). */
  private static final int HEADLINE_SUBJECT = 6;

  /**
   * Headline convention {@code Source Verb Content} ("SEIU chief says Trump can win", "Former Clinton Pollster Says
   * Clinton Is In Trouble"): in the title, a short subject at the start and "says" report the rest of the title,
   * which headline case and missing articles keep the clause rules from seeing.
   */
  private Attribution headlineVerb(Article a, CueHit cue, boolean[] framedSpans) {
    if (a.paragraphs.isEmpty() || a.tokPara[cue.from()] != 0 || cue.frame() != CueLexicon.Frame.SPEECH
        || !SAY.contains(a.tok(cue.from()).lower())) {
      return null;
    }
    int from = a.paraFirstTok[0];
    int end = a.paraEndTok[0];
    int n = cue.from() - from;
    if (n < 1 || n > HEADLINE_SUBJECT || end - cue.to() < 2 || a.inQuote(from) || !a.tok(from).isCapitalised()
        || Words.FUNCTION.contains(a.tok(from).lower())) {
      return null;
    }
    for (int k = from; k < cue.from(); k++) {
      if (!a.tok(k).isWord() && !a.tok(k).isPossessive() || a.inQuote(k)) {
        return null;
      }
    }
    if (!a.tok(cue.to()).isWord() || SAY_OBJECTS.contains(a.tok(cue.to()).lower())) {
      return null;
    }
    SpeakerPhrase sp = SpeakerChunker.phrase(a, from, cue.from());
    return content(a, cue.to(), end, sp, framedSpans, 2);
  }

  private Attribution according(Article a, CueHit cue, boolean[] framedSpans) {
    int ss = a.sentenceStartOf(cue.from());
    int se = a.sentenceEndOf(cue.from());
    for (int k = cue.from() - 1; k > ss; k--) {
      if ((a.tok(k).is(":") || a.tok(k).is(";")) && !a.inQuote(k)) {
        ss = k + 1; // "It has not gone unnoticed: According to polls, …" starts a clause of its own
        break;
      }
    }
    SpeakerPhrase sp = SpeakerChunker.accordingSource(a, cue.to(), se);
    if (sp == null) {
      return null;
    }
    int afterNp = sp.to();
    if (cue.from() - ss <= 1) {
      if (afterNp >= se || !a.tok(afterNp).is(",")) {
        return null;
      }
      return content(a, afterNp + 1, se, sp, framedSpans, 3);
    }
    if (!a.tok(cue.from() - 1).is(",")) {
      return null;
    }
    int head = ContentEnd.pastOpeningParticiple(a, ss, cue.from() - 1);
    Attribution at = content(a, head, cue.from() - 1, sp, framedSpans, 3);
    if (at != null && afterNp < se && a.tok(afterNp).is(",") && se - afterNp > 3 && !relativeStart(a.tok(afterNp + 1))
        && !sourceAppositive(a, afterNp + 1, se)) {
      Attribution tail = content(a, afterNp + 1, se, sp, framedSpans, 2);
      if (tail != null) {
        at.fragments.add(new int[] {tail.start(), tail.end()});
        if (tail.kind != at.kind) {
          at.kind = ExtractedQuote.Kind.MIXED; // "Over the long term, according to X, costs ''rise''."
          List<Integer> absorbed = new ArrayList<>(at.absorbedSpans);
          absorbed.addAll(tail.absorbedSpans);
          at.absorbedSpans = absorbed;
        }
      }
    }
    return at;
  }

  /**
   * "according to Ana Ruiz, an analyst at …", "according to the survey, the largest of its kind": after the source, a
   * noun phrase with no verb or quote describes the source or sums up the figure; it is not more content.
   */
  private static boolean sourceAppositive(Article a, int k, int se) {
    Token t = a.tok(k);
    return !a.inQuote(k) && (t.is("a") || t.is("an") || t.is("the") && !a.quoteIn(k, se) && verbless(a, k, se));
  }

  /** "according to his supporters, who are offering …": a relative clause about the source, not more content. */
  private static boolean relativeStart(Token t) {
    return t.is("who") || t.is("whose") || t.is("which") || t.is("whom");
  }

  private Attribution verb(Article a, CueHit cue, boolean[] framedSpans) {
    int ss = a.sentenceStartOf(cue.from());
    int se = a.sentenceEndOf(cue.from());
    int after = cue.to();
    if (after < a.size() && a.inQuote(after)) {
      int span = a.tokSpan[after];
      if (span < 0 || framedSpans[span] || after >= se) {
        return null; // "said "…"" is a direct frame
      }
      // "X said "the fear is high" in the party": the quote opens reported content that goes on after it (mixed)
      SpeakerPhrase sp = direct.subject(a, cue, Math.max(ss, quoteFloor(a, cue.from(), ss)));
      if (sp == null) {
        return null;
      }
      Attribution named = cue.frame() == CueLexicon.Frame.NOUN_CONTENT
          ? namingWhatContent(a, sp, ss, after, se, framedSpans) : null;
      return named != null ? named : content(a, after, se, sp, framedSpans, 3);
    }
    if (PassiveVoice.isPassive(a, cue)) {
      // "the plan was rejected by voters", "he is expected to win": the subject is not a source; "we were told that
      // …" still reports content, from an unnamed source
      int that = findThat(a, after, se);
      if (that >= 0 && that - after <= 2) {
        return content(a, that + 1, se, null, framedSpans, 4);
      }
      if (that > after && a.tok(after).is("by") && that - after <= THAT_ADJUNCT && plainWords(a, after + 1, that)) {
        // "was warned by the Russian government that …": the agent is the source
        SpeakerPhrase agent = SpeakerChunker.rightOfQuote(a, after + 1, that);
        int end = subordinateClauseEnd(a, ss, cue.from(), after, se); // "After being warned by X that …, Y …"
        return agent != null && agent.to() == that ? content(a, that + 1, end, agent, framedSpans, 4) : null;
      }
      return null;
    }
    // tail / inversion: CLAUSE , S V (adjunct) .   or   CLAUSE , V S .
    if (cue.from() > ss && a.tok(cue.from() - 1).is(",") && cue.frame() != CueLexicon.Frame.NOUN_CONTENT) {
      SpeakerPhrase inv = SpeakerChunker.rightOf(a, after, se);
      if (inv != null && (inv.name() != null || inv.pronoun() != null)
          && (adjunctsOnly(a, inv.to(), se) || inv.name() != null && appositiveToEnd(a, inv.to(), se))) {
        return content(a, ContentEnd.pastOpeningParticiple(a, ss, cue.from() - 1), cue.from() - 1, inv, framedSpans, 3);
      }
    }
    int floor = Math.max(ss, quoteFloor(a, cue.from(), ss));
    SpeakerPhrase sp = direct.subject(a, cue, floor);
    if (sp == null && floor > ss && coordinatedWithEarlierVerb(a, cue.from(), floor)) {
      // "Lee called Smith a “liar” and said …": the coordinated verb shares the subject of the verb before the quote
      sp = direct.subject(a, cue, ss);
    }
    if (sp == null && cue.frame() == CueLexicon.Frame.SPEECH && REPORT_CORE.contains(a.tok(cue.from()).lower())) {
      sp = relativeAntecedent(a, cue.from(), ss); // "Mr. Trump, who said last week that …, issued …"
    }
    if (sp == null) {
      // no recognisable subject (long appositive, relative clause): keep a clear that-clause of a speech verb
      if (cue.frame() != CueLexicon.Frame.SPEECH) {
        return null;
      }
      se = subordinateClauseEnd(a, ss, cue.from(), after, se); // "After saying he was nervous …, the man …"
      int that = findThat(a, after, se);
      if (that >= 0 && (that - after <= 3 || adjunctBeforeThat(a, after, that))) {
        return content(a, that + 1, se, null, framedSpans, 4); // "who mused in Thursday's debate that …"
      }
      if (after < se && clauseStarter(a, after) && !a.tok(after).isCapitalised()
          && Words.PRONOUNS.contains(a.tok(after).lower())) {
        return content(a, after, se, null, framedSpans, 4);
      }
      boolean say = SAY.contains(a.tok(cue.from()).lower());
      if (cue.to() - cue.from() == 1 && after < se && !cue.participle() && !a.tok(cue.from()).lower().endsWith("ing")
          && !CueLexicon.THAT_ONLY.contains(a.tok(cue.from()).lower())
          && (clauseStarter(a, after) || say && sayClauseStarter(a, after, se)) && plainSubject(a, ss, cue.from())) {
        // "Almost half of respondents said the party …", "Ted Cruz's associates insist he …": a subject the chunker
        // does not take as a speaker, running from the sentence start to the cue
        return content(a, after, se, SpeakerChunker.phrase(a, ss, cue.from()), framedSpans, 3);
      }
      return null;
    }
    // a belief verb after a comma ("…, I thought.", "His leverage, they believe, …", "should be very, very worried") is
    // a hedge, an aside or an adjective far more often than a report: no tail or parenthetical frame for it
    int comma = commaBefore(a, sp.from(), ss);
    if (cue.frame() != CueLexicon.Frame.NOUN_CONTENT && cue.frame() != CueLexicon.Frame.BELIEF && comma > ss
        && nextToCue(a, sp, cue)) {
      boolean tellObject = TELL.contains(a.tok(cue.from()).lower()) && endsSoon(a, after, se, 5);
      if (adjunctsOnly(a, after, se) || tellObject) { // "…, Obama told his closest advisers."
        return content(a, ContentEnd.pastOpeningParticiple(a, ss, comma), comma, sp, framedSpans, 3);
      }
      if (after + 1 < se && a.tok(after).is(",") && ContentEnd.anonymityTerms(a, after + 1, se)) {
        return content(a, ss, comma, sp, framedSpans, 3); // "…, he said, on condition of anonymity to …"
      }
      if (after + 1 < se && a.tok(after).is(",") && cues.at(a, after + 1) != null) {
        // "…, an official said, adding that …": the participle opens an attribution of its own
        return content(a, ss, comma, sp, framedSpans, 3);
      }
      int pc = after;
      if (TELL.contains(a.tok(cue.from()).lower()) && after < se && !a.tok(after).is(",")) {
        int past = afterAddressee(a, after, se); // "Instead, Trump told CNN, his policy would …"
        pc = past > after && past < se && a.tok(past).is(",") ? past : after;
      }
      if (pc < se && a.tok(pc).is(",") && !(pc + 1 < a.size() && a.inQuote(pc + 1))) {
        // parenthetical: "The plan, he said, will fail." / "Otherwise, she said, prices will rise."
        Attribution rest = content(a, pc + 1, se, sp, framedSpans, 2);
        if (rest != null) {
          Attribution at = content(a, ContentEnd.pastOpeningParticiple(a, ss, comma), comma, sp, framedSpans, 1);
          if (at == null) {
            return rest;
          }
          at.fragments.add(new int[] {rest.start(), rest.end()});
          if (rest.kind == ExtractedQuote.Kind.MIXED) {
            at.kind = ExtractedQuote.Kind.MIXED; // "Instead, Trump told CNN, his policy would be “to go after them”"
            List<Integer> absorbed = new ArrayList<>(at.absorbedSpans);
            absorbed.addAll(rest.absorbedSpans);
            at.absorbedSpans = absorbed;
          }
          return at;
        }
      }
    }
    se = subordinateClauseEnd(a, ss, cue.from(), after, se);
    se = relativeClauseEnd(a, cue.from(), after, se);
    if (cue.frame() == CueLexicon.Frame.NOUN_CONTENT) {
      Attribution named = namingWhatContent(a, sp, ss, after, se, framedSpans);
      if (named != null) {
        return named;
      }
      return objectContent(a, after, se, sp, framedSpans);
    }
    int that = findThat(a, after, se, TELL.contains(a.tok(cue.from()).lower()) || a.tok(cue.from()).is("telling")
        ? TELL_THAT_WINDOW : THAT_WINDOW);
    if (that > after && SAY.contains(a.tok(cue.from()).lower()) && cue.to() - cue.from() == 1
        && (sayClauseStarter(a, after, se) || clauseStarter(a, after)) && !a.tok(after).isCapitalised()
        && !WEEKDAYS.contains(a.tok(after).lower()) && skipTimeAdjunct(a, after, se) == after
        && !a.tok(after).lower().endsWith("ing")) {
      that = -1; // "said business executives often fail to understand that …": the clause began right after "said"
    }
    if (that > after + 1 && pronounClause(a, after)) {
      // "reported it obtained emails that Carter sent": a subject and its verb open the clause at the cue
      return content(a, after, se, sp, framedSpans, 3);
    }
    if (that >= 0) {
      return content(a, that + 1, se, sp, framedSpans, 3);
    }
    if (CueLexicon.THAT_ONLY.contains(a.tok(cue.from()).lower()) && cue.to() - cue.from() == 1) {
      if (EVIDENCE_VERBS.contains(a.tok(cue.from()).lower()) && (evidenceSubject(a, cue.from(), ss) || evidencePhrase(a, sp)) && after < se
          && a.tok(after).isWord() && !ADJUNCT_START.contains(a.tok(after).lower())) {
        return content(a, after, se, sp, framedSpans, 3); // "Polls show Trump leading in Ohio."
      }
      String w = a.tok(cue.from()).lower();
      boolean display = w.startsWith("show") || w.startsWith("find") || w.equals("found"); // "shows its prospects …"
      if (cue.frame() == CueLexicon.Frame.SPEECH && !display && after < se && !a.tok(after).isCapitalised()
          && clauseStarter(a, after) && finiteVerbSoon(a, after, se)) {
        // "implied a federal judge was biased and “hostile”": a bare clause, kept when a quoted part marks it reported
        Attribution at = content(a, after, se, sp, framedSpans, 3);
        return at != null && at.kind == ExtractedQuote.Kind.MIXED ? at : null;
      }
      return null;
    }
    int start = after;
    if (start < se && a.tok(start).is(",") && start + 1 < se && (a.tok(start + 1).lower().endsWith("ly")
        || a.tok(start + 1).is("however"))) {
      start += 3;
    }
    start = skipTimeAdjunct(a, start, se); // "said Tuesday the version …", "reported on Wednesday the …"
    int adverbEnd = skipSayAdverb(a, cue, start, se);
    if (adverbEnd > start && a.inQuote(adverbEnd)) {
      int span = a.tokSpan[adverbEnd];
      // "has said repeatedly “the next president” should …": a quote opening the clause, as right after the cue
      return span < 0 || framedSpans[span] ? null : content(a, adverbEnd, se, sp, framedSpans, 3);
    }
    start = adverbEnd;
    boolean callOn = cue.to() - cue.from() == 2 && a.tok(cue.from()).lower().startsWith("call")
        && a.tok(cue.from() + 1).is("on");
    if (callOn) {
      // "called on men to “look inside” …": only a request with its infinitive
      if (start < se && directiveObject(a, start, se)) {
        return infinitival(a, start, se, sp, framedSpans);
      }
      return null;
    }
    int addressed = tellClauseStart(a, cue, start, se);
    if (addressed > start) {
      return content(a, addressed, se, sp, framedSpans, 3); // "told CNN he is …": the addressee is not content
    }
    if (start < se && (clauseStarter(a, start) || SAY.contains(a.tok(cue.from()).lower()) && cue.to() - cue.from() == 1
        && sayClauseStarter(a, start, se))) {
      SpeakerPhrase inv = Words.PRONOUNS.contains(a.tok(start).lower()) ? null : SpeakerChunker.rightOf(a, start, se);
      if (inv != null && endsSoon(a, inv.to(), se, 1)) {
        return null; // "said the senator." is an inversion, not content
      }
      Attribution at = content(a, start, se, sp, framedSpans, 3);
      if (at != null && !SAY.contains(a.tok(cue.from()).lower()) && objectStarter(a, start)) {
        // "denied the charges through his lawyer", "explained his reasoning in an interview": any cue but "say" whose
        // content is a verbless noun phrase leaves out the occasion of the statement
        return withoutEventAdjunct(a, at, start, sp, framedSpans);
      }
      return at;
    }
    if (TELL.contains(a.tok(cue.from()).lower()) && cue.to() - cue.from() == 1 && start < se) {
      int clause = afterAddressee(a, start, se);
      if (clause > start && clause + 2 < se && clauseStarter(a, clause) && !a.tok(clause).is("to")) {
        return content(a, clause, se, sp, framedSpans, 3); // "told host Sean Hannity a Clinton loss is …"
      }
    }
    if (CueLexicon.OBJECT_CONTENT_SPEECH.contains(a.tok(cue.from()).lower()) && start < se && objectStarter(a, start)) {
      return objectContent(a, start, se, sp, framedSpans);
    }
    if (CueLexicon.INFINITIVE_CONTENT.contains(a.tok(cue.from()).lower()) && start + 1 < se && a.tok(start).is("to")
        && (a.inQuote(start + 1) || a.tok(start + 1).isWord() && !a.tok(start + 1).isCapitalised())) {
      return content(a, start, se, sp, framedSpans, 3); // "vowed to take the fight to every state"
    }
    String verbWord = a.tok(cue.from()).lower();
    if (cue.frame() == CueLexicon.Frame.SPEECH && cue.to() - cue.from() == 1 && start + 1 < se
        && !SAY.contains(verbWord) && !verbWord.startsWith("add")) { // "said of X: “…”" is a quote frame
      int p = start;
      if (a.tok(p).lower().endsWith("ly") && a.tok(p).isWord() && !a.tok(p).isCapitalised()) {
        p++; // "spoke briefly about"
      }
      if (p + 1 < se && TOPIC_PREPOSITIONS.contains(a.tok(p).lower()) && !a.inQuote(p)
          && (a.inQuote(p + 1) || objectStarter(a, p + 1) || a.tok(p + 1).isPossessive())) {
        // "warned of a “ferocious” battle", "joked about Clinton’s “interesting friendship”"
        Attribution at = objectContent(a, p + 1, se, sp, framedSpans);
        if (at != null && at.kind == ExtractedQuote.Kind.MIXED) {
          return at; // only a topic with a quoted part is reported: "talked about the economy" is mostly narration
        }
        return null;
      }
    }
    if (DIRECTIVES.contains(a.tok(cue.from()).lower()) && cue.to() - cue.from() == 1 && start < se
        && directiveObject(a, start, se)) {
      Attribution at = infinitival(a, start, se, sp, framedSpans); // "urged residents to “stay home”"
      // "told X to …" and "warned X to …" also narrate events; there a quoted part marks the report
      String verb = a.tok(cue.from()).lower();
      boolean narrative = verb.startsWith("tel") || verb.equals("told") || verb.startsWith("warn");
      return at != null && (!narrative || at.kind == ExtractedQuote.Kind.MIXED) ? at : null;
    }
    if (CueLexicon.OBJECT_CONTENT_SPEECH.contains(a.tok(cue.from()).lower()) && start < se && bareNounStart(a, start)) {
      // "promised lower taxes and “jobs, jobs, jobs”": a bare noun object is the content only with a quoted part
      Attribution at = objectContent(a, start, se, sp, framedSpans);
      return at != null && at.kind == ExtractedQuote.Kind.MIXED ? at : null;
    }
    if (WH_QUESTION_VERBS.contains(a.tok(cue.from()).lower()) && cue.to() - cue.from() == 1 && start + 2 < se
        && WH_CLAUSE.contains(a.tok(start).lower()) && !a.inQuote(start)) {
      // "explained why the plan “failed”", "asked whether X would “stay”": the embedded question is what was said
      return content(a, start, se, sp, framedSpans, 3);
    }
    return null;
  }

  /** Verbs that report a question or an explanation through an embedded wh-clause. */
  private static final java.util.Set<String> WH_QUESTION_VERBS = Words.set("explain", "explains", "explained",
      "explaining", "discuss", "discusses", "discussed", "discussing", "ask", "asks", "asked", "asking", "wonder",
      "wonders", "wondered", "wondering", "question", "questions", "questioned", "questioning");
  /** Words that open an embedded question. */
  private static final java.util.Set<String> WH_CLAUSE = Words.set("why", "how", "whether", "what", "who", "if");

  /**
   * Past a manner adverb between "said" and a bare clause ("has said repeatedly the next president should …", "said
   * privately they …"): the clause starts after it when a subject pronoun, "the" or a quote follows; else {@code k}.
   */
  private static int skipSayAdverb(Article a, CueHit cue, int k, int se) {
    if (!SAY.contains(a.tok(cue.from()).lower()) || cue.to() - cue.from() != 1 || k + 3 >= se || a.inQuote(k)) {
      return k;
    }
    Token adv = a.tok(k);
    if (!adv.isLyAdverb() || adv.is("only")) {
      return k;
    }
    Token next = a.tok(k + 1);
    String n = withoutContraction(next.lower());
    boolean clause = a.inQuote(k + 1) || next.isWord() && !next.isCapitalised()
        && (PRONOUN_SUBJECTS.contains(n) || n.equals("the") || n.equals("there"));
    return clause ? k + 1 : k;
  }

  /** Longest subject before the finite verb of a bare clause ("a federal judge in San Diego was …"). */
  private static final int BARE_SUBJECT = 6;

  /** A finite auxiliary within a few plain words of {@code k}: what follows a that-less cue is a clause. */
  private static boolean finiteVerbSoon(Article a, int k, int se) {
    for (int m = k + 1; m < se && m - k <= BARE_SUBJECT; m++) {
      Token t = a.tok(m);
      if (a.inQuote(m) || !t.isWord() && !t.isPossessive()) {
        return false;
      }
      if (AUXILIARIES.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * For a that-clause-only communication verb ({@link CueLexicon#THAT_CLAUSE_ONLY}): the content starts right after a
   * "that" that follows the verb directly, after an adjunct (a preposition, a time word or an -ly adverb first) or,
   * for a verb taking an addressee, after a short plain object.
   */
  private static boolean thatClauseAfterAdjunct(Article a, CueHit cue, Attribution at) {
    int that = a.tokenAtOrAfter(at.start()) - 1;
    int k = cue.to();
    if (that < k || !a.tok(that).is("that") || a.inQuote(that)) {
      return false;
    }
    if (that == k) {
      return true;
    }
    Token first = a.tok(k);
    if (a.inQuote(k) || !first.isWord()) {
      return false;
    }
    if (CueLexicon.THAT_ADJUNCT_PREPOSITIONS.contains(first.lower()) || first.isLyAdverb()
        || skipTimeAdjunct(a, k, that + 1) > k) {
      return that - k <= THAT_WINDOW;
    }
    return CueLexicon.ADDRESSEE_THAT.contains(a.tok(cue.from()).lower()) && that - k <= CueLexicon.ADDRESSEE_REACH
        && plainWords(a, k, that);
  }

  /** {@code [from, to)} holds only words and possessives outside quotes. */
  private static boolean plainWords(Article a, int from, int to) {
    for (int m = from; m < to; m++) {
      if (a.inQuote(m) || !a.tok(m).isWord() && !a.tok(m).isPossessive()) {
        return false;
      }
    }
    return true;
  }

  /** Longest adjunct between a subjectless cue and its "that" ("in Thursday night's Republican debate"). */
  private static final int THAT_ADJUNCT = 7;

  /** {@code [after, that)} is one prepositional adjunct: a preposition, then words without punctuation. */
  private boolean adjunctBeforeThat(Article a, int after, int that) {
    if (that - after > THAT_ADJUNCT || !EVENT_PREPOSITIONS.contains(a.tok(after).lower())) {
      return false;
    }
    for (int m = after + 1; m < that; m++) {
      Token t = a.tok(m);
      if (!t.isWord() && !t.isPossessive() || a.inQuote(m) || t.lower().endsWith("ing") || cues.at(a, m) != null) {
        return false; // "a report in a paper said that …": a verb inside, so "that" belongs to another clause
      }
    }
    return true;
  }

  private static final java.util.Set<String> EVENT_PREPOSITIONS = Words.set("in", "at", "during", "on");

  /** Prepositions after a speech verb that introduce what was spoken about ("warned of", "joked about"). */
  private static final java.util.Set<String> TOPIC_PREPOSITIONS = Words.set("of", "about", "against");
  /** Whether the content being built is a request's infinitive ("to stay home and think about …"). */
  private boolean infinitiveContent;

  /** Content of a request: an addressee and an infinitive, whose coordinated base verbs stay in. */
  private Attribution infinitival(Article a, int from, int to, SpeakerPhrase sp, boolean[] framedSpans) {
    infinitiveContent = true;
    try {
      return content(a, from, to, sp, framedSpans, 3);
    } finally {
      infinitiveContent = false;
    }
  }

  /**
   * After "told" and a capitalised addressee ("told CNN", "told The Washington Post"), the clause that follows it, whose
   * subject would otherwise be read as the name's continuation; else {@code start}.
   */
  private static int tellClauseStart(Article a, CueHit cue, int start, int se) {
    if (!TELL.contains(a.tok(cue.from()).lower()) || cue.to() - cue.from() != 1 || start >= se
        || !a.tok(start).isCapitalised() || a.inQuote(start)) {
      return start;
    }
    int clause = afterAddressee(a, start, se);
    return clause > start && clause + 2 < se && !a.tok(clause).isCapitalised() && clauseStarter(a, clause)
        && !Character.isDigit(a.tok(clause).lower().charAt(0)) // "told Fox News 6 in Milwaukee": a channel number
        && !a.tok(clause).is("to") ? clause : start;
  }

  private static final java.util.Set<String> ADDRESSEE_PRONOUNS = Words.set("him", "her", "them", "us", "me");

  /**
   * Past the addressee of "told" ("him", "host Sean Hannity", "The Washington Post", "reporters on Monday"): the token
   * after it, or {@code from} when none is there.
   */
  /** A title word before an addressee's name ("host", "anchor"), not a determiner or preposition. */
  private static boolean addresseeRole(String w) {
    return Words.ROLE.contains(w) && !Words.FUNCTION.contains(w) && !Words.DETERMINERS.contains(w)
        && !w.equals("the") && !w.equals("and") && !w.equals("first");
  }

  private static int afterAddressee(Article a, int from, int se) {
    Token t = a.tok(from);
    int k = from;
    if (ADDRESSEE_PRONOUNS.contains(t.lower())) {
      k = from + 1;
    } else {
      while (k < se && k - from < 6 && !a.inQuote(k) && a.tok(k).isWord() && (a.tok(k).isCapitalised()
          || addresseeRole(a.tok(k).lower()))) {
        k++;
      }
      if (k == from || !a.tok(k - 1).isCapitalised()) {
        return from;
      }
    }
    return skipTimeAdjunct(a, k, se);
  }

  /** Speech verbs that report a request or order: "urged X to …", "told X to …", "asked X to …". */
  private static final java.util.Set<String> DIRECTIVES = Words.set("urge", "urges", "urged", "urging", "ask",
      "asks", "asked", "asking", "tell", "tells", "told", "telling", "warn", "warns", "warned", "warning", "advise",
      "advises", "advised", "advising", "challenge", "challenges", "challenged", "challenging", "implore", "implored",
      "implores", "imploring", "beg", "begged", "begs", "begging", "remind", "reminded", "reminds", "reminding");

  /** Longest addressee phrase before the infinitive ("voters in New York to …"). */
  private static final int DIRECTIVE_OBJECT = 6;

  /** An addressee (pronoun, name or noun phrase, no verb) and then "to" with a verb or a quote: "residents to “stay”". */
  private static boolean directiveObject(Article a, int from, int se) {
    Token first = a.tok(from);
    String w = first.lower();
    if (!first.isWord() || a.inQuote(from) || w.equals("to") || Words.FUNCTION.contains(w) && !w.equals("that")
        || w.equals("that") || w.endsWith("ly")) {
      return false;
    }
    for (int m = from + 1; m < se && m - from <= DIRECTIVE_OBJECT; m++) {
      Token t = a.tok(m);
      if (a.inQuote(m) || !t.isWord() && !t.isPossessive()) {
        return false;
      }
      if (t.is("to")) {
        return m + 1 < se && (a.inQuote(m + 1) || a.tok(m + 1).isWord() && !a.tok(m + 1).isCapitalised()
            && !Words.DETERMINERS.contains(a.tok(m + 1).lower()) && !a.tok(m + 1).is("the"));
      }
      if (t.is("that") || AUXILIARIES.contains(t.lower())) {
        return false;
      }
    }
    return false;
  }

  private static final java.util.Set<String> WEEKDAYS = Words.set("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "yesterday", "today", "tonight");
  private static final java.util.Set<String> DAY_PARTS = Words.set("morning", "afternoon", "evening", "night");
  private static final java.util.Set<String> PERIODS = Words.set("week", "weekend", "month", "year", "night",
      "summer", "fall", "spring", "winter");

  /**
   * Past a time adjunct right after a cue ("Tuesday", "on Wednesday", "Monday night", "last week", "earlier this
   * month"), when a word follows it; else {@code k}.
   */
  static int skipTimeAdjunct(Article a, int k, int se) {
    int m = k;
    if (m < se && a.tok(m).is("on") && m + 1 < se && WEEKDAYS.contains(a.tok(m + 1).lower())) {
      m++;
    }
    if (m < se && WEEKDAYS.contains(a.tok(m).lower()) && !a.inQuote(m)) {
      m++;
      if (m < se && DAY_PARTS.contains(a.tok(m).lower())) {
        m++;
      }
    } else {
      if (m < se && a.tok(m).is("earlier")) {
        m++;
      }
      if (m + 1 < se && (a.tok(m).is("last") || a.tok(m).is("this")) && PERIODS.contains(a.tok(m + 1).lower())) {
        m += 2;
      } else {
        return k;
      }
    }
    return m < se && a.tok(m).isWord() && !a.inQuote(m) ? m : k;
  }

  /**
   * The subject phrase ends right before the cue, past adverbs and auxiliaries ("…, he later said"): only then can the
   * clause before its comma be what it reports. A subject borrowed from earlier in the sentence ("…, I noticed a post
   * … and sighed") reports nothing before itself.
   */
  private static boolean nextToCue(Article a, SpeakerPhrase sp, CueHit cue) {
    for (int k = sp.to(); k < cue.from(); k++) {
      Token t = a.tok(k);
      if (!t.isWord() && !t.is(",") || t.isWord() && !Words.SKIPPABLE.contains(t.lower()) && !t.lower().endsWith("ly")
          && !Words.ROLE.contains(t.lower()) && !t.isCapitalised()) {
        return false;
      }
      if (t.is(",") && k - sp.to() > 0 && false) {
        return false;
      }
    }
    return true;
  }

  /** Verbs whose bare complement is a finding when their subject is a record or a poll ("polls show X leading"). */
  private static final java.util.Set<String> EVIDENCE_VERBS = Words.set("show", "shows", "showed", "indicate",
      "indicates", "indicated", "find", "finds", "found");
  /** Nouns for polls, records and studies: subjects that report what they show rather than display an object. */
  private static final java.util.Set<String> EVIDENCE_NOUNS = Words.set("poll", "polls", "polling", "survey",
      "surveys", "data", "records", "study", "studies", "research", "figures", "numbers", "statistics", "documents",
      "report", "reports", "analysis", "estimates", "results", "filings", "returns", "audit", "review", "census",
      "tally", "count", "returns");

  /**
   * "what aide Kevin Phillips called “the beginning of a new era” in his book": the naming ends with its quoted name
   * (and a head noun it modifies); null when the clause is not a "what" naming or no quote follows soon.
   */
  private Attribution namingWhatContent(Article a, SpeakerPhrase sp, int ss, int after, int se,
      boolean[] framedSpans) {
    if (!namingWhat(a, sp, ss) || after >= se || a.inQuote(after - 1)) {
      return null;
    }
    int q = after;
    while (q < se && q - after <= 3 && !a.inQuote(q)) {
      q++;
    }
    if (q >= se || !a.inQuote(q)) {
      return null;
    }
    int qe = a.tokenAtOrAfter(a.spans.get(a.tokSpan[q]).end());
    int head = qe;
    while (head < se && head - qe < 3 && !ContentEnd.quoteEndsWithComma(a, q) && a.tok(head).isWord()
        && !a.tok(head).isCapitalised() && !a.inQuote(head) && !Words.FUNCTION.contains(a.tok(head).lower())
        && !Words.DETERMINERS.contains(a.tok(head).lower())) {
      head++; // "a “let a thousand flowers bloom” approach", "the “crooked” nominating process"
    }
    if (head == se || !a.tok(head).isWord() || Words.FUNCTION.contains(a.tok(head).lower())) {
      qe = head;
    }
    return content(a, after, Math.min(qe, se), sp, framedSpans, 1);
  }

  /**
   * "what Kevin Phillips called …", "what aide Kevin Phillips called …": "what" opens the speaker's clause, right
   * before the speaker or before a lower-case role word or two that the speaker phrase left out.
   */
  private static boolean namingWhat(Article a, SpeakerPhrase sp, int ss) {
    for (int k = sp.from() - 1; k >= ss && k >= sp.from() - 3; k--) {
      Token t = a.tok(k);
      if (t.is("what")) {
        return true;
      }
      if (!t.isWord() || t.isCapitalised() || a.inQuote(k) || Words.FUNCTION.contains(t.lower())) {
        return false;
      }
    }
    return false;
  }

  /** "The most recent polling in Florida": a subject phrase naming a poll, record or study. */
  private static boolean evidencePhrase(Article a, SpeakerPhrase sp) {
    for (int k = sp.from(); k < sp.to(); k++) {
      if (EVIDENCE_NOUNS.contains(a.tok(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** The head of the subject right before the cue (past an adverb or two) is a poll, record or study. */
  private static boolean evidenceSubject(Article a, int cueFrom, int ss) {
    int k = cueFrom - 1;
    while (k > ss && k >= cueFrom - 2 && a.tok(k).isWord() && a.tok(k).lower().endsWith("ly")) {
      k--;
    }
    return k >= ss && EVIDENCE_NOUNS.contains(a.tok(k).lower());
  }

  /** Prepositions opening a sentence with an adjunct ("With polls showing …", "Despite polls …"), not a subject. */
  private static final java.util.Set<String> OPENING_PREPOSITIONS = Words.set("with", "despite", "in", "on", "at",
      "for", "from", "by", "after", "before", "during", "without", "under", "amid", "it's", "it’s");

  /** Longest sentence-initial subject taken whole before "said" ("A person familiar with the talks says …"). */
  private static final int PLAIN_SUBJECT = 9;

  /**
   * Tokens {@code [ss, cue)} read as a plain subject: a few words, starting with a capital, without a comma, quote,
   * verb-like auxiliary or relative word, so "said" is the main verb of the sentence.
   */
  private static boolean plainSubject(Article a, int ss, int cue) {
    if (cue - ss < 2 || cue - ss > PLAIN_SUBJECT || !a.tok(ss).isCapitalised()
        || SUBORDINATORS.contains(a.tok(ss).lower()) || LINKING.contains(a.tok(ss).lower())
        || OPENING_PREPOSITIONS.contains(a.tok(ss).lower())) {
      return false;
    }
    for (int k = ss; k < cue; k++) {
      Token t = a.tok(k);
      String w = t.lower();
      if (a.inQuote(k) || !t.isWord() && !t.isPossessive() || AUXILIARIES.contains(w) || w.endsWith("n't")
          || w.endsWith("n’t") || w.equals("what")
          || w.equals("who") || w.equals("which") || w.equals("that") || w.equals("it") || w.equals("everything")
          || w.equals("anything") || w.equals("nothing") || w.equals("to")) {
        return false;
      }
    }
    return true;
  }

  /** Conjunctions that open a sentence-initial adverbial clause ("After X vowed to …, the party …"). */
  private static final java.util.Set<String> SUBORDINATORS = Words.set("after", "as", "when", "while", "since",
      "although", "though", "because", "if", "before", "until", "once", "whereas", "unless", "whenever");

  /**
   * A cue inside a sentence-initial adverbial clause ("While critics dismissed him as an actor, he was …", "Three years
   * after Republicans vowed to …, the party …") reports only up to the comma that closes that clause: the main clause
   * after it is the writer's. Returns that comma, or {@code se}.
   */
  private static int subordinateClauseEnd(Article a, int ss, int cueFrom, int after, int se) {
    int m = ss;
    if (m < cueFrom && LINKING.contains(a.tok(m).lower())) {
      m++;
    }
    int sub = -1;
    for (int k = m; k < cueFrom && k - m <= 3; k++) {
      String w = a.tok(k).lower();
      if (SUBORDINATORS.contains(w)) {
        sub = k;
        break;
      }
      if (!a.tok(k).isWord() || k > m && !w.equals("even") && !w.equals("just") && !w.equals("years")
          && !w.equals("days") && !w.equals("weeks") && !w.equals("months") && !w.equals("shortly")
          && !w.equals("long")) {
        break;
      }
    }
    if (sub < 0) {
      return se;
    }
    for (int k = sub + 1; k < cueFrom; k++) {
      if (a.tok(k).is(",") || a.inQuote(k)) {
        return se; // the adverbial clause closed before the cue
      }
    }
    for (int k = after + 1; k < se; k++) {
      if (a.inQuote(k)) {
        int qe = a.tokenAtOrAfter(a.spans.get(a.tokSpan[k]).end());
        if (ContentEnd.quoteEndsWithComma(a, k) && se - qe > 3 && qe < se && !a.inQuote(qe)) {
          return qe; // "While those surveyed said Bush has the “best experience,” Trump is …"
        }
        return se;
      }
      if (a.tok(k).is(",") && se - k > 3) {
        return k;
      }
    }
    return se;
  }

  private static final java.util.Set<String> LINKING = Words.set("and", "but", "so", "yet");

  /** Reporting verbs that make "who …" clause a report rather than a description of the person. */
  private static final java.util.Set<String> REPORT_CORE = Words.set("said", "says", "told", "tells", "wrote",
      "writes", "argued", "argues", "claimed", "claims", "insisted", "insists", "warned", "warns", "noted", "notes",
      "added", "adds", "predicted", "predicts", "acknowledged", "acknowledges", "stressed", "stresses", "explained",
      "explains", "asserted", "asserts", "contended", "contends", "maintained", "maintains", "declared", "declares");

  /** {@code NAME , who (adverbs) CUE}: the named antecedent of the relative pronoun, or null. */
  private static SpeakerPhrase relativeAntecedent(Article a, int cueFrom, int ss) {
    int k = cueFrom - 1;
    while (k > ss && a.tok(k).isWord() && Words.SKIPPABLE.contains(a.tok(k).lower())) {
      k--;
    }
    if (k - 2 < ss || !a.tok(k).is("who") || !a.tok(k - 1).is(",") || a.inQuote(k)) {
      return null;
    }
    int j = k - 2;
    if (a.tok(j).is(")")) {
      // "Sen. Ron Johnson (R-Wis.), who told …": past the party label
      int m = j - 1;
      while (m > ss && j - m <= 8 && !a.tok(m).is("(")) {
        m--;
      }
      j = a.tok(m).is("(") ? m - 1 : j;
    }
    SpeakerPhrase name = SpeakerChunker.chunkLeft(a, j, ss);
    return name != null && name.name() != null && name.person() ? name : null;
  }

  /**
   * A cue inside a relative clause set off by commas ({@code Mr. Trump, who said last week that X was biased, issued a
   * statement …}) reports up to the comma where the main clause resumes with its verb. Returns that comma, or
   * {@code se}.
   */
  private static int relativeClauseEnd(Article a, int cueFrom, int after, int se) {
    int k = cueFrom - 1;
    while (k > 0 && a.tok(k).isWord() && Words.SKIPPABLE.contains(a.tok(k).lower())) {
      k--;
    }
    if (k < 1 || !(a.tok(k).is("who") || a.tok(k).is("which")) || !a.tok(k - 1).is(",") || a.inQuote(k)) {
      return se;
    }
    for (int m = after + 1; m + 1 < se; m++) {
      boolean quoteComma = a.inQuote(m) && !a.inQuote(m + 1) && ContentEnd.quoteEndsWithComma(a, m);
      if (!(a.tok(m).is(",") || quoteComma) || a.inQuote(m) && !quoteComma || a.inQuote(m + 1)) {
        continue;
      }
      Token next = a.tok(m + 1);
      String w = next.lower();
      if (next.isWord() && !next.isCapitalised() && !Words.FUNCTION.contains(w) && !Words.DETERMINERS.contains(w)
          && !Words.PRONOUNS.contains(w) && !w.endsWith("ing") && !w.endsWith("ly")
          && (w.endsWith("ed") || w.endsWith("s") || CueLexicon.inflect("say").contains(w))) {
        return quoteComma ? m + 1 : m; // ", issued a statement …": the main clause's verb
      }
    }
    return se;
  }

  /** ", a senior analyst at Jefferies." after an inverted speaker: an appositive running to the sentence end. */
  private boolean appositiveToEnd(Article a, int k, int se) {
    if (k >= se || !a.tok(k).is(",")) {
      return false;
    }
    for (int m = k + 1; m < se; m++) {
      Token t = a.tok(m);
      if (a.inQuote(m) || t.is("that") || t.is(",") && m - k > 16 || t.is(";") || t.is(":") || cues.at(a, m) != null) {
        return false;
      }
    }
    return true;
  }

  /** A lower-case content word that can open a bare noun phrase ("lower taxes", "families"): no function word. */
  private static boolean bareNounStart(Article a, int k) {
    Token t = a.tok(k);
    String w = t.lower();
    return t.isWord() && !t.isCapitalised() && !a.inQuote(k) && !Words.FUNCTION.contains(w)
        && !ADJUNCT_START.contains(w) && !AUXILIARIES.contains(w) && (!SAY_OBJECTS.contains(w) || w.equals("such"))
        && !w.endsWith("ly")
        && !w.equals("to") && !w.equals("that");
  }

  private static boolean objectStarter(Article a, int k) {
    Token t = a.tok(k);
    if (!t.isWord()) {
      return false;
    }
    String w = t.lower();
    return Words.DETERMINERS.contains(w) || t.isCapitalised() && !Words.FUNCTION.contains(w) || w.equals("for")
        || w.equals("about") || w.equals("whether") || w.equals("how") || w.equals("why") || w.equals("what")
        || w.equals("new") || w.equals("more");
  }

  /** The comma right before a subject, allowing two lower-case modifiers ("…, farm minister Jonas Berg"); else -1. */
  private static int commaBefore(Article a, int from, int ss) {
    for (int k = from - 1; k >= ss && k >= from - 3; k--) {
      Token t = a.tok(k);
      if (t.is(",")) {
        return k;
      }
      if (!t.isWord() || t.isCapitalised() || Words.FUNCTION.contains(t.lower()) || a.inQuote(k)) {
        return -1;
      }
    }
    return -1;
  }

  /** "and said", "but also warned": the cue follows "and"/"but" (past adverbs) after the quote floor. */
  private static boolean coordinatedWithEarlierVerb(Article a, int cueFrom, int floor) {
    int k = cueFrom - 1;
    while (k >= floor && Words.SKIPPABLE.contains(a.tok(k).lower()) && !a.tok(k).isCapitalised()) {
      k--;
    }
    if (k < floor || !(a.tok(k).is("and") || a.tok(k).is("but"))) {
      return false;
    }
    k--;
    if (k >= floor && a.tok(k).is(",")) {
      k--;
    }
    if (k < floor) {
      return true; // right after the quoted part
    }
    // "urged the agency to conduct an “expedited review” of the system and said …": a short unpunctuated tail of the
    // earlier verb's object lies between the quote and "and"
    for (int m = floor; m <= k; m++) {
      Token t = a.tok(m);
      if (!t.isWord() && !t.isPossessive() || AUXILIARIES.contains(t.lower()) || Words.PRONOUNS.contains(t.lower())
          || t.is("who") || t.is("which") || t.is("that")) {
        return false;
      }
    }
    return k - floor < COORDINATION_TAIL;
  }

  /** Longest tail of the earlier verb's object between its quote and the coordinated cue ("of the water system"). */
  private static final int COORDINATION_TAIL = 6;

  private static int quoteFloor(Article a, int from, int ss) {
    for (int k = from - 1; k >= ss; k--) {
      if (a.inQuote(k)) {
        int qs = a.tokenAtOrAfter(a.spans.get(a.tokSpan[k]).start());
        if (qs > ss && a.tok(qs - 1).isWord() && titleQuote(a, k)) {
          k = qs; // "Hemsley, the co-author of “Going Viral,” …, said": a title inside the subject's appositive
          continue;
        }
        return k + 1;
      }
    }
    return ss;
  }

  /** Nothing but a short adjunct ("on Monday", "in a statement", "Tuesday") before the sentence end. */
  private static boolean adjunctsOnly(Article a, int from, int se) {
    if (from >= se || a.tok(from).isSentenceEnd()) {
      return true;
    }
    Token first = a.tok(from);
    boolean adjunctStart = ADJUNCT_START.contains(first.lower())
        || first.isCapitalised() && (Words.FUNCTION.contains(first.lower()) || first.lower().endsWith("day"));
    return adjunctStart && endsSoon(a, from, se, 6);
  }

  private static boolean endsSoon(Article a, int from, int se, int maxAdjunct) {
    return ContentEnd.endsSoon(a, from, se, maxAdjunct);
  }

  private static int findThat(Article a, int from, int se) {
    return findThat(a, from, se, THAT_WINDOW);
  }

  /** "told customers at a popular Manchester, New Hampshire, breakfast spot that …": an addressee and a place. */
  private static final int TELL_THAT_WINDOW = 16;

  private static int findThat(Article a, int from, int se, int window) {
    int skipped = 0;
    for (int k = from; k < se && k - from - skipped < window; k++) {
      Token t = a.tok(k);
      if (a.inQuote(k) && k > from && titleQuote(a, k)) {
        // "told MSNBC’s “Morning Joe” on Friday that …": a programme or publication named on the way
        int end = a.tokenAtOrAfter(a.spans.get(a.tokSpan[k]).end());
        skipped += end - k;
        k = end - 1;
        continue;
      }
      if (a.inQuote(k) || t.isSentenceEnd() || t.is(";") || t.is(":")) {
        return -1;
      }
      if (t.is("that")) {
        return k;
      }
      if (t.is("which") || t.is("who") || t.is("because") || t.is("if") || t.is("when") || AUXILIARIES.contains(t.lower())) {
        return -1; // "said officials have concealed files that …": the clause began before this relative "that"
      }
    }
    return -1;
  }

  /** Lower-case words inside a title ("Face the Nation", "State of the Union", "Fox and Friends"). */
  private static final java.util.Set<String> TITLE_SMALL_WORDS = Words.set("the", "a", "an", "of", "and", "in", "on",
      "at", "for", "to", "with", "from", "by", "or");

  /** A short quoted title in mid-sentence: at most five words, each capitalised or a short function word. */
  private static boolean titleQuote(Article a, int k) {
    QuoteScanner.Span sp = a.spans.get(a.tokSpan[k]);
    int from = a.tokenAtOrAfter(sp.start());
    int to = a.tokenAtOrAfter(sp.end());
    int words = 0;
    for (int m = from; m < to; m++) {
      Token t = a.tok(m);
      if (!t.isWord()) {
        continue;
      }
      words++;
      if (!t.isCapitalised() && !(words > 1 && TITLE_SMALL_WORDS.contains(t.lower()))
          && !Character.isDigit(t.lower().charAt(0))) { // "“60 Minutes”", "“Face the Nation”"
        return false;
      }
    }
    return words > 0 && words <= 5;
  }

  /** After said/says: any word that is not an adjunct, an object word or a name ending the sentence starts a clause. */
  private static boolean sayClauseStarter(Article a, int k, int se) {
    Token t = a.tok(k);
    if (!t.isWord() || se - k < 3) {
      return false;
    }
    String w = t.lower();
    return !ADJUNCT_START.contains(w) && !SAY_OBJECTS.contains(w) && !Words.FUNCTION.contains(w)
        && !w.endsWith("ly") && !CueLexicon.THAT_ONLY.contains(w);
  }

  /** "he'd", "they're", "it's": the pronoun before the contraction. */
  private static String withoutContraction(String w) {
    int apo = Math.max(w.indexOf('\''), w.indexOf('’'));
    return apo > 0 ? w.substring(0, apo) : w;
  }

  private static boolean clauseStarter(Article a, int k) {
    Token t = a.tok(k);
    if (!t.isWord()) {
      return false;
    }
    String w = withoutContraction(t.lower());
    return w.equals("he") || w.equals("she") || w.equals("they") || w.equals("it") || w.equals("we") || w.equals("i")
        || w.equals("there") || w.equals("the") || w.equals("his") || w.equals("her") || w.equals("their")
        || w.equals("this") || w.equals("no") || w.equals("despite") || w.equals("if") || w.equals("while")
        || w.equals("although") || w.equals("both") || w.equals("all") || w.equals("our") || w.equals("its")
        || w.equals("people") || w.equals("americans") || w.equals("everyone") || w.equals("nobody")
        || w.equals("a") || w.equals("an") || w.equals("some") || w.equals("many") || w.equals("most")
        || w.equals("these") || w.equals("those") || w.equals("you") || w.equals("what") || w.equals("any")
        || w.equals("several") || w.equals("more") || w.equals("few") || w.equals("one") || w.equals("two")
        || w.equals("none") || w.equals("neither") || w.equals("nothing") || w.equals("voters")
        || Character.isDigit(w.charAt(0))
        || (t.isCapitalised() && !Words.FUNCTION.contains(w) && lowerAfterCapitalRun(a, k));
  }

  /** "President Barack Obama is …": a capitalised run followed by a lower-case word that does not extend the name. */
  private static boolean lowerAfterCapitalRun(Article a, int k) {
    int m = k;
    while (m < a.size() && m - k < 6 && (a.tok(m).isCapitalised() || a.tok(m).isPossessive())) {
      m++;
    }
    return m < a.size() && a.tok(m).isWord() && !a.tok(m).isCapitalised() && !NOT_AFTER_NAME.contains(a.tok(m).lower());
  }

  /** "… “horrific” and was “grateful …”": a finite verb after "and" is the subject's next predicate. */
  private static final java.util.Set<String> FINITE_BE_HAVE = Words.set("was", "is", "were", "are", "has", "had",
      "have");

  /** Subject pronouns: after "and" they open a new clause, never continue a noun phrase. */
  private static final java.util.Set<String> PRONOUN_SUBJECTS = Words.set("he", "she", "they", "we", "i");

  /** Subordinating conjunctions that end a noun-phrase content ("criticized the plan because …"). */
  private static final java.util.Set<String> NP_END_CONJ = Words.set("but", "because", "although", "though", "while",
      "when", "after", "before", "since", "whereas", "even");

  /**
   * Where a noun-phrase content ends before its sentence does: at a subordinating conjunction ("criticized the plan
   * because …", "… even though …") or at a comma or dash that opens a new clause with a pronoun subject ("praised the
   * ferry, and he promised …"). Lists and appositives after a comma stay in.
   */
  private int nounPhraseEnd(Article a, int from, int to) {
    if (from + 2 < to && !a.inQuote(from + 1) && oneWordObjectEnd(a, from + 1)) {
      return from + 1; // "opposed it because …", "thanked him as they left": the object is one word
    }
    for (int k = from + 2; k < to; k++) {
      Token t = a.tok(k);
      if (a.inQuote(k)) {
        continue;
      }
      boolean afterQuoteComma = a.inQuote(k - 1) && ContentEnd.quoteEndsWithComma(a, k - 1);
      if (afterQuoteComma && clauseAfter(a, k, to)) {
        return k; // "called inversions “unpatriotic,” and his administration has …"
      }
      if (afterQuoteComma && (t.is("a") || t.is("an") || t.is("the")) && !a.quoteIn(k, to)) {
        return k; // "referenced the “Charleston loophole,” a flaw in …": the writer's gloss on the quoted term
      }
      if ((t.is(",") || afterQuoteComma) && (t.is("yet") || k + 1 < to && a.tok(k + 1).is("yet"))) {
        return k; // "trumpets the slogan “Question More,” yet sticks to …": a contrast clause of the writer's
      }
      if ((t.is(",") || afterQuoteComma) && ingCue() && k + 2 < to) {
        int v = t.is(",") ? k + 1 : k;
        if (v + 1 < to && a.tok(v).is("and") && !a.inQuote(v + 1) && a.tok(v + 1).isWord()
            && !a.tok(v + 1).isCapitalised() && a.tok(v + 1).lower().endsWith("ed") && objectStart(a, v + 2)) {
          return k; // "…, calling him a “train wreck,” and contrasted the candidate …"
        }
      }
      if ((t.is("and") || t.is("but") || t.is(",")) && k + 2 < to && !a.inQuote(k + 1)
          && parallelVerb(cueWord, a.tok(k + 1)) && (objectStart(a, k + 2) || a.tok(k + 2).is("to"))
          && (!t.is(",") || !a.commaOutsideQuotes(from, k))) {
        return k; // "called the merger “a terrible deal” and ranked Fiorina …", "joked about X, cited his …"
      }
      boolean dashOrComma = t.is(",") || ContentEnd.clauseDash(t);
      if (dashOrComma && k + 1 < to && clauseAfter(a, k + 1, to) && !a.inQuote(k + 1)) {
        return k;
      }
      if ((t.is("and") || t.is("but")) && k + 1 < to && !a.inQuote(k + 1)
          && (PRONOUN_SUBJECTS.contains(a.tok(k + 1).lower()) || FINITE_BE_HAVE.contains(a.tok(k + 1).lower()))) {
        return k; // "calling him a “nice guy” and he didn’t …": a clause of its own
      }
      if ((t.is("and") || t.is("but")) && namedSubjectClause(a, k + 1, to)) {
        return k; // "brand you a liar and NBC News will accuse you …": a new named source and its own report
      }
      if (t.is(",") && k + 2 < to && !a.inQuote(k + 1) && ContentEnd.participleClause(a.tok(k + 1))
          && cues.at(a, k + 1) == null && !a.quoteIn(k + 1, to) && participleObject(a, k + 2)
          && !gerundBefore(a, from, k)) {
        return k; // "declared a no-fly zone, forcing airliners to …": the writer's account of what followed
      }
      if (t.is(",") && k + 1 < to && (a.tok(k + 1).is("who") || a.tok(k + 1).is("where"))
          && a.tok(k - 1).isCapitalised() && !a.inQuote(k - 1)) {
        return k; // "mentioned Clinton, who trailed by 20 points": the writer's note on the person named
      }
      if (t.is(",") && k + 2 < to && a.tok(k - 1).isCapitalised() && !a.inQuote(k - 1)
          && (a.tok(k + 1).is("a") || a.tok(k + 1).is("an") || a.tok(k + 1).is("the")) && !a.commaOutsideQuotes(k + 1, to)
          && !a.quoteIn(k + 1, to)) {
        return k; // "referring to Jeff Walsh, a State Department official": the writer's gloss on the name, to the end
      }
      if (t.is("as") && k + 1 < to && PRONOUN_SUBJECTS.contains(a.tok(k + 1).lower())) {
        return k; // "opposed it as he positioned himself for a run": a time clause of the narration
      }
      if (t.is("because") && a.quoteIn(from, k)) {
        continue; // "called Horgos “a mistake” because few live there": the reason goes with a quoted judgement
      }
      if (t.is("because") && !a.tok(k - 1).is(",") && (k + 1 < to && a.tok(k + 1).is("of")
          || objectPredicate(a, from, k))) {
        continue; // "portrayed him as a hypocrite because he took the money": the reason belongs to the charge
      }
      if (CHARGE_TIME.contains(t.lower()) && !a.tok(k - 1).is(",") && objectPredicate(a, from, k)
          && !cueWithin(a, k + 1, to, CHARGE_TIME_CUE_WINDOW)) {
        continue; // "accused her of lying while she was in office": the time of the act charged
      }
      if (NP_END_CONJ.contains(t.lower()) && (!t.is("even") || k + 1 < to
          && (a.tok(k + 1).is("though") || a.tok(k + 1).is("as") || a.tok(k + 1).is("if")))) {
        return k;
      }
    }
    return to;
  }

  /**
   * {@code [from, k)} holds a predicate on the object, "as" + a description or "of" + a gerund ("accused him of
   * lying", "portrayed her as reckless"): a charge, whose reason the report gives with it.
   */
  private static boolean objectPredicate(Article a, int from, int k) {
    for (int m = from + 1; m + 1 < k; m++) {
      if (a.inQuote(m)) {
        continue;
      }
      Token t = a.tok(m);
      if (t.is("as") || t.is("of") && a.tok(m + 1).isWord() && a.tok(m + 1).lower().endsWith("ing")) {
        return true;
      }
    }
    return false;
  }

  /** Subordinators of time that stay with a charge ("accused her of sleeping when the call came"). */
  private static final java.util.Set<String> CHARGE_TIME = Words.set("while", "when");

  /** "… as “Mr. Trump” while Trump refers to him as …": how far after the subordinator a cue opens a new report. */
  private static final int CHARGE_TIME_CUE_WINDOW = 4;

  /** A reporting cue outside quotes within {@code window} tokens from k. */
  private boolean cueWithin(Article a, int k, int to, int window) {
    for (int m = k; m < to && m - k < window; m++) {
      if (!a.inQuote(m) && cues.at(a, m) != null) {
        return true;
      }
    }
    return false;
  }

  /** Longest name run taken as the subject of a new clause after "and". */
  private static final int NAMED_SUBJECT = 4;

  /** At k: a capitalised name run (not a function word), auxiliaries or adverbs, and a reporting cue: a new report. */
  private boolean namedSubjectClause(Article a, int k, int to) {
    int m = k;
    while (m < to && m - k < NAMED_SUBJECT && !a.inQuote(m) && a.tok(m).isCapitalised()
        && !Words.FUNCTION.contains(a.tok(m).lower())) {
      m++;
    }
    if (m == k || m >= to || a.inQuote(m) || a.tok(m).isCapitalised()) {
      return false;
    }
    while (m + 1 < to && (AUXILIARIES.contains(a.tok(m).lower()) || Words.SKIPPABLE.contains(a.tok(m).lower()))
        && !a.inQuote(m)) {
      m++; // "and NBC News will also accuse"
    }
    CueHit c = a.inQuote(m) ? null : cues.at(a, m);
    return c != null && c.frame() != CueLexicon.Frame.ACCORDING;
  }

  /** A subordinator, or "as" with a subject pronoun, right after a one-word object ends it. */
  private static boolean oneWordObjectEnd(Article a, int k) {
    Token t = a.tok(k);
    return NP_END_CONJ.contains(t.lower()) && !t.is("even") && !t.is("but")
        || t.is("as") && k + 1 < a.size() && PRONOUN_SUBJECTS.contains(a.tok(k + 1).lower());
  }

  /**
   * A lower-case word with the cue's own verb ending (-ed after -ed, -ing after -ing, -s after -s): the subject's next
   * predicate in a coordination ("called X … and ranked Y", "calling X … and threatening to …").
   */
  private static final java.util.Set<String> PREPOSITION_LIKE = Words.set("compared", "based", "given", "including",
      "following", "regarding", "concerning", "considering", "excluding", "involving", "during", "according");

  static boolean parallelVerb(String cue, Token w) {
    if (!w.isWord() || w.isCapitalised() || cue.isEmpty()) {
      return false;
    }
    String v = w.lower();
    if (v.length() < 5 || Words.FUNCTION.contains(v) || Words.DETERMINERS.contains(v) || PREPOSITION_LIKE.contains(v)) {
      return false;
    }
    if (cue.endsWith("ing")) {
      return v.endsWith("ing");
    }
    if (cue.endsWith("ed") || cue.equals("said") || cue.equals("told")) {
      return v.endsWith("ed") && !v.endsWith("eed");
    }
    return false;
  }

  /**
   * What follows a participle that opens a clause: a determiner, pronoun, "to" or a name ("raising the question",
   * "seeking to …"), unlike a gerund noun in a list ("electricity, drinking water and roads").
   */
  private static boolean participleObject(Article a, int k) {
    Token t = a.tok(k);
    String w = t.lower();
    return t.isWord() && !a.inQuote(k) && (Words.DETERMINERS.contains(w) || w.equals("the") || w.equals("to")
        || w.equals("him") || w.equals("them") || w.equals("it") || w.equals("up") || w.equals("out")
        || t.isCapitalised());
  }

  /** "accused X of intensifying the conflict, seeking …": an earlier -ing form makes the participle its parallel. */
  private static boolean gerundBefore(Article a, int from, int k) {
    for (int m = from; m < k; m++) {
      if (ContentEnd.participleClause(a.tok(m))) {
        return true;
      }
    }
    return false;
  }

  /** An object opening at token k: a determiner, a possessive or object pronoun, or a capitalised word. */
  private static boolean objectStart(Article a, int k) {
    Token t = a.tok(k);
    String w = t.lower();
    return t.isWord() && (Words.DETERMINERS.contains(w) || w.equals("the") || w.equals("him") || w.equals("them")
        || w.equals("it") || t.isCapitalised() && !Words.FUNCTION.contains(w));
  }

  /** A new clause at token k: an optional conjunction, then a pronoun subject (or, after the conjunction, a determiner). */
  private static boolean clauseAfter(Article a, int k, int to) {
    int m = k;
    if (m < to && (a.tok(m).is("and") || a.tok(m).is("but") || a.tok(m).is("so") || a.tok(m).is("yet"))) {
      m++;
    }
    if (m >= to) {
      return false;
    }
    String w = a.tok(m).lower();
    return w.equals("he") || w.equals("she") || w.equals("they") || w.equals("it") || w.equals("this")
        || w.equals("i") || w.equals("we") || w.equals("there") || w.equals("that") && m > k
        || (w.equals("his") || w.equals("her") || w.equals("their") || w.equals("the")) && m > k;
  }

  /**
   * Noun-phrase content ("denied the charges through his lawyer"): up to the end of the noun phrase and without a
   * trailing adjunct about the statement.
   */
  private Attribution objectContent(Article a, int from, int to, SpeakerPhrase sp, boolean[] framedSpans) {
    nounContent = true;
    try {
      to = nounPhraseEnd(a, from, to);
      Attribution at = content(a, from, to, sp, framedSpans, 2);
      if (at == null) {
        return null;
      }
      int last = a.tokenAtOrAfter(at.end());
      int cut = ContentEnd.eventAdjunctStart(a, a.tokenAtOrAfter(at.start()), last);
      return cut < last ? content(a, from, cut, sp, framedSpans, 2) : at;
    } finally {
      nounContent = false;
    }
  }

  /**
   * A noun-phrase object read as clause content ("confirmed the meeting in a statement"): without the trailing adjunct
   * about the statement, when no finite verb shows before it that the object is a clause of its own.
   */
  private Attribution withoutEventAdjunct(Article a, Attribution at, int from, SpeakerPhrase sp,
      boolean[] framedSpans) {
    int last = a.tokenAtOrAfter(at.end());
    int cut = ContentEnd.eventAdjunctStart(a, from, last);
    if (cut >= last || !verbless(a, from, cut) || WH_WORDS.contains(a.tok(from).lower())) {
      return at; // "describes what happens on a video": a clause, whose adjunct is its own
    }
    return content(a, from, cut, sp, framedSpans, 2);
  }

  private static final java.util.Set<String> WH_WORDS = Words.set("what", "how", "why", "whether", "who", "when",
      "where", "which");

  /** No auxiliary, modal, subject pronoun or relative word in {@code [from, to)}: a noun phrase, not a clause. */
  private static boolean verbless(Article a, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = withoutContraction(a.tok(k).lower());
      if (!a.inQuote(k) && (AUXILIARIES.contains(w) || PRONOUN_SUBJECTS.contains(w) || w.equals("it") && k > from
          || w.equals("that") || w.equals("who") || w.equals("which") || SAY.contains(w))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A dash that opens or closes a paired aside inside content: em, en or doubled hyphen, not a lone spaced hyphen
   * (which {@code DirectFrames.isDash} does count; the two sets differ, so the names do too).
   */
  private static boolean asideDash(Token t) {
    return t.is("—") || t.is("–") || t.is("--");
  }

  /** The second dash of a paired aside opened at {@code open}, with content after it before {@code to}, or -1. */
  private static int closingDash(Article a, int open, int to) {
    for (int k = open + 1; k < to && k - open <= MAX_PARENTHETICAL + 4; k++) {
      Token t = a.tok(k);
      if (asideDash(t)) {
        // "… one man — a local teacher — who …": an appositive aside whose noun a relative clause goes on to describe
        return k + 2 < to && !relativeStart(a.tok(k + 1)) ? k : -1;
      }
      if (t.is(";") || t.is("(") || t.isSentenceEnd()) {
        return -1;
      }
    }
    return -1;
  }

  /** A "(" in {@code [from, k)}: a ")" at k closes it inside the content ("WASHINGTON (Reuters) - …"). */
  private static boolean parenOpenIn(Article a, int from, int k) {
    for (int m = from; m < k; m++) {
      if (a.tok(m).is("(")) {
        return true;
      }
    }
    return false;
  }

  /** Longest parenthetical kept inside a content. */
  private static final int MAX_PARENTHETICAL = 12;

  /** The ")" closing the "(" at {@code open} within {@code to} and a few tokens, or -1. */
  private static int closingParen(Article a, int open, int to) {
    for (int k = open + 1; k < to && k - open <= MAX_PARENTHETICAL; k++) {
      Token t = a.tok(k);
      if (t.is(")")) {
        return k + 1 < to ? k : -1;
      }
      if (t.is("(") || t.isSentenceEnd()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Content from token {@code from} to {@code to} (exclusive), cut at a semicolon, a conjunct cue or a framed quote.
   */
  private Attribution content(Article a, int from, int to, SpeakerPhrase sp, boolean[] framedSpans, int minTokens) {
    while (from < to && (a.tok(from).is(",") || a.tok(from).is("—") || a.tok(from).is(":"))) {
      from++;
    }
    int end = from;
    boolean hasQuote = false;
    List<Integer> absorbed = new ArrayList<>();
    for (; end < to; end++) {
      Token t = a.tok(end);
      int span = a.tokSpan[end];
      if (span >= 0) {
        // a quote framed by a cue inside this content ("She said Trump favors a “strongman approach.”") is part of it
        if (framedSpans[span] && !(frameCue[span] >= from && frameCue[span] < end)) {
          break;
        }
        hasQuote = true;
        if (absorbed.isEmpty() || absorbed.get(absorbed.size() - 1) != span) {
          absorbed.add(span);
        }
        continue;
      }
      if (t.is("(") && end > from + 2) {
        int close = closingParen(a, end, to);
        if (close < 0) {
          break;
        }
        end = close; // "praised the efforts of Sen. Smith (R-FL) to …": a parenthetical inside the content stays in
        continue;
      }
      if (t.is(";") || t.is(")") && !parenOpenIn(a, from, end)) {
        break; // a ")" whose "(" lies before the content closes the aside the content sat in
      }
      if (nounContent && t.is(",") && end + 2 < to && !a.inQuote(end + 1) && (a.tok(end + 1).is("who") || a.tok(end + 1).is("which"))
          && cues.at(a, end + 2) != null) {
        break; // "echoed Sen. X (D-Maine), who told a paper that …": the relative clause is a report of its own
      }
      if (contentEnd.stopsBefore(a, end, from, to, !nounContent, ingCue(), infinitiveContent, pastCue())) {
        break;
      }
      if (asideDash(t) && end > from + 2) {
        int close = closingDash(a, end, to);
        if (close >= 0) {
          end = close; // "immigration is in decline — a decline that began in 2007 — and …": a paired aside stays in
          continue;
        }
      }
      if (!nounContent && ingCue() && (t.is("and") || t.is("but")) && end + 2 < to && !a.inQuote(end + 1)
          && parallelVerb(cueWord, a.tok(end + 1)) && objectStart(a, end + 2)) {
        break; // "touting her Senate record and pounding him on guns": the subject's next participle
      }
      if (!nounContent && t.is(",") && end + 2 < to && !a.inQuote(end + 1) && cueWord.endsWith("ed")
          && parallelVerb(cueWord, a.tok(end + 1)) && !a.commaOutsideQuotes(from, end)
          && (objectStart(a, end + 2) || TOPIC_PREPOSITIONS.contains(a.tok(end + 2).lower())
              || a.tok(end + 2).is("to"))) {
        break; // "suggested Clinton is on drugs, talked of a “stolen election” …": the subject's next predicate
      }
      if (end > from + 6 && t.is("—") && !(end + 1 < to && a.inQuote(end + 1) && !framedSpans[a.tokSpan[end + 1]])) {
        break; // a dash aside is usually the writer's, not the source's (but "… the matter — “so that …”": a quote
               // no frame took continues the speaker's sentence)
      }
    }
    while (end > from && !a.tok(end - 1).isWord() && a.tokSpan[end - 1] < 0) {
      end--;
    }
    int words = 0;
    for (int k = from; k < end; k++) {
      if (a.tok(k).isWord()) {
        words++;
      }
    }
    if (words < minTokens) {
      return null;
    }
    Attribution at = new Attribution(hasQuote ? ExtractedQuote.Kind.MIXED : ExtractedQuote.Kind.INDIRECT,
        a.tok(from).start(), a.tok(end - 1).end());
    at.phrase = sp;
    at.absorbedSpans = absorbed;
    return at;
  }
}

