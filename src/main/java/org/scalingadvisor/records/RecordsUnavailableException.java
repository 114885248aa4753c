package org.scalingadvisor.records;

/** The record database could not be reached or read; answered as 503 with a problem body. */
public final class RecordsUnavailableException extends RuntimeException {

    public RecordsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
