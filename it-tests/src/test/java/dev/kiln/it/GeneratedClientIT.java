package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.Kiln;
import dev.kiln.it.client.ApiClient;
import dev.kiln.it.client.ApiException;
import dev.kiln.it.client.api.BodiesApi;
import dev.kiln.it.client.api.ParamsApi;
import dev.kiln.it.client.api.SecurityApi;
import dev.kiln.it.client.model.Color;
import dev.kiln.it.client.model.HTTPValidationError;
import dev.kiln.it.client.model.Item;
import dev.kiln.it.client.model.ItemIn;
import dev.kiln.it.client.model.Tag;
import dev.kiln.it.client.model.ValidationError;
import dev.kiln.it.security.Tokens;
import dev.kiln.testing.TestClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client no one here wrote: openapi-generator's Java client, generated during the build from the
 * document the processor wrote, talking to the running app.
 */
class GeneratedClientIT {
    private static TestClient server;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        server = TestClient.start(Kiln.app());
        api = new ApiClient();
        api.updateBaseUri(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void pathParameter() throws ApiException {
        assertEquals(Map.of("itemId", 41), new ParamsApi(api).pathIntParamsPathItemIdGet(41));
    }

    @Test
    void queryParametersWithDefaultsAndEnums() throws ApiException {
        Map<String, Object> out = new ParamsApi(api).optionalParamsOptionalGet("q1", 7, null, null, Color.GREEN, null);
        assertEquals("q1", out.get("q"));
        assertEquals("7", out.get("n"));
        assertEquals(10, out.get("limit"));
        assertEquals("GREEN", out.get("color"));
    }

    @Test
    void jsonBody() throws ApiException {
        ItemIn in = new ItemIn()
                .name("Lamp")
                .price(19.5)
                .tags(List.of(new Tag().name("home").weight(2)))
                .color(Color.BLUE)
                .inStock(true);
        Item created = new BodiesApi(api).createBodiesItemsPost(in);
        assertEquals("Lamp", created.getName());
        assertEquals(19.5, created.getPrice());
        assertEquals("home", created.getTags().get(0).getName());
        assertEquals(Color.BLUE, created.getColor());
    }

    @Test
    void validationErrorsAreTheDocumentedShape() throws Exception {
        ItemIn in = new ItemIn().price(1.0).tags(List.of()).color(Color.RED).inStock(false); // no name
        ApiException e = assertThrows(ApiException.class, () -> new BodiesApi(api).createBodiesItemsPost(in));
        assertEquals(422, e.getCode());
        HTTPValidationError error = new ObjectMapper().readValue(e.getResponseBody(), HTTPValidationError.class);
        ValidationError first = error.getDetail().get(0);
        assertEquals("body", first.getLoc().get(0).getString());
        assertEquals("name", first.getLoc().get(1).getString());
    }

    @Test
    void aBearerProtectedOperationWithAToken() throws ApiException {
        // the native client has no auth support of its own: the token goes in as a request header, as its docs say
        ApiClient authorized = new ApiClient();
        authorized.updateBaseUri(server.baseUrl());
        String token = Tokens.create("johndoe", List.of(), Duration.ofMinutes(5));
        authorized.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        assertEquals(Map.of("username", "johndoe"), new SecurityApi(authorized).bearerSecurityBearerGet());

        ApiException refused = assertThrows(ApiException.class, () -> new SecurityApi(api).bearerSecurityBearerGet());
        assertEquals(401, refused.getCode());
        assertEquals(
                "Bearer",
                refused.getResponseHeaders().firstValue("www-authenticate").orElseThrow());
        assertEquals("{\"detail\":\"Not authenticated\"}", refused.getResponseBody());
    }
}
