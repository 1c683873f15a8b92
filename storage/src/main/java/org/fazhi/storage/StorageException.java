package org.fazhi.storage;

/** The data folder or database cannot be used; the message is for the person at the console. */
public class StorageException extends RuntimeException {
    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
