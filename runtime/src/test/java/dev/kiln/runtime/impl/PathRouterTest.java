package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

class PathRouterTest {
    private final PathRouter<String> router = new PathRouter<String>()
            .add(HttpMethod.GET, "/", "root")
            .add(HttpMethod.GET, "/users/{id}", "user")
            .add(HttpMethod.GET, "/users/me", "me")
            .add(HttpMethod.DELETE, "/users/{id}", "deleteUser")
            .add(HttpMethod.GET, "/users/{id}/posts/{postId}", "post")
            .add(HttpMethod.GET, "/items", "items")
            .add(HttpMethod.POST, "/items/", "createItem")
            .add(HttpMethod.GET, "/files/{name}/raw", "raw")
            .add(HttpMethod.POST, "/files/special/meta", "specialMeta")
            .add(HttpMethod.GET, "/files/{name}/meta", "meta")
            .seal();

    private PathRouter.Match<String> match(String method, String path) {
        return router.match(HttpMethod.valueOf(method), path);
    }

    @Test
    void staticSegmentsBeforeVariables() {
        assertEquals("me", match("GET", "/users/me").value());
        assertEquals("user", match("GET", "/users/42").value());
        assertArrayEquals(new String[] {"42"}, match("GET", "/users/42").params());
        assertEquals("root", match("GET", "/").value());
    }

    @Test
    void backtracksIntoTheVariableWhenTheStaticBranchHasNoFullMatch() {
        // /files/special/meta exists for POST only; GET must still find /files/{name}/meta.
        PathRouter.Match<String> m = match("GET", "/files/special/meta");
        assertEquals("meta", m.value());
        assertArrayEquals(new String[] {"special"}, m.params());
    }

    @Test
    void severalVariablesInOrder() {
        assertArrayEquals(
                new String[] {"7", "9"}, match("GET", "/users/7/posts/9").params());
    }

    @Test
    void variablesArePercentDecodedAndMatchOneSegment() {
        assertArrayEquals(
                new String[] {"a b/c é"},
                match("GET", "/users/a%20b%2Fc%20%C3%A9").params());
        assertEquals("me", match("GET", "/users/%6De").value());
        assertArrayEquals(new String[] {"1+2"}, match("GET", "/users/1+2").params());
        assertArrayEquals(new String[] {"100%"}, match("GET", "/users/100%").params());
        assertEquals(PathRouter.Kind.NOT_FOUND, match("GET", "/users/1/2").kind());
    }

    @Test
    void unknownPathIsNotFound() {
        assertEquals(PathRouter.Kind.NOT_FOUND, match("GET", "/nothing").kind());
        assertEquals(PathRouter.Kind.NOT_FOUND, match("GET", "*").kind());
        assertEquals(PathRouter.Kind.NOT_FOUND, match("GET", "/users//posts/1").kind());
    }

    @Test
    void knownPathOtherMethodIsMethodNotAllowedWithAllow() {
        PathRouter.Match<String> m = match("PUT", "/users/3");
        assertEquals(PathRouter.Kind.METHOD_NOT_ALLOWED, m.kind());
        assertEquals("DELETE, GET", m.allowed());
        // No automatic HEAD for GET routes, as in FastAPI.
        assertEquals(PathRouter.Kind.METHOD_NOT_ALLOWED, match("HEAD", "/items").kind());
    }

    @Test
    void trailingSlashIsSignificantAndRedirectsToTheOtherForm() {
        assertEquals("items", match("GET", "/items").value());
        assertEquals("createItem", match("POST", "/items/").value());
        PathRouter.Match<String> slash = match("GET", "/items/");
        assertEquals(PathRouter.Kind.METHOD_NOT_ALLOWED, slash.kind(), "/items/ exists, for POST only");
        PathRouter.Match<String> redirect = match("GET", "/users/3/");
        assertEquals(PathRouter.Kind.REDIRECT, redirect.kind());
        assertEquals("/users/3", redirect.redirectPath());
    }

    @Test
    void malformedOrDuplicateTemplatesAreRejected() {
        PathRouter<String> r = new PathRouter<String>().add(HttpMethod.GET, "/a/{x}", "a");
        assertThrows(IllegalArgumentException.class, () -> r.add(HttpMethod.GET, "/a/{y}", "again"));
        assertThrows(IllegalArgumentException.class, () -> r.add(HttpMethod.GET, "/b/{x}.txt", "partial"));
        assertThrows(IllegalArgumentException.class, () -> r.add(HttpMethod.GET, "no-slash", "bad"));
    }
}
