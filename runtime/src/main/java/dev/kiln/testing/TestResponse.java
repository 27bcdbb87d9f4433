package dev.kiln.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.runtime.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A response received by {@link TestClient}: status, headers and body, read in full. */
public final class TestResponse {
    private final HttpResponse<byte[]> response;

    TestResponse(HttpResponse<byte[]> response) {
        this.response = response;
    }

    public int status() {
        return response.statusCode();
    }

    /** The first value of a header (case-insensitive), or {@code null}. */
    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** Every value of a header, in order. */
    public List<String> headers(String name) {
        return response.headers().allValues(name);
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The body parsed as JSON; a body that is not JSON is an {@link UncheckedIOException} naming the text. */
    public JsonNode json() {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("the response body is not JSON: " + text(), e);
        }
    }

    public byte[] bytes() {
        return response.body().clone();
    }

    @Override
    public String toString() {
        return status() + " " + text();
    }
}
