package io.newsflow.enrich.quotes.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speaker comparison of the quote metric: the head is the last token of the core name (cut at the first comma,
 * parenthesis, dash or relative pronoun; possessive and Jr/Sr/II removed). A prediction is right when its head equals
 * the gold head, the head of {@code speaker_resolved}, or one of the last two capitalised non-title tokens of the gold
 * speaker.
 */
final class SpeakerHeads {
  private static final Pattern WORD = Pattern.compile("\\w+(?:['’]\\w+)*", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern CUT = Pattern.compile(",|\\(|—|–| - |\\b(?:who|which|that|whose|whom)\\b");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
  private static final Set<String> TITLES = Set.of("president", "sen", "senator", "rep", "representative", "gov",
      "governor", "mr", "mrs", "ms", "dr", "secretary", "minister", "former", "vice", "chairman", "speaker", "house",
      "republican", "democratic", "democrat", "gop", "candidate", "presidential", "nominee", "prime", "foreign",
      "general", "attorney", "the", "u", "s", "us", "leader", "majority", "minority", "state", "chief", "judge",
      "mayor", "sen.", "gov.", "rep.", "mr.", "mrs.", "ms.", "dr.");

  private SpeakerHeads() {}

  static String head(String name) {
    if (name == null) {
      return null;
    }
    Matcher cut = CUT.matcher(name);
    String core = cut.find() && cut.start() > 0 ? name.substring(0, cut.start()) : name;
    List<String> tokens = tokens(core);
    while (!tokens.isEmpty() && SUFFIXES.contains(tokens.get(tokens.size() - 1))) {
      tokens.remove(tokens.size() - 1);
    }
    return tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
  }

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      String t = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (t.endsWith("'s")) {
        t = t.substring(0, t.length() - 2);
      }
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  static boolean matches(String predicted, String goldSpeaker, String goldResolved) {
    String p = head(predicted);
    if (p == null || goldSpeaker == null) {
      return false;
    }
    if (p.equals(head(goldSpeaker)) || goldResolved != null && p.equals(head(goldResolved))) {
      return true;
    }
    List<String> caps = new ArrayList<>();
    Matcher m = WORD.matcher(goldSpeaker);
    while (m.find()) {
      String t = m.group();
      String low = t.toLowerCase(Locale.ROOT).replace('’', '\'');
      if (low.endsWith("'s")) {
        low = low.substring(0, low.length() - 2);
      }
      if (Character.isUpperCase(t.charAt(0)) && !TITLES.contains(low)) {
        caps.add(low);
      }
    }
    int n = caps.size();
    return n > 0 && caps.get(n - 1).equals(p) || n > 1 && caps.get(n - 2).equals(p);
  }
}
