package org.filmkg;

/** Bad or missing data the user gave: the message is one line naming the file (and line and column when known). */
public class KgDataException extends Exception {
    public KgDataException(String message) {
        super(message);
    }
}
