package io.newsflow.enrich.topics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds named entities (people, organisations, locations, other names such as nationalities) in
 * English news text with shape rules and shipped gazetteers, and merges their mentions per text
 * into entities with a canonical name ("Lavrov" joins "Sergey Lavrov").
 *
 * <p>Mention offsets index into the given text; a possessive "'s" is not part of a mention. Only
 * the first {@value #MAX_CHARS} characters are analysed. {@code null} or blank text yields an empty
 * list; never throws. Thread-safe: word lists are loaded once in the constructor and only read.
 */
public final class EntityExtractor {
  static final int MAX_CHARS = 50_000;

  private final EntityLexicon lexicon;

  /**
   * Loads the shipped word lists.
   *
   * @throws IllegalStateException if a resource is missing from the classpath
   */
  public EntityExtractor() {
    this.lexicon = new EntityLexicon();
  }

  /** Entities in order of first mention. */
  public List<FoundEntity> extract(String text) {
    if (text == null || text.isBlank()) return List.of();
    return extract(TopicText.of(text, 0));
  }

  /** Entities of a prepared article in order of first mention; offsets index into its text. */
  public List<FoundEntity> extract(TopicText article) {
    if (article.text.isBlank()) return List.of();
    List<Token> tokens = article.tokens.subList(0, article.tokensWithin(MAX_CHARS));
    List<Mention> mentions = new MentionFinder(tokens, lexicon).find();
    return merge(article.text, tokens, mentions);
  }

  private static List<FoundEntity> merge(String text, List<Token> tokens, List<Mention> mentions) {
    // key = type + lower-case canonical; single-word person mentions join a longer name ending
    // (or starting) with that word.
    Map<String, List<Span>> groups = new LinkedHashMap<>();
    Map<String, String> canonical = new LinkedHashMap<>();
    Map<String, String> personByPart = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.kind == EntityKind.PERSON && m.to - m.from >= 2) {
        String full = surface(text, tokens, m);
        personByPart.putIfAbsent(lastWord(full), full);
        personByPart.putIfAbsent(firstWord(full), full);
      }
    }
    for (Mention m : mentions) {
      String s = surface(text, tokens, m);
      String name = s;
      if (m.kind == EntityKind.PERSON && m.to - m.from == 1) {
        name = personByPart.getOrDefault(s.toLowerCase(java.util.Locale.ROOT), s);
      }
      String key = m.kind + "\u0000" + name.toLowerCase(java.util.Locale.ROOT);
      int start = tokens.get(m.from).start();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Span(s, start, start + s.length()));
      canonical.merge(key, name, (a, b) -> b.length() > a.length() ? b : a);
    }
    List<FoundEntity> out = new ArrayList<>(groups.size());
    for (Map.Entry<String, List<Span>> e : groups.entrySet()) {
      EntityKind kind = EntityKind.valueOf(e.getKey().substring(0, e.getKey().indexOf('\u0000')));
      out.add(new FoundEntity(canonical.get(e.getKey()), kind, e.getValue()));
    }
    return out;
  }

  private static String surface(String text, List<Token> tokens, Mention m) {
    int start = tokens.get(m.from).start();
    Token last = tokens.get(m.to - 1);
    int end = last.start() + MentionFinder.stripPossessive(last.text()).length();
    return text.substring(start, end);
  }

  private static String lastWord(String s) {
    return s.substring(s.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
  }

  private static String firstWord(String s) {
    int sp = s.indexOf(' ');
    return (sp < 0 ? s : s.substring(0, sp)).toLowerCase(java.util.Locale.ROOT);
  }
}
