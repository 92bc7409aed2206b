package io.newsflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.FetchedPage;
import io.newsflow.schemas.avro.Quote;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The registry's job, done as a build check: every current schema must read data written by every
 * released version (backward) and every released reader must read current data (forward), and the
 * current schema must itself be released (listed in avro-history/index.txt), so a change cannot ship
 * without a history entry.
 */
class SchemaCompatibilityTest {

  static Stream<Schema> currentSchemas() {
    return Stream.of(
        FetchedPage.getClassSchema(), Article.getClassSchema(), EnrichedArticle.getClassSchema(),
        Quote.getClassSchema(), DeadLetter.getClassSchema());
  }

  @ParameterizedTest
  @MethodSource("currentSchemas")
  void currentSchemaReadsEveryReleasedVersion(Schema current) {
    List<Schema> released = SchemaHistory.releasesOf(current.getFullName());
    assertThat(released).as("released versions of %s", current.getFullName()).isNotEmpty();
    for (Schema old : released) {
      assertThat(SchemaCompatibility.checkReaderWriterCompatibility(current, old).getType())
          .as("backward: current %s reading released %s", current.getName(), old)
          .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
      assertThat(SchemaCompatibility.checkReaderWriterCompatibility(old, current).getType())
          .as("forward: released %s reading current", current.getName())
          .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }
  }

  @ParameterizedTest
  @MethodSource("currentSchemas")
  void currentSchemaIsReleased(Schema current) {
    long fingerprint = SchemaNormalization.parsingFingerprint64(current);
    assertThat(SchemaHistory.releasesOf(current.getFullName()))
        .as("%s changed: add it as a new avro-history/<Name>.v<N>.avsc and list it in index.txt",
            current.getName())
        .anyMatch(s -> SchemaNormalization.parsingFingerprint64(s) == fingerprint);
  }
}
