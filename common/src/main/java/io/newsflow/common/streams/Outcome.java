package io.newsflow.common.streams;

import io.newsflow.schemas.avro.DeadLetter;

/** The result of processing one record: a value, or a dead letter saying why not. */
public sealed interface Outcome<R> {
  record Ok<R>(R value) implements Outcome<R> {}

  record Failed<R>(DeadLetter letter) implements Outcome<R> {}
}
