package com.example;

/** The types the providers of this case make. */
public final class Model {
    private Model() {
    }

    public record Db(String url) {
    }

    public record User(String name) {
    }

    public record Conn(User user) {
    }

    public record Audit(String entry) {
    }

    public record Ledger(String owner) {
    }

    public record Report(String text) {
    }

    public record Base(int id) {
    }

    public record Left(Base base) {
    }

    public record Right(Base base) {
    }

    public record Counter(int id) {
    }

    public record Token(String value) {
    }

    public static final class Session implements AutoCloseable {
        @Override
        public void close() {
        }
    }
}
