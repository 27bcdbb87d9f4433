package dev.kiln.processor.codegen;

import com.palantir.javapoet.ClassName;

/** The types generated code refers to, by name: the processor does not depend on the runtime. */
final class RuntimeTypes {
    static final ClassName APP_CONTEXT = ClassName.get("dev.kiln.runtime", "AppContext");
    static final ClassName BODY_KIND = ClassName.get("dev.kiln.runtime", "BodyKind");
    static final ClassName UPLOAD = ClassName.get("dev.kiln", "Upload");
    static final ClassName DISPATCH = ClassName.get("dev.kiln.runtime", "Dispatch");
    static final ClassName EXCEPTION_HANDLER_DEF = ClassName.get("dev.kiln.runtime", "ExceptionHandlerDef");
    static final ClassName EXCHANGE = ClassName.get("dev.kiln.runtime", "Exchange");
    static final ClassName RESPONDER = ClassName.get("dev.kiln.runtime", "Responder");
    static final ClassName ROUTE = ClassName.get("dev.kiln.runtime", "Route");
    static final ClassName WEB_SOCKET_MESSAGES = ClassName.get("dev.kiln.runtime", "WebSocketMessages");
    static final ClassName ROUTE_MODULE = ClassName.get("dev.kiln.runtime", "RouteModule");
    static final ClassName WORKER_POOL = ClassName.get("dev.kiln.runtime", "WorkerPool");
    static final ClassName REQUEST_SCOPE = ClassName.get("dev.kiln.runtime", "RequestScope");
    static final ClassName MIDDLEWARES = ClassName.get("dev.kiln.runtime", "Middlewares");
    static final ClassName SINGLETON_REGISTRY = ClassName.get("dev.kiln.runtime", "SingletonRegistry");
    static final ClassName REQUEST = ClassName.get("dev.kiln", "Request");

    static final ClassName JSON_WRITER = ClassName.get("dev.kiln.runtime.json", "JsonWriter");
    static final ClassName JSON_WRITERS = ClassName.get("dev.kiln.runtime.json", "JsonWriters");
    static final ClassName JSON_GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
    static final ClassName SERIALIZABLE_STRING = ClassName.get("com.fasterxml.jackson.core", "SerializableString");
    static final ClassName IO_EXCEPTION = ClassName.get("java.io", "IOException");
    static final ClassName BINDER = ClassName.get("dev.kiln.runtime.bind", "Binder");
    static final ClassName BINDERS = ClassName.get("dev.kiln.runtime.bind", "Binders");
    static final ClassName CHECKS = ClassName.get("dev.kiln.runtime.bind", "Checks");
    static final ClassName CHECK = ClassName.get("dev.kiln.runtime.bind", "Check");
    static final ClassName UNBOUND = ClassName.get("dev.kiln.runtime.bind", "Unbound");
    static final ClassName PRIMITIVES = ClassName.get("dev.kiln.runtime.bind", "Primitives");
    static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
    static final ClassName JSON_TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");
    static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
    static final ClassName LINKED_HASH_SET = ClassName.get("java.util", "LinkedHashSet");
    static final ClassName FIELD = ClassName.get("dev.kiln.runtime.bind", "Field");
    static final ClassName LOC = ClassName.get("dev.kiln.runtime.bind", "Loc");
    static final ClassName PARAMS = ClassName.get("dev.kiln.runtime.bind", "Params");
    static final ClassName VALIDATION_ERRORS = ClassName.get("dev.kiln.runtime.bind", "ValidationErrors");
    static final ClassName SECURITY = ClassName.get("dev.kiln.runtime.bind", "Security");
    static final ClassName SECURITY_SCOPES = ClassName.get("dev.kiln.security", "SecurityScopes");
    static final ClassName JSON = ClassName.get("dev.kiln.runtime.json", "Json");

    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
    static final ClassName HTTP_METHOD = ClassName.get("io.vertx.core.http", "HttpMethod");
    static final ClassName FUTURE = ClassName.get("io.vertx.core", "Future");
    static final ClassName PROMISE = ClassName.get("io.vertx.core", "Promise");
    static final ClassName FUNCTION = ClassName.get("java.util.function", "Function");

    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");

    private RuntimeTypes() {}
}
