package io.newsflow.sink.store;

import java.util.List;

/**
 * A speaker derived from the stored quotes: {@code canonicalName} is the most frequent normalised name among
 * the speaker's quotes (ties: longer, then alphabetically first; null when no quote names it), {@code aliases}
 * all names seen, sorted (at most 50), {@code quoteCount} the number of stored quotes with this speaker id.
 */
public record StoredSpeaker(String id, String canonicalName, List<String> aliases, int quoteCount) {

    public StoredSpeaker {
        aliases = List.copyOf(aliases);
    }
}
