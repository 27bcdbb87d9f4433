package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One bad input per message id: the error count, the id, the file and line, and that no code was
 * generated for the bad class (so the user sees Kiln's message, not a cascade of javac errors).
 */
class DiagnosticsTest {
    private static final String IMPORTS = """
            package test;

            import dev.kiln.*;
            import io.vertx.core.Future;
            import java.util.*;

            """;

    /** A source in package {@code test} whose line 7 is the first line of {@code body}. */
    private static JavaFileObject source(String className, String body) {
        return JavaFileObjects.forSourceString("test." + className, IMPORTS + body);
    }

    /** What the processor created in the last compilation of this test. */
    private RecordingProcessor processor;

    private Compilation compile(JavaFileObject... sources) {
        processor = new RecordingProcessor();
        return Compiler.javac().withProcessors(processor).compile(sources);
    }

    private void assertNothingGeneratedFor(String className) {
        assertFalse(
                processor.created().contains("test." + className + "_Routes"),
                "no code may be generated for " + className + ": " + processor.created());
    }

    private void assertSingleError(JavaFileObject source, String id, int line) {
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[kiln/" + id + "]")
                .inFile(source)
                .onLine(line);
        assertNothingGeneratedFor("Bad");
    }

    @Test
    void unboundPathVariable() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Get("/items/{itemId}")
                    public String read(int id) { return ""; }
                }
                """);
        assertSingleError(bad, "UnboundPathVariable", 8);
        assertThat(compile(bad)).hadErrorContaining("The path variable {itemId} of /items/{itemId} has no parameter");
    }

    @Test
    void unknownPathVariable() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Get("/items")
                    public String read(
                            @Path("itemId") int id) { return ""; }
                }
                """);
        assertSingleError(bad, "UnknownPathVariable", 10);
    }

    @Test
    void pathParameterNotSimple() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Get("/items/{ids}")
                    public String read(
                            List<String> ids) { return ""; }
                }
                """);
        assertSingleError(bad, "PathParameterNotSimple", 10);
    }

    @Test
    void optionalPathParameterIsNotSimple() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Get("/items/{id}")
                    public String read(
                            Optional<Integer> id) { return ""; }
                }
                """);
        assertSingleError(bad, "PathParameterNotSimple", 10);
    }

    @Test
    void duplicateRouteAcrossClassesIsReportedOnBoth() {
        JavaFileObject first = source("First", """
                public class First {
                    @Get("/items/{id}")
                    public static String read(int id) { return ""; }
                }
                """);
        JavaFileObject second = source("Second", """
                public class Second {

                    @Get("/items/{itemId}")
                    public static String find(String itemId) { return ""; }
                }
                """);
        Compilation compilation = compile(first, second);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation)
                .hadErrorContaining("[kiln/DuplicateRoute] GET /items/{id} is also declared by Second.find (GET "
                        + "/items/{itemId}), so one of them could never be reached. Change the path or the HTTP "
                        + "method of one of them.")
                .inFile(first)
                .onLine(8);
        assertThat(compilation)
                .hadErrorContaining("[kiln/DuplicateRoute] GET /items/{itemId} is also declared by " + "First.read")
                .inFile(second)
                .onLine(9);
        assertNothingGeneratedFor("First");
        assertNothingGeneratedFor("Second");
    }

    @Test
    void sameTemplateWithAnotherMethodIsNoDuplicate() {
        JavaFileObject good = source("Good", """
                public class Good {
                    @Get("/items/{id}")
                    public static String read(int id) { return ""; }

                    @Delete("/items/{id}")
                    public static void delete(int id) { }
                }
                """);
        Compilations.assertSucceededWithoutWarnings(compile(good));
    }

    @Test
    void formsFilesAndRawBodiesCompileWithoutWarnings() {
        JavaFileObject good = source("Good", """
                public class Good {
                    public record Login(String username, Optional<String> scope) {}

                    @Post("/login")
                    public String login(@Form Login form, @Form List<String> tag, @Form @Default("1") int page) {
                        return "";
                    }

                    @Post("/upload")
                    public String upload(@File Upload avatar, @File Optional<Upload> extra, @File List<Upload> more,
                            @File byte[] data, @Form Optional<String> note) { return ""; }

                    @Post("/raw")
                    public String raw(@Body byte[] data) { return ""; }
                }
                """);
        Compilations.assertSucceededWithoutWarnings(compile(good));
    }

    @Test
    void formOfAMapIsUnsupported() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Post("/login")
                    public String login(
                            @Form Map<String, String> fields) { return ""; }
                }
                """);
        assertSingleError(bad, "UnsupportedParameterType", 10);
        assertThat(compile(bad))
                .hadErrorContaining("a form parameter is a simple type, an Optional, List or Set of one, or a record");
    }

    @Test
    void fileOfAStringIsUnsupported() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Post("/avatar")
                    public String avatar(
                            @File String avatar) { return ""; }
                }
                """);
        assertSingleError(bad, "UnsupportedParameterType", 10);
        assertThat(compile(bad))
                .hadErrorContaining("a file parameter is an Upload, Optional<Upload>, List<Upload> or byte[]");
    }

    @Test
    void aFileHasNoDefault() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Post("/avatar")
                    public String avatar(
                            @File @Default("x") Upload avatar) { return ""; }
                }
                """);
        assertSingleError(bad, "BadDefault", 10);
    }

    @Test
    void aJsonBodyAndAFormFieldAreMixedBodies() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public record Item(String name) {}

                    @Post("/items")
                    public String save(Item item, @Form String note) { return ""; }
                }
                """);
        assertSingleError(bad, "MixedBodies", 10);
        assertThat(compile(bad))
                .hadErrorContaining("The operation save reads a JSON body (item of save) and form fields or files "
                        + "(note of save)");
    }

    @Test
    void aJsonBodyAndAProvidersFileAreMixedBodies() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public record Item(String name) {}
                    public record Attachment(Upload upload) {}

                    @Provides
                    public static Attachment attachment(@File Upload file) { return new Attachment(file); }

                    @Post("/items")
                    public String save(Item item, Attachment attachment) { return ""; }
                }
                """);
        assertSingleError(bad, "MixedBodies", 14);
        assertThat(compile(bad)).hadErrorContaining("form fields or files (file of Bad.attachment)");
    }

    @Test
    void aRawBodyAndAFormFieldAreMixedBodies() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Post("/raw")
                    public String raw(@Body byte[] data, @Form String name) { return ""; }
                }
                """);
        assertSingleError(bad, "MixedBodies", 8);
        assertThat(compile(bad)).hadErrorContaining("reads the raw body (data of raw) and another body value");
    }

    @Test
    void cookieListIsUnsupported() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Get("/me")
                    public String me(
                            @Cookie List<String> session) { return ""; }
                }
                """);
        assertSingleError(bad, "UnsupportedParameterType", 10);
    }

    @Test
    void nullablePrimitiveIsUnsupported() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @interface Nullable { }

                    @Get("/me")
                    public String me(
                            @Nullable int page) { return ""; }
                }
                """);
        assertSingleError(bad, "UnsupportedParameterType", 12);
    }

    @Test
    void operationNotPublic() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Get("/hidden")
                    String hidden() { return ""; }
                }
                """);
        assertSingleError(bad, "OperationNotPublic", 8);
    }

    @Test
    void conflictingThreadingOnMethod() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Get("/both")
                    @Blocking
                    @NonBlocking
                    public String both() { return ""; }
                }
                """);
        assertSingleError(bad, "ConflictingThreading", 10);
    }

    @Test
    void conflictingThreadingOnClass() {
        JavaFileObject bad = source("Bad", """
                @Blocking
                @NonBlocking
                public class Bad {
                    @Get("/both")
                    public String both() { return ""; }
                }
                """);
        assertSingleError(bad, "ConflictingThreading", 8);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''           | items/{id}   | does not start with '/'",
                "/items       | {id}         | \"items{id}\" has unbalanced braces or a variable that is not a whole segment",
                "/items/      | /{id}        | has an empty segment ('//')",
                "''           | /items/{id   | unbalanced braces",
                "''           | /items/{}    | has an empty variable '{}'",
                "''           | /items/{a-b} | is not a valid name",
                "''           | /a/{id}/{id} | appears twice",
                "''           | /f/{id}.json | not a whole segment",
            })
    void malformedPathTemplate(String prefix, String value, String problem) {
        JavaFileObject bad = source("Bad", """
                @Router(prefix = "%s")
                public class Bad {
                    @Get("%s")
                    public String read(String id) { return ""; }
                }
                """.formatted(prefix, value));
        assertSingleError(bad, "MalformedPathTemplate", 9);
        assertThat(compile(bad)).hadErrorContaining(problem);
    }

    @Test
    void badDefaultDoesNotParse() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Get("/items")
                    public String list(
                            @Default("ten") int limit) { return ""; }
                }
                """);
        assertSingleError(bad, "BadDefault", 10);
        assertThat(compile(bad)).hadErrorContaining("\"ten\" is not a valid int");
    }

    @Test
    void badDefaultOnPathParameter() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Get("/items/{id}")
                    public String read(
                            @Default("1") int id) { return ""; }
                }
                """);
        assertSingleError(bad, "BadDefault", 10);
    }

    @Test
    void badDefaultOnEnumAndOnNestedBodyRecord() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public enum Color { RED }
                    public record Item(@Default("many") int count) { }

                    @Post("/items")
                    public String create(Item item,
                            @Query @Default("PURPLE") Color color) { return ""; }
                }
                """);
        Compilation compilation = compile(bad);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation)
                .hadErrorContaining("[kiln/BadDefault] The @Default of count")
                .inFile(bad)
                .onLine(9);
        assertThat(compilation)
                .hadErrorContaining("[kiln/BadDefault] The @Default of color")
                .inFile(bad)
                .onLine(13);
        assertNothingGeneratedFor("Bad");
    }

    @Test
    void routeClassNotInstantiable() {
        JavaFileObject bad = source("Bad", """
                public abstract class Bad {
                    public Bad() { }

                    @Get("/items")
                    public String list() { return ""; }
                }
                """);
        assertSingleError(bad, "RouteClassNotInstantiable", 7);
    }

    @Test
    void staticOperationsNeedNoConstructor() {
        JavaFileObject good = source("Good", """
                public class Good {
                    private Good() { }

                    @Get("/items")
                    public static String list() { return ""; }
                }
                """);
        Compilations.assertSucceededWithoutWarnings(compile(good));
    }

    @Test
    void multipleHttpMethods() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Get("/items")
                    @Post("/items")
                    public String list() { return ""; }
                }
                """);
        assertSingleError(bad, "MultipleHttpMethods", 9);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "public Response<?> handle(IllegalStateException e, Request r)        | not public static",
                "public static Response<?> handle(IllegalStateException e)            | takes 1 parameters",
                "public static Response<?> handle(String e, Request r)                | is not a non-generic exception class",
                "public static Response<?> handle(IllegalStateException e, String r)  | instead of dev.kiln.Request",
                "public static String handle(IllegalStateException e, Request r)      | instead of Response<?>",
            })
    void badExceptionHandler(String signature, String problem) {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @ExceptionHandler
                    %s { return null; }
                }
                """.formatted(signature));
        Compilation compilation = compile(bad);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[kiln/BadExceptionHandler]")
                .inFile(bad)
                .onLine(8);
        assertThat(compilation).hadErrorContaining(problem);
    }

    @Test
    void everyProblemIsReportedAtOnceAndCleanClassesStillGenerate() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Get("/a/{x}")
                    public String first() { return ""; }

                    @Get("/b")
                    String second() { return ""; }
                }
                """);
        JavaFileObject good = source("Good", """
                public class Good {
                    @Get("/good")
                    public static String good() { return ""; }
                }
                """);
        Compilation compilation = compile(bad, good);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation)
                .hadErrorContaining("[kiln/UnboundPathVariable]")
                .inFile(bad)
                .onLine(8);
        assertThat(compilation)
                .hadErrorContaining("[kiln/OperationNotPublic]")
                .inFile(bad)
                .onLine(11);
        assertNothingGeneratedFor("Bad");
        assertTrue(processor.created().contains("test.Good_Routes"), "a clean class still gets its code");
        assertFalse(
                compilation.diagnostics().stream()
                        .anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR
                                && !d.getMessage(null).contains("[kiln/")),
                "only Kiln's own errors, no javac cascade");
    }

    @Test
    void defaultOnWholeBody() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public record Item(String name) { }

                    @Post("/items")
                    public String create(
                            @Default("{}") Item item) { return ""; }
                }
                """);
        assertSingleError(bad, "BadDefault", 12);
    }

    @Test
    void inaccessibleBodyTypeInAnotherPackage() {
        JavaFileObject hidden = JavaFileObjects.forSourceString("test.model.Hidden", """
                package test.model;

                public record Hidden(Secret secret) {
                    record Secret(String value) { }
                }
                """);
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Post("/hidden")
                    public String create(
                            test.model.Hidden hidden) { return ""; }
                }
                """);
        Compilation compilation = compile(bad, hidden);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining(
                        "[kiln/InaccessibleType] The parameter hidden of create uses " + "test.model.Hidden.Secret")
                .inFile(bad)
                .onLine(10);
        assertNothingGeneratedFor("Bad");
    }

    @Test
    void inaccessibleReturnType() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    private record Secret(String value) { }

                    @Get("/secret")
                    public Future<List<Secret>> secret() { return null; }
                }
                """);
        assertSingleError(bad, "InaccessibleType", 10);
    }

    @Test
    void packagePrivateTypesOfTheSamePackageAreFine() {
        JavaFileObject good = source("Good", """
                class Good {
                    record Item(String name) { }

                    @Post("/items")
                    public Item create(Item item) { return item; }
                }
                """);
        Compilations.assertSucceededWithoutWarnings(compile(good));
    }

    @Test
    void twoHandlersForOneException() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @ExceptionHandler
                    public static Response<?> one(IllegalStateException e, Request r) { return null; }

                    @ExceptionHandler
                    public static Response<?> two(IllegalStateException e, Request r) { return null; }
                }
                """);
        Compilation compilation = compile(bad);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation)
                .hadErrorContaining("[kiln/BadExceptionHandler] Two exception handlers handle "
                        + "java.lang.IllegalStateException: this one and Bad.two")
                .inFile(bad)
                .onLine(8);
        assertThat(compilation)
                .hadErrorContaining("this one and Bad.one")
                .inFile(bad)
                .onLine(11);
    }

    // ------------------------------------------------------------------ dependencies

    @Test
    void missingProviderForDepends() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public record Clock(long now) { }

                    @Get("/now")
                    public String now(
                            @Depends Clock clock) { return ""; }
                }
                """);
        assertSingleError(bad, "MissingProvider", 12);
        assertThat(compile(bad))
                .hadErrorContaining("No provider makes Bad.Clock, which the operation now asks for as clock");
    }

    @Test
    void missingProviderForAConstructorParameter() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public interface Store { }

                    public Bad(
                            Store store) { }

                    @Get("/items")
                    public String list() { return ""; }
                }
                """);
        assertSingleError(bad, "MissingProvider", 11);
    }

    @Test
    void missingProviderForAProviderParameterOfAnOpaqueType() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public interface Pool { }
                    public record Conn(int id) { }

                    @Provides
                    public static Conn conn(
                            Pool pool) { return new Conn(1); }

                    @Get("/items")
                    public String list(Conn conn) { return ""; }
                }
                """);
        assertSingleError(bad, "MissingProvider", 13);
    }

    @Test
    void duplicateProviderIsReportedOnBoth() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public record Clock(long now) { }

                    @Provides
                    public static Clock system() { return new Clock(1); }

                    @Provides
                    public static Clock fixed() { return new Clock(2); }

                    @Get("/now")
                    public String now(Clock clock) { return ""; }
                }
                """);
        Compilation compilation = compile(bad);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation)
                .hadErrorContaining("[kiln/DuplicateProvider]")
                .inFile(bad)
                .onLine(10);
        assertThat(compilation)
                .hadErrorContaining("[kiln/DuplicateProvider]")
                .inFile(bad)
                .onLine(13);
        assertNothingGeneratedFor("Bad");
    }

    @Test
    void namedProvidersOfOneTypeAreNotDuplicates() {
        JavaFileObject good = source("Good", """
                public class Good {
                    @Provides
                    @Named("a")
                    public static Future<String> a() { return Future.succeededFuture("a"); }

                    @Provides
                    @Named("b")
                    public static Future<String> b() { return Future.succeededFuture("b"); }

                    @Get("/ab")
                    public Future<String> ab(@Named("a") String a, @Depends("b") String b) {
                        return Future.succeededFuture(a + b);
                    }
                }
                """);
        assertThat(compile(good)).succeededWithoutWarnings();
    }

    @Test
    void dependencyCycleNamesTheCycle() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public record A(int v) { }
                    public record B(int v) { }
                    public record C(int v) { }

                    @Provides
                    public static A a(B b) { return new A(1); }

                    @Provides
                    public static B b(C c) { return new B(1); }

                    @Provides
                    public static C c(A a) { return new C(1); }

                    @Get("/a")
                    public String get(A a) { return ""; }
                }
                """);
        assertSingleError(bad, "DependencyCycle", 12);
        assertThat(compile(bad)).hadErrorContaining("in a cycle: Bad.A -> Bad.B -> Bad.C -> Bad.A.");
    }

    @Test
    void singletonNeedingARequestScopedValueIsAScopeMismatch() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public record User(String name) { }
                    public record Cache(User user) { }

                    @Provides
                    public static User user() { return new User("u"); }

                    @Provides(scope = Scope.SINGLETON)
                    public static Cache cache(
                            User user) { return new Cache(user); }

                    @Get("/c")
                    public String get(Cache cache) { return ""; }
                }
                """);
        assertSingleError(bad, "ScopeMismatch", 16);
    }

    @Test
    void singletonTakingARequestParameterIsAScopeMismatch() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public record Cache(String key) { }

                    @Provides(scope = Scope.SINGLETON)
                    public static Cache cache(
                            @Header String authorization) { return new Cache(authorization); }

                    @Get("/c")
                    public String get(Cache cache) { return ""; }
                }
                """);
        assertSingleError(bad, "ScopeMismatch", 12);
    }

    @Test
    void routeClassConstructorNeedingARequestScopedValueIsAScopeMismatch() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public record User(String name) { }

                    @Provides
                    public static User user() { return new User("u"); }

                    public Bad(
                            User user) { }

                    @Get("/c")
                    public String get() { return ""; }
                }
                """);
        assertSingleError(bad, "ScopeMismatch", 14);
    }

    @Test
    void voidProvider() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Provides
                    public static void check(@Header String token) { }

                    @Get("/c")
                    public String get() { return ""; }
                }
                """);
        Compilation compilation = compile(bad);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[kiln/VoidProvider]")
                .inFile(bad)
                .onLine(8);
    }

    @Test
    void providerThatIsNotPublic() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public record Clock(long now) { }

                    @Provides
                    static Clock clock() { return new Clock(1); }

                    @Get("/now")
                    public String now(Clock clock) { return ""; }
                }
                """);
        assertSingleError(bad, "BadProvider", 10);
    }
}
