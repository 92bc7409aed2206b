package io.newsflow.sink.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One connection that heals: after a failure is reported ({@link #markSuspect}) the next {@link #get} checks
 * the connection and reconnects when it is gone, so a transient database outage needs no restart.
 * Not thread-safe; callers hold the slot's monitor ({@code synchronized (slot)}) for the whole operation.
 */
final class SessionSlot implements AutoCloseable {

    interface Connector {
        Connection connect() throws SQLException;
    }

    /** How long a health check of a connection may take. */
    static final int VALIDATION_TIMEOUT_S = 2;

    private final Connector connector;
    private final Dialect dialect;
    private final String what;
    private Session session;
    private boolean suspect;
    private boolean closed;

    SessionSlot(Connector connector, Dialect dialect, String what) throws SQLException {
        this.connector = connector;
        this.dialect = dialect;
        this.what = what;
        this.session = new Session(connector.connect(), dialect);
    }

    /** The open session; after a failure, checks it and reconnects when the connection is gone. */
    Session get() {
        if (closed) {
            throw new IllegalStateException("store is closed");
        }
        if (suspect) {
            boolean valid;
            try {
                valid = session.connection.isValid(VALIDATION_TIMEOUT_S);
            } catch (SQLException e) {
                valid = false;
            }
            if (!valid) {
                session.close();
                try {
                    session = new Session(connector.connect(), dialect);
                } catch (SQLException e) {
                    throw dialect.failure("reconnecting to " + what + " failed", e);
                }
            }
            suspect = false;
        }
        return session;
    }

    /** The connection may be broken; the next {@link #get} checks it. */
    void markSuspect() {
        suspect = true;
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        session.close();
    }
}
