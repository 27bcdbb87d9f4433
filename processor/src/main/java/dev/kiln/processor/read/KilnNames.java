package dev.kiln.processor.read;

/**
 * The qualified names of the types Kiln reads. The processor never loads these classes (it has no
 * dependency on kiln-runtime): it compares names.
 */
public final class KilnNames {
    public static final String ROUTER = "dev.kiln.Router";
    public static final String PATH = "dev.kiln.Path";
    public static final String QUERY = "dev.kiln.Query";
    public static final String HEADER = "dev.kiln.Header";
    public static final String COOKIE = "dev.kiln.Cookie";
    public static final String BODY = "dev.kiln.Body";
    public static final String FORM = "dev.kiln.Form";
    public static final String FILE = "dev.kiln.File";
    public static final String DEPENDS = "dev.kiln.Depends";
    public static final String DEFAULT = "dev.kiln.Default";
    public static final String NAMED = "dev.kiln.Named";
    public static final String PROVIDES = "dev.kiln.Provides";
    public static final String RESOURCE = "dev.kiln.Resource";
    public static final String BLOCKING = "dev.kiln.Blocking";
    public static final String NON_BLOCKING = "dev.kiln.NonBlocking";
    public static final String EXCEPTION_HANDLER = "dev.kiln.ExceptionHandler";
    public static final String HEALTH_CHECK = "dev.kiln.HealthCheck";
    public static final String ON_STARTUP = "dev.kiln.OnStartup";
    public static final String ON_SHUTDOWN = "dev.kiln.OnShutdown";
    public static final String MIDDLEWARE = "dev.kiln.Middleware";
    public static final String SETTINGS = "dev.kiln.Settings";
    public static final String SECRET = "dev.kiln.Secret";
    public static final String REQUEST = "dev.kiln.Request";
    public static final String OAUTH2_PASSWORD = "dev.kiln.security.OAuth2Password";
    public static final String BEARER = "dev.kiln.security.Bearer";
    public static final String API_KEY = "dev.kiln.security.ApiKey";
    public static final String BASIC_AUTH = "dev.kiln.security.BasicAuth";
    public static final String OPEN_ID_CONNECT = "dev.kiln.security.OpenIdConnect";
    public static final String SCOPES = "dev.kiln.security.Scopes";
    public static final String RESPONSE = "dev.kiln.Response";
    public static final String SERVER_SENT_EVENT = "dev.kiln.ServerSentEvent";

    public static final String FUTURE = "io.vertx.core.Future";
    public static final String COMPLETION_STAGE = "java.util.concurrent.CompletionStage";
    public static final String STREAM = "java.util.stream.Stream";
    public static final String ITERATOR = "java.util.Iterator";
    public static final String READ_STREAM = "io.vertx.core.streams.ReadStream";
    public static final String FLOW_PUBLISHER = "java.util.concurrent.Flow.Publisher";
    public static final String BUFFER = "io.vertx.core.buffer.Buffer";
    public static final String JSON_NODE = "com.fasterxml.jackson.databind.JsonNode";
    public static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
    /** Any annotation of this simple name makes a value nullable (JSpecify, JetBrains, JSR 305, ...). */
    public static final String NULLABLE_SIMPLE_NAME = "Nullable";

    private KilnNames() {}
}
