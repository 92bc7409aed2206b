package io.newsflow.sink.store;

/** Number of quotes in one calendar month ({@code yyyy-MM}, UTC) of quote time. */
public record MonthCount(String month, long quotes) {}
