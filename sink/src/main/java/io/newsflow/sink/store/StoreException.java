package io.newsflow.sink.store;

/**
 * A database failure of the store. {@link #isTransient()} says whether retrying the same call later can
 * succeed (lost connection, serialization failure, deadlock, SQLite busy/locked); permanent failures
 * (constraint, syntax, disk, authentication) need an operator.
 */
public final class StoreException extends RuntimeException {

    private final boolean transientFailure;

    StoreException(String message, Throwable cause, boolean transientFailure) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
