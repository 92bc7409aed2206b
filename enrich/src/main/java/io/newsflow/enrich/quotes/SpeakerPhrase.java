package io.newsflow.enrich.quotes;

/**
 * A speaker noun phrase at an attribution site: tokens {@code [from, to)} and what the chunker learned about it.
 *
 * @param name    the person or organisation name part ("Sergey Lavrov", "CNN"), or null for pronouns and role-only
 *                phrases
 * @param role    the title/role words or an appositive ("Russian Foreign Minister"), or null
 * @param pronoun the lower-cased pronoun when the phrase is one ("he"), else null
 */
record SpeakerPhrase(int from, int to, int start, int end, String surface, String name, String role, String pronoun,
    boolean person) {}
