package io.newsflow.sink.store;

/** A named entity of one article: name as extracted, type (e.g. PERSON), number of mentions in the article. */
public record StoredEntity(String name, String type, int mentionCount) {}
