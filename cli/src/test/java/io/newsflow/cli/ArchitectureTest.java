package io.newsflow.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Stages never import each other; extractors carry no Kafka types; schemas and common know no stage. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.newsflow");

  @Test
  void stagesDoNotDependOnEachOther() {
    String[] stages = {"ingest", "enrich", "sink"};
    for (String a : stages) {
      for (String b : stages) {
        if (!a.equals(b)) {
          noClasses().that().resideInAPackage("io.newsflow." + a + "..")
              .should().dependOnClassesThat().resideInAPackage("io.newsflow." + b + "..")
              .check(CLASSES);
        }
      }
    }
  }

  @Test
  void sharedModulesKnowNoStage() {
    noClasses().that().resideInAnyPackage("io.newsflow.common..", "io.newsflow.schemas..", "io.newsflow.broker..")
        .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.ingest..", "io.newsflow.enrich..",
            "io.newsflow.sink..", "io.newsflow.cli..")
        .check(CLASSES);
  }

  @Test
  void extractorsHaveNoKafkaTypes() {
    noClasses().that().resideInAnyPackage("io.newsflow.ingest.clean..", "io.newsflow.enrich.quotes..",
            "io.newsflow.enrich.topics..", "io.newsflow.ingest.fetch..", "io.newsflow.ingest.discover..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..")
        .check(CLASSES);
  }
}
