package io.planex.index;

import java.io.IOException;

/** Another process holds the index's write lock: one writer at a time. */
public class IndexInUseException extends IOException {
    public IndexInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
