package dev.kiln.bench.kiln;

import dev.kiln.File;
import dev.kiln.Form;
import dev.kiln.NonBlocking;
import dev.kiln.Post;
import dev.kiln.Upload;
import java.util.Optional;

/**
 * The form benchmarks (BENCHMARKS.md, "Forms and uploads"): one login as an urlencoded form and as a JSON
 * body of the same fields, and one file upload. On the event loop, like the other bench endpoints.
 */
public final class FormBenchApi {
    /** A login's fields as a JSON body. */
    public record LoginIn(String username, String password, Optional<String> scope) {}

    /** What both logins answer. */
    public record Login(String username, int passwordLength, String scope) {}

    @Post("/login/form")
    @NonBlocking
    public Login loginForm(@Form String username, @Form String password, @Form Optional<String> scope) {
        return new Login(username, password.length(), scope.orElse(null));
    }

    @Post("/login/json")
    @NonBlocking
    public Login loginJson(LoginIn in) {
        return new Login(in.username(), in.password().length(), in.scope().orElse(null));
    }

    /** One file, streamed to disk by the host before this runs; answers its size. */
    @Post("/upload")
    @NonBlocking
    public Stored upload(@File Upload file) {
        return new Stored(file.size());
    }

    /** An upload's size. */
    public record Stored(long size) {}
}
