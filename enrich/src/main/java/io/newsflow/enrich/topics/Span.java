package io.newsflow.enrich.topics;

/** One mention in the analysed text: its surface and character offsets ({@code end} exclusive). */
public record Span(String text, int start, int end) {}
