package io.newsflow.enrich;

import io.newsflow.schemas.avro.Article;

/**
 * The text every enrich offset refers to: the title, then each paragraph, joined by newlines (an
 * empty first line when there is no title). The sink and the web page rebuild it the same way.
 */
public final class ArticleText {
  private ArticleText() {}

  public static String of(Article article) {
    StringBuilder sb = new StringBuilder(article.getTitle() == null ? "" : article.getTitle());
    for (String p : article.getParagraphs()) {
      sb.append('\n').append(p);
    }
    return sb.toString();
  }
}
