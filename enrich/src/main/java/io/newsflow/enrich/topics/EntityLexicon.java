package io.newsflow.enrich.topics;

import java.util.Set;

/** The word lists the entity rules use, loaded once from the classpath; immutable and shareable. */
final class EntityLexicon {
  final Gazetteer gazetteer = new Gazetteer();
  /** Countries only: national teams stay LOCATION, city teams become ORGANIZATION. */
  final Gazetteer countries = new Gazetteer();
  final Set<String> firstNames;
  final Set<String> surnames;
  final Set<String> orgWords;
  final Set<String> titles;
  final Set<String> notNames;
  final Set<String> stopwords;
  final Set<String> eventWords;
  final Set<String> placeWords;
  final Set<String> orgPrefixes;

  EntityLexicon() {
    gazetteer.addAll(Resources.lines("ner-orgs.txt"), EntityKind.ORGANIZATION);
    gazetteer.addAll(Resources.lines("ner-clubs.txt"), EntityKind.ORGANIZATION);
    gazetteer.addAll(Resources.lines("ner-countries.txt"), EntityKind.LOCATION);
    countries.addAll(Resources.lines("ner-countries.txt"), EntityKind.LOCATION);
    gazetteer.addAll(Resources.lines("ner-places.txt"), EntityKind.LOCATION);
    gazetteer.addAll(Resources.lines("ner-demonyms.txt"), EntityKind.OTHER);
    gazetteer.addAll(Resources.lines("ner-events.txt"), EntityKind.OTHER);
    firstNames = Resources.lowerSet("ner-first-names.txt");
    surnames = Resources.lowerSet("ner-surnames.txt");
    orgWords = Resources.lowerSet("ner-org-words.txt");
    titles = Resources.lowerSet("ner-titles.txt");
    notNames = Resources.lowerSet("ner-not-names.txt");
    stopwords = Resources.lowerSet("stopwords-en.txt");
    eventWords = Resources.lowerSet("ner-event-words.txt");
    placeWords = Resources.lowerSet("ner-place-words.txt");
    orgPrefixes = Resources.lowerSet("ner-org-prefixes.txt");
  }

  /** Family-name endings common in news ("Kafelnikov", "Mijatovic", "Popescu", "Papadopoulos"). */
  private static final String[] SURNAME_ENDINGS = {
      "ov", "ova", "ev", "eva", "sky", "ski", "ska", "vic", "cic", "sic", "jic", "lic", "vich", "enko",
      "escu", "poulos", "idis", "akis", "sson", "ssen", "czyk", "wicz", "shvili", "yan", "uk"};

  /**
   * Whether a lone capitalised word looks like a family name: listed, "Mc"/"Mac"/"O'" + capital, or
   * a typical ending on a word of at least five letters.
   */
  boolean looksLikeSurname(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    if (surnames.contains(lower)) return true;
    boolean mcOrO = word.startsWith("Mc") || word.startsWith("O'");
    if (word.length() >= 4 && mcOrO && Character.isUpperCase(word.charAt(2))) return true;
    if (word.length() >= 5 && word.startsWith("Mac") && Character.isUpperCase(word.charAt(3))) return true;
    if (lower.length() < 5) return false;
    for (String e : SURNAME_ENDINGS) if (lower.endsWith(e)) return true;
    return false;
  }
}
