package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Jackson annotations Kiln does not honour: one warning per use, with its id, the line of the use and
 * what to do, one test per kind of reason; code is still generated. And what Kiln does honour is
 * generated as binders that agree with Jackson.
 */
class JacksonDiagnosticsTest {
    private static final String IMPORTS = """
            package test;

            import dev.kiln.*;
            import com.fasterxml.jackson.annotation.*;
            import com.fasterxml.jackson.databind.annotation.*;
            import java.time.*;
            import java.util.*;

            """;

    private RecordingProcessor processor;

    /** A source in package {@code test} whose line 9 is the first line of {@code body}. */
    private static JavaFileObject source(String body) {
        return JavaFileObjects.forSourceString("test.Api", IMPORTS + body);
    }

    /** Compiles {@code source}: it succeeds, with exactly one Kiln warning, {@code [kiln/id]} on {@code line}. */
    private Compilation assertSingleWarning(JavaFileObject source, String id, int line, String text) {
        processor = new RecordingProcessor();
        Compilation compilation = Compiler.javac().withProcessors(processor).compile(source);
        assertThat(compilation).succeeded();
        List<Diagnostic<? extends JavaFileObject>> kiln = compilation.warnings().stream()
                .filter(w -> w.getMessage(null).contains("[kiln/"))
                .toList();
        assertEquals(1, kiln.size(), () -> "one Kiln warning: " + kiln);
        assertThat(compilation)
                .hadWarningContaining("[kiln/" + id + "] " + text)
                .inFile(source)
                .onLine(line);
        assertTrue(processor.created().contains("test.Api_Routes"), "code is generated: " + processor.created());
        return compilation;
    }

