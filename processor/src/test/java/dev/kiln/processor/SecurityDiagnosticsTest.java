package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The compile errors of security parameters and scopes, one bad input each (the error count, the id, the
 * line, nothing generated for the bad class), and the document of a good one: the scopes of a three-level
 * graph in the operation's requirement.
 */
class SecurityDiagnosticsTest {
    private final ErrorHarness harness = new ErrorHarness("""
            import dev.kiln.*;
            import dev.kiln.security.*;
            import io.vertx.core.Future;
            import java.util.*;

            """);

    /** The body of {@code test.Bad} starts on line 8. */
    private JavaFileObject bad(String body) {
        return harness.source("Bad", body);
    }

    private void assertError(JavaFileObject source, String id, int line, String text) {
        Compilation compilation = harness.assertErrors(source, 1, id, line, name -> name.contains("Bad_Routes"));
        assertThat(compilation).hadErrorContaining(text);
    }

    @Test
    void aSchemeOnAnIntIsAnError() {
        assertError(
                bad("""
                        public class Bad {
                            @Get("/a")
                            public String a(
                                    @Bearer int token) { return ""; }
                        }
                        """),
                "SecurityParameterType",
                11,
                "The @Bearer parameter token has type int, but @Bearer binds a String.");
    }

    @Test
    void basicAuthBindsCredentials() {
        assertError(bad("""
                        public class Bad {
                            @Get("/a")
                            public String a(
                                    @BasicAuth Optional<String> credentials) { return ""; }
                        }
                        """), "SecurityParameterType", 11, "@BasicAuth binds a Credentials");
    }

    @Test
    void aSchemeTakesNoSourceAnnotation() {
        assertError(bad("""
                        public class Bad {
                            @Get("/a")
                            public String a(
                                    @Header @ApiKey(name = "X-Key") String key) { return ""; }
                        }
                        """), "SecurityParameterType", 11, "a security scheme reads its own credential");
    }

    @Test
    void aScopeNoPasswordFlowDeclaresIsAnError() {
        assertError(bad("""
                        public class Bad {
                            @Get("/a")
                            @Scopes({"items", "admin"})
                            public String a(@OAuth2Password(tokenUrl = "/token",
                                    scopes = @OAuth2Password.Scope(name = "items")) String token) { return ""; }
                        }
                        """), "UnknownScope", 10, "No @OAuth2Password declares the scope 'admin'; declared: items.");
    }

    @Test
    void aScopeOnARouterOrAParameterIsCheckedToo() {
        JavaFileObject source = bad("""
                        @Scopes("router")
                        public class Bad {
                            @Get("/a")
                            public String a(@Scopes("parameter") @OAuth2Password(tokenUrl = "/token") String token) {
                                return "";
                            }
                            @Get("/b")
                            public String b() { return ""; }
                        }
                        """);
        Compilation compilation = harness.compile(source);
        assertThat(compilation).failed();
        // the router's @Scopes is reported once, though both operations have it
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation)
                .hadErrorContaining("[kiln/UnknownScope] No @OAuth2Password declares the scope 'router' (none declares")
                .inFile(source)
                .onLine(8);
        assertThat(compilation)
                .hadErrorContaining("[kiln/UnknownScope] No @OAuth2Password declares the scope 'parameter'")
                .inFile(source)
                .onLine(11);
    }

    @Test
    void twoSchemesUnderOneNameIsAnError() {
        assertError(
                bad("""
                        public class Bad {
                            @Get("/a")
                            public String a(@ApiKey(name = "X-Key", schemeName = "key") String key) { return ""; }
                            @Get("/b")
                            public String b(
                                    @ApiKey(name = "X-Other", schemeName = "key") String key) { return ""; }
                        }
                        """),
                "SecuritySchemeConflict",
                13,
                "The security scheme key of key is declared differently elsewhere in the compilation.");
    }

    @Test
    void theRequirementHasTheScopesOfEveryLevel() throws IOException {
        JavaFileObject good = harness.source("Good", """
                public class Good {
                    public record User(String name) {}
                    public record Active(String name) {}

                    @Provides
                    public static User user(
                            @OAuth2Password(tokenUrl = "/token", scopes = {
                                    @OAuth2Password.Scope(name = "me", description = "Read yourself"),
                                    @OAuth2Password.Scope(name = "items", description = "Read items"),
                                    @OAuth2Password.Scope(name = "admin")}) String token,
                            SecurityScopes scopes) {
                        return new User(token);
                    }

                    @Provides
                    public static Active active(@Scopes("me") User user) { return new Active(user.name()); }

                    @Get("/items")
                    @Scopes("items")
                    public String items(Active active, @Header Optional<String> authorization) { return ""; }
                }
                """);
        Compilation compilation = harness.compile(good);
        assertThat(compilation).succeededWithoutWarnings();
        JsonNode document = new ObjectMapper()
                .readTree(compilation
                        .generatedFile(
                                StandardLocation.CLASS_OUTPUT, "META-INF/kiln/openapi/test.Kiln_RouteModule.json")
                        .orElseThrow()
                        .getCharContent(true)
                        .toString());
        JsonNode get = document.at("/paths/~1items/get");
        assertEquals(
                "[{\"OAuth2PasswordBearer\":[\"items\",\"me\"]}]",
                get.get("security").toString());
        // the header the scheme reads is not also a plain parameter
        assertEquals(true, get.path("parameters").isMissingNode(), get.toString());
        assertEquals(
                "{\"type\":\"oauth2\",\"flows\":{\"password\":{\"tokenUrl\":\"/token\",\"scopes\":"
                        + "{\"me\":\"Read yourself\",\"items\":\"Read items\",\"admin\":\"\"}}}}",
                document.at("/components/securitySchemes/OAuth2PasswordBearer").toString());
        String routes = compilation
                .generatedSourceFile("test.Good_Routes")
                .orElseThrow()
                .getCharContent(true)
                .toString();
        assertThat(compilation)
                .generatedSourceFile("test.Good_Routes")
                .contentsAsUtf8String()
                .contains("SecurityScopes.of(\"items\", \"me\")");
        // read only for the user provider: not validated while it is overridden, or while the one provider
        // taking the user (active) is
        assertEquals(true, routes.contains("boolean userSkipped = activeOverride != null;"), routes);
        assertEquals(
                true,
                routes.contains("Security.oauth2Password(ex.header(\"authorization\"), (userOverride != null"
                        + " || userSkipped) ? new ValidationErrors() : errors)"),
                routes);
    }
}
