package org.filmkg.query;

import org.filmkg.KgDataException;

/** A query stopped by its timeout (or cancelled): the server answers 503, the console says so and goes on. */
public final class QueryTimeoutException extends KgDataException {
    public QueryTimeoutException(String message) {
        super(message);
    }
}
