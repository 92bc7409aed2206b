package io.newsflow.sink.store;

/**
 * A topic with the number of distinct articles it occurs in. {@code name} is a display form (keyphrase, entity
 * name or category label); {@code type} is the entity type for entities, the category code for categories and
 * null for keyphrases.
 */
public record TopicCount(String name, String type, long articles) {}
