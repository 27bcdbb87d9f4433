package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.palantir.javapoet.ClassName;
import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.graph.PlannedOperation;
import dev.kiln.processor.graph.RouteGraph;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.Presence;
import dev.kiln.processor.model.Source;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What the extension points see: the validated model the OpenAPI writer maps, and the event-loop
 * operations the blocking-call check inspects.
 */
class ModelTest {
    /** Records what the pipeline hands to extensions. */
    private static final class Capture implements PipelineExtension {
        final List<RouteGraph> planned = new ArrayList<>();
        final List<List<RouteGraph>> finished = new ArrayList<>();

        @Override
        public Report roundPlanned(RouteGraph graph) {
            planned.add(graph);
            return new Report();
        }

        @Override
        public Report compilationFinished(ClassName module, List<RouteGraph> rounds, ResourceWriter files) {
            finished.add(rounds);
            return new Report();
        }

        List<PlannedOperation> operations() {
            return planned.stream().flatMap(g -> g.operations().stream()).toList();
        }

        Operation operation(String javaName) {
            return operations().stream()
                    .map(PlannedOperation::operation)
                    .filter(o -> o.javaName().equals(javaName))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static Capture compile(String goldenCase) {
        Capture capture = new Capture();
        Compilations.assertSucceededWithoutWarnings(Compiler.javac()
                .withProcessors(new KilnProcessor(List.of(env -> capture)))
                .compile(GoldenCases.named(goldenCase).sources()));
        return capture;
    }

    @Test
    void documentationComesFromAnnotationsThenJavadoc() {
        Capture capture = compile("nested");
        Operation list = capture.operation("list");
        assertEquals("All users", list.summary());
        assertEquals("Only administrators may call it.", list.description());
        assertEquals(List.of("admin", "users", "listing"), list.tags());
        assertEquals("listUsers", list.operationId());
        assertEquals("/admin/users", list.path().template());
        Operation me = capture.operation("me");
        assertNull(me.summary());
        assertNull(me.operationId());
        assertTrue(capture.operations().stream()
                .filter(p -> p.operation().javaName().equals("remove"))
                .anyMatch(p -> p.operation().deprecated()));
        assertEquals(1, capture.finished.size(), "the compilation ends once");
        assertEquals(
                4,
                capture.finished.get(0).stream()
                        .mapToInt(g -> g.operations().size())
                        .sum());
    }

    @Test
    void parametersCarrySourceWireNameAndPresence() {
        Capture capture = compile("internals");
        List<Parameter> read = capture.operation("read").parameters();
        assertEquals(
                List.of(Source.PATH, Source.QUERY, Source.HEADER),
                read.stream().map(Parameter::source).toList());
        assertEquals(
                List.of("itemId", "q", "user-agent"),
                read.stream().map(Parameter::wireName).toList());
        assertEquals(
                List.of(Presence.REQUIRED, Presence.OPTIONAL, Presence.REQUIRED),
                read.stream().map(Parameter::presence).toList());
        List<Parameter> delete = capture.operation("delete").parameters();
        assertEquals(Presence.OPTIONAL, delete.get(1).presence(), "a repeated query value is empty when absent");
        assertEquals("10", delete.get(2).defaultValue().text());
        Parameter body = capture.operation("create").parameters().get(0);
        assertEquals(Source.BODY, body.source());
        assertEquals("com.example.ItemIn", body.shape().type().toString());
    }

    @Test
    void eventLoopOperationsAreKnownInOnePlace() {
        Capture capture = compile("threading");
        List<String> onLoop = capture.planned.stream()
                .flatMap(g -> g.eventLoopOperations().stream())
                .map(p -> p.routeClass().javaMethodName(p.operation()) + " ("
                        + p.plan().dispatch().reason() + ")")
                .toList();
        assertEquals(
                List.of(
                        "Fast.plain (@NonBlocking on class Fast)",
                        "Fast.nothing (@NonBlocking on class Fast)",
                        "Fast.future (returns Future)",
                        "Plain.nonBlocking (@NonBlocking)",
                        "Reports.loop (@NonBlocking)"),
                onLoop);
    }

    @Test
    void extensionFindingsArePrintedOnTheOperation() {
        PipelineExtension flagEventLoop = new PipelineExtension() {
            @Override
            public Report roundPlanned(RouteGraph graph) {
                Report report = new Report();
                for (PlannedOperation planned : graph.eventLoopOperations()) {
                    report.warning(
                            DiagnosticId.UnsupportedConstraint,
                            planned.operation().element(),
                            planned.operation().verbAnnotation(),
                            "runs on the event loop: "
                                    + planned.plan().dispatch().reason());
                }
                return report;
            }
        };
        List<JavaFileObject> sources = GoldenCases.named("internals").sources();
        JavaFileObject items = sources.stream()
                .filter(f -> f.getName().endsWith("Items.java"))
                .findFirst()
                .orElseThrow();
        Compilation compilation = Compiler.javac()
                .withProcessors(new KilnProcessor(List.of(env -> flagEventLoop)))
                .compile(sources);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation)
                .hadWarningContaining("runs on the event loop: returns Future")
                .inFile(items)
                .onLine(17);
        assertThat(compilation).generatedSourceFile("com.example.Items_Routes");
    }

    @Test
    void anOperationsRequestParametersIncludeItsProvidersAndRouterDependencies() {
        Capture capture = compile("deps");
        PlannedOperation audited = capture.operations().stream()
                .filter(p -> p.operation().javaName().equals("audited"))
                .findFirst()
                .orElseThrow();
        List<String> parameters = audited.plan().requestParameters().stream()
                .map(p -> p.source() + " " + p.wireName())
                .toList();
        // its own path parameter, Deps.user's header (via Deps.audit -> Deps.conn), Deps.token's (router)
        assertEquals(List.of("PATH id", "HEADER authorization", "HEADER x-token"), parameters);
        assertEquals(2, audited.plan().workerHops());
        List<String> eventLoopProviders = capture.planned.stream()
                .flatMap(g -> g.eventLoopProviders().stream())
                .map(p -> p.describe())
                .toList();
        assertEquals(List.of("Deps.user", "Deps.audit", "Deps.base", "Deps.counter"), eventLoopProviders);
    }
}
