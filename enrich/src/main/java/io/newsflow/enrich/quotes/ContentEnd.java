package io.newsflow.enrich.quotes;

/**
 * Where the content of a reported-speech frame stops before its sentence ends. The content of {@code X said (that) …}
 * is one clause: it does not take in what the writer adds after it, which English marks at a comma or a conjunction:
 * <ul>
 *   <li>a new attribution: {@code , but also noted …}, {@code , adding …}, {@code , according to …},
 *       {@code , Lavrov says.}, {@code , officials said they …};</li>
 *   <li>a second verb of the reporting subject: {@code … and called on others to do the same}.</li>
 * </ul>
 */
final class ContentEnd {
  /** ", but in a later interview said …": how far after the conjunction a cue still opens a new attribution. */
  private static final int CONJUNCT_CUE_WINDOW = 7;
  /** ", officials close to the campaign said": longest subject between a comma and the cue of a new attribution. */
  private static final int NEW_REPORT_SUBJECT = 5;

  /**
   * Contrast conjunctions after which a subject and a cue open another attribution rather than continue the content
   * ("and"/"but" are handled with their comma by {@link #conjunctCue}).
   */
  private static final java.util.Set<String> CONTRAST = Words.set("while", "whereas", "although",
      "though", "as");

  /** Pronoun subjects that open a clause of their own after ", but". */
  private static final java.util.Set<String> CLAUSE_SUBJECTS = Words.set("he", "she", "they", "it", "this", "i", "we",
      "there");
  /** Words linking a further participle of the reporting subject ("before adding", "but suggesting"). */
  private static final java.util.Set<String> PARTICIPLE_LINKS = Words.set("but", "before", "after", "while");

  private final CueFinder cues;

  ContentEnd(CueFinder cues) {
    this.cues = cues;
  }

