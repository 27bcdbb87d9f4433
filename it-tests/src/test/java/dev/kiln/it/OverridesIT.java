package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.it.deps.Values;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * {@code App.override} of qualified and generic providers (the second app's {@code Labels}), and an
 * override that replaces no provider, or several, stops the start instead of being ignored.
 */
class OverridesIT {
    @Test
    void withoutOverridesTheProvidersRun() {
        try (TestClient client = SecondApp.start(Kiln.app())) {
            TestResponse r = client.request("GET", "/second/labels")
                    .header("X-Name", "Ada")
                    .send();
            assertEquals(200, r.status(), r.text());
            assertEquals("Good day, Ada", r.json().get("formal").asText());
            assertEquals("hi", r.json().get("casual").asText());
            assertEquals("word", r.json().get("word").asText());
            assertEquals(42, r.json().get("number").asInt());
            assertEquals("made at startup", r.json().get("shelf").asText());
        }
    }

    @Test
    void aQualifiedProviderIsReplacedByItsName() {
        try (TestClient client = SecondApp.start(Kiln.app()
                .override(Values.Label.class, "formal", request -> new Values.Label("test " + request.path()))
                .override(Values.Label.class, "casual", request -> new Values.Label("yo")))) {
            // the replaced provider's request value (X-Name) is neither read nor required
            TestResponse r = client.get("/second/labels");
            assertEquals(200, r.status(), r.text());
            assertEquals("test /second/labels", r.json().get("formal").asText());
            assertEquals("yo", r.json().get("casual").asText());
            assertEquals("word", r.json().get("word").asText());
        }
    }

    @Test
    void theOneProviderOfAGenericClassIsReplacedByTheClass() {
        try (TestClient client =
                SecondApp.start(Kiln.app().override(Values.Shelf.class, request -> new Values.Shelf<>("test shelf")))) {
            TestResponse r = client.request("GET", "/second/labels")
                    .header("X-Name", "Ada")
                    .send();
            assertEquals("test shelf", r.json().get("shelf").asText(), r.text());
        }
    }

    @Test
    void aQualifiedSingletonIsReplacedByItsName() {
        try (TestClient client =
                TestClient.start(Kiln.app().override(String.class, "motto", request -> "overridden"))) {
            assertEquals(
                    "overridden",
                    client.get("/deps/startup").json().get("motto").asText());
        }
    }

    @Test
    void aClassOfTwoGenericProvidersIsAmbiguousAndStopsTheStart() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> SecondApp.start(Kiln.app().override(Values.Box.class, request -> new Values.Box<>("x"))));
        assertEquals(
                "App.override(Box.class, ...) is ambiguous: the app has providers of"
                        + " dev.kiln.it.deps.Values.Box<java.lang.Integer> and"
                        + " dev.kiln.it.deps.Values.Box<java.lang.String>; give them @Named qualifiers and"
                        + " override one with App.override(type, name, replacement)",
                e.getCause().getMessage());
    }

    @Test
    void anOverrideWithoutItsQualifierStopsTheStartNamingTheQualifiedOnes() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> SecondApp.start(Kiln.app().override(Values.Label.class, request -> new Values.Label("x"))));
        assertEquals(
                "App.override(Label.class, ...) replaces nothing: no operation or singleton of the app uses a"
                        + " provider of dev.kiln.it.deps.Values.Label (it has"
                        + " @Named(\"casual\") dev.kiln.it.deps.Values.Label,"
                        + " @Named(\"formal\") dev.kiln.it.deps.Values.Label)",
                e.getCause().getMessage());
    }

    @Test
    void anOverrideOfATypeNoProviderMakesStopsTheStart() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> TestClient.start(Kiln.app().override(Clock.class, request -> Clock.systemUTC())));
        assertTrue(
                e.getCause().getMessage().startsWith("App.override(Clock.class, ...) replaces nothing"),
                e.getCause().getMessage());
        // the app started no server: a fresh one on the same settings starts
        try (TestClient client = TestClient.start(Kiln.app())) {
            assertEquals(200, client.get("/deps/startup").status());
        }
    }
}
