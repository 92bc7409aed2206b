package io.newsflow.enrich.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reporting-cue lexicon written from general knowledge of English reporting verbs (not mined from any evaluation
 * data): verb lemmas expanded to all inflections, plus multi-word cues, in one precompiled {@code HashMap} keyed by the
 * first word. A {@code *} in a multi-word cue matches one capitalised word ({@code took to * to remark}).
 */
final class CueLexicon {
  /** What a cue's complement is. */
  enum Frame {
    /** speech verb: that-clause, bare clause or a quote ("said"). */
    SPEECH,
    /** belief or cognition verb: needs a that-clause or bare clause; never introduces a quote by itself. */
    BELIEF,
    /** the object noun phrase is the content ("accused X of Y", "expressed support for Y"). */
    NOUN_CONTENT,
    /** "according to X". */
    ACCORDING
  }

  /** One cue entry: lower-case words, the frame, and whether the single-word form is also a common noun. */
  record Cue(String[] words, Frame frame, boolean nounAmbiguous) {
    int length() {
      return words.length;
    }
  }

  private static final String[] SPEECH = {
    "say", "tell", "add", "note", "state", "declare", "emphasize", "emphasise", "stress", "underscore", "underline",
    "assert", "argue", "insist", "warn", "explain", "remark", "conclude", "acknowledge", "admit", "reassure", "suggest",
    "tweet", "write", "claim", "announce", "report", "reply", "respond", "answer", "ask", "confirm", "deny", "reveal",
    "disclose", "mention", "comment", "observe", "recall", "predict", "promise", "pledge", "vow", "threaten", "caution",
    "contend", "maintain", "allege", "complain", "concede", "boast", "joke", "quip", "proclaim", "repeat", "reiterate",
    "signal", "indicate", "hint", "testify", "inform", "advise", "counter", "retort", "exclaim", "shout", "cry",
    "scream", "whisper", "mutter", "agree", "estimate", "affirm", "assure", "swear", "recommend", "propose", "demand",
    "charge", "speculate", "posit", "brag", "lament", "concur", "echo", "clarify", "elaborate",
    "acknowledge", "add", "continue", "interject", "muse", "opine", "plead", "protest", "recount", "remind", "reason",
    "snap", "sneer", "stammer", "summarize", "tout", "urge", "volunteer", "wonder", "theorize", "conclude", "find",
    "show", "determine", "rule", "decide", "project", "forecast", "imply", "grumble", "gush", "scoff", "yell", "murmur",
    "declare", "confide", "guarantee", "attest", "certify", "emphasize", "highlight", "point", "relate", "narrate",
    "describe", "recollect", "surmise", "intimate", "insinuate", "allege", "aver", "avow", "vouch", "contest", "dispute",
    "question", "challenge", "concede", "grant", "preach", "proclaim", "pronounce", "rant", "rave", "reckon",
    "rejoin", "reply", "retort", "shoot", "sigh", "stipulate", "submit", "suppose", "thunder", "utter", "vent", "write",
    "fume", "gripe", "marvel", "gloat", "chant"
  };
  /** Speech verbs whose object can be the content when no clause follows ("announced a plan", "asked for help"). */
  static final java.util.Set<String> OBJECT_CONTENT_SPEECH = Words.set("announce", "announced", "announces",
      "announcing", "ask", "asked", "asks", "asking", "promise", "promised", "promises", "promising", "pledge",
      "pledged", "pledges", "vow", "vowed", "vows", "propose", "proposed", "proposes", "recommend", "recommended",
      "recommends", "demand", "demanded", "demands", "describe", "described", "describes", "predicted", "predict",
      "predicts", "urge", "urged", "urges", "deny", "denied", "denies", "confirm", "confirmed", "confirms",
      "reveal", "revealed", "reveals", "mention", "mentioned", "mentions", "question", "questioned", "challenge",
      "challenged", "dispute", "disputed", "disputes", "threatened", "threaten", "threatens", "acknowledged",
      "acknowledge", "acknowledges", "admitted", "admit", "admits", "echoed", "echo", "echoes", "repeated",
      "reiterated", "highlighted", "stressed", "emphasized", "emphasised", "underscored", "signaled", "signalled",
      "hinted", "floated", "touted", "reported", "estimated", "forecast", "projected", "showed", "show", "shows",
      "found", "finds", "argued", "claimed", "claims", "noted");

