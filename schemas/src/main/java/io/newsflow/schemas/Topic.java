package io.newsflow.schemas;

import org.apache.kafka.common.serialization.Serde;

/** A Kafka topic with the serdes of its keys and values. Immutable. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {}
