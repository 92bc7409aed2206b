package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.enrich.quotes.QuoteExtractor;
import io.newsflow.enrich.topics.KeyphraseExtractor;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Quote;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleEnricherTest {
  private final ArticleEnricher enricher = new ArticleEnricher();

  @Test
  void versionCarriesEachComponentVersionNumber() {
    // a quotes or keyphrases bump must show in (and sort newer in) the version every stored row carries
    String q = QuoteExtractor.VERSION.substring(QuoteExtractor.VERSION.lastIndexOf('-') + 1);
    String k = KeyphraseExtractor.VERSION.substring(KeyphraseExtractor.VERSION.lastIndexOf('-') + 1);
    assertThat(ArticleEnricher.VERSION).isEqualTo(ArticleEnricher.BASE_VERSION + "." + q + "." + k);
    assertThat(ArticleEnricher.versionNumber("quotes-14")).isEqualTo("14");
    assertThat(ArticleEnricher.versionNumber("keyphrases-2")).isEqualTo("2");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ArticleEnricher.versionNumber("quotes"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void quoteIdsAreUniqueWithinAnArticleAndOffsetsPointIntoTheText() throws Exception {
    Path seed = Path.of(System.getProperty("newsflow.shared.data", "../shared/data"), "seed-article/article.txt");
    assumeTrue(Files.exists(seed), "seed article not found at " + seed.toAbsolutePath() + " - skipping");
    List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
    Article a = Article.newBuilder().setId("seed").setUrl("u").setCanonicalUrl("u").setTitle(lines.get(0))
        .setParagraphs(new ArrayList<>(lines.subList(1, lines.size()))).setSource("t")
        .setFetchedAt(Instant.EPOCH).setContentHash("h").setCleanerVersion("c").build();
    EnrichedArticle e = enricher.enrich(a);
    assertThat(e.getQuotes()).extracting(Quote::getId).doesNotHaveDuplicates();
    String text = ArticleText.of(a);
    assertThat(e.getQuotes()).allSatisfy(q -> {
      assertThat(q.getStart()).isBetween(0, q.getEnd());
      assertThat(q.getEnd()).isLessThanOrEqualTo(text.length());
    });
    assertThat(e.getQuotes()).filteredOn(q -> "Sergey Lavrov".equals(q.getSpeaker())).hasSizeGreaterThanOrEqualTo(20);
    assertThat(e.getEntities()).anySatisfy(en -> assertThat(en.getName()).isEqualTo("Sergey Lavrov"));
    assertThat(e.getCategory()).isNotNull();
  }
}
