package com.example.forms;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kiln.Body;
import dev.kiln.Default;
import dev.kiln.File;
import dev.kiln.Form;
import dev.kiln.Post;
import dev.kiln.Provides;
import dev.kiln.Router;
import dev.kiln.Upload;
import io.vertx.core.Future;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

@Router(prefix = "/forms", tags = "forms")
public final class Forms {
    public record LoginForm(
            String username,
            @Size(min = 3) String password,
            Optional<String> scope,
            @JsonProperty("client_id") Optional<String> clientId) {}

    public record Caller(String name) {}

    /** A form field read by a provider. */
    @Provides
    public static Caller caller(@Form("caller") String name) {
        return new Caller(name);
    }

    /** Logs in with an urlencoded form. */
    @Post("/login")
    public String login(@Form String username, @Form String password) {
        return username;
    }

    @Post("/token")
    public LoginForm token(@Form LoginForm form) {
        return form;
    }

    @Post("/search")
    public String search(
            @Form Optional<String> q,
            @Form @Default("1") @Min(1) int page,
            @Form @Size(max = 3) List<String> tag,
            @Form("user-name") String userName) {
        return q.orElse("");
    }

    /**
     * Updates a profile.
     *
     * @param avatar the new picture
     */
    @Post("/profile")
    public String profile(@Form LoginForm form, @File Upload avatar, @File Optional<Upload> banner) {
        return avatar.filename();
    }

    @Post("/photos")
    public int photos(@File List<Upload> photos, @Form Optional<String> album) {
        return photos.size();
    }

    @Post("/digest")
    public int digest(@File byte[] data) {
        return data.length;
    }

    @Post("/digest-async")
    public Future<Integer> digestAsync(@File byte[] data, @File byte[] more) {
        return Future.succeededFuture(data.length + more.length);
    }

    @Post("/provided")
    public String provided(Caller caller, @Form Optional<String> note) {
        return caller.name();
    }

    @Post("/raw")
    public int raw(@Body byte[] data) {
        return data.length;
    }

    @Post("/text")
    public String text(@Body String text) {
        return text;
    }
}
