package org.filmkg.review;

/** A review file that cannot be used; the message is one line that names the file. */
public class ReviewReadException extends Exception {
    private final String file;

    public ReviewReadException(String file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
