package dev.kiln.it.forms;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kiln.Body;
import dev.kiln.Default;
import dev.kiln.File;
import dev.kiln.Form;
import dev.kiln.Post;
import dev.kiln.Router;
import dev.kiln.Upload;
import dev.kiln.it.app.Color;
import io.vertx.core.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Form fields, form records, file uploads and raw bodies: every kind FastAPI's forms and files have. */
@Router(prefix = "/forms", tags = "forms")
public final class FormsApi {
    /** FastAPI's form model: one form field per component, named as JSON names it. */
    public record LoginForm(
            String username,
            @Size(min = 3) String password,
            Optional<String> scope,
            @JsonProperty("client_id") Optional<String> clientId) {}

    /** A profile's text fields, sent with an avatar. */
    public record ProfileForm(
            String name, @Min(0) int age, @Default("none") String bio) {}

    /** What an upload was: name, type, size and its first bytes as text. */
    public record Stored(String filename, String contentType, long size, String head) {}

    @Post("/login")
    public Map<String, Object> login(@Form String username, @Form String password) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("username", username);
        out.put("password", password);
        return out;
    }

    /** A form record (FastAPI's form models). */
    @Post("/login-model")
    public LoginForm loginModel(@Form LoginForm form) {
        return form;
    }

    /** Every form value kind: required, Optional, @Default, List, enum, constraints, a renamed field. */
    @Post("/types")
    public Map<String, Object> types(
            @Form int count,
            @Form Optional<Integer> limit,
            @Form @Default("1") int page,
            @Form List<String> tag,
            @Form Optional<Color> color,
            @Form @Min(0) @Max(10) Optional<Integer> score,
            @Form @Size(max = 2) List<@Size(min = 2) String> pair,
            @Form("user-name") Optional<String> userName,
            @Form Optional<Boolean> flag) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", count);
        out.put("limit", limit.orElse(null));
        out.put("page", page);
        out.put("tag", tag);
        out.put("color", color.orElse(null));
        out.put("score", score.orElse(null));
        out.put("pair", pair);
        out.put("userName", userName.orElse(null));
        out.put("flag", flag.orElse(null));
        return out;
    }

    /** One required file; a worker operation reads it with the blocking {@link Upload#open()}. */
    @Post("/file")
    public Stored file(@File Upload file) throws IOException {
        return stored(file);
    }

    @Post("/optional-file")
    public Map<String, Object> optionalFile(@File Optional<Upload> file, @Form Optional<String> note) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.map(Upload::filename).orElse(null));
        out.put("note", note.orElse(null));
        return out;
    }

    /** At least one file, as FastAPI's {@code list[UploadFile]}. */
    @Post("/files")
    public List<Stored> files(@File List<Upload> files) throws IOException {
        List<Stored> out = new java.util.ArrayList<>();
        for (Upload upload : files) {
            out.add(stored(upload));
        }
        return out;
    }

    /** A file's bytes, on a worker. */
    @Post("/bytes")
    public Map<String, Object> bytes(@File byte[] data, @Form Optional<String> note) {
        return Map.of("size", data.length, "text", new String(data, StandardCharsets.UTF_8), "note", note.orElse(""));
    }

    /** A file's bytes, on the event loop: read off the loop before the operation runs. */
    @Post("/bytes-async")
    public Future<Map<String, Object>> bytesAsync(@File byte[] data, @File byte[] more) {
        return Future.succeededFuture(Map.of("size", data.length, "more", more.length));
    }

    /** A form record and a file together (multipart). */
    @Post("/profile")
    public Map<String, Object> profile(@Form ProfileForm form, @File Upload avatar) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", form.name());
        out.put("age", form.age());
        out.put("bio", form.bio());
        out.put("avatar", stored(avatar));
        return out;
    }

    /** A form field read by a provider ({@link FormDeps#caller}). */
    @Post("/provided")
    public Map<String, Object> provided(FormDeps.Caller caller, @Form Optional<String> note) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("caller", caller.name());
        out.put("note", note.orElse(""));
        return out;
    }

    /** The raw body's bytes, whatever its content type. */
    @Post("/raw")
    public Map<String, Object> raw(@Body byte[] data) {
        return Map.of("size", data.length);
    }

    /** The raw body as text. */
    @Post("/text")
    public String text(@Body String text) {
        return text;
    }

    private static Stored stored(Upload upload) throws IOException {
        byte[] head;
        try (InputStream in = upload.open()) {
            head = in.readNBytes(16);
        }
        return new Stored(
                upload.filename(), upload.contentType(), upload.size(), new String(head, StandardCharsets.UTF_8));
    }
}
