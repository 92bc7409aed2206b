package io.newsflow.enrich.quotes;

/** A cue found in the token stream: tokens {@code [from, to)}, its frame, and whether it is a participle ("adding"). */
record CueHit(int from, int to, CueLexicon.Frame frame, String text, boolean participle) {}
