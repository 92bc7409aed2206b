package io.newsflow.enrich.quotes;

import java.util.Set;

/** Closed word classes used by the chunker and resolver, written from general English knowledge. */
final class Words {
  private Words() {}

  /** Duplicate-tolerant immutable word set (hand-written lists may repeat a word), fast to ask; see {@link WordSet}. */
  static Set<String> set(String... words) {
    return WordSet.of(java.util.Arrays.asList(words));
  }

  /** A word class built from another and a few more words. */
  static Set<String> union(Set<String> base, Set<String> more) {
    java.util.List<String> all = new java.util.ArrayList<>(base);
    all.addAll(more);
    return WordSet.of(all);
  }

  static final Set<String> DETERMINERS = set("the", "a", "an", "one", "two", "three", "several", "some", "many",
      "most", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "another", "other", "both",
      "each", "every", "few", "no", "all", "any", "multiple", "numerous");

  /** Finite auxiliaries and modals: a subject stands right before them. */
  static final Set<String> FINITE_AUXILIARIES = set("is", "are", "was", "were", "has", "have", "had", "will", "would",
      "could", "can", "may", "might", "should", "must", "does", "do", "did");

  static final Set<String> PRONOUNS = set("he", "she", "they", "we", "i", "you", "it");

  /** Capitalised at a sentence start but never part of a speaker name. */
  static final Set<String> FUNCTION = set("when", "but", "and", "or", "if", "in", "on", "at", "as", "after",
      "before", "while", "since", "during", "for", "with", "from", "by", "meanwhile", "however", "also", "then", "yet",
      "so", "still", "although", "though", "because", "despite", "earlier", "later", "last", "this", "that", "these",
      "those", "there", "here", "it", "asked", "speaking", "today", "yesterday", "tonight", "now", "instead", "indeed",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "furthermore", "moreover",
      "additionally", "separately", "similarly", "overall", "again", "once", "not", "even", "only", "just", "to", "of",
      "about", "over", "under", "into", "than", "like", "unlike", "whether", "what", "who", "which", "where", "why",
      "how", "regarding", "according", "amid", "among", "against", "without", "within", "through", "throughout",
      "upon", "until", "via", "per", "is", "was", "are", "were", "be", "been", "has", "have", "had", "do", "does", "did",
      "will", "would", "can", "could", "should", "may", "might", "must", "shall", "not", "no", "yes", "nor",
      "that's", "it's", "thus", "therefore", "rather", "perhaps", "maybe", "first", "second", "finally", "next",
      "read", "more", "related", "watch", "click", "see", "photo", "video", "getty", "ap", "reuters", "afp");

  /** Skipped between a subject and its cue: adverbs and auxiliaries ("also", "has", "further"). */
  static final Set<String> SKIPPABLE = set("also", "further", "later", "then", "again", "still", "never", "not",
      "n't", "now", "recently", "previously", "once", "just", "even", "only", "already", "repeatedly", "first",
      "has", "have", "had", "would", "will", "did", "does", "do", "is", "was", "were", "are", "been", "be", "could",
      "can", "may", "might", "should", "must", "shall", "reportedly", "often", "frequently", "always", "subsequently",
      "similarly", "immediately", "initially", "ultimately", "apparently", "allegedly", "actually", "simply", "even",
      "long", "has", "went", "on", "ever", "soon", "since", "yet", "all", "both", "too", "himself", "herself",
      "themselves", "itself", "personally", "privately", "publicly", "explicitly", "openly", "flatly", "clearly",
      "quickly", "promptly", "emphatically", "bluntly", "candidly", "confidently", "famously", "jokingly", "loudly",
      "earlier");

  /**
   * Irregular simple-past verb forms that are never a noun: a lower-case one ending a would-be subject ("…," came
   * shouts; "as the meeting began vowing") is the verb, not the speaker's head.
   */
  static final Set<String> IRREGULAR_PAST_VERBS = set("began", "came", "went", "took", "gave", "made", "said", "told",
      "thought", "spoke", "wrote", "knew", "found", "saw", "held", "met", "sent", "spent", "brought", "bought", "kept",
      "stood", "sat", "ran", "rose", "grew", "drew", "threw", "flew", "broke", "chose", "drove", "got", "became",
      "sought", "taught", "fought", "caught", "meant", "paid", "heard", "swore", "struck", "shook", "forgot", "forgave",
      "withdrew", "arose", "awoke", "froze", "hid", "bit", "fled", "slept", "wept", "sank", "sang", "rang", "shot",
      "lent", "understood", "overtook", "undertook", "foresaw");

