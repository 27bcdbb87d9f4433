package dev.kiln.samples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
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
 * The service's Kubernetes manifests ({@code deploy/kubernetes}), read strictly against fabric8's model of
 * the Kubernetes API as samples/hello's are (an unknown field is an error), then what the service needs of
 * them: its settings from a Secret, a shared upload volume, database connections the cluster's PostgreSQL
 * can hold, probes on the health endpoints and the shutdown timing. No cluster is needed.
 */
class KubernetesManifestsTest {
    private static final Path DIR = Path.of("deploy/kubernetes");
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "apps/v1 Deployment", Deployment.class,
            "v1 Service", Service.class,
            "v1 PersistentVolumeClaim", PersistentVolumeClaim.class,
            "policy/v1 PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);
    /** PostgreSQL's default {@code max_connections}. */
    private static final int POSTGRES_CONNECTIONS = 100;

    /** YAML into fabric8's model, refusing a field the model does not have. */
    private static final ObjectMapper STRICT = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .registerModule(new SimpleModule().setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public BeanDeserializerBuilder updateBuilder(
                        DeserializationConfig config, BeanDescription description, BeanDeserializerBuilder builder) {
                    builder.setAnySetter(null);
                    return builder;
                }
            }));

    private static <T extends HasMetadata> T read(String file, Class<T> type) throws IOException {
        String text = Files.readString(DIR.resolve(file));
        JsonNode tree = STRICT.readTree(text);
        assertEquals(
                type,
                KINDS.get(tree.path("apiVersion").asText() + " "
                        + tree.path("kind").asText()),
                file);
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
        assertEquals(KINDS.size(), files.size());
        for (String file : files) {
            JsonNode tree = STRICT.readTree(DIR.resolve(file).toFile());
            Class<? extends HasMetadata> type = KINDS.get(
                    tree.path("apiVersion").asText() + " " + tree.path("kind").asText());
            assertNotNull(type, file + ": a kind this test knows");
            assertTrue(read(file, type).getMetadata().getName().startsWith("kiln-sample-service"), file);
        }
    }

    @Test
    void settingsComeFromTheSecretAndTheEnvironment() throws IOException {
        Container app = container(read("deployment.yaml", Deployment.class));
        for (String secret : List.of("APP_DATABASE_URL", "APP_JWT_SECRET")) {
            EnvVar variable = env(app, secret);
            assertEquals(
                    "kiln-sample-service",
                    variable.getValueFrom().getSecretKeyRef().getName(),
                    secret + " is read from the Secret, never written in the manifest");
        }
        int pool = Integer.parseInt(env(app, "APP_POOL_SIZE").getValue());
        int maxPods = read("horizontalpodautoscaler.yaml", HorizontalPodAutoscaler.class)
                .getSpec()
                .getMaxReplicas();
        assertTrue(
                pool * maxPods <= POSTGRES_CONNECTIONS,
                pool + " connections x " + maxPods + " pods fit PostgreSQL's " + POSTGRES_CONNECTIONS);
    }

    @Test
    void uploadsGoToTheSharedVolume() throws IOException {
        Deployment deployment = read("deployment.yaml", Deployment.class);
        Container app = container(deployment);
        String uploadDir = env(app, "APP_UPLOAD_DIR").getValue();
        VolumeMount mount = app.getVolumeMounts().stream()
                .filter(m -> m.getMountPath().equals(uploadDir))
                .findFirst()
                .orElseThrow(() -> new AssertionError("nothing is mounted at APP_UPLOAD_DIR " + uploadDir));
        Volume volume = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getName().equals(mount.getName()))
                .findFirst()
                .orElseThrow();
        PersistentVolumeClaim claim = read("persistentvolumeclaim.yaml", PersistentVolumeClaim.class);
        assertEquals(
                claim.getMetadata().getName(), volume.getPersistentVolumeClaim().getClaimName());
        assertEquals(List.of("ReadWriteMany"), claim.getSpec().getAccessModes(), "every pod writes to it");
        assertTrue(app.getSecurityContext().getReadOnlyRootFilesystem(), "only the volumes are writable");
    }

    @Test
    void probesAndShutdownFollowKilnsHealthEndpoints() throws IOException {
        Deployment deployment = read("deployment.yaml", Deployment.class);
        Container app = container(deployment);
        assertEquals(8000, app.getPorts().get(0).getContainerPort(), "the port the image exposes");
        assertEquals("/health/ready", app.getReadinessProbe().getHttpGet().getPath());
        assertEquals("/health/live", app.getLivenessProbe().getHttpGet().getPath());
        assertEquals("/health/live", app.getStartupProbe().getHttpGet().getPath());
        long preStop = app.getLifecycle().getPreStop().getSleep().getSeconds();
        String delay = env(app, "KILN_SHUTDOWN_DELAY").getValue();
        long shutdownDelay = Long.parseLong(delay.substring(0, delay.length() - 1));
        long grace = 20; // Kiln's default shutdownGracePeriod
        assertTrue(preStop + shutdownDelay + grace
                < deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds());

        Map<String, String> podLabels =
                deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertEquals(podLabels, read("service.yaml", Service.class).getSpec().getSelector());
        assertEquals(
                podLabels,
                read("poddisruptionbudget.yaml", PodDisruptionBudget.class)
                        .getSpec()
                        .getSelector()
                        .getMatchLabels());
    }

    private static Container container(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static EnvVar env(Container app, String name) {
        return app.getEnv().stream()
                .filter(e -> e.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not set"));
    }
}
