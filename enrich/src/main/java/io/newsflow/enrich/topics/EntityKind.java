package io.newsflow.enrich.topics;

/** Coarse named-entity types; {@link #OTHER} covers nationalities, events, languages and the like. */
public enum EntityKind { PERSON, ORGANIZATION, LOCATION, OTHER }