  /** Verbs that head an infinitive chain before a cue: "took to Telegram to remark", "went on to say". */
  static final Set<String> CATENATIVE = set("took", "take", "takes", "taking", "went", "go", "goes", "going",
      "used", "continued", "continues", "decided", "wanted", "wants", "tried", "tries", "appeared", "appears", "came",
      "come", "comes", "declined", "declines", "refused", "refuses", "sought", "seeks", "seems", "seemed", "began",
      "begins", "started", "starts", "proceeded", "rushed", "hastened", "moved", "returned", "plans", "planned",
      "expected", "is", "was", "are", "were", "will", "would", "has", "had", "have", "called", "used", "needed",
      "needs", "chose", "chooses", "agreed", "attempted", "stepped", "paused", "stopped", "got", "gets", "managed",
      "wished", "hoped", "like", "likes", "liked", "love", "loves", "loved", "want", "try", "need", "hastens");

  /** Title and role words: stripped from a name into the role ("Russian Foreign Minister", "Sen."). */
  static final Set<String> ROLE = set("president", "vice", "prime", "minister", "foreign", "secretary", "senator",
      "sen.", "sen", "gov.", "gov", "governor", "rep.", "rep", "representative", "congressman", "congresswoman",
      "chairman", "chairwoman", "chair", "chief", "director", "general", "gen.", "attorney", "speaker", "leader",
      "majority", "minority", "house", "senate", "mayor", "judge", "justice", "ambassador", "spokesman", "spokeswoman",
      "spokesperson", "press", "deputy", "former", "ex", "top", "senior", "candidate", "nominee", "hopeful", "mr.",
      "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "prof.", "professor", "sir", "lord", "lady", "king", "queen",
      "prince", "princess", "pope", "rev.", "reverend", "father", "sister", "brother", "col.", "lt.", "sgt.", "capt.",
      "captain", "colonel", "lieutenant", "sergeant", "commander", "admiral", "adm.", "maj.", "major", "officer",
      "executive", "ceo", "cfo", "coo", "founder", "co-founder", "head", "manager", "campaign", "strategist", "adviser",
      "advisor", "aide", "analyst", "economist", "expert", "official", "diplomat", "envoy", "counsel", "lawyer",
      "attorney", "author", "host", "anchor", "columnist", "editor", "reporter", "correspondent", "commentator",
      "contributor", "writer", "pollster", "activist", "organizer", "lawmaker", "legislator", "delegate", "member",
      "council", "federation", "state", "department", "national", "security", "defense", "defence", "homeland",
      "interior", "finance", "treasury", "commerce", "labor", "health", "education", "energy", "justice", "affairs",
      "committee", "chancellor", "premier", "president-elect", "first", "emeritus", "acting", "interim", "assistant",
      "associate", "supreme", "leader", "gop", "republican", "democratic", "democrat", "independent", "libertarian",
      "presidential", "vice-presidential", "white", "u.s.", "us", "american", "russian", "ukrainian", "chinese",
      "british", "french", "german", "israeli", "iranian", "european", "turkish", "indian", "japanese", "mexican",
      "canadian", "italian", "spanish", "saudi", "syrian", "iraqi", "afghan", "pakistani", "polish", "korean",
      "north", "south", "australian", "brazilian", "egyptian", "palestinian", "qatari", "emirati", "belarusian",
      "georgian", "hungarian", "dutch", "swedish", "norwegian", "danish", "finnish", "irish", "scottish", "welsh",
      "greek", "cuban", "venezuelan", "colombian", "chilean", "argentine", "nigerian", "kenyan", "african", "western",
      "eastern", "and", "of", "the", "for", "un", "nato", "eu", "fbi", "cia", "nsa", "dhs", "doj", "gop", "dnc", "rnc",
      "superintendent", "commissioner", "sheriff", "chief-of-staff", "staff", "policy", "political", "communications",
      "media", "digital", "regional", "local", "federal", "county", "city", "district", "assembly", "parliament",
      "duma", "kremlin", "press-secretary", "foreign-minister", "businessman", "businesswoman", "billionaire",
      "mogul", "rival", "challenger", "incumbent", "frontrunner", "front-runner", "contender", "surrogate",
      "evangelist", "pastor", "bishop", "rabbi", "imam", "cardinal", "archbishop", "prosecutor", "sheriff",
      "investigative", "conservative", "liberal", "progressive", "radio", "talk", "show", "tv", "news", "network",
      "co-chair", "co-host", "headteacher", "teacher", "engineer", "coach", "doctor", "nurse", "scientist", "researcher", "student", "worker", "resident", "farmer", "treasurer", "economist", "historian", "chef", "pilot", "firefighter", "architect", "banker", "investor", "trader", "entrepreneur", "consultant", "physician", "surgeon", "psychologist", "sociologist", "biologist", "astronomer", "climatologist", "meteorologist", "inspector", "detective", "agent", "soldier", "sergeant", "union", "labour", "trade", "economy", "agriculture", "transport", "environment", "culture", "sports", "science", "technology", "industry", "farm", "police", "fire", "school", "principal", "dean", "rector", "vicar", "coroner", "ombudsman", "auditor", "regulator", "governor-general", "spokesperson", "lecturer", "novelist", "poet", "director-general", "secretary-general", "president-elect", "vice-chairman", "vice-president", "sec.", "atty.", "supt.", "amb.", "pres.", "jr.", "sr.");

