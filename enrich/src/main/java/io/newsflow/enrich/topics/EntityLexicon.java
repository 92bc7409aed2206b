package io.newsflow.enrich.topics;

import java.util.Set;

/** The word lists the entity rules use, loaded once from the classpath; immutable and shareable. */
final class EntityLexicon {
  final Gazetteer gazetteer = new Gazetteer();
  /** Countries only: national teams stay LOCATION, city teams become ORGANIZATION. */
  final Gazetteer countries = new Gazetteer();
  final Set<String> firstNames;
  final Set<String> orgWords;
  final Set<String> titles;
  final Set<String> notNames;
  final Set<String> stopwords;
  final Set<String> eventWords;
  final Set<String> placeWords;
  final Set<String> orgPrefixes;

  EntityLexicon() {
    gazetteer.addAll(Resources.lines("ner-orgs.txt"), EntityKind.ORGANIZATION);
    gazetteer.addAll(Resources.lines("ner-countries.txt"), EntityKind.LOCATION);
    countries.addAll(Resources.lines("ner-countries.txt"), EntityKind.LOCATION);
    gazetteer.addAll(Resources.lines("ner-places.txt"), EntityKind.LOCATION);
    gazetteer.addAll(Resources.lines("ner-demonyms.txt"), EntityKind.OTHER);
    firstNames = Resources.lowerSet("ner-first-names.txt");
    orgWords = Resources.lowerSet("ner-org-words.txt");
    titles = Resources.lowerSet("ner-titles.txt");
    notNames = Resources.lowerSet("ner-not-names.txt");
    stopwords = Resources.lowerSet("stopwords-en.txt");
    eventWords = Resources.lowerSet("ner-event-words.txt");
    placeWords = Resources.lowerSet("ner-place-words.txt");
    orgPrefixes = Resources.lowerSet("ner-org-prefixes.txt");
  }
}
