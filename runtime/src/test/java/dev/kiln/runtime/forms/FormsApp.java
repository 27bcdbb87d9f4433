package dev.kiln.runtime.forms;

import dev.kiln.Body;
import dev.kiln.Default;
import dev.kiln.File;
import dev.kiln.Form;
import dev.kiln.HttpException;
import dev.kiln.Post;
import dev.kiln.Upload;
import io.vertx.core.Future;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a user writes with {@code @Form}, {@code @File} and raw bodies: the operations the form tests
 * host. {@link FormsApp_Routes} was written by hand before the processor read forms (see there).
 */
public final class FormsApp {
    private FormsApp() {}

    public record Login(String username, String password) {}

    public record ProfileForm(String name, int age, Optional<String> bio) {}

    public record Stored(String field, String filename, String contentType, long size, String sha256, String path) {}

    public record Profile(String name, int age, String bio, Stored avatar, Map<String, String> headers) {}

    public record ItemIn(String name, int price) {}

    @Post("/login")
    public static Login login(@Form String username, @Form String password) {
        return new Login(username, password);
    }

    @Post("/tags")
    public static Map<String, Object> tags(@Form List<String> tag, @Form @Default("1") int page) {
        return Map.of("tag", tag, "page", page);
    }

    /** A worker operation: reads the avatar with the blocking {@link Upload#open()}. */
    @Post("/profile")
    public static Profile update(@Form ProfileForm form, @File Upload avatar) throws IOException {
        return new Profile(
                form.name(), form.age(), form.bio().orElse(null), stored("avatar", avatar), avatar.headers());
    }

    @Post("/photos")
    public static List<Stored> photos(@File List<Upload> photos, @Form Optional<String> album) throws IOException {
        if (album.isPresent() && album.get().equals("fail")) {
            // Fails after the files were written: they must still be deleted.
            throw new IllegalStateException("the operation failed on purpose");
        }
        if (album.isPresent() && album.get().equals("refuse")) {
            throw new HttpException(409, "refused on purpose");
        }
        return photos.stream().map(FormsApp::storedUnchecked).toList();
    }

    /** An event-loop operation with {@code @File byte[]}: the bytes are read off the loop before it runs. */
    @Post("/digest")
    public static Future<String> digest(@File byte[] data, @File Optional<Upload> extra) {
        return Future.succeededFuture(
                sha256(data) + (extra.isPresent() ? "+" + extra.get().filename() : ""));
    }

    @Post("/items")
    public static ItemIn item(ItemIn body) {
        return body;
    }

    @Post("/raw")
    public static int raw(@Body byte[] data) {
        return data.length;
    }

    @Post("/text")
    public static String text(@Body String text) {
        return text;
    }

    static Stored stored(String field, Upload upload) throws IOException {
        if (!Files.isRegularFile(upload.path()) || !upload.path().isAbsolute()) {
            throw new IllegalStateException("the upload is not an absolute, existing file: " + upload.path());
        }
        MessageDigest digest = sha256();
        try (InputStream in = upload.open()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return new Stored(
                field,
                upload.filename(),
                upload.contentType(),
                upload.size(),
                HexFormat.of().formatHex(digest.digest()),
                upload.path().toString());
    }

    private static Stored storedUnchecked(Upload upload) {
        try {
            return stored("photos", upload);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] data) {
        return HexFormat.of().formatHex(sha256().digest(data));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