  /** Person nouns that make a role-only phrase a nominal anaphor candidate ("the top Russian diplomat"). */
  static final Set<String> PERSON_NOUNS = set("official", "diplomat", "minister", "senator", "spokesman",
      "spokeswoman", "spokesperson", "president", "governor", "candidate", "nominee", "chairman", "chairwoman", "leader",
      "secretary", "congressman", "congresswoman", "lawmaker", "mayor", "ambassador", "envoy", "director", "chief",
      "businessman", "businesswoman", "billionaire", "mogul", "hopeful", "frontrunner", "front-runner", "politician",
      "legislator", "representative", "premier", "chancellor", "judge", "general", "commander", "adviser", "advisor",
      "aide", "strategist", "lawyer", "attorney", "host", "anchor", "author", "economist", "analyst", "expert",
      "activist", "executive", "manager", "founder", "man", "woman", "veteran", "speaker", "incumbent", "challenger",
      "contender", "rival", "mogul", "star", "actor", "actress", "singer", "pastor", "pope", "king", "queen", "prince",
      "democrat", "republican", "prosecutor", "sheriff", "officer", "head", "staffer", "operative", "surrogate",
      "historian", "professor", "scholar", "researcher", "journalist", "reporter", "correspondent", "columnist",
      "commentator", "editor", "pundit", "organizer", "consultant", "lobbyist", "pollster", "chairperson");

  /** Words that end a name run because they name organisations or places ("Council", "Department"). */
  static final Set<String> ORG_HEADS = set("council", "department", "ministry", "committee", "house", "senate",
      "congress", "party", "campaign", "administration", "government", "agency", "office", "commission", "court",
      "university", "institute", "foundation", "association", "news", "post", "times", "journal", "network", "press",
      "tribune", "herald", "bureau", "company", "corporation", "group", "center", "centre", "union", "federation",
      "league", "organization", "organisation", "service", "services", "board", "county", "state", "city", "states",
      "kingdom", "republic", "nations", "alliance", "army", "navy", "force", "forces", "police", "guard", "club",
      "fund", "bank", "media", "channel", "fox", "cnn", "msnbc", "nbc", "abc", "cbs", "politico", "reuters", "twitter",
      "facebook", "telegram", "instagram", "youtube", "x", "white", "kremlin", "pentagon", "nato", "eu", "un");