    private static String generated(Compilation compilation) {
        try {
            return compilation
                    .generatedSourceFile("test.Api_Routes")
                    .orElseThrow()
                    .getCharContent(false)
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anAnnotationKilnDoesNotImplementOnARecordComponent() {
        JavaFileObject source = source("""
                public class Api {
                    public record Address(String city) {}
                    public record Person(String name,
                            @JsonUnwrapped Address address) {}
                    @Post("/people")
                    public Person create(Person person) { return person; }
                }
                """);
        assertSingleWarning(
                source,
                "UnsupportedJackson",
                12,
                "@JsonUnwrapped on address is not supported by Kiln: request binding and the OpenAPI document "
                        + "ignore it, while Jackson applies it when it writes responses");
    }

    /** Jackson applies a bundle's annotations where it is written; Kiln does not read inside it, and says so. */
    @Test
    void aBundleOfJacksonAnnotations() {
        JavaFileObject source = source("""
                public class Api {
                    @JacksonAnnotationsInside
                    @JsonProperty("full_name")
                    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                    public @interface FullName {}
                    public record Person(
                            @FullName String name) {}
                    @Post("/people")
                    public Person create(Person person) { return person; }
                }
                """);
        assertSingleWarning(
                source, "UnsupportedJackson", 15, "@FullName on name is not supported by Kiln: request binding");
    }

    @Test
    void anAnnotationOnAMethodThatIsNoPropertyOfAResponseType() {
        JavaFileObject source = source("""
                public class Api {
                    public static class Bag {
                        public String getName() { return ""; }
                        @JsonAnyGetter
                        public Map<String, Object> extra() { return Map.of(); }
                    }
                    @Get("/bag")
                    public Bag read() { return new Bag(); }
                }
                """);
        assertSingleWarning(source, "UnsupportedJackson", 12, "@JsonAnyGetter on extra is not supported by Kiln");
    }

    @Test
    void anAnnotationOnAClass() {
        JavaFileObject source = source("""
                public class Api {
                    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
                    public record Shape(String kind) {}
                    @Post("/shapes")
                    public String create(Shape shape) { return ""; }
                }
                """);
        assertSingleWarning(source, "UnsupportedJackson", 10, "@JsonTypeInfo is not supported by Kiln");
    }

    @Test
    void anAnnotationWithNoEffectUnderKilnsConfiguration() {
        JavaFileObject source = source("""
                public class Api {
                    @JsonRootName("item")
                    public record Item(String name) {}
                    @Get("/item")
                    public Item read() { return new Item("x"); }
                }
                """);
        assertSingleWarning(
                source,
                "UnsupportedJackson",
                10,
                "@JsonRootName has no effect: Kiln's Jackson configuration does not wrap root values. Remove it.");
    }

    @Test
    void aPrivateFieldOfABeanThatOnlyJacksonCouldSet() {
        JavaFileObject source = source("""
                public class Api {
                    public static class Customer {
                        private String id;
                        @JsonProperty("full_name")
                        private String name;
                        public String getId() { return id; }
                        public void setId(String id) { this.id = id; }
                        public String getName() { return name; }
                    }
                    @Post("/customers")
                    public String create(Customer customer) { return ""; }
                }
                """);
        assertSingleWarning(
                source,
                "UnsupportedJackson",
                12,
                "@JsonProperty makes Jackson read this member of Customer through a field or setter that is not "
                        + "public, which Kiln's generated binder cannot reach, so requests do not set it. Add a public "
                        + "setter, or make the field public.");
    }

    @Test
    void aJsonCreatorOnARecordThatIsNotItsCanonicalConstructor() {
        JavaFileObject source = source("""
                public class Api {
                    public record Point(int x, int y) {
                        @JsonCreator
                        public Point(@JsonProperty("xy") String xy) {
                            this(Integer.parseInt(xy.split(",")[0]), Integer.parseInt(xy.split(",")[1]));
                        }
                    }
                    @Post("/points")
                    public Point create(Point point) { return point; }
                }
                """);
        assertSingleWarning(
                source,
                "UnsupportedJackson",
                11,
                "Kiln binds the record Point through its canonical constructor, not this @JsonCreator");
    }

    @Test
    void requiredOnAMemberThatMayBeAbsent() {
        JavaFileObject source = source("""
                public class Api {
                    public record Search(
                            @JsonProperty(required = true) Optional<String> q) {}
                    @Post("/search")
                    public String search(Search search) { return ""; }
                }
                """);
        assertSingleWarning(
                source,
                "UnsupportedJackson",
                11,
                "@JsonProperty(required = true) on q has no effect: it is Optional, @Nullable or has a @Default");
    }

    @Test
    void aJacksonDefaultValue() {
        JavaFileObject source = source("""
                public class Api {
                    public record Page(
                            @JsonProperty(defaultValue = "10") int size) {}
                    @Post("/pages")
                    public String page(Page page) { return ""; }
                }
                """);
        assertSingleWarning(
                source,
                "UnsupportedJackson",
                11,
                "@JsonProperty(defaultValue) on size is not used: Jackson treats it as documentation, and Kiln's "
                        + "default is @Default(\"...\"). Use @Default instead.");
    }

    @Test
    void aFormatKilnDoesNotApply() {
        JavaFileObject source = source("""
                public class Api {
                    public record Event(
                            @JsonFormat(shape = JsonFormat.Shape.NUMBER) Instant at) {}
                    @Get("/events")
                    public Event read() { return null; }
                }
                """);
        assertSingleWarning(source, "UnsupportedJackson", 11, "@JsonFormat on at is not applied by Kiln");
    }

    @Test
    void aPatternOnATypeWithoutDates() {
        JavaFileObject source = source("""
                public class Api {
                    public record Event(
                            @JsonFormat(pattern = "dd.MM.yyyy") String day) {}
                    @Post("/events")
                    public String create(Event event) { return ""; }
                }
                """);
        assertSingleWarning(source, "UnsupportedJackson", 11, "@JsonFormat on day is not applied by Kiln");
    }

    @Test
    void aNamingStrategyThatIsNotJacksonsOwn() {
        JavaFileObject source = source("""
                public class Api {
                    public static class Shouting extends com.fasterxml.jackson.databind.PropertyNamingStrategies.NamingBase {
                        @Override public String translate(String name) { return name.toUpperCase(); }
                    }
                    @JsonNaming(Shouting.class)
                    public record Item(String name) {}
                    @Post("/items")
                    public String create(Item item) { return ""; }
                }
                """);
        assertSingleWarning(
                source,
                "UnsupportedJackson",
                13,
                "@JsonNaming(test.Api.Shouting) is not one of Jackson's own strategies");
    }

    @Test
    void jacksonAnnotationsOnAQueryRecord() {
        JavaFileObject source = source("""
                public class Api {
                    public record Paging(
                            @JsonProperty("page_size") int size, int page) {}
                    @Get("/items")
                    public String list(@Query Paging paging) { return ""; }
                }
                """);
        assertSingleWarning(
                source,
                "UnsupportedJackson",
                11,
                "Jackson annotations on size of test.Api.Paging have no effect: Kiln reads a query record's "
                        + "components by their Java names");
    }

    @Test
    void anAliasOnAnEnumConstant() {
        JavaFileObject source = source("""
                public class Api {
                    public enum Color {
                        @JsonAlias("crimson") RED, GREEN
                    }
                    @Get("/paint")
                    public String paint(Color color) { return ""; }
                }
                """);
        assertSingleWarning(source, "UnsupportedJackson", 11, "@JsonAlias on RED is not supported by Kiln");
    }

    @Test
    void aUseIsReportedOnceWhateverUsesTheType() {
        JavaFileObject source = source("""
                public class Api {
                    public record Item(
                            @JsonView(Object.class) String name) {}
                    @Post("/items")
                    public Item create(Item item) { return item; }
                    @Get("/items")
                    public List<Item> list() { return List.of(); }
                }
                """);
        assertSingleWarning(source, "UnsupportedJackson", 11, "@JsonView on name is not supported by Kiln");
    }

    @Test
    void jsonValuesOnlyRunningCodeCanTellAreBoundByAskingThem() {
        JavaFileObject source = source("""
                public class Api {
                    public enum Level {
                        LOW, HIGH;
                        @JsonValue
                        public String code() { return name().toLowerCase(Locale.ROOT); }
                    }
                    @Get("/level")
                    public Level read(Level level) { return level; }
                }
                """);
        Compilation compilation = assertSingleWarning(
                source,
                "UnknownEnumValues",
                12,
                "Kiln cannot list the values of Level in the OpenAPI document: its @JsonValue code() returns what "
                        + "only running code can tell");
        assertTrue(
                generated(compilation).contains("Binders.enumOf(\"Level\", Api.Level.values(), Api.Level::code)"),
                generated(compilation));
    }

    @Test
    void jsonValuesFromLiteralConstructorArgumentsNeedNoWarning() {
        JavaFileObject source = source("""
                public class Api {
                    public enum Level {
                        LOW("l"), HIGH("h") { @Override public String toString() { return "high"; } };
                        private final String code;
                        Level(String code) { this.code = code; }
                        @JsonValue
                        public String code() { return this.code; }
                    }
                    @Get("/level")
                    public Level read(Level level) { return level; }
                }
                """);
        // the real processor: reading the constants' arguments needs javac's own environment
        Compilation compilation =
                Compiler.javac().withProcessors(new KilnProcessor()).compile(source);
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(
                generated(compilation).contains("Binders.enumOf(\"Level\", Api.Level.values(), \"l\", \"h\")"),
                generated(compilation));
    }

    /**
     * A class whose no-argument constructor or a setter declares a checked exception is read and written by
     * Jackson, not bound by generated code (which would not compile around the call); an unchecked exception
     * in a {@code throws} clause keeps it a bean.
     */
    @Test
    void aBeanWhoseConstructorOrSetterDeclaresACheckedExceptionIsLeftToJackson() {
        JavaFileObject source = source("""
                public class Api {
                    public static class Loaded {
                        private String name;
                        public Loaded() throws Exception {}
                        public String getName() { return name; }
                        public void setName(String name) { this.name = name; }
                    }
                    public static class Stored {
                        private String name;
                        public String getName() { return name; }
                        public void setName(String name) throws java.io.IOException { this.name = name; }
                    }
                    public static class Checked {
                        private String name;
                        public String getName() { return name; }
                        public void setName(String name) throws IllegalArgumentException { this.name = name; }
                    }
                    @Post("/loaded")
                    public Loaded loaded(Loaded body) { return body; }
                    @Post("/stored")
                    public Stored stored(Stored body) { return body; }
                    @Post("/checked")
                    public Checked checked(Checked body) { return body; }
                }
                """);
        Compilation compilation =
                Compiler.javac().withProcessors(new KilnProcessor()).compile(source);
        assertThat(compilation).succeededWithoutWarnings();
        String generated = generated(compilation);
        assertTrue(generated.contains("Binders.jackson(new TypeReference<Api.Loaded>() {})"), generated);
        assertTrue(generated.contains("Binders.jackson(new TypeReference<Api.Stored>() {})"), generated);
        assertTrue(generated.contains("Binders.bean(\"Checked\""), generated);
    }

    /** A {@code @JsonValue} method Kiln would call at startup that declares a checked exception: Jackson's enum. */
    @Test
    void aJsonValueMethodThatDeclaresACheckedExceptionLeavesTheEnumToJackson() {
        JavaFileObject source = source("""
                public class Api {
                    public enum Level {
                        LOW, HIGH;
                        @JsonValue
                        public String code() throws Exception { return name().toLowerCase(); }
                    }
                    @Get("/level")
                    public Level read(Level level) { return level; }
                }
                """);
        Compilation compilation =
                Compiler.javac().withProcessors(new KilnProcessor()).compile(source);
        assertThat(compilation).succeeded();
        String generated = generated(compilation);
        assertTrue(generated.contains("Binders.jackson(new TypeReference<Api.Level>() {})"), generated);
    }

    /** {@code @JsonProperty(index = ...)} orders what Jackson writes; Kiln's document and writer do not follow it. */
    @Test
    void aPropertyIndexIsAWarningAndTheTypeIsLeftToDatabindForWriting() {
        JavaFileObject source = source("""
                public class Api {
                    public record Pair(String first,
                            @JsonProperty(value = "second", index = 0) String second) {}
                    @Post("/pairs")
                    public Pair create(Pair pair) { return pair; }
                }
                """);
        Compilation compilation = assertSingleWarning(
                source, "UnsupportedJackson", 11, "@JsonProperty on second (its index) is not supported by Kiln");
        assertTrue(generated(compilation).contains("JsonWriters.databind(Api.Pair.class)"), generated(compilation));
    }
}