  /** Prepositions and time words that open an adjunct about the act of speaking rather than its content. */
  private static final java.util.Set<String> EVENT_ADJUNCT_START = Words.set("in", "at", "during", "on", "through",
      "via", "last", "this", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday");
  /** Heads of such adjuncts: the occasion, medium or time of a statement ("in an op-ed", "at a rally", "on Monday"). */
  private static final java.util.Set<String> EVENT_WORDS = Words.set("statement", "statements", "interview",
      "interviews", "op-ed", "rally", "rallies", "speech", "speeches", "debate", "conference", "hearing", "town",
      "tweet", "tweets", "letter", "email", "appearance", "event", "meeting", "summit", "call", "remarks", "address",
      "post", "video", "broadcast", "briefing", "testimony", "memo", "filing", "lawsuit", "ad", "message", "lawyer",
      "attorney", "spokesman", "spokeswoman", "spokesperson", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "week", "weekend", "month", "night", "morning", "afternoon", "evening", "yesterday",
      "today", "stop", "visit", "trip", "forum", "show", "radio", "media", "podcast",
      "column", "editorial", "session", "fundraiser", "roundtable", "panel");
  /** Longest trailing adjunct trimmed ("during a televised town hall in Des Moines on Monday night"). */
  private static final int MAX_EVENT_ADJUNCT = 9;

  /**
   * Where a trailing adjunct about the speech event begins in the object content {@code [from, end)}, or {@code end}:
   * "denied the charges through his lawyer", "touted his wins in his opening statement", "praised the plan on Monday".
   * Only for noun-phrase content, where such a phrase attaches to the reporting verb.
   */
  static int eventAdjunctStart(Article a, int from, int end) {
    for (int k = Math.max(from + 1, end - MAX_NP_EVENT_ADJUNCT); k < end; k++) {
      Token t = a.tok(k);
      if (a.inQuote(k) || !EVENT_ADJUNCT_START.contains(t.lower()) || t.is("this") && k + 1 < end
          && !EVENT_WORDS.contains(a.tok(k + 1).lower())) {
        continue;
      }
      Token prev = a.tok(k - 1);
      if (!PREPOSITION_STARTS.contains(t.lower()) && (prev.isWord() && (Words.DETERMINERS.contains(prev.lower())
          || prev.is("the")) || prev.isPossessive())) {
        continue; // "since the Monday night debate": a weekday that modifies a noun does not open the adjunct
      }
      if (eventPhraseToEnd(a, k, end)) {
        return k;
      }
    }
    return end;
  }

  private static final java.util.Set<String> PREPOSITION_STARTS = Words.set("in", "at", "during", "on", "through",
      "via");

  /** Longest trailing adjunct cut from noun-phrase content, a place after it included ("at a rally in Flint, Mich."). */
  private static final int MAX_NP_EVENT_ADJUNCT = 14;

  /** Words that cannot follow the event word inside such an adjunct: they attach more content or a new clause. */
  private static final java.util.Set<String> EVENT_TAIL_STOPS = Words.set("for", "as", "and", "but", "or",
      "because", "that", "if", "whether", "when", "where", "how", "why", "what", "while", "since", "after", "before",
      "is", "was", "are", "were", "has", "have", "had", "will", "would");
  /** Longest place or time after the event word ("in his home state of Vermont"). */
  private static final int MAX_EVENT_TAIL = 7;

  /** A lower-case word after "to" that is not a determiner: the verb of an infinitive. */
  private static boolean infinitiveVerb(Token t) {
    String w = t.lower();
    return t.isWord() && !t.isCapitalised() && !Words.DETERMINERS.contains(w) && !w.equals("the");
  }

  /** The event word comes early in the adjunct ("at the start of his speech"). */
  private static final int EVENT_WORD_REACH = 7;

  /** At m: "and"/"or" joining a second event word ("at a rally and fundraiser"): one occasion, not more content. */
  private static boolean eventConjunct(Article a, int m, int end) {
    return (a.tok(m).is("and") || a.tok(m).is("or")) && m + 1 < end && EVENT_WORDS.contains(a.tok(m + 1).lower());
  }

  /**
   * Tokens {@code [k, end)} name the occasion of the statement: an event word within {@value #EVENT_WORD_REACH}
   * tokens, no quote, relative word or clause before it; after it only a place or time ("during a rally Friday in
   * Hartford, Conn."), where a comma may only precede a capitalised word.
   */
  private static boolean eventPhraseToEnd(Article a, int k, int end) {
    int event = -1;
    for (int m = k; m < end; m++) {
      Token t = a.tok(m);
      String w = t.lower();
      if (a.inQuote(m) || t.is(";") || t.is(":") || RELATIVE.contains(w) || t.is("that")) {
        return false;
      }
      if (t.is(",") && (event < 0 || m + 1 >= end || !a.tok(m + 1).isCapitalised())) {
        return false;
      }
      if (event < 0 && EVENT_WORDS.contains(w)) {
        if (m - k > EVENT_WORD_REACH) {
          return false;
        }
        event = m;
      } else if (event >= 0 && (EVENT_TAIL_STOPS.contains(w) && !eventConjunct(a, m, end) || m - event > MAX_EVENT_TAIL
          || t.is("to") && m + 1 < end && infinitiveVerb(a.tok(m + 1)))) {
        return false; // "in a lawsuit to question her under oath": the phrase goes on with content of its own
      }
    }
    return event >= 0;
  }

  /**
   * Tokens {@code [from, end)} are one adjunct about the speech event ("in an interview with CNN on Sunday", "during a
   * campaign stop in Flint"): a preposition or time word, an event word, no comma or quote, at most
   * {@value #MAX_EVENT_ADJUNCT} tokens.
   */
  static boolean isEventAdjunct(Article a, int from, int end) {
    if (from >= end || end - from > MAX_EVENT_ADJUNCT || !EVENT_ADJUNCT_START.contains(a.tok(from).lower())) {
      return false;
    }
    boolean event = false;
    for (int m = from; m < end; m++) {
      if (a.inQuote(m) || a.tok(m).is(",") || a.tok(m).is(";")) {
        return false;
      }
      event |= EVENT_WORDS.contains(a.tok(m).lower());
    }
    return event;
  }

  /**
   * Whether content that began at {@code from} stops before token {@code k} (exclusive bound {@code to}); {@code clause}
   * is false for noun-phrase content ("expressed support for talks, which would include …"), where a relative clause
   * after a comma still describes the noun.
   */
  boolean stopsBefore(Article a, int k, int from, int to, boolean clause) {
    return stopsBefore(a, k, from, to, clause, false);
  }

  /**
   * @param ingCue the content's cue is an -ing form: a coordinated -ing cue ("calling X …, and accusing Y …") is then
   *               the subject's next report too
   */
  boolean stopsBefore(Article a, int k, int from, int to, boolean clause, boolean ingCue) {
    return stopsBefore(a, k, from, to, clause, ingCue, false);
  }

  /**
   * @param infinitive the content is a request's infinitive ("urged voters to “send a message” and think …"): a
   *                   coordinated base-form verb continues it
   */
  boolean stopsBefore(Article a, int k, int from, int to, boolean clause, boolean ingCue, boolean infinitive) {
    return stopsBefore(a, k, from, to, clause, ingCue, infinitive, false);
  }

  /**
   * @param pastCue the content's cue is in the past tense: a coordinated present-tense cue ("said she has male friends
   *                and understands …") continues the reported clause rather than starting a new report
   */
  boolean stopsBefore(Article a, int k, int from, int to, boolean clause, boolean ingCue, boolean infinitive,
      boolean pastCue) {
    if (k <= from) {
      return false;
    }
    if (clause && secondThatClause(a, k, to)) {
      return false; // "said the risk was low, and that voters should …": a second complement of the same cue
    }
    Token t = a.tok(k);
    if (anonymityTerms(a, k, to)) {
      return true; // "… on condition of anonymity because …": the terms of the interview, not what was said
    }
    if (t.is(",")) {
      return afterComma(a, k, from, to, clause);
    }
    if (a.inQuote(k - 1) && !a.inQuote(k) && quoteEndsWithComma(a, k - 1) && afterComma(a, k - 1, from, to, clause)) {
      return true; // "… “a ridiculous proposition,” adding that …": the comma inside the closing mark
    }
    if (a.inQuote(k - 1) && !a.inQuote(k) && Words.PRONOUNS.contains(t.lower()) && !t.is("it")
        && newReport(a, k, to)) {
      return true; // "… a deal “down the line” he warned: …": a pronoun and a cue right after a quote open a new report
    }
    if (clause && k - from >= 3 && declinedAfterBut(a, k, to)) {
      return true; // "… has given paid speeches, but declined to list them": the subject's own refusal, not content
    }
    if (clause && dashConcession(a, k, from, to)) {
      return true; // "… was bouncing back - though economists have contested that view": the writer's concession
    }
    if (clause && dashClause(a, k, from, to)) {
      return true; // "… will help “up-skill” workers - and he makes sure …": the writer's next clause after a dash
    }
    if (CONTRAST.contains(t.lower()) && newReport(a, k + 1, to)) {
      return true; // "… by Election Day although officials said there was a chance …"
    }
    if (k - from >= 3 && k + 1 < to && PARTICIPLE_LINKS.contains(t.lower())) {
      CueHit c = cues.at(a, k + 1);
      if (c != null && c.participle() && c.frame() != CueLexicon.Frame.NOUN_CONTENT) {
        return true; // "… was safe before adding that …", "… but suggesting …": the subject's next report
      }
    }
    if (ingCue && (t.is("and") || t.is("but")) && k + 1 < to && !a.inQuote(k + 1)) {
      CueHit c = cues.at(a, k + 1);
      if (c != null && c.frame() != CueLexicon.Frame.ACCORDING && a.tok(k + 1).lower().endsWith("ing")) {
        return true; // "calling him a “stiff” and accusing him of …": two reports of one subject
      }
    }
    if (infinitive && (t.is("and") || t.is("or")) && k + 1 < to && baseForm(a.tok(k + 1).lower())) {
      return false;
    }
    if (pastCue && clause && (t.is("and") || t.is("but")) && k + 1 < to && presentTense(a.tok(k + 1))) {
      return false;
    }
    return (t.is("and") || t.is("but")) && (coordinatedCue(a, k + 1, to) || k - from >= 3 && newReport(a, k + 1, to)
        && !(t.is("and") && joinedNames(a, k)));
  }

  /**
   * At k: "(on) (the) condition of anonymity" or "(on) (the) condition that …" outside quotes: the terms on which a
   * source spoke, which news writing puts right after what the source said.
   */
  static boolean anonymityTerms(Article a, int k, int to) {
    int m = k;
    if (a.tok(m).is("on") || a.tok(m).is("under")) {
      m++;
    }
    if (m < to && a.tok(m).is("the")) {
      m++;
    }
    return m > k && m + 1 < to && !a.inQuote(k) && a.tok(m).is("condition")
        && (a.tok(m + 1).is("of") && m + 2 < to && a.tok(m + 2).is("anonymity") || a.tok(m + 1).is("that"));
  }

  private static final java.util.Set<String> REFUSALS = Words.set("declined", "refused");

  /** At k: "(,) but declined/refused to" outside quotes ("declined by 2%" is a fall, not a refusal). */
  private static boolean declinedAfterBut(Article a, int k, int to) {
    int m = a.tok(k).is(",") ? k + 1 : k;
    return m + 2 < to && !a.inQuote(m) && !a.inQuote(m + 1) && a.tok(m).is("but")
        && REFUSALS.contains(a.tok(m + 1).lower()) && a.tok(m + 2).is("to");
  }

  /** A dash between clauses: a spaced hyphen, an em or en dash, or a doubled hyphen. */
  static boolean clauseDash(Token t) {
    return t.is("-") || t.is("—") || t.is("–") || t.is("--");
  }

  /** At k: a dash outside quotes, after at least three content tokens and with two more tokens before {@code to}. */
  private static boolean dashInContent(Article a, int k, int from, int to) {
    return k - from >= 3 && k + 2 < to && !a.inQuote(k) && clauseDash(a.tok(k));
  }

  /** At k: a dash (outside quotes) followed by "though", "although", "despite" or "even though/as". */
  private static boolean dashConcession(Article a, int k, int from, int to) {
    if (!dashInContent(a, k, from, to) || a.inQuote(k + 1) || COMPLEMENT_LINKS.contains(a.tok(k - 1).lower())
        || a.tok(k - 1).is("that")) {
      return false; // "and that — despite his losses — he can win": the aside opens the clause that follows it
    }
    Token c = a.tok(k + 1);
    return c.is("though") || c.is("although") || c.is("despite")
        || c.is("even") && !a.inQuote(k + 2) && (a.tok(k + 2).is("though") || a.tok(k + 2).is("as"));
  }

  /**
   * At k: a dash (outside quotes), "and"/"but", and a subject opening a clause of its own: a pronoun, or a noun phrase
   * with its auxiliary ("- and her office was slow to act").
   */
  private static boolean dashClause(Article a, int k, int from, int to) {
    if (!dashInContent(a, k, from, to)) {
      return false;
    }
    Token c = a.tok(k + 1);
    return !a.inQuote(k + 1) && (c.is("and") || c.is("but")) && !a.inQuote(k + 2)
        && (CLAUSE_SUBJECTS.contains(a.tok(k + 2).lower()) || newSubjectClause(a, k + 2, to));
  }

  /** Longest noun before the preposition of a summary appositive ("an apparent and pointed reference to"). */
  private static final int SUMMARY_HEAD = 4;
  private static final java.util.Set<String> SUMMARY_PREPOSITIONS = Words.set("at", "to", "of", "on");

  /**
   * At k: "a"/"an", a few lower-case words and a preposition, and no verb, quote or clause mark to the end: an
   * appositive that sums up the whole statement ("…, a swipe at …", "…, an apparent reference to …").
   */
  private static boolean summaryAppositive(Article a, int k, int to) {
    if (k + 3 >= to || a.inQuote(k) || !(a.tok(k).is("a") || a.tok(k).is("an"))) {
      return false;
    }
    int prep = -1;
    for (int m = k + 1; m < to; m++) {
      Token t = a.tok(m);
      String w = t.lower();
      if (a.inQuote(m) || t.is(",") || t.is(";") || t.is(":") || t.is("that") || RELATIVE.contains(w)
          || Words.FINITE_AUXILIARIES.contains(w) || CLAUSE_SUBJECTS.contains(w)) {
        return false;
      }
      if (prep < 0) {
        if (SUMMARY_PREPOSITIONS.contains(w)) {
          prep = m;
        } else if (!t.isWord() || t.isCapitalised() || m - k > SUMMARY_HEAD) {
          return false;
        }
      }
    }
    return prep > k + 1;
  }

  /** Words after "a"/"an" that make the phrase a list item rather than a gloss ("a “liar,” a cheat and …"). */
  private static final int GLOSS_QUOTE_GAP = 3;

  /**
   * At k, right after a quoted part closed by a comma: "a"/"an" or "part of"/"one of" opening a noun phrase with no
   * quote in its first words: an appositive in which the writer characterises what was just quoted ("…, “racist,” an
   * extraordinary charge …", "…, “losing the war,” part of a long attack …"), not more of the report.
   */
  private static boolean glossAfterQuote(Article a, int k, int to) {
    if (k + 2 >= to || a.inQuote(k)) {
      return false;
    }
    Token t = a.tok(k);
    boolean opens = t.is("a") || t.is("an") || (t.is("part") || t.is("one")) && a.tok(k + 1).is("of");
    if (!opens) {
      return false;
    }
    for (int m = k + 1; m < to && m <= k + GLOSS_QUOTE_GAP; m++) {
      if (a.inQuote(m) || a.tok(m).is(",") || a.tok(m).is("and") || a.tok(m).is("or")) {
        return false;
      }
    }
    return true;
  }

  /** Conjunctions that join a second "that" complement to the first. */
  private static final java.util.Set<String> COMPLEMENT_LINKS = Words.set("and", "but", "or");
  /** Subject words that show "that" opens a clause ("and that he …") rather than being a pronoun ("and that is …"). */
  private static final java.util.Set<String> CLAUSE_OPENERS = Words.set("the", "a", "an", "it", "there", "he",
      "she", "they", "we", "i", "you", "his", "her", "their", "its", "our", "this", "these", "those", "many",
      "most", "some", "no", "any", "all", "such");

  /**
   * At {@code k}: "(,) and/but/or that" + a subject: English repeats the complementizer to report a second clause of
   * the same statement ("said the deal was dead, and that talks would not resume"), so the content goes on. A "that"
   * followed by a verb ("and that is why …") is a pronoun opening the writer's own clause and does not count.
   */
  private static boolean secondThatClause(Article a, int k, int to) {
    int m = a.tok(k).is(",") ? k + 1 : k;
    if (m + 2 >= to || a.inQuote(m) || !COMPLEMENT_LINKS.contains(a.tok(m).lower())
        || a.inQuote(m + 1) || !a.tok(m + 1).is("that") || a.inQuote(m + 2)) {
      return false;
    }
    Token s = a.tok(m + 2);
    String w = s.lower();
    return s.isWord() && (CLAUSE_OPENERS.contains(w) || s.isCapitalised() && !Words.FUNCTION.contains(w));
  }

  /** Sentence-opening -ing and -ed words that are prepositions, not participles ("During the debate, …"). */
  private static final java.util.Set<String> PREPOSITIONAL_PARTICIPLES = Words.set("during", "including",
      "excluding", "regarding", "concerning", "following", "according", "notwithstanding", "barring", "pending",
      "considering", "given", "compared", "based", "provided");
  /** Past participles without "-ed" that open a participial phrase ("Bound by trade, …", "Driven by fear, …"). */
  private static final java.util.Set<String> IRREGULAR_PARTICIPLES = Words.set("bound", "born", "known", "driven",
      "drawn", "shaken", "stung", "caught", "built", "torn", "beaten", "taken", "hit", "struck", "left",
      "spurred", "buoyed", "undone", "written", "seen", "forced");
  /** Longest sentence-opening participial phrase left out of a post-framed content. */
  private static final int MAX_OPENING_PARTICIPLE = 25;

  /**
   * "Bound together by trade, the two towns have a “golden chance” to grow, the mayor said": a participial phrase
   * opening the sentence describes its subject in the writer's words; the reported clause starts after its comma.
   * Returns the first token of that clause, or {@code ss} when the sentence does not open with such a phrase.
   */
  static int pastOpeningParticiple(Article a, int ss, int to) {
    Token first = a.tok(ss);
    String w = first.lower();
    if (!first.isWord() || !first.isCapitalised() || a.inQuote(ss) || w.length() < 4 || w.indexOf('-') >= 0
        || !w.endsWith("ing") && !w.endsWith("ed") && !IRREGULAR_PARTICIPLES.contains(w)
        || PREPOSITIONAL_PARTICIPLES.contains(w)) {
      return ss;
    }
    for (int k = ss + 1; k < to && k - ss <= MAX_OPENING_PARTICIPLE; k++) {
      if (a.inQuote(k)) {
        return ss;
      }
      if (a.tok(k).is(",")) {
        return to - k > 2 ? k + 1 : ss;
      }
    }
    return ss;
  }

  /** Prepositions and subordinators that open a fronted adjunct at the start of a clause ("After the vote, …"). */
  private static final java.util.Set<String> ADJUNCT_OPENERS = Words.set("after", "before", "during", "despite",
      "although", "though", "while", "when", "since", "because", "if", "as", "given", "in", "on", "at", "with",
      "without", "under", "amid", "following", "unless", "until", "once", "even", "sometime", "thanks", "whether",
      "whatever", "whoever", "regardless");
  /** Longest fronted adjunct the rule looks through. */
  private static final int MAX_OPENING_ADJUNCT = 16;

  /**
   * Whether the comma at {@code k} is the first one of a content that opens with a fronted adjunct or subordinate
   * clause ("despite the backlash, the decision was right"): the content's own main clause comes after it.
   */
  private static boolean closesOpeningAdjunct(Article a, int k, int from) {
    if (k - from < 2 || k - from > MAX_OPENING_ADJUNCT || a.inQuote(from)
        || !ADJUNCT_OPENERS.contains(a.tok(from).lower())) {
      return false;
    }
    for (int m = from + 1; m < k; m++) {
      Token t = a.tok(m);
      if (t.is(",") || t.is(";") || t.is(":") || a.inQuote(m)) {
        return false;
      }
    }
    return k + 2 < a.size() && !a.inQuote(k + 1) && a.tok(k + 1).isWord();
  }

  /** Finite verbs that resume a main clause after an embedded relative clause. */
  private static final java.util.Set<String> RESUMING_VERBS = Words.set("is", "are", "was", "were", "has", "have",
      "had", "will", "would", "can", "could", "should", "may", "might", "must", "does", "did", "do");

  /**
   * "the governor, who must decide, has said nothing": the relative clause opened before {@code k} closes at a comma
   * and a finite verb resumes the clause it interrupted, so the content goes on past it.
   */
  private boolean embeddedRelative(Article a, int k, int to) {
    for (int m = k; m + 1 < to; m++) {
      if (a.inQuote(m) || a.tok(m).is(";") || a.tok(m).is(":")) {
        return false;
      }
      if (a.tok(m).is(",")) {
        Token v = a.tok(m + 1);
        String w = v.lower();
        // "X, who heads the board, said …": a reporting verb makes X the source of a new report, not content
        return !a.inQuote(m + 1) && v.isWord() && !v.isCapitalised() && cues.at(a, m + 1) == null
            && (RESUMING_VERBS.contains(w) || !Words.FUNCTION.contains(w) && !w.endsWith("ing") && !w.endsWith("ly")
            && !RELATIVE.contains(w) && !NOT_PARTICIPLE.contains(w));
      }
    }
    return false;
  }

  /** A lower-case -s form ("understands", "says"): present tense, unlike a past-tense reporting verb. */
  private static boolean presentTense(Token t) {
    String w = t.lower();
    return t.isWord() && !t.isCapitalised() && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
        && !w.endsWith("us") && !w.endsWith("is");
  }

  /** A verb form without -s, -ed or -ing ("think", "say"): after "and" in an infinitive it is coordinated with it. */
  private static boolean baseForm(String w) {
    return w.length() > 2 && !w.endsWith("ed") && !w.endsWith("ing") && !(w.endsWith("s") && !w.endsWith("ss"))
        && !w.equals("said") && !w.equals("told") && !w.equals("thought") && !w.equals("wrote");
  }

  /** The comma rules at comma token k (which may lie inside a closing quote mark). */
  private boolean afterComma(Article a, int k, int from, int to, boolean clause) {
    if (clause && closesOpeningAdjunct(a, k, from)) {
      return false; // "after the vote, the mayor said …": the comma closes a fronted adjunct; the clause follows
    }
    if (clause && k - from >= 3 && k + 2 < to && subjectlessPredicate(a, k + 1, to) && !a.commaOutsideQuotes(from, k)
        && clauseBefore(a, from, k)) {
      return true; // "Clinton, who said the Senate should act, notably stopped short …": the main clause resumes
    }
    if (k - from >= 2 && k + 2 < to && a.tok(k + 1).is("as") && !a.inQuote(k + 1)
        && RESUMING_VERBS.contains(a.tok(k + 2).lower())) {
      return true; // "…, as has the mayor", "…, as was the case in May": the writer's comparison
    }
    if (clause && k - from >= 4 && k + 3 < to && a.tok(k + 1).is("and") && newSubjectClause(a, k + 2, to)) {
      return true; // "…, and the union has already sued the city", "…, and he raised it again": the writer's next statement
    }
    if (k - from >= 4 && k + 2 < to && a.tok(k + 1).is("but") && CLAUSE_SUBJECTS.contains(a.tok(k + 2).lower())) {
      return true; // "…, but she did not say when": the writer's contrast, a clause of its own
    }
    if (clause && k - from >= 3 && k + 2 < to && writersContrastClause(a, k, from)) {
      return true; // "…, while 13 percent were unsure", "…, even though …": the writer's contrast, not the report
    }
    if (k - from >= 2 && (a.inQuote(k) || a.inQuote(k - 1)) && glossAfterQuote(a, k + 1, to)) {
      return true; // "… called the ruling “racist,” an extraordinary charge that …": the writer's gloss on the words
    }
    if (clause && k - from >= 4 && summaryAppositive(a, k + 1, to)) {
      return true; // "… would “not get beat up” at his rally, a swipe at Trump's rallies": the writer's gloss
    }
    if (clause && k - from >= 3 && k + 2 < to && !a.inQuote(k + 1) && writerAddition(a.tok(k + 1))
        && !embeddedRelative(a, k + 2, to) && !commonNounRelative(a, k) && !quotedRelative(a, k + 1, to)) {
      return true; // "…, which was passed in 2010", "…, believing she …": the writer's comment on the content
    }
    return conjunctCue(a, k + 1, to, clause) || tailAttribution(a, k + 1, to) || newReport(a, k + 1, to);
  }

  /** Most tokens from a relative pronoun to the quoted part that makes its clause the speaker's words. */
  private static final int QUOTED_RELATIVE_REACH = 6;

  /**
   * At k: "which" and, within a few words and before any comma, a quoted part ("…, which “will help elect …”"): the
   * quote shows the relative clause is the speaker's words, not the writer's comment. Not when a cue of its own comes
   * first ("…, which he called “…”").
   */
  private boolean quotedRelative(Article a, int k, int to) {
    if (!a.tok(k).is("which")) {
      return false;
    }
    for (int m = k + 1; m < to && m - k <= QUOTED_RELATIVE_REACH; m++) {
      if (a.inQuote(m)) {
        return true;
      }
      if (!a.tok(m).isWord() || cues.at(a, m) != null) {
        return false; // "…, which he called “…”": a report of its own
      }
    }
    return false;
  }

  /**
   * At the comma k: ", who" after a lower-case noun ("his constituents, who …", "her niece, who …"): the relative
   * clause says who the people in the report are, and the speaker said it too; after a name it is the writer's note.
   * Likewise ", which would" after a lower-case noun: a hypothetical that belongs to the speaker's proposal.
   */
  private static boolean commonNounRelative(Article a, int k) {
    Token n = a.tok(k - 1);
    return (a.tok(k + 1).is("who") || a.tok(k + 1).is("which") && k + 2 < a.size() && a.tok(k + 2).is("would"))
        && !a.inQuote(k - 1) && n.isWord() && !n.isCapitalised()
        && !Words.FUNCTION.contains(n.lower());
  }

  /**
   * At "and" k: a name on each side, outside quotes ("Congress and President Obama agreed", "Iowa and New Hampshire
   * show"): the conjunction joins two names into one subject inside the content, not a new report.
   */
  private static boolean joinedNames(Article a, int k) {
    Token l = a.tok(k - 1);
    Token r = a.tok(k + 1);
    return !a.inQuote(k - 1) && !a.inQuote(k + 1) && l.isWord() && l.isCapitalised() && r.isWord()
        && r.isCapitalised() && !Words.FUNCTION.contains(l.lower()) && !Words.FUNCTION.contains(r.lower());
  }

  /** Negated auxiliaries that open a predicate as well as their plain forms do ("…, didn't show up"). */
  private static final java.util.Set<String> NEGATED_AUXILIARIES = Words.set("isn't", "wasn't", "aren't", "weren't",
      "won't", "wouldn't", "didn't", "doesn't", "hasn't", "haven't", "can't", "couldn't", "isn’t", "wasn’t", "aren’t",
      "weren’t", "won’t", "wouldn’t", "didn’t", "doesn’t", "hasn’t", "haven’t", "can’t", "couldn’t");

  /**
   * At k: a finite verb with no subject before it ("was tepid about …", "notably stopped short of …", "will not be
   * present"): after a comma it is the predicate of a subject outside the content, whose cue sat in a relative clause
   * or an appositive of that subject.
   */
  private static boolean subjectlessPredicate(Article a, int k, int to) {
    if (a.inQuote(k)) {
      return false;
    }
    int v = k;
    Token t = a.tok(v);
    boolean adverb = t.isLyAdverb() && !t.is("only") && !t.is("early");
    if (adverb) {
      v++;
      if (v >= to || a.inQuote(v)) {
        return false;
      }
      t = a.tok(v);
    }
    if (!t.isWord() || t.isCapitalised()) {
      return false;
    }
    String w = t.lower();
    return NEW_SUBJECT_AUX.contains(w) || Words.FINITE_AUXILIARIES.contains(w) && !w.equals("do")
        || NEGATED_AUXILIARIES.contains(w) || adverb && w.endsWith("ed") && w.length() > 4;
  }

  /**
   * {@code [from, k)} reads as a clause, not a bare name or a conjunct: it does not open with "and"/"or" and holds a
   * lower-case word ("Sen. Marco Rubio, hasn't been tested …" is the content's own subject before its verb).
   */
  private static boolean clauseBefore(Article a, int from, int k) {
    if (a.tok(from).is("and") || a.tok(from).is("or")) {
      return false;
    }
    for (int m = from; m < k; m++) {
      Token t = a.tok(m);
      if (t.isWord() && !t.isCapitalised() && !a.inQuote(m)) {
        return true;
      }
    }
    return false;
  }

  /**
   * At the comma {@code k}: ", while" and a clause (not an -ing participle of the reporting subject), or ", even
   * though" / ", even as", after an unquoted content: a contrast the writer sets beside the report.
   */
  private static boolean writersContrastClause(Article a, int k, int from) {
    if (a.inQuote(k + 1) || a.inQuote(k + 2)) {
      return false;
    }
    boolean whileClause = a.tok(k + 1).is("while") && !a.tok(k + 2).lower().endsWith("ing");
    boolean evenClause = a.tok(k + 1).is("even") && (a.tok(k + 2).is("though") || a.tok(k + 2).is("as"));
    boolean thoughClause = (a.tok(k + 1).is("though") || a.tok(k + 1).is("although"))
        && AND_CLAUSE_PRONOUNS.contains(a.tok(k + 2).lower()); // "…, though she gave no date"
    return (whileClause || evenClause || thoughClause) && !a.quoteIn(from, k);
  }

  /**
   * Finite auxiliaries that show a noun phrase before them is the subject of a clause; narrower than
   * {@link Words#FINITE_AUXILIARIES} (no modals but will/would), as the rule was measured.
   */
  private static final java.util.Set<String> NEW_SUBJECT_AUX = Words.set("has", "have", "had", "is", "are", "was", "were",
      "will", "would");
  /** Longest subject noun phrase looked through ("the American Civil Liberties Union of Ohio"). */
  private static final int NEW_SUBJECT = 8;

  /** Personal pronouns that can only be the subject of a clause of their own after ", and". */
  private static final java.util.Set<String> AND_CLAUSE_PRONOUNS = Words.set("he", "she", "they", "we");

  /** Possessives and quantifiers that, like "the", open the subject noun phrase of a new clause ("and his aides have"). */
  private static final java.util.Set<String> SUBJECT_DETERMINERS = Words.set("his", "her", "their", "its", "our",
      "this", "these", "those", "many", "some", "most", "both", "other", "another", "several", "few");

  /**
   * At k: a subject pronoun ("he raised them again"), or "the/a/an/his/many …" or a name + a short noun phrase + a
   * finite auxiliary ("the downgrade is casting …", "his campaign is approaching …", "Ms. Ruiz is among …").
   */
  private static boolean newSubjectClause(Article a, int k, int to) {
    if (!a.inQuote(k) && AND_CLAUSE_PRONOUNS.contains(a.tok(k).lower())) {
      return true;
    }
    if (a.inQuote(k) || !(a.tok(k).is("the") || a.tok(k).is("a") || a.tok(k).is("an")
        || SUBJECT_DETERMINERS.contains(a.tok(k).lower())
        || a.tok(k).isCapitalised() && a.tok(k).isWord() && !Words.FUNCTION.contains(a.tok(k).lower()))) {
      return false;
    }
    for (int m = k + 1; m < to && m - k <= NEW_SUBJECT; m++) {
      Token t = a.tok(m);
      if (a.inQuote(m) || !t.isWord() && !t.isPossessive() || t.is("that") || RELATIVE.contains(t.lower())) {
        return false;
      }
      if (NEW_SUBJECT_AUX.contains(t.lower())) {
        return m > k + 1;
      }
    }
    return false;
  }

  /** The quoted span holding token k closes with a comma just inside its mark ({@code “…,”}). */
  static boolean quoteEndsWithComma(Article a, int k) {
    return a.spans.get(a.tokSpan[k]).endsWithComma(a.text);
  }

  /** Relative pronouns that open a non-restrictive clause after a comma. */
  private static final java.util.Set<String> RELATIVE = Words.set("which", "who", "whose", "whom", "where");
  /** Words in -ing after a comma that are not participles opening a clause of their own. */
  private static final java.util.Set<String> NOT_PARTICIPLE = Words.set("including", "nothing", "something",
      "anything", "everything", "during", "morning", "evening", "thing", "things", "king", "spring", "string",
      "ring", "wing", "bring", "sing", "being", "according", "regarding", "concerning", "notwithstanding");

  /** A lower-case -ing word that opens a participle clause ("…, forcing airliners to …"), not a preposition-like one. */
  static boolean participleClause(Token t) {
    String w = t.lower();
    return t.isWord() && !t.isCapitalised() && w.endsWith("ing") && w.length() > 5 && w.indexOf('-') < 0
        && !NOT_PARTICIPLE.contains(w)
        && !w.equals("following") && !w.equals("excluding") && !w.equals("involving");
  }

  /**
   * After a comma, a non-restrictive relative clause ("…, which was passed in 2010") or a participle clause ("…,
   * believing she …") is, in news writing, the writer's comment on the content rather than more of what was reported.
   */
  static boolean writerAddition(Token t) {
    if (!t.isWord() || t.isCapitalised()) {
      return false;
    }
    String w = t.lower();
    return RELATIVE.contains(w);
  }

  /** "and called on …", "but also warned …": the reporting subject's next verb, not part of what was reported. */
  private boolean coordinatedCue(Article a, int k, int to) {
    int m = k;
    while (m < to && (a.tok(m).is("also") || a.tok(m).is("then") || a.tok(m).is("later"))) {
      m++;
    }
    if (m >= to) {
      return false;
    }
    CueHit c = cues.at(a, m);
    return c != null && c.frame() != CueLexicon.Frame.ACCORDING && !c.participle()
        && !a.tok(m).lower().endsWith("ing");
  }

  /** ", officials said they …", ", he believes, …": a subject and a speech or belief cue open a new attribution. */
  private boolean newReport(Article a, int k, int to) {
    if (k >= to) {
      return false;
    }
    if (!subjectStart(a.tok(k))) {
      // a bare plural noun right before its cue: "…, engineers said", "…, officials believe"
      Token t = a.tok(k);
      CueHit c = k + 1 < to ? cues.at(a, k + 1) : null;
      return t.isWord() && !Words.FUNCTION.contains(t.lower()) && t.lower().endsWith("s") && c != null
          && !c.participle() && (c.frame() == CueLexicon.Frame.SPEECH || c.frame() == CueLexicon.Frame.BELIEF);
    }
    for (int m = k + 1; m < to && m - k <= NEW_REPORT_SUBJECT; m++) {
      Token t = a.tok(m);
      if (a.inQuote(m) || !t.isWord()) {
        return false;
      }
      CueHit c = cues.at(a, m);
      if (c != null) {
        return c.frame() == CueLexicon.Frame.SPEECH || c.frame() == CueLexicon.Frame.BELIEF;
      }
    }
    return false;
  }

  private static boolean subjectStart(Token t) {
    String w = t.lower();
    return t.isWord() && (Words.PRONOUNS.contains(w) && !w.equals("it") || t.isCapitalised() && !Words.FUNCTION.contains(w)
        || Words.DETERMINERS.contains(w));
  }

  /** ", Lavrov says" closing the sentence: the attribution is not content. */
  private boolean tailAttribution(Article a, int k, int to) {
    for (int m = k; m < to && m - k <= 6; m++) {
      if (a.inQuote(m) || a.tok(m).is(",")) {
        return false;
      }
      CueHit c = cues.at(a, m);
      if (c != null) {
        return endsSoon(a, c.to(), to, 4);
      }
    }
    return false;
  }

  /** Nothing but up to {@code maxAdjunct} tokens without a clause mark before the sentence end. */
  static boolean endsSoon(Article a, int from, int se, int maxAdjunct) {
    int k = from;
    while (k < se && !a.tok(k).isSentenceEnd() && k - from <= maxAdjunct) {
      Token t = a.tok(k);
      if (a.inQuote(k) || t.is("that") || t.is(",") || t.is(":") || t.is(";")) {
        return false;
      }
      k++;
    }
    return k >= se || a.tok(k).isSentenceEnd();
  }

  /** ", but also noted", ", and added", ", adding", ", according to": a new attribution starts here. */
  private boolean conjunctCue(Article a, int k, int to) {
    return conjunctCue(a, k, to, true);
  }

  /**
   * @param clause false for noun-phrase content ("criticized the county, calling the budget …"), where a noun-content
   *               participle is the subject's next report too
   */
  private boolean conjunctCue(Article a, int k, int to, boolean clause) {
    int m = k;
    if (m < to && (a.tok(m).is("but") || a.tok(m).is("and") || a.tok(m).is("while"))) {
      m++;
      // ", but officials said …": a new subject and cue
      for (int q = m; q < to && q - m < CONJUNCT_CUE_WINDOW; q++) {
        Token t = a.tok(q);
        if (!t.isWord() || a.inQuote(q)) {
          break;
        }
        CueHit c = cues.at(a, q);
        if (c != null && q > m && c.frame() != CueLexicon.Frame.NOUN_CONTENT) {
          return true;
        }
      }
    }
    while (m < to && (a.tok(m).is("also") || a.tok(m).is("further") || a.tok(m).is("then"))) {
      m++;
    }
    if (m >= to) {
      return false;
    }
    CueHit c = cues.at(a, m);
    if (c == null) {
      return false;
    }
    return m > k && c.frame() != CueLexicon.Frame.NOUN_CONTENT
        || c.participle() && (c.frame() == CueLexicon.Frame.SPEECH || !clause && c.frame() == CueLexicon.Frame.NOUN_CONTENT)
        || c.frame() == CueLexicon.Frame.ACCORDING;
  }
}
