package io.newsflow.sink.store;

/** The category of one article (e.g. an IPTC media topic code and its label) with the classifier's confidence. */
public record StoredCategory(String code, String label, double confidence) {}
