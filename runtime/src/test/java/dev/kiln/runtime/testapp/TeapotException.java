package dev.kiln.runtime.testapp;

/** Answered by an exception handler with 418. */
public class TeapotException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TeapotException(String message) {
        super(message);
    }
}
