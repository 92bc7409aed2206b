package io.newsflow.enrich.topics;

import java.util.List;

/**
 * One entity of an article: canonical name (the longest full mention, e.g. "Sergey Lavrov" for
 * "Lavrov"), its type and every mention in text order.
 */
public record FoundEntity(String name, EntityKind type, List<Span> mentions) {
  public FoundEntity {
    mentions = List.copyOf(mentions);
  }
}