  static final Set<String> MALE_NAMES = set("donald", "joe", "barack", "bill", "george", "john", "james", "robert",
      "michael", "david", "richard", "thomas", "charles", "daniel", "matthew", "mark", "paul", "steven", "stephen",
      "andrew", "kevin", "brian", "ted", "marco", "jeb", "bernie", "mike", "chris", "rand", "ben", "scott", "rick",
      "mitch", "harry", "vladimir", "sergey", "sergei", "dmitry", "konstantin", "volodymyr", "emmanuel", "boris",
      "xi", "recep", "benjamin", "justin", "tim", "tom", "jim", "bob", "jeff", "jeffrey", "peter", "larry", "mario",
      "reince", "newt", "rudy", "corey", "reince", "sean", "eric", "jared", "lindsey", "jon", "jonathan", "adam",
      "anthony", "alexander", "alexei", "alexey", "nikolai", "pavel", "ivan", "andrei", "viktor", "victor", "frank",
      "gary", "jack", "jerry", "joseph", "kenneth", "lawrence", "martin", "patrick", "ray", "roger", "ronald", "ryan",
      "sam", "samuel", "walter", "william", "willie", "keith", "carl", "dick", "elon", "hunter", "mitt",
      // more common given names of men (general knowledge; names used for both sexes left out)
      "pete", "alan", "allen", "arthur", "bernard", "bruce", "carlos", "craig", "dan", "dennis", "don",
      "douglas", "ed", "edward", "eugene", "fred", "gerald", "gregory", "greg", "harold", "henry", "howard", "jason",
      "jesse", "jorge", "jose", "juan", "karl", "ken", "kurt", "louis", "luis", "marcus", "matt", "max",
      "nathan", "nick", "nicholas", "philip", "phil", "ralph", "raymond", "reed", "rex", "rob", "roberto", "rod",
      "ron", "roy", "russell", "stan", "steve", "ted", "todd", "tony", "troy", "vincent", "wayne", "zach",
      "miguel", "pedro", "antonio", "francisco", "manuel", "rafael", "hugo", "felipe", "vicente", "enrique",
      "angelo", "giuseppe", "jean-claude", "francois", "nicolas", "jacques", "hans", "klaus", "wolfgang", "dmitri",
      "yuri", "igor", "mohammed", "muhammad", "ahmed", "ali", "omar", "hassan", "abdul", "khalid");
  static final Set<String> FEMALE_NAMES = set("hillary", "nancy", "elizabeth", "sarah", "carly", "kamala",
      "michelle", "melania", "ivanka", "angela", "theresa", "maria", "mary", "patricia", "jennifer", "linda",
      "barbara", "susan", "jessica", "karen", "lisa", "betty", "dorothy", "sandra", "ashley", "kimberly", "donna",
      "emily", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "laura", "sharon", "cynthia", "kathleen",
      "amy", "shirley", "anna", "ann", "anne", "debbie", "hope", "kellyanne", "katrina", "huma", "jill", "tulsi",
      "nikki", "marsha", "condoleezza", "madeleine", "dianne", "diane", "kirsten", "claire", "ursula", "marine",
      "giorgia", "liz", "kate", "katie", "megyn", "rachel", "maxine", "julia", "pamela", "olga", "irina", "natalia",
      "maria", "yulia", "svetlana", "ekaterina", "elena", "tatiana", "sarah", "heidi", "susana", "nikki", "kellyanne",
      // more common given names of women (general knowledge; names used for both sexes left out)
      "zoe", "eva", "claudia", "alice", "andrea", "beth", "betsy", "brenda", "catherine", "christine", "christina",
      "cheryl", "denise", "diana", "ellen", "emma", "eleanor", "gloria", "grace", "hannah", "helen", "jane", "janet",
      "joan", "joanne", "judith", "judy", "julie", "katherine", "kathy", "kelly-ann", "lauren", "lori", "margaret",
      "martha", "megan", "monica", "nina", "paula", "rose", "ruth", "samantha", "sophie", "sylvia", "teresa",
      "valerie", "victoria", "virginia", "wendy", "gina", "rosa", "carmen", "isabel", "lucia", "sofia", "ana",
      "josefina", "juliana", "gabriela", "veronica", "anna", "marie", "sylvie", "francoise", "ingrid", "greta",
      "fatima", "aisha", "leila");
}
