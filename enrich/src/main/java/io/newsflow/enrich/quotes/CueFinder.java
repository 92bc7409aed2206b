package io.newsflow.enrich.quotes;

/**
 * Finds cues at a token position and checks that an ambiguous form is used as a verb ("the state" is not a cue,
 * "Lavrov stated" is). Chains an infinitive cue onto its lead verb: {@code took to Telegram to} + {@code remark}.
 */
final class CueFinder {
  private final CueLexicon lexicon;

  CueFinder(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  CueHit at(Article a, int i) {
    if (a.cueDone[i]) {
      return a.cueMemo[i];
    }
    CueHit hit = find(a, i);
    a.cueMemo[i] = hit;
    a.cueDone[i] = true;
    return hit;
  }

  private CueHit find(Article a, int i) {
    if (a.inQuote(i)) {
      return null;
    }
    CueLexicon.Cue cue = lexicon.match(a.tokens, i);
    if (cue == null && COPULAS.contains(a.tok(i).lower())) {
      return stanceAdjective(a, i);
    }
    if (cue == null && LIGHT_VERBS.contains(a.tok(i).lower())) {
      return speechNounPhrase(a, i);
    }
    if (cue == null || isInsideAName(a, i)) {
      return null;
    }
    int end = i + cue.length();
    if (CueLexicon.AS_QUOTE_ONLY.contains(cue.words()[0]) && !asQuoteFollows(a, end)) {
      return null;
    }
    for (int k = i; k < end; k++) {
      if (a.inQuote(k)) {
        return null;
      }
    }
    CueLexicon.Frame frame = cue.frame();
    if (cue.words()[cue.length() - 1].equals("to") && frame != CueLexicon.Frame.ACCORDING) {
      // "took to Telegram to" needs a following cue verb
      if (end >= a.size()) {
        return null;
      }
      CueLexicon.Cue next = lexicon.match(a.tokens, end);
      if (next == null || next.length() != 1) {
        return null;
      }
      frame = next.frame();
      end++;
    }
    if (cue.nounAmbiguous() && documentIssuer(a, i) < 0 && (modifiedNoun(a, i) || !verbContext(a, i, end))) {
      return null;
    }
    if (frame != CueLexicon.Frame.ACCORDING && !notNounUse(a, i, cue.length() == 1) || namingParticiple(a, i)) {
      return null;
    }
    if (cue.nounAmbiguous() && nounSubject(a, i, end)) {
      return null;
    }
    if (nonReportingPhrase(a, i, end)) {
      return null;
    }
    if (cue.length() == 1 && CueLexicon.THAT_CLAUSE_ONLY.contains(cue.words()[0]) && !thatFollows(a, i, end)) {
      return null; // "ordered lunch", "posted a photo": these verbs report only through a that-clause
    }
    return new CueHit(i, end, frame, a.slice(i, end), cue.length() == 1 && participleAt(a, i));
  }

  /**
   * The -ing word at {@code i} heads a participle clause ("…, saying", "and adding", "by noting", "…," adding): after
   * a comma, a quote closed by a comma, or a linking word; elsewhere ("is saying", "was warning") it is read as a
   * finite progressive.
   */
  static boolean participleAt(Article a, int i) {
    if (!a.tok(i).lower().endsWith("ing")) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    Token prev = a.tok(i - 1);
    return prev.is(",") || a.inQuote(i - 1) && ContentEnd.quoteEndsWithComma(a, i - 1) || prev.is("and")
        || prev.is("while") || prev.is("by") || prev.is("before") || prev.is("after");
  }

  /** Copulas before an adjective of stance ("was adamant that", "remained confident that"). */
  private static final java.util.Set<String> COPULAS = Words.set("is", "are", "was", "were", "am", "be", "been",
      "being", "remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared", "became",
      "become", "becomes", "grew", "feel", "feels", "felt", "sounded");
  /** Adjectives of certainty, hope, fear and insistence whose that-clause is what the subject holds or says. */
  private static final java.util.Set<String> STANCE_ADJECTIVES = Words.set("adamant", "confident", "hopeful",
      "optimistic", "pessimistic", "convinced", "certain", "sure", "aware", "unaware", "skeptical", "sceptical",
      "doubtful", "insistent", "fearful", "afraid", "worried", "concerned", "positive", "emphatic", "mindful",
      "cognizant", "unconvinced", "persuaded", "satisfied", "frustrated", "angry", "upset", "disappointed", "pleased",
      "glad", "happy", "proud", "thrilled", "surprised", "relieved", "reassured", "grateful", "thankful", "furious",
      "outraged", "alarmed", "encouraged", "troubled", "dismayed", "sorry", "unhappy", "annoyed", "irritated",
      "incensed", "heartened", "delighted");
  /** Degree and frequency words between the copula and the adjective ("was increasingly confident"). */
  private static final java.util.Set<String> STANCE_DEGREE = Words.set("so", "very", "still", "also", "not", "more",
      "less", "quite", "all", "too", "now", "fairly", "equally", "no", "ever", "always", "never", "even");
  private static final java.util.Set<String> STANCE_MODALS = Words.set("can", "could", "would", "will", "should",
      "must", "might", "may", "cannot");
  /** Impersonal subjects: "it is certain that …" is the writer's hedge, not anyone's stance. */
  private static final java.util.Set<String> IMPERSONAL = Words.set("it", "there", "this", "that", "what");

  /**
   * {@code S was (adverb) adamant that …}: a copula, up to two degree adverbs, a stance adjective and "that" right after
   * it; the cue spans the copula to the adjective, so the subject before the copula is the source.
   */
  private static CueHit stanceAdjective(Article a, int i) {
    if (i == 0 || IMPERSONAL.contains(a.tok(i - 1).lower()) || a.inQuote(i - 1)) {
      return null;
    }
    String before = a.tok(i - 1).lower();
    if (before.equals("and") || before.equals("but") || before.equals("or") || before.equals(",")) {
      return null; // "says he did well and is optimistic that …": a coordinated predicate inside the report
    }
    if (a.tok(i).is("be") && (before.equals("to") || STANCE_MODALS.contains(before))) {
      return null; // "if he can be convinced that …": a hypothetical stance, held by nobody yet
    }
    int k = i + 1;
    while (k < a.size() && k - i <= 2 && !a.inQuote(k) && (STANCE_DEGREE.contains(a.tok(k).lower())
        || a.tok(k).isLyAdverb())) {
      k++;
    }
    if (k + 1 >= a.size() || a.inQuote(k) || a.inQuote(k + 1) || !STANCE_ADJECTIVES.contains(a.tok(k).lower())
        || !a.tok(k + 1).is("that")) {
      return null;
    }
    return new CueHit(i, k + 1, CueLexicon.Frame.BELIEF, a.slice(i, k + 1), false);
  }

  /** Verbs that put forward what a noun of saying names ("made the argument that", "offered assurances that"). */
  private static final java.util.Set<String> LIGHT_VERBS = Words.set("made", "makes", "making", "offered", "offers",
      "offering", "gave", "gives", "giving", "shared", "shares", "sharing", "repeated", "repeats", "renewed", "renews",
      "floated", "floats", "advanced", "advances", "pressed", "presses", "voiced", "voices", "expressed", "expresses",
      "reiterated", "reiterates");
  /** Nouns of saying or holding whose that-clause is the content. */
  private static final java.util.Set<String> SPEECH_NOUNS = Words.set("argument", "point", "claim", "claims",
      "assurance", "assurances", "promise", "promises", "pledge", "prediction", "predictions", "suggestion",
      "belief", "view", "warning", "warnings", "threat", "accusation", "accusations", "allegation", "allegations",
      "observation", "assertion", "assertions", "indication", "admission", "hint", "contention", "case", "complaint",
      "concern", "concerns", "hope", "confidence", "fear", "fears", "conviction", "insistence", "vow");
  /** Words between such a verb and its noun: a determiner or possessive and up to two modifiers. */
  private static final int SPEECH_NOUN_LEAD = 3;

  /**
   * {@code S made the argument that …}, {@code offered her firmest promise yet that …}: a verb, a short noun phrase
   * headed by a noun of saying, and "that" right after it; the cue spans the verb to the noun.
   */
  private static CueHit speechNounPhrase(Article a, int i) {
    if (i == 0 || a.tok(i).isCapitalised()) {
      return null;
    }
    for (int k = i + 1; k < a.size() && k - i <= SPEECH_NOUN_LEAD + 1; k++) {
      Token t = a.tok(k);
      if (a.inQuote(k) || !t.isWord() && !t.isPossessive()) {
        return null;
      }
      if (SPEECH_NOUNS.contains(t.lower())) {
        int next = k + 1;
        if (next < a.size() && a.tok(next).is("yet")) {
          next++; // "her firmest promise yet that …"
        }
        return next + 1 < a.size() && !a.inQuote(next) && a.tok(next).is("that") && !relativeVerb(a, next + 1)
            ? new CueHit(i, next, CueLexicon.Frame.SPEECH, a.slice(i, next), false) : null;
      }
      if (t.isCapitalised() || t.is("that") || Words.FUNCTION.contains(t.lower()) && !t.is("no")) {
        return null;
      }
    }
    return null;
  }

  /** A verb right after "that" ("an argument that resonated", "a promise that has …"): a relative clause. */
  private static boolean relativeVerb(Article a, int k) {
    Token t = a.tok(k);
    String w = t.lower();
    return !a.inQuote(k) && t.isWord() && !t.isCapitalised() && (Words.FINITE_AUXILIARIES.contains(w)
        || w.endsWith("ed"));
  }

  /** Words that open an adjunct between a that-clause verb and its "that" ("posted on Facebook Monday that …"). */
  private static final java.util.Set<String> THAT_ADJUNCT_LEADS = Words.union(CueLexicon.THAT_ADJUNCT_PREPOSITIONS,
      Words.set("this", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
          "today", "tonight"));
  /** Longest adjunct between a that-clause verb and its "that". */
  private static final int THAT_ADJUNCT_WINDOW = 10;

  /**
   * A "that" right after a that-clause-only verb, after an adjunct (a preposition, a time word or an -ly adverb first;
   * words and short quoted titles inside) or, for a verb taking an addressee, after a few plain words.
   */
  private static boolean thatFollows(Article a, int i, int end) {
    if (end >= a.size() || a.inQuote(end)) {
      return false;
    }
    Token first = a.tok(end);
    if (first.is("that")) {
      return true;
    }
    boolean adjunct = THAT_ADJUNCT_LEADS.contains(first.lower()) || first.isLyAdverb();
    boolean addressee = !adjunct && CueLexicon.ADDRESSEE_THAT.contains(a.tok(i).lower());
    if (!adjunct && !addressee) {
      return false;
    }
    int window = adjunct ? THAT_ADJUNCT_WINDOW : CueLexicon.ADDRESSEE_REACH;
    for (int k = end; k < a.size() && k - end <= window; k++) {
      Token t = a.tok(k);
      if (a.inQuote(k)) {
        if (!adjunct) {
          return false;
        }
        continue; // "on CBS's “Face the Nation” that"
      }
      if (t.is("that")) {
        return true;
      }
      if (!t.isWord() && !t.isPossessive() && t.type() != Token.Type.QUOTE || t.is("which") || t.is("who")) {
        return false;
      }
    }
    return false;
  }

  /** Participles that give a document's content ("a statement saying …", "a letter warning that …"). */
  private static final java.util.Set<String> DOCUMENT_PARTICIPLES = Words.set("saying", "stating", "declaring",
      "announcing", "explaining", "claiming", "arguing", "asserting", "warning", "noting", "insisting");
  /** Things a person or body puts out that carry their words. */
  private static final java.util.Set<String> DOCUMENT_NOUNS = Words.set("statement", "statements", "release",
      "releases", "letter", "letters", "email", "emails", "e-mail", "memo", "memos", "note", "message", "messages",
      "tweet", "tweets", "post", "posts", "video", "ad", "advertisement", "op-ed", "editorial", "notice", "bulletin",
      "announcement", "petition", "mailer", "flier", "flyer", "text", "update", "alert", "filing", "communique",
      "declaration", "memorandum");
  /** Verbs that put a document out: their subject is the document's source. */
  private static final java.util.Set<String> ISSUING_VERBS = Words.set("issued", "issues", "issue", "issuing",
      "released", "releases", "release", "releasing", "sent", "sends", "send", "sending", "posted", "posting",
      "published", "publishes", "publishing", "put", "puts", "putting", "distributed", "circulated", "shared",
      "emailed", "filed", "unveiled");
  private static final java.util.Set<String> DOCUMENT_TIME = Words.set("on", "late", "early", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "morning",
      "afternoon", "evening", "night", "earlier", "later");

  /**
   * {@code S issued a statement (Tuesday) saying …}, {@code S sent out a fundraising email warning that …}: the
   * participle reports the document's content and the issuing verb's subject is its source, although a determiner and
   * a noun precede the participle (which otherwise marks a noun, "the saying"). The issuing verb's index, or -1.
   */
  static int documentIssuer(Article a, int i) {
    if (i < 3 || !DOCUMENT_PARTICIPLES.contains(a.tok(i).lower())) {
      return -1;
    }
    int j = i - 1;
    while (j > 0 && i - j <= 3 && DOCUMENT_TIME.contains(a.tok(j).lower()) && !a.inQuote(j)) {
      j--; // "a statement Wednesday saying"
    }
    if (!DOCUMENT_NOUNS.contains(a.tok(j).lower()) || a.inQuote(j)) {
      return -1;
    }
    int d = j - 1;
    while (d > 0 && j - d <= 4 && a.tok(d).isWord() && !a.inQuote(d) && !NOUN_DETERMINERS.contains(a.tok(d).lower())) {
      d--; // "a press release", "an extraordinary statement", "a fundraising email"
    }
    if (d < 1 || !NOUN_DETERMINERS.contains(a.tok(d).lower()) || a.inQuote(d)) {
      return -1;
    }
    int v = a.tok(d - 1).is("out") && d > 1 ? d - 2 : d - 1; // "sent out a …", "put out a …"
    Token verb = a.tok(v);
    return verb.isWord() && !verb.isCapitalised() && !a.inQuote(v) && ISSUING_VERBS.contains(verb.lower()) ? v : -1;
  }

  /** "… the deal as “a giveaway”": "as" within a short object, then a quote within a few words. */
  private static boolean asQuoteFollows(Article a, int k) {
    int se = a.sentenceEndOf(Math.min(k, a.size() - 1));
    boolean quoted = false;
    for (int m = k; m < se && m - k <= 12; m++) {
      if (a.inQuote(m)) {
        quoted = true;
        continue;
      }
      Token t = a.tok(m);
      if (t.is(";") || t.is(",") || t.is("—") || t.is("–") || t.is("--") || t.is("-") || t.is("(")) {
        return false; // a clause mark or an aside between the object and "as"
      }
      if (t.is("as")) {
        for (int q = m + 1; q < se && q - m <= 4 && !quoted; q++) {
          quoted = a.inQuote(q);
        }
        return quoted;
      }
    }
    return false;
  }

  /**
   * A capitalised word inside a body sentence is part of a name or title ("The Laura Ingraham Show", "Wall Street
   * Journal Reports"), not a verb. Title-case headlines (the first paragraph) and sentence starts are exempt.
   */
  private static boolean isInsideAName(Article a, int i) {
    if (!a.tok(i).isCapitalised() || a.tokPara[i] == 0 || i == a.sentenceStartOf(i)) {
      return false;
    }
    Token prev = a.tok(i - 1);
    return prev.isWord() || prev.is(",") || prev.is("(");
  }

  private static final java.util.Set<String> NOUN_DETERMINERS = Words.set("a", "an", "the", "his", "her", "their",
      "its", "our", "your", "my", "this", "these", "those", "every", "each", "another");

  /** "an impromptu social call", "a new federal rule": a determiner and lower-case modifiers make the form a noun. */
  private static boolean modifiedNoun(Article a, int i) {
    for (int j = i - 1; j >= 0 && i - j <= 3; j--) {
      Token t = a.tok(j);
      String w = t.lower();
      if (!t.isWord() || a.inQuote(j)) {
        return false;
      }
      if (NOUN_DETERMINERS.contains(w)) { // also sentence-initial "A", "The"
        return j < i - 1; // right after a determiner is already handled by notNounUse
      }
      if (t.isCapitalised() || w.endsWith("ly") || Words.FUNCTION.contains(w) || Words.PRONOUNS.contains(w)
          || Words.PERSON_NOUNS.contains(w) || w.endsWith("s") && !w.endsWith("ss")) {
        return false;
      }
    }
    return false;
  }

  /** A longer cue starting up to four tokens earlier that covers {@code cue} ("took to Twitter to" + "warn"). */
  CueHit widen(Article a, CueHit cue) {
    for (int k = cue.from() - 1; k >= 0 && k >= cue.from() - 4; k--) {
      CueHit longer = at(a, k);
      if (longer != null && longer.to() >= cue.to()) {
        return longer;
      }
    }
    return cue;
  }

  private static final java.util.Set<String> NAMING = Words.set("called", "named", "dubbed", "labeled", "labelled",
      "titled", "entitled", "nicknamed");
  private static final java.util.Set<String> NAMING_ADVERBS = Words.set("sometimes", "often", "also", "now", "once",
      "commonly", "widely", "informally", "officially", "aptly", "fittingly", "simply");

  /**
   * "a program called Sandy Hook Promise", "the procedure sometimes called “partial-birth abortion”": after a common
   * noun with its determiner and before a name or a quote, the form names something; nobody is reported.
   */
  private static boolean namingParticiple(Article a, int i) {
    if (!NAMING.contains(a.tok(i).lower()) || i + 1 >= a.size()) {
      return false;
    }
    Token next = a.tok(i + 1);
    if (!(next.isCapitalised() || next.type() == Token.Type.QUOTE)) {
      return false;
    }
    int j = i - 1;
    while (j >= 0 && NAMING_ADVERBS.contains(a.tok(j).lower())) {
      j--;
    }
    if (j < 1) {
      return false;
    }
    Token noun = a.tok(j);
    String w = noun.lower();
    if (!noun.isWord() || noun.isCapitalised() || Words.PRONOUNS.contains(w) || Words.PERSON_NOUNS.contains(w)
        || Words.FUNCTION.contains(w) || Words.SKIPPABLE.contains(w)) {
      return false;
    }
    for (int k = j - 1; k >= 0 && k >= j - 3; k--) {
      if (NOUN_DETERMINERS.contains(a.tok(k).lower())) {
        return true;
      }
      if (!a.tok(k).isWord()) {
        return false;
      }
    }
    return false;
  }

  /** Rejects "the said", "his statements", "in reports": a determiner, preposition or possessive right before. */
  private static boolean notNounUse(Article a, int i, boolean singleWord) {
    if (i == 0) {
      return true;
    }
    Token prev = a.tok(i - 1);
    if (!prev.isWord()) {
      return true;
    }
    String p = prev.lower();
    if (p.equals("by") && a.tok(i).lower().endsWith("ing")) {
      return true; // "responded … by saying …": a gerund, not a noun after a preposition
    }
    String straight = p.replace('’', '\'');
    if (singleWord && pluralPossessive(prev)) {
      return false; // "in the senators' favor" (a nominal "Sanders' call for …" still reports)
    }
    if (prev.isPossessive() && !p.equals("it's") && !straight.equals("he's") && !straight.equals("she's")
        && !straight.equals("who's")) {
      return false;
    }
    return !(p.equals("the") || p.equals("a") || p.equals("an") || p.equals("his") || p.equals("her")
        || p.equals("their") || p.equals("its") || p.equals("our") || p.equals("my") || p.equals("your")
        || p.equals("this") || p.equals("these") || p.equals("those") || p.equals("of") || p.equals("in")
        || p.equals("for") || p.equals("with") || p.equals("from") || p.equals("by") || p.equals("such")
        || p.equals("any") || p.equals("no") || p.equals("whose") || p.equals("and") && i > 1 && a.tok(i - 2).isPossessive());
  }

  /** A plural possessive kept as one token ("senators'", "Democrats’"): a determiner of the following noun. */
  private static boolean pluralPossessive(Token t) {
    String w = t.lower();
    return t.isWord() && w.length() > 2 && (w.endsWith("s'") || w.endsWith("s’"));
  }


  /**
   * "his remarks were …", "the protests have continued", "farm states that have suffered …": a noun-or-verb form
   * followed by a finite auxiliary (directly, or after a relative "that" for a plural form) is the subject of that
   * verb, a noun; a reporting verb is followed by its content or object, not by an auxiliary.
   */
  private static boolean nounSubject(Article a, int i, int end) {
    if (end >= a.size() || a.inQuote(end) || pseudoCleft(a, i)) {
      return false;
    }
    if (Words.FINITE_AUXILIARIES.contains(a.tok(end).lower())) {
      return true;
    }
    String form = a.tok(end - 1).lower();
    boolean plural = form.endsWith("s") && !form.endsWith("ss");
    return plural && a.tok(end).is("that") && end + 1 < a.size() && !a.inQuote(end + 1)
        && Words.FINITE_AUXILIARIES.contains(a.tok(end + 1).lower());
  }

  /** "what we should ask is …", "what they claim is …": the verb before "is" heads a pseudo-cleft, still a cue. */
  private static boolean pseudoCleft(Article a, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 4 && a.tok(k).isWord(); k--) {
      if (a.tok(k).is("what")) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> CONTINUED_SPEECH = Words.set("say", "note", "add", "argue", "insist",
      "tell", "warn", "explain", "claim", "describe", "call", "criticize", "praise", "accuse", "suggest", "predict");
  /** Objects of a transitive "worry" (to trouble someone); the reporting sense takes "that" or "about". */
  private static final java.util.Set<String> WORRY_OBJECTS = Words.set("some", "many", "the", "a", "an", "his", "her",
      "their", "our", "him", "them", "us", "me", "voters", "officials", "analysts", "investors", "people");
  private static final java.util.Set<String> CALL_PARTICLES = Words.set("off", "up", "back");
  private static final java.util.Set<String> WIN_NOUNS = Words.set("victory", "victories", "win", "wins", "title",
      "titles", "seat", "seats", "crown", "prize", "delegates", "spot", "place");

  /** "it goes without saying that …", "needless to say, …": the writer's own emphasis, no one is reported. */
  private static boolean sayingIdiom(Article a, int i, String w) {
    if (i < 2) {
      return false;
    }
    String p1 = a.tok(i - 1).lower();
    String p2 = a.tok(i - 2).lower();
    return w.equals("saying") && p1.equals("without") && (p2.equals("goes") || p2.equals("go") || p2.equals("went"))
        || w.equals("say") && p1.equals("to") && p2.equals("needless");
  }

  /**
   * Fixed phrases where a cue word reports nobody: "thanks to" (a preposition), "called off / called to mind",
   * "went on to win" (continued doing, not speaking), "claimed a victory" (won).
   */
  private static boolean nonReportingPhrase(Article a, int i, int end) {
    if (end >= a.size() || a.inQuote(end)) {
      return false;
    }
    String w = a.tok(i).lower();
    Token next = a.tok(end);
    if (sayingIdiom(a, i, w)) {
      return true;
    }
    if (w.equals("thanks") && next.is("to")) {
      return true;
    }
    if (end == i + 1 && w.startsWith("call") && CALL_PARTICLES.contains(next.lower())) {
      return true;
    }
    if (end == i + 2 && a.tok(i + 1).is("on") && next.is("to")) {
      // "went on to win": only "went on to say/note …" continues speaking, and that verb is a cue of its own
      return end + 1 >= a.size() || !CONTINUED_SPEECH.contains(a.tok(end + 1).lower());
    }
    if (w.equals("imagine")) {
      return true; // "can you imagine …", "it is hard to imagine …": a hypothetical; "she imagined that …" reports
    }
    if (w.startsWith("worr") && WORRY_OBJECTS.contains(next.lower())) {
      return true; // "the remark worried some analysts": causing worry, not voicing it
    }
    if (w.startsWith("claim")) {
      for (int k = end; k < a.size() && k - end <= 3 && a.tok(k).isWord() && !a.tok(k).is("that") && !a.inQuote(k); k++) {
        if (WIN_NOUNS.contains(a.tok(k).lower())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Prepositions and conjunctions before an -ing form that make it a verb ("after warning", "by asking"). */
  private static final java.util.Set<String> GERUND_LEADS = Words.set("after", "before", "by", "without",
      "upon");

  private static final java.util.Set<String> OBJECT_PRONOUNS = Words.set("him", "her", "it", "them", "us", "me",
      "himself", "herself", "itself", "themselves");

  /** One to three object words (a name, a possessive phrase) and then a quote opening: "calls her record “a …”". */
  private static boolean quoteSoonAfterObject(Article a, int from) {
    for (int k = from; k < a.size() && k - from <= 3; k++) {
      if (a.inQuote(k)) {
        return k > from;
      }
      Token t = a.tok(k);
      if (!t.isWord() && !t.isPossessive() || Words.FUNCTION.contains(t.lower()) && !t.is("the")) {
        return false;
      }
    }
    return false;
  }

  /** Ambiguous noun/verb forms count only before "that", a quote, a colon or comma, or after a pronoun or name. */
  private static boolean verbContext(Article a, int i, int end) {
    if (end < a.size()) {
      Token next = a.tok(end);
      boolean nounAfter = Words.ROLE.contains(next.lower()) || Words.PERSON_NOUNS.contains(next.lower());
      if (nounAfter && !Words.FUNCTION.contains(next.lower()) && !Words.DETERMINERS.contains(next.lower())
          && !next.is("the")) {
        return false; // "state director", "report author": a noun modifier
      }
      if (next.is("that") || next.type() == Token.Type.QUOTE || next.is(":")) {
        return true;
      }
      String form = a.tok(i).lower();
      boolean objectVerb = !CueLexicon.THAT_ONLY.contains(form) && !form.startsWith("ask");
      if (objectVerb && OBJECT_PRONOUNS.contains(next.lower()) && !a.inQuote(end)) {
        return true; // "calls it …", "the paper calls him …": a noun is not followed by an object pronoun
      }
      if (objectVerb && quoteSoonAfterObject(a, end)) {
        return true; // "…, calls Horgos “a mistake”": an object, then its quoted description
      }
    }
    if (i > 0 && a.tok(i - 1).is(",") && a.tok(i).lower().endsWith("ing")) {
      return true; // "…, saying": a participle clause
    }
    if (i > 0 && GERUND_LEADS.contains(a.tok(i - 1).lower()) && a.tok(i).lower().endsWith("ing")) {
      return true; // "after warning that …", "by asking …": a gerund clause
    }
    if (i > 0) {
      Token prev = a.tok(i - 1);
      int j = i - 1;
      while (j > 0 && Words.SKIPPABLE.contains(a.tok(j).lower()) && !a.tok(j).is("on")) {
        j--;
      }
      prev = a.tok(j);
      if (Words.PRONOUNS.contains(prev.lower()) && !prev.is("it") && !prev.is("you")) {
        return true;
      }
      if (prev.isCapitalised() && !Words.FUNCTION.contains(prev.lower()) && !prev.isPossessive()) {
        return j == 0 || !a.tok(j - 1).is("the") || Words.PERSON_NOUNS.contains(prev.lower());
      }
      if (Words.PERSON_NOUNS.contains(prev.lower()) || prev.lower().endsWith("s") && j > 0 && a.tok(j - 1).is("the")) {
        return true;
      }
    }
    return false;
  }
}
