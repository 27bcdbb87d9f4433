package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.http.HttpMethod;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link PathRouter#mount}: everything under a prefix, after the routes and their redirects. */
class MountTest {
    private final PathRouter<String> router = new PathRouter<String>()
            .add(HttpMethod.GET, "/static/special", "route")
            .add(HttpMethod.GET, "/items", "items")
            .mount("/static", Set.of(HttpMethod.GET, HttpMethod.HEAD), "static")
            .mount("/static/big/", Set.of(HttpMethod.GET), "big")
            .mount("/", Set.of(HttpMethod.GET), "root")
            .seal();

    private PathRouter.Match<String> match(String method, String path) {
        return router.match(HttpMethod.valueOf(method), path);
    }

    @Test
    void theRestOfThePathIsTheParameterStillEncoded() {
        PathRouter.Match<String> m = match("GET", "/static/css/a%20b.css");
        assertEquals(PathRouter.Kind.FOUND, m.kind());
        assertEquals("static", m.value());
        assertArrayEquals(new String[] {"css/a%20b.css"}, m.params());
        assertArrayEquals(
                new String[] {"..%2fsecret"},
                match("HEAD", "/static/..%2fsecret").params());
    }

    @Test
    void routesWinTheLongestPrefixWinsAndTheRootTakesTheRest() {
        assertEquals("route", match("GET", "/static/special").value());
        assertEquals("big", match("GET", "/static/big/x.bin").value());
        assertEquals("root", match("GET", "/elsewhere/x").value());
        assertArrayEquals(
                new String[] {"elsewhere/x"}, match("GET", "/elsewhere/x").params());
    }

    @Test
    void aTrailingSlashRedirectComesFirstAndThePrefixItselfIsNotUnderIt() {
        assertEquals(PathRouter.Kind.REDIRECT, match("GET", "/items/").kind());
        assertEquals("root", match("GET", "/static").value());
        assertArrayEquals(new String[] {""}, match("GET", "/static/").params());
    }

    @Test
    void otherMethodsAre405WithTheMountsMethods() {
        PathRouter.Match<String> m = match("POST", "/static/a.css");
        assertEquals(PathRouter.Kind.METHOD_NOT_ALLOWED, m.kind());
        assertEquals("GET, HEAD", m.allowed());
    }

    @Test
    void twoMountsAtOnePrefixAreRefused() {
        PathRouter<String> twice = new PathRouter<String>().mount("/a", Set.of(HttpMethod.GET), "1");
        assertThrows(IllegalArgumentException.class, () -> twice.mount("/a/", Set.of(HttpMethod.GET), "2"));
        assertThrows(IllegalArgumentException.class, () -> twice.mount("/{x}", Set.of(HttpMethod.GET), "3"));
    }
}
