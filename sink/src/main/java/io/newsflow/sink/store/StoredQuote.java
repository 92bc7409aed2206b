package io.newsflow.sink.store;

import java.time.Instant;

/**
 * One stored quote row. {@code quoteTime} is the article's published time, or its fetch time when the
 * published time is unknown. Nullable: speakerMention, speaker, speakerId, speakerRole, cue.
 */
public record StoredQuote(
        String id,
        String articleId,
        String text,
        String kind,
        int start,
        int end,
        String speakerMention,
        String speaker,
        String speakerId,
        String speakerRole,
        String cue,
        String extractorVersion,
        Instant quoteTime) {}
