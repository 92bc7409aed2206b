package io.newsflow.cli;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.quotes.QuoteExtractor;
import io.newsflow.enrich.topics.KeyphraseExtractor;
import io.newsflow.ingest.clean.ArticleCleaner;
import picocli.CommandLine.IVersionProvider;

/** Prints the build version and the extractor versions records carry. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Newsflow.class.getPackage().getImplementationVersion();
    return new String[] {"newsflow " + (v == null ? "dev" : v),
        "cleaner " + ArticleCleaner.VERSION + ", enrich extractors " + ArticleEnricher.VERSION + " ("
            + QuoteExtractor.VERSION + ", " + KeyphraseExtractor.VERSION + ")"};
  }
}
