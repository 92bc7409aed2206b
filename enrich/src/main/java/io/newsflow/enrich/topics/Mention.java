package io.newsflow.enrich.topics;

/** A typed mention over tokens {@code [from, to)}; {@code kind} is null while still undecided. */
final class Mention {
  final int from;
  final int to;
  EntityKind kind;
  /** True when {@link #kind} is only a fallback guess; such mentions yield to evidence elsewhere. */
  boolean guessed;

  Mention(int from, int to, EntityKind kind) {
    this.from = from;
    this.to = to;
    this.kind = kind;
  }
}
