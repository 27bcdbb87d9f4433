package dev.kiln.samples.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container image the build made with Jib ({@code target/jib-image.tar}): its config says the right
 * entrypoint, port and user, and its layers hold an app that runs. What this cannot prove without an
 * engine: that the base image (eclipse-temurin:17-jre for users; scratch here) runs it.
 */
class ImageIT {
    @Test
    void configNamesTheMainClassThePortAndAnUnprivilegedUser() throws Exception {
        ImageLayers image = ImageLayers.open();
        assertEquals("kiln-sample-hello:0.1.0-SNAPSHOT", image.repoTag);
        List<String> entrypoint = new ArrayList<>();
        image.config.get("Entrypoint").forEach(e -> entrypoint.add(e.asText()));
        assertEquals("java", entrypoint.get(0));
        assertEquals(HelloApp.class.getName(), entrypoint.get(entrypoint.size() - 1), "the sample's main class");
        assertTrue(entrypoint.contains("-cp"), entrypoint.toString());

        JsonNode ports = image.config.get("ExposedPorts");
        assertEquals(List.of("8000/tcp"), names(ports));
        Map<String, String> env = image.environment();
        assertEquals("8000", env.get("KILN_PORT"), "the app listens on the port the image exposes");
        assertEquals("0.0.0.0", env.get("KILN_HOST"), "on every interface of the container");
        assertEquals("65532", image.config.get("User").asText());

        // The Kubernetes Deployment runs this image, on this port.
        io.fabric8.kubernetes.api.model.Container container = KubernetesManifestsTest.container(
                KubernetesManifestsTest.read("deployment.yaml", io.fabric8.kubernetes.api.model.apps.Deployment.class));
        assertEquals(image.repoTag, container.getImage());
        assertEquals(List.of(container.getPorts().get(0).getContainerPort() + "/tcp"), names(ports));
    }

    @Test
    void layersHoldARunnableApp(@TempDir Path scratch) throws Exception {
        ImageLayers image = ImageLayers.open();
        assertTrue(
                Files.list(image.root.resolve("app/libs"))
                        .anyMatch(p -> p.getFileName().toString().startsWith("kiln-runtime-")),
                "the runtime is in the image as a jar");
        try (AppProcess app = AppProcess.start(image, scratch, Map.of(), "image")) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> hello = client.send(
                    HttpRequest.newBuilder(URI.create(app.url("/?name=image"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, hello.statusCode());
            assertEquals("Hello, image!", hello.body());
            assertEquals(
                    200,
                    client.send(
                                    HttpRequest.newBuilder(URI.create(app.url("/health/ready")))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode());
            app.terminate();
            assertTrue(app.process.waitFor(30, TimeUnit.SECONDS), "SIGTERM stops it");
            assertEquals(0, app.process.exitValue());
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