  /**
   * Commitments and threats whose content is an infinitive ("vowed to take the fight to every state", "threatened to
   * sue"): what the speaker said they would do. Not "asked to" or "told to" (there the subject is the addressee).
   */
  static final java.util.Set<String> INFINITIVE_CONTENT = Words.set("promise", "promised", "promises", "promising",
      "pledge", "pledged", "pledges", "pledging", "vow", "vowed", "vows", "vowing", "threaten", "threatened",
      "threatens", "threatening", "swore", "swear", "swears");


  private static final String[] BELIEF = {
    "believe", "think", "feel", "hope", "fear", "expect", "doubt", "worry", "know", "guess", "suspect", "assume",
    "figure", "understand", "realize", "realise", "recognize", "recognise", "consider", "imagine", "trust", "bet",
    "wish", "acknowledge", "anticipate", "calculate", "conclude", "contemplate", "dream", "fret", "learn", "notice",
    "presume", "sense", "suppose", "envision", "foresee", "gather", "hear", "infer", "judge", "perceive", "regret"
  };
  /*
   * Stance verbs whose object is usually a person or organisation rather than what was said ("supported Clinton",
   * "endorsed Trump", "attacked Cruz", "called him", "wants a wall") are left out: as content frames they mostly
   * yield non-quotes.
   */
  private static final String[] NOUN_CONTENT = {
    "accuse", "express", "voice", "criticize", "criticise", "praise", "condemn", "blast", "slam", "denounce",
    "applaud", "welcome", "dismiss", "reject", "defend", "blame", "decry", "oppose",
    "lambast", "rebuke", "mock", "ridicule", "commend", "hail", "thank", "credit", "chastise", "berate", "castigate",
    "fault", "rip", "knock", "tout", "pan", "assail", "deride", "question", "cite", "call",
    "refer", "propose", "demand", "favor", "favour", "recommend", "request", "vow", "pledge",
    "promise", "announce", "ask", "describe", "label", "dub", "brand", "portray", "characterize", "characterise",
    "depict", "cast", "frame", "paint", "scold"
  };
  /**
   * Verbs that report a characterisation only in {@code V X as “…”} ("portrayed the deal as “a giveaway”"); elsewhere
   * they are ordinary verbs ("cast a vote", "framed the photo"), so they count as cues only with "as" and a quote.
   */
  static final java.util.Set<String> AS_QUOTE_ONLY = Words.set("portray", "portrays", "portrayed", "portraying",
      "characterize", "characterizes", "characterized", "characterizing", "characterise", "characterises",
      "characterised", "characterising", "depict", "depicts", "depicted", "depicting", "cast", "casts", "casting",
      "frame", "frames", "framed", "framing", "paint", "paints", "painted", "painting");
  /** Multi-word cues. Order does not matter: matching is longest-first. */
  private static final String[][] MULTI = {
    {"according", "to"}, {"told", "reporters"}, {"tells", "reporters"}, {"point", "out"}, {"points", "out"},
    {"pointed", "out"}, {"pointing", "out"}, {"went", "on"}, {"goes", "on"}, {"go", "on"}, {"going", "on"},
    {"put", "it"}, {"puts", "it"}, {"called", "for"}, {"calls", "for"}, {"calling", "for"}, {"call", "for"},
    {"took", "to", "*", "to"}, {"takes", "to", "*", "to"}, {"taking", "to", "*", "to"},
    {"spoke", "of"}, {"spoke", "about"}, {"talked", "about"}, {"talk", "about"}, {"talks", "about"},
    {"commented", "on"}, {"comments", "on"}, {"raised", "concerns"}, {"raised", "questions"},
    {"made", "clear"}, {"makes", "clear"}, {"making", "clear"},
    {"made", "it", "clear"}, {"makes", "it", "clear"}, {"making", "it", "clear"},
    {"made", "the", "case"}, {"weighed", "in"}, {"chimed", "in"},
    {"spelled", "out"}, {"laid", "out"}, {"shot", "back"}, {"fired", "back"}, {"hit", "back"}, {"wrote", "on"},
    {"called", "on"}, {"calls", "on"}, {"calling", "on"}, {"call", "on"}
  };
  private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
      Map.entry("say", new String[] {"said", "says", "saying", "say"}),
      Map.entry("tell", new String[] {"told", "tells", "telling", "tell"}),
      Map.entry("write", new String[] {"wrote", "writes", "writing", "write", "written"}),
      Map.entry("think", new String[] {"thought", "thinks", "thinking", "think"}),
      Map.entry("feel", new String[] {"felt", "feels", "feeling", "feel"}),
      Map.entry("find", new String[] {"found", "finds", "finding", "find"}),
      Map.entry("show", new String[] {"showed", "shown", "shows", "showing", "show"}),
      Map.entry("know", new String[] {"knew", "known", "knows", "knowing", "know"}),
      Map.entry("swear", new String[] {"swore", "sworn", "swears", "swearing", "swear"}),
      Map.entry("understand", new String[] {"understood", "understands", "understanding", "understand"}),
      Map.entry("hold", new String[] {"held", "holds", "holding", "hold"}),
      Map.entry("shoot", new String[] {"shot", "shoots"}),
      Map.entry("bet", new String[] {"bet", "bets", "betting"}),
      Map.entry("hear", new String[] {"heard", "hears", "hearing", "hear"}),
      Map.entry("learn", new String[] {"learned", "learnt", "learns", "learning", "learn"}),
      Map.entry("foresee", new String[] {"foresaw", "foreseen", "foresees", "foreseeing"}),
      Map.entry("rip", new String[] {"ripped", "rips", "ripping"}),
      Map.entry("cry", new String[] {"cried", "cries", "crying"}),
      Map.entry("reply", new String[] {"replied", "replies", "replying", "reply"}),
      Map.entry("imply", new String[] {"implied", "implies", "implying"}),
      Map.entry("certify", new String[] {"certified", "certifies"}),
      Map.entry("clarify", new String[] {"clarified", "clarifies", "clarifying"}),
      Map.entry("vouch", new String[] {"vouched", "vouches"}),
      Map.entry("cast", new String[] {"cast", "casts", "casting"}));
  /** Verbs whose final consonant doubles (admitted, quipped). */
  private static final java.util.Set<String> DOUBLING = Words.set("admit", "quip", "regret", "rebut", "commit",
      "snap", "slam", "plan", "rip", "pan", "stop", "refer", "prefer", "concur", "submit", "abet", "bet", "knock",
      "dub", "brag", "fret", "infer", "aver");
  /** Forms that are usually nouns or adjectives ("the state", "a noted author"): need a verb context to count. */
  private static final java.util.Set<String> NOUN_AMBIGUOUS = Words.set("state", "states", "report", "reports",
      "claim", "claims", "note", "notes", "comment", "comments", "answer", "answers", "reply", "replies", "estimate",
      "estimates", "forecast", "forecasts", "promise", "promises", "pledge", "pledges", "charge", "charges", "question",
      "questions", "doubt", "doubts", "fear", "fears", "hope", "hopes", "wish", "wishes", "guess", "bet", "figure",
      "figures", "post", "posts", "text", "texts", "email", "emails", "echo", "rule", "rules", "point", "points",
      "support", "attack", "attacks", "show", "shows", "finding", "hearing", "feeling", "thinking", "understanding",
      "project", "projects", "cry", "vent", "hold", "grant", "credit", "thank", "knock", "pan", "rip", "welcome",
      "shot", "hit", "held", "found", "known", "understood", "dream", "sense", "judge", "counter", "signal", "signals",
      "trust", "challenge", "challenges", "protest", "protests", "demand", "demands", "warning", "saying", "writing",
      "tweet", "tweets", "noted", "continue", "continues", "continued", "continuing", "recall", "learning", "rant",
      "reason", "submit", "snap", "utter", "thunder", "sigh", "volunteer", "grumble", "gush", "dispute", "contest",
      "relate", "project", "stress", "plead", "rave", "learn", "learned", "worry", "notice", "ask", "asks", "asked",
      "asking", "decide", "decided", "determine", "determined", "express", "voice", "voices", "voiced", "hail",
      "defend", "blame", "reject", "oppose", "expect", "expected", "consider", "considered", "feel", "felt", "call",
      "calls", "fault", "faults", "contest", "contests", "request", "requests", "label", "labels");

  private final Map<String, List<Cue>> byFirstWord = new HashMap<>(4096);

  CueLexicon() {
    addLemmas(SPEECH, Frame.SPEECH);
    addLemmas(THAT_SPEECH, Frame.SPEECH);
    for (String form : THAT_SPEECH_FORMS) {
      byFirstWord.computeIfAbsent(form, k -> new ArrayList<>()).add(new Cue(new String[] {form}, Frame.SPEECH, false));
    }
    addLemmas(BELIEF, Frame.BELIEF);
    addLemmas(NOUN_CONTENT, Frame.NOUN_CONTENT);
    for (String[] m : MULTI) {
      Frame f = m[0].equals("according") ? Frame.ACCORDING : Frame.SPEECH;
      if (m[0].startsWith("call") && !m[1].equals("on") || m[0].startsWith("spoke") || m[0].startsWith("talk") || m[0].startsWith("comment")
          || m[0].startsWith("raised")) {
        f = Frame.NOUN_CONTENT;
      }
      byFirstWord.computeIfAbsent(m[0], k -> new ArrayList<>()).add(new Cue(m, f, false));
    }
    // longest first, so that "told reporters" wins over "told"
    byFirstWord.values().forEach(l -> l.sort((a, b) -> b.length() - a.length()));
  }

  private void addLemmas(String[] lemmas, Frame frame) {
    for (String lemma : lemmas) {
      for (String form : inflect(lemma)) {
        List<Cue> list = byFirstWord.computeIfAbsent(form, k -> new ArrayList<>());
        boolean known = list.stream().anyMatch(c -> c.length() == 1);
        if (!known) {
          list.add(new Cue(new String[] {form}, frame, NOUN_AMBIGUOUS.contains(form)));
        }
      }
    }
  }

  static List<String> inflect(String lemma) {
    String[] irregular = IRREGULAR.get(lemma);
    if (irregular != null) {
      return List.of(irregular);
    }
    List<String> forms = new ArrayList<>(4);
    forms.add(lemma);
    char last = lemma.charAt(lemma.length() - 1);
    boolean sibilant = lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")
        || lemma.endsWith("z") || lemma.endsWith("o");
    forms.add(sibilant ? lemma + "es" : lemma + "s");
    if (last == 'e') {
      forms.add(lemma + "d");
      forms.add(lemma.substring(0, lemma.length() - 1) + "ing");
    } else if (last == 'y' && !isVowel(lemma.charAt(lemma.length() - 2))) {
      forms.set(1, lemma.substring(0, lemma.length() - 1) + "ies");
      forms.add(lemma.substring(0, lemma.length() - 1) + "ied");
      forms.add(lemma + "ing");
    } else if (DOUBLING.contains(lemma)) {
      forms.add(lemma + last + "ed");
      forms.add(lemma + last + "ing");
    } else {
      forms.add(lemma + "ed");
      forms.add(lemma + "ing");
    }
    return forms;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  /**
   * The longest cue starting at token {@code i}, or {@code null}. Only word tokens match; {@code *} matches one
   * capitalised word.
   */
  Cue match(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!t.isWord()) {
      return null;
    }
    List<Cue> cues = byFirstWord.get(t.lower());
    if (cues == null) {
      return null;
    }
    for (Cue cue : cues) {
      if (matchesAt(cue, tokens, i)) {
        return cue;
      }
    }
    return null;
  }

  private static boolean matchesAt(Cue cue, List<Token> tokens, int i) {
    if (i + cue.length() > tokens.size()) {
      return false;
    }
    for (int k = 1; k < cue.length(); k++) {
      Token t = tokens.get(i + k);
      String w = cue.words()[k];
      if (w.equals("*") ? !t.isCapitalised() : !t.lower().equals(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Verbs of communicating, ordering and conceding that report content only through an explicit that-clause
   * ("confessed that …", "ordered that the files be released", "emailed supporters that …", "posted on Facebook
   * that …"); with an object alone they are ordinary verbs ("ordered lunch", "posted a photo"). Lemmas here, and
   * single forms below where the other forms are mostly nouns or adjectives ("a post", "an order", "commanding").
   */
  private static final String[] THAT_SPEECH = {
    "confess", "reaffirm", "restate", "notify", "verify", "profess", "specify", "convey", "communicate", "divulge",
    "hypothesize", "hypothesise", "postulate", "instruct"
  };
  private static final String[] THAT_SPEECH_FORMS = {"posted", "ordered", "ordering", "directed", "messaged",
    "emailed", "e-mailed", "texted", "commanded", "mandated", "decreed", "advocated", "alerted", "objected",
    "relayed"};
  /** Of {@link #THAT_CLAUSE_ONLY}, the verbs whose addressee may stand before "that" ("notified the court that …"). */
  static final java.util.Set<String> ADDRESSEE_THAT = Words.set("notify", "notifies", "notified", "notifying",
      "instruct", "instructs", "instructed", "instructing", "alerted", "emailed", "e-mailed", "texted", "messaged");
  /** Longest addressee between such a verb and its "that" ("emailed her campaign staff that …"), in tokens. */
  static final int ADDRESSEE_REACH = 5;
  /** Prepositions and time words that open an adjunct between such a verb and its "that" ("posted on Facebook that"). */
  static final java.util.Set<String> THAT_ADJUNCT_PREPOSITIONS = Words.set("on", "in", "at", "during", "to", "via",
      "through", "from", "with", "before", "after", "under", "over", "last", "earlier");

  /**
   * Forms of the that-clause-only communication verbs above: content only from "that" right after the verb, after an
   * adjunct ("posted on his Facebook page that …") or, for {@link #ADDRESSEE_THAT}, after an addressee.
   */
  static final java.util.Set<String> THAT_CLAUSE_ONLY = thatSpeechForms();

  /** Cues that report content only with an explicit that-clause ("the study found that …", not "found the keys"). */
  static final java.util.Set<String> THAT_ONLY = Words.union(Words.set("find", "found", "finds", "show", "shows",
      "showed", "shown", "state", "states", "rule", "ruled", "rules", "determine", "determined", "determines", "decide",
      "decided", "decides", "learn", "learned", "learns", "hear", "heard", "hears", "know", "knew", "knows",
      "understand", "understood", "understands", "realize", "realized", "realise", "realised", "recognize",
      "recognized", "notice", "noticed", "gather", "gathered", "judge", "judged", "sense", "sensed", "grant",
      "granted", "project", "projected", "signal", "signaled", "signalled", "indicate", "indicated", "indicates",
      "imply", "implied", "implies", "report", "reported", "reports", "reason", "reasoned", "continue", "continued",
      "continues", "figure", "figured", "consider", "considered", "considers", "trust", "trusted", "bet", "wish",
      "wished", "dream", "dreamed", "dreamt", "infer", "inferred", "perceive", "perceived", "remind", "reminded",
      "relate", "related", "submit", "submitted", "volunteer", "volunteered", "snap", "snapped", "shoot", "shot",
      "counter", "countered", "point", "pointed", "posit", "posited", "maintain", "maintains", "maintained",
      "maintaining"), THAT_CLAUSE_ONLY);

  private static java.util.Set<String> thatSpeechForms() {
    List<String> forms = new ArrayList<>(List.of(THAT_SPEECH_FORMS));
    for (String lemma : THAT_SPEECH) {
      forms.addAll(inflect(lemma));
    }
    return Words.set(forms.toArray(new String[0]));
  }
}
