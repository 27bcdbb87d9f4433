package dev.kiln.samples.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sample's Kubernetes manifests ({@code deploy/kubernetes}), read strictly against fabric8's model of
 * the Kubernetes API (generated from the API's published OpenAPI schemas): every field must exist
 * where it is written and have the right type (fabric8 keeps unknown fields aside; here they are
 * errors). Then what Kiln needs of them: probes on the health endpoints, the shutdown timing, and
 * selectors and ports that agree. No cluster is needed; what this cannot prove is admission-time
 * validation (required fields, value ranges), which only an API server does.
 */
class KubernetesManifestsTest {
    static final Path DIR = Path.of("deploy/kubernetes");
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "apps/v1 Deployment", Deployment.class,
            "v1 Service", Service.class,
            "policy/v1 PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);

    /** YAML into fabric8's model, refusing a field the model does not have. */
    static final ObjectMapper STRICT = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .registerModule(new SimpleModule().setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public BeanDeserializerBuilder updateBuilder(
                        DeserializationConfig config, BeanDescription description, BeanDeserializerBuilder builder) {
                    // fabric8's classes collect unknown fields in additionalProperties: refuse them instead
                    builder.setAnySetter(null);
                    return builder;
                }
            }));

    static <T extends HasMetadata> T read(String file, Class<T> type) throws IOException {
        String text = Files.readString(DIR.resolve(file));
        JsonNode tree = STRICT.readTree(text);
        String kind = tree.path("apiVersion").asText() + " " + tree.path("kind").asText();
        assertEquals(type, KINDS.get(kind), file + " is a " + kind);
        return STRICT.readValue(text, type);
    }

    @Test
    void everyManifestIsReadStrictlyAndListedInTheKustomization() throws IOException {
        List<String> listed = new ArrayList<>();
        STRICT.readTree(DIR.resolve("kustomization.yaml").toFile())
                .get("resources")
                .forEach(r -> listed.add(r.asText()));
        List<String> files;
        try (var found = Files.list(DIR)) {
            files = found.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("kustomization.yaml"))
                    .sorted()
                    .toList();
        }
        assertEquals(files, listed.stream().sorted().toList(), "the kustomization lists every manifest");
        assertEquals(4, files.size());
        for (String file : files) {
            JsonNode tree = STRICT.readTree(DIR.resolve(file).toFile());
            Class<? extends HasMetadata> type = KINDS.get(
                    tree.path("apiVersion").asText() + " " + tree.path("kind").asText());
            assertNotNull(type, file + ": a kind this test knows");
            assertEquals("kiln-sample-hello", read(file, type).getMetadata().getName(), file);
        }
    }

    @Test
    void aMisspelledFieldIsRefused() {
        String bad = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          livenesProbe: {}
                """;
        JsonMappingException e =
                assertThrows(JsonMappingException.class, () -> STRICT.readValue(bad, Deployment.class));
        assertTrue(e.getMessage().contains("livenesProbe"), e.getMessage());
        assertTrue(e.getPathReference().contains("containers"), e.getPathReference());
        assertThrows(
                JsonMappingException.class,
                () -> STRICT.readValue(
                        "apiVersion: apps/v1\nkind: Deployment\nspec: {replicas: three}\n", Deployment.class),
                "a wrong type");
    }

    @Test
    void probesUseTheHealthEndpointsOnTheNamedPort() throws IOException {
        Container app = container(read("deployment.yaml", Deployment.class));
        assertEquals("http", app.getPorts().get(0).getName());
        assertEquals(8000, app.getPorts().get(0).getContainerPort(), "the port the image exposes (ImageIT)");
        assertEquals("/health/ready", app.getReadinessProbe().getHttpGet().getPath());
        assertEquals("http", app.getReadinessProbe().getHttpGet().getPort().getStrVal());
        assertEquals("/health/live", app.getLivenessProbe().getHttpGet().getPath());
        assertEquals("/health/live", app.getStartupProbe().getHttpGet().getPath());
        assertNotNull(app.getResources().getRequests().get("cpu"), "the autoscaler needs a CPU request");
        assertNotNull(app.getResources().getLimits().get("memory"));
    }

    @Test
    void shutdownFitsTheTerminationGracePeriod() throws IOException {
        Deployment deployment = read("deployment.yaml", Deployment.class);
        Container app = container(deployment);
        long preStop = app.getLifecycle().getPreStop().getSleep().getSeconds();
        String delay = app.getEnv().stream()
                .filter(e -> e.getName().equals("KILN_SHUTDOWN_DELAY"))
                .map(EnvVar::getValue)
                .findFirst()
                .orElseThrow();
        assertTrue(delay.matches("\\d+s"), delay);
        long shutdownDelay = Long.parseLong(delay.substring(0, delay.length() - 1));
        long grace = 20; // Kiln's default shutdownGracePeriod (the manifest does not change it)
        long budget = deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
        assertTrue(shutdownDelay > 0 && preStop > 0);
        assertTrue(
                preStop + shutdownDelay + grace < budget,
                "preStop " + preStop + " s + delay " + shutdownDelay + " s + grace " + grace + " s < " + budget + " s");
        assertTrue(
                shutdownDelay
                        >= app.getReadinessProbe().getPeriodSeconds()
                                * app.getReadinessProbe().getFailureThreshold(),
                "readiness is seen failing within the delay");
    }

    @Test
    void serviceBudgetAndAutoscalerPointAtTheDeployment() throws IOException {
        Deployment deployment = read("deployment.yaml", Deployment.class);
        Map<String, String> podLabels =
                deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertEquals(deployment.getSpec().getSelector().getMatchLabels(), podLabels);

        Service service = read("service.yaml", Service.class);
        assertEquals(podLabels, service.getSpec().getSelector());
        assertEquals("http", service.getSpec().getPorts().get(0).getTargetPort().getStrVal());

        PodDisruptionBudget budget = read("poddisruptionbudget.yaml", PodDisruptionBudget.class);
        assertEquals(podLabels, budget.getSpec().getSelector().getMatchLabels());

        HorizontalPodAutoscaler autoscaler = read("horizontalpodautoscaler.yaml", HorizontalPodAutoscaler.class);
        assertEquals("Deployment", autoscaler.getSpec().getScaleTargetRef().getKind());
        assertEquals(
                deployment.getMetadata().getName(),
                autoscaler.getSpec().getScaleTargetRef().getName());
        assertTrue(autoscaler.getSpec().getMinReplicas()
                > budget.getSpec().getMaxUnavailable().getIntVal());
    }

    static Container container(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }
}
