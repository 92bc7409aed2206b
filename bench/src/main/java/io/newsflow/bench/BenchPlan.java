package io.newsflow.bench;

import java.util.Map;

/**
 * What one bench run does.
 *
 * @param articles measured articles (after the warm-up)
 * @param warmup articles fetched first and left out of the rate and latency figures
 * @param partitions partitions of every pipeline topic
 * @param pagesPerSecond pace of the synthetic site, 0 for as fast as the fetcher asks
 * @param ceilingSeconds time of each single-thread ceiling loop
 * @param ceilingRecords records written for the broker and store ceilings
 * @param settings extra pipeline settings ({@code --set KEY=VALUE}, e.g. {@code kafka.linger.ms=5})
 */
record BenchPlan(int articles, int warmup, int partitions, int cleanThreads, int enrichThreads, int sinkBatch,
    double pagesPerSecond, double ceilingSeconds, int ceilingRecords, boolean ceilings, String pgUser,
    int timeoutSeconds, Map<String, String> settings) {}
