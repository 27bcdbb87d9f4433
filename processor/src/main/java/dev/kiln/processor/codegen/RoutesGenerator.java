package dev.kiln.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.kiln.processor.graph.DependencyPlan;
import dev.kiln.processor.graph.Dispatch;
import dev.kiln.processor.graph.PlannedOperation;
import dev.kiln.processor.graph.Step;
import dev.kiln.processor.model.FileKind;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.ProviderMethod;
import dev.kiln.processor.model.ReturnShape;
import dev.kiln.processor.model.RouteClass;
import dev.kiln.processor.model.TypeShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Class>_Routes}: one responder constant per operation, the shared body binders,
 * the constructor that builds the route class and looks up worker pools, {@code routes()}, and one
 * private method per operation that follows its execution plan step by step.
 */
public final class RoutesGenerator {
    /** The generated class of {@code routeClass}, whose operations are planned in {@code operations}. */
    public JavaFile generate(RouteClass routeClass, List<PlannedOperation> operations) {
        return new FileWriter(routeClass, operations).write();
    }

    /** The name of the class generated for {@code routeClass}. */
    public static ClassName routesClassName(RouteClass routeClass) {
        return ClassName.get(routeClass.packageName(), routeClass.routesSimpleName());
    }

    /**
     * The values an operation method binds or injects: the operation's parameters, and with providers
     * theirs too, in the plan's order.
     */
    private static List<Parameter> parametersOf(PlannedOperation planned) {
        if (planned.plan().dependencies() == null) {
            return planned.operation().parameters();
        }
        List<Parameter> parameters = new ArrayList<>();
        for (Step step : planned.plan().steps()) {
            if (step instanceof Step.Bind bind) {
                parameters.add(bind.parameter());
            } else if (step instanceof Step.Inject inject) {
                parameters.add(inject.parameter());
            }
        }
        return parameters;
    }

    /** The state of one generated file: its member names and its binder constants. */
    private static final class FileWriter {
        private final RouteClass routeClass;
        private final List<PlannedOperation> operations;
        private final ClassName userClass;
        /** Fields: responder and binder constants, the target and the pools. */
        private final Names members = new Names();
        /** Methods: {@code routes()} and one per operation (overloads get numbered). */
        private final Names methods = new Names().reserve("routes");

        private final BodyBinders binders;
        private final BodyWriters writers;
        private final Map<PlannedOperation, String> responderNames = new LinkedHashMap<>();
        private final Map<PlannedOperation, String> methodNames = new LinkedHashMap<>();
        /** The {@code WebSocketMessages} constant of each WebSocket route with JSON message types. */
        private final Map<PlannedOperation, FieldSpec> messageFields = new LinkedHashMap<>();

        private final Map<String, String> poolFields = new LinkedHashMap<>();
        /** Singletons the plans and the constructor use, by registry key. */
        private final Map<String, String> singletonFields = new TreeMap<>();

        private final Map<String, TypeName> singletonTypes = new LinkedHashMap<>();
        /** Instances of classes with instance providers, by class name. */
        private final Map<String, String> ownerFields = new TreeMap<>();

        private final Map<String, ClassName> ownerTypes = new LinkedHashMap<>();
        /** {@code App.override} replacements of request-scoped providers, by registry key. */
        private final Map<String, String> overrideFields = new TreeMap<>();

        private final Map<String, TypeName> overrideTypes = new LinkedHashMap<>();
        private final String targetField;

        FileWriter(RouteClass routeClass, List<PlannedOperation> operations) {
            this.routeClass = routeClass;
            this.operations = operations;
            this.userClass = ClassName.get(routeClass.element());
            this.binders = new BodyBinders(routesClassName(routeClass), members, methods);
            this.writers = new BodyWriters(routesClassName(routeClass), members, methods);
            // fields are used unqualified in operation methods, so they must not be shadowed by parameter locals
            for (PlannedOperation planned : operations) {
                for (Parameter parameter : parametersOf(planned)) {
                    members.reserve(parameter.javaName());
                    parameter.members().forEach(m -> members.reserve(m.javaName()));
                }
                if (planned.plan().dependencies() != null) {
                    planned.plan()
                            .dependencies()
                            .nodes()
                            .forEach(n -> members.reserve(n.provider().javaName()));
                }
            }
            this.targetField = routeClass.hasInstanceOperations() ? members.allocate("target") : null;
            for (Parameter parameter : routeClass.constructorDependencies()) {
                singletonField(
                        parameter.dependency().key().runtimeKey(),
                        parameter.javaName(),
                        TypeName.get(parameter.shape().type()));
            }
            for (PlannedOperation planned : operations) {
                dependencyFields(planned.plan().dependencies());
            }
            for (PlannedOperation planned : operations) {
                responderNames.put(
                        planned,
                        members.allocate(Names.constant(planned.operation().javaName())));
                Dispatch dispatch = planned.plan().dispatch();
                if (!dispatch.isEventLoop() && !poolFields.containsKey(dispatch.pool())) {
                    poolFields.put(dispatch.pool(), members.allocate(Names.camel(dispatch.pool()) + "Pool"));
                }
            }
            for (PlannedOperation planned : operations) {
                methodNames.put(planned, methods.allocate(planned.operation().javaName()));
            }
        }

        /** The fields a dependency plan reads: singletons, provider instances, overrides and pools. */
        private void dependencyFields(DependencyPlan plan) {
            if (plan == null) {
                return;
            }
            List<DependencyPlan.Argument> arguments = new ArrayList<>(plan.arguments());
            for (DependencyPlan.Node node : plan.nodes()) {
                arguments.addAll(node.arguments());
                ProviderMethod provider = node.provider();
                if (!provider.isStatic()) {
                    String owner = provider.owner().getQualifiedName().toString();
                    if (!ownerFields.containsKey(owner)) {
                        ownerFields.put(
                                owner,
                                members.allocate(Names.decapitalize(
                                        provider.owner().getSimpleName().toString())));
                        ownerTypes.put(owner, ClassName.get(provider.owner()));
                    }
                }
                String key = provider.key().runtimeKey();
                // a middleware is not a provider App.override can replace
                if (plan.middlewareOf(node) == null && !overrideFields.containsKey(key)) {
                    overrideFields.put(key, members.allocate(provider.javaName() + "Override"));
                    overrideTypes.put(key, TypeName.get(provider.provided()).box());
                }
            }
            for (DependencyPlan.Argument argument : arguments) {
                if (argument instanceof DependencyPlan.Singleton singleton) {
                    singletonField(
                            singleton.key().runtimeKey(),
                            singleton.provider().javaName(),
                            TypeName.get(singleton.provider().provided()));
                }
            }
            for (DependencyPlan.Stage stage : plan.stages()) {
                Dispatch dispatch = stage.dispatch();
                if (!dispatch.isEventLoop() && !poolFields.containsKey(dispatch.pool())) {
                    poolFields.put(dispatch.pool(), members.allocate(Names.camel(dispatch.pool()) + "Pool"));
                }
            }
        }

        private void singletonField(String key, String suggestion, TypeName type) {
            if (!singletonFields.containsKey(key)) {
                singletonFields.put(key, members.allocate(suggestion));
                singletonTypes.put(key, type);
            }
        }

        JavaFile write() {
            TypeSpec.Builder type = TypeSpec.classBuilder(routeClass.routesSimpleName())
                    .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                    .addJavadoc(
                            "Dispatch for the operations of {@link $T}. Generated by Kiln at compile time; do not "
                                    + "edit.\n",
                            userClass);
            GeneratedFiles.generated(type, routeClass.qualifiedName(), List.of(routeClass.element()));
            List<MethodSpec> operationMethods = new ArrayList<>();
            for (PlannedOperation planned : operations) {
                operationMethods.add(operationMethod(planned));
            }
            List<FieldSpec> responders = new ArrayList<>();
            for (PlannedOperation planned : operations) {
                responders.add(FieldSpec.builder(
                                RuntimeTypes.RESPONDER,
                                responderNames.get(planned),
                                Modifier.PRIVATE,
                                Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer(Responders.of(
                                planned.operation(), planned.plan().dispatch(), writers))
                        .build());
            }
            // The body writers first: the responders use them.
            writers.constants().forEach(type::addField);
            responders.forEach(type::addField);
            binders.constants().forEach(type::addField);
            messageFields.values().forEach(type::addField);
            if (targetField != null) {
                type.addField(userClass, targetField, Modifier.PRIVATE, Modifier.FINAL);
            }
            singletonFields.forEach(
                    (key, field) -> type.addField(singletonTypes.get(key), field, Modifier.PRIVATE, Modifier.FINAL));
            ownerFields.forEach(
                    (owner, field) -> type.addField(ownerTypes.get(owner), field, Modifier.PRIVATE, Modifier.FINAL));
            overrideFields.forEach((key, field) -> type.addField(
                    ParameterizedTypeName.get(
                            RuntimeTypes.FUNCTION,
                            WildcardTypeName.supertypeOf(RuntimeTypes.REQUEST),
                            WildcardTypeName.subtypeOf(overrideTypes.get(key))),
                    field,
                    Modifier.PRIVATE,
                    Modifier.FINAL));
            poolFields
                    .values()
                    .forEach(field -> type.addField(RuntimeTypes.WORKER_POOL, field, Modifier.PRIVATE, Modifier.FINAL));
            type.addMethod(constructor());
            type.addMethod(routes());
            operationMethods.forEach(type::addMethod);
            writers.methods().forEach(type::addMethod);
            binders.methods().forEach(type::addMethod);
            return GeneratedFiles.javaFile(routeClass.packageName(), type.build());
        }

        private MethodSpec constructor() {
            MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(RuntimeTypes.APP_CONTEXT, "app");
            if (targetField != null) {
                List<CodeBlock> arguments = new ArrayList<>();
                for (Parameter parameter : routeClass.constructorDependencies()) {
                    arguments.add(CodeBlock.of(
                            "$N",
                            singletonFields.get(parameter.dependency().key().runtimeKey())));
                }
                singletonFields.forEach(
                        (key, field) -> constructor.addStatement("this.$N = app.singletons().get($S)", field, key));
                constructor.addStatement(
                        "this.$N = new $T($L)", targetField, userClass, CodeBlock.join(arguments, ", "));
            } else {
                singletonFields.forEach(
                        (key, field) -> constructor.addStatement("this.$N = app.singletons().get($S)", field, key));
            }
            ownerFields.forEach((owner, field) ->
                    constructor.addStatement("this.$N = app.singletons().get($S)", field, "instance:" + owner));
            overrideFields.forEach((key, field) -> constructor.addStatement("this.$N = app.override($S)", field, key));
            poolFields.forEach((pool, field) -> constructor.addStatement("this.$N = app.workerPool($S)", field, pool));
            return constructor.build();
        }

        private MethodSpec routes() {
            List<CodeBlock> routes = new ArrayList<>();
            for (PlannedOperation planned : operations) {
                Operation operation = planned.operation();
                Dispatch dispatch = planned.plan().dispatch();
                CodeBlock where = dispatch.isEventLoop()
                        ? CodeBlock.of("$T.eventLoop()", RuntimeTypes.DISPATCH)
                        : CodeBlock.of("$T.worker($S)", RuntimeTypes.DISPATCH, dispatch.pool());
                if (operation.isWebSocket()) {
                    // a WebSocket handshake is a GET the host upgrades before calling the endpoint
                    CodeBlock route = CodeBlock.of(
                            "new $T($T.GET, $S, $S, $L, $L, $T.WEBSOCKET, this::$N",
                            RuntimeTypes.ROUTE,
                            RuntimeTypes.HTTP_METHOD,
                            operation.path().template(),
                            routeClass.javaMethodName(operation),
                            where,
                            planned.plan().workerHops(),
                            RuntimeTypes.BODY_KIND,
                            methodNames.get(planned));
                    routes.add(CodeBlock.of("$L$L)", route, MiddlewareCode.routeList(planned.plan())));
                    continue;
                }
                CodeBlock route = CodeBlock.of(
                        "new $T($T.$N, $S, $S, $L, $L, $T.$N, this::$N",
                        RuntimeTypes.ROUTE,
                        RuntimeTypes.HTTP_METHOD,
                        operation.method().name(),
                        operation.path().template(),
                        routeClass.javaMethodName(operation),
                        where,
                        planned.plan().workerHops(),
                        RuntimeTypes.BODY_KIND,
                        planned.plan().body().name(),
                        methodNames.get(planned));
                routes.add(CodeBlock.of("$L$L)", route, MiddlewareCode.routeList(planned.plan())));
            }
            return MethodSpec.methodBuilder("routes")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.ROUTE))
                    .addStatement("return $T.of(\n$L)", RuntimeTypes.LIST, CodeBlock.join(routes, ",\n"))
                    .build();
        }

        private MethodSpec operationMethod(PlannedOperation planned) {
            return new OperationWriter(
                            planned,
                            binders,
                            responderNames.get(planned),
                            targetField,
                            new PlanWriter.Fields(poolFields, singletonFields, ownerFields, overrideFields),
                            userClass,
                            messages(planned))
                    .write(MethodSpec.methodBuilder(methodNames.get(planned))
                            .addModifiers(Modifier.PRIVATE)
                            .addJavadoc(
                                    "{@code $L $L}: $L.\n",
                                    planned.operation().method().name(),
                                    planned.operation().path().template(),
                                    GeneratedFiles.linkTo(planned.operation().element())));
        }

        /**
         * What a WebSocket route's {@code ex.webSocket(...)} binds JSON messages with: a constant naming
         * each message type's binder, or {@code WebSocketMessages.NONE}.
         */
        private CodeBlock messages(PlannedOperation planned) {
            List<TypeShape> types = planned.operation().messages();
            if (types.isEmpty()) {
                return CodeBlock.of("$T.NONE", RuntimeTypes.WEB_SOCKET_MESSAGES);
            }
            CodeBlock.Builder initializer = CodeBlock.builder().add("$T.NONE", RuntimeTypes.WEB_SOCKET_MESSAGES);
            for (TypeShape type : types) {
                initializer.add("\n$>$>.with($T.class, $L)$<$<", TypeName.get(type.type()), binders.binder(type));
            }
            String name = members.allocate(Names.constant(planned.operation().javaName()) + "_MESSAGES");
            messageFields.put(
                    planned,
                    FieldSpec.builder(
                                    RuntimeTypes.WEB_SOCKET_MESSAGES,
                                    name,
                                    Modifier.PRIVATE,
                                    Modifier.STATIC,
                                    Modifier.FINAL)
                            .initializer(initializer.build())
                            .build());
            return CodeBlock.of("$N", name);
        }
    }

    /** The key of the {@code Upload} local a {@code @File byte[]} parameter is read from. */
    private record UploadOf(Parameter parameter) {}

    /** The key of the lambda parameter holding the read of a {@code @File byte[]}. */
    private record ReadOf(Parameter parameter) {}

    /** Writes the body of one operation method from its plan. */
    private static final class OperationWriter {
        private final PlannedOperation planned;
        private final Operation operation;
        private final BodyBinders binders;
        private final String responder;
        private final String targetField;
        private final Map<String, String> poolFields;
        private final PlanWriter.Fields fields;
        /** The providers and request values an override can leave unused. */
        private final OverrideSkips skips;

        private final ClassName userClass;
        /** What {@code ex.webSocket(...)} is given: the route's message binders. */
        private final CodeBlock messages;

        private final Names locals = new Names();
        private final Map<Object, String> localNames = new LinkedHashMap<>();
        private final String exchange;
        private final String errors;
        private final String json;
        /** The lambda parameter that flattens a {@code Future} made on a worker. */
        private final String future;
        /** The lambda parameter that turns a {@code CompletionStage} made on a worker into a {@code Future}. */
        private final String stage;

        OperationWriter(
                PlannedOperation planned,
                BodyBinders binders,
                String responder,
                String targetField,
                PlanWriter.Fields fields,
                ClassName userClass,
                CodeBlock messages) {
            this.planned = planned;
            this.messages = messages;
            this.operation = planned.operation();
            this.binders = binders;
            this.responder = responder;
            this.targetField = targetField;
            this.poolFields = fields.pools();
            this.fields = fields;
            this.userClass = userClass;
            List<Parameter> parameters = parametersOf(planned);
            for (Parameter parameter : parameters) {
                localNames.put(parameter, locals.allocate(parameter.javaName()));
            }
            for (Parameter parameter : parameters) {
                for (Parameter member : parameter.members()) {
                    String name = member.javaName();
                    localNames.put(
                            member,
                            locals.allocate(
                                    localNames.containsValue(name) ? parameter.javaName() + capitalize(name) : name));
                }
            }
            for (Parameter parameter : parameters) {
                if (parameter.source() == dev.kiln.processor.model.Source.FILE
                        && FileKind.of(parameter.shape()) == FileKind.BYTES) {
                    localNames.put(new UploadOf(parameter), locals.allocate(parameter.javaName() + "File"));
                    localNames.put(new ReadOf(parameter), locals.allocate(parameter.javaName() + "Read"));
                }
            }
            skips = new OverrideSkips(planned.plan().dependencies(), fields.overrides(), locals);
            this.exchange = locals.allocate("ex");
            this.errors = locals.allocate("errors");
            this.json = locals.allocate("json");
            this.future = locals.allocate("future");
            this.stage = locals.allocate("stage");
        }

        MethodSpec write(MethodSpec.Builder method) {
            method.addParameter(RuntimeTypes.EXCHANGE, exchange);
            boolean binds = planned.plan().steps().stream().anyMatch(s -> s instanceof Step.Bind);
            boolean readsBody = planned.plan().readsBody();
            if (binds && readsBody) {
                // the exchange's errors carry the app's rule for unknown body members (forbidExtraFields)
                method.addStatement("$T $N = $N.validationErrors()", RuntimeTypes.VALIDATION_ERRORS, errors, exchange);
            } else if (binds) {
                method.addStatement(
                        "$T $N = new $T()", RuntimeTypes.VALIDATION_ERRORS, errors, RuntimeTypes.VALIDATION_ERRORS);
            }
            skips.declare(method);
            boolean bodyParsed = false;
            for (Step step : planned.plan().steps()) {
                if (step instanceof Step.Bind bind) {
                    Parameter parameter = bind.parameter();
                    // embedded body members are bound from the body's tree; a single body from its tokens
                    if (parameter.source() == dev.kiln.processor.model.Source.BODY
                            && parameter.embedded()
                            && !bodyParsed) {
                        method.addStatement(
                                "$T $N = $T.json($N.body(), $N.header($S), $N)",
                                RuntimeTypes.JSON_NODE,
                                json,
                                RuntimeTypes.PARAMS,
                                exchange,
                                exchange,
                                "content-type",
                                errors);
                        bodyParsed = true;
                    }
                    bind(method, parameter);
                } else if (step instanceof Step.RejectIfInvalid) {
                    if (binds) {
                        method.beginControlFlow("if (!$N.isEmpty())", errors)
                                .addStatement("$N.reject($N)", exchange, errors)
                                .addStatement("return")
                                .endControlFlow();
                    }
                } else if (step instanceof Step.Construct construct) {
                    construct(method, construct.parameter());
                } else if (step instanceof Step.Inject inject) {
                    inject(method, inject.parameter());
                } else if (step instanceof Step.Invoke invoke) {
                    int reads = readFiles(method);
                    if (planned.plan().dependencies() != null) {
                        new PlanWriter(
                                        planned,
                                        method,
                                        locals,
                                        localNames::get,
                                        exchange,
                                        responder,
                                        targetField,
                                        userClass,
                                        fields,
                                        skips)
                                .write();
                    } else {
                        invoke(method, invoke.dispatch());
                    }
                    closeReads(method, reads);
                }
            }
            return method.build();
        }

        private void bind(MethodSpec.Builder method, Parameter parameter) {
            if (parameter.flattened()) {
                for (Parameter member : parameter.members()) {
                    bind(method, member);
                }
                return;
            }
            TypeName type = localType(parameter);
            String local = localNames.get(parameter);
            switch (parameter.source()) {
                case PATH ->
                    method.addStatement(
                            "$T $N = $T.required($N.pathParam($L), $L, $T.path($S), $L)",
                            type,
                            local,
                            RuntimeTypes.PARAMS,
                            exchange,
                            operation.path().variableIndex(parameter.wireName()),
                            binders.binder(parameter.shape(), parameter.constraints()),
                            RuntimeTypes.LOC,
                            parameter.wireName(),
                            errorsFor(parameter));
                case QUERY, HEADER, COOKIE, FORM -> bindString(method, parameter, type, local);
                case BODY -> bindBody(method, parameter, type, local);
                case SECURITY ->
                    method.addStatement(
                            SecurityBindings.statement(type, local, parameter, exchange, errorsFor(parameter)));
                case RAW_BODY ->
                    method.addStatement(
                            "$T $N = $T.$N($N.body(), $L, $L)",
                            type,
                            local,
                            RuntimeTypes.PARAMS,
                            FileKind.of(parameter.shape()) == FileKind.BYTES ? "bytes" : "text",
                            exchange,
                            parameter.presence() == dev.kiln.processor.model.Presence.REQUIRED,
                            errorsFor(parameter));
                case FILE -> bindFile(method, parameter, local);
                case INJECTED, DEPENDENCY ->
                    throw new IllegalStateException(parameter.source() + " parameters are not bound from the request");
            }
        }

        /**
         * Where a binding records its errors: a value read only for providers that a test overrides, or
         * that are skipped because only overridden ones take them ({@link OverrideSkips}), is not validated
         * while they are (its errors go to a list nobody reads).
         */
        private CodeBlock errorsFor(Parameter parameter) {
            CodeBlock unvalidated = skips.unvalidated(parameter);
            if (unvalidated == null) {
                return CodeBlock.of("$N", errors);
            }
            return CodeBlock.of("$L ? new $T() : $N", unvalidated, RuntimeTypes.VALIDATION_ERRORS, errors);
        }

        private void bindString(MethodSpec.Builder method, Parameter parameter, TypeName type, String local) {
            String source = switch (parameter.source()) {
                case QUERY -> "query";
                case HEADER -> "header";
                case FORM -> "formField";
                default -> "cookie";
            };
            String all = parameter.source() == dev.kiln.processor.model.Source.FORM ? "formFields" : source + "All";
            String loc = parameter.source() == dev.kiln.processor.model.Source.FORM ? "body" : source;
            method.addStatement(new TextBindings(binders)
                    .statement(
                            type,
                            local,
                            TextBindings.Value.of(parameter),
                            CodeBlock.of("$N.$N($S)", exchange, source, parameter.wireName()),
                            CodeBlock.of("$N.$N($S)", exchange, all, parameter.wireName()),
                            CodeBlock.of("$T.$N($S)", RuntimeTypes.LOC, loc, parameter.wireName()),
                            errorsFor(parameter)));
        }

        /**
         * A {@code @File}: {@code Params.file}, {@code optionalFile} or {@code files} with the uploads and the plain
         * fields of its name (a field where a file belongs is FastAPI's {@code value_error}); a {@code byte[]}
         * binds its {@code Upload} here and is read before the operation runs ({@link #readFiles}).
         */
        private void bindFile(MethodSpec.Builder method, Parameter parameter, String local) {
            FileKind kind = FileKind.of(parameter.shape());
            CodeBlock loc = CodeBlock.of("$T.body($S)", RuntimeTypes.LOC, parameter.wireName());
            switch (kind) {
                case UPLOAD, BYTES ->
                    method.addStatement(
                            "$T $N = $T.file($N.upload($S), $N.formField($S), $L, $L)",
                            RuntimeTypes.UPLOAD,
                            kind == FileKind.BYTES ? uploadLocal(parameter) : local,
                            RuntimeTypes.PARAMS,
                            exchange,
                            parameter.wireName(),
                            exchange,
                            parameter.wireName(),
                            loc,
                            errorsFor(parameter));
                case OPTIONAL ->
                    method.addStatement(
                            "$T $N = $T.optionalFile($N.upload($S), $N.formField($S), $L, $L)",
                            ParameterizedTypeName.get(RuntimeTypes.OPTIONAL, RuntimeTypes.UPLOAD),
                            local,
                            RuntimeTypes.PARAMS,
                            exchange,
                            parameter.wireName(),
                            exchange,
                            parameter.wireName(),
                            loc,
                            errorsFor(parameter));
                case LIST ->
                    method.addStatement(
                            "$T $N = $T.files($N.uploads($S), $N.formFields($S), $L, $L)",
                            ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.UPLOAD),
                            local,
                            RuntimeTypes.PARAMS,
                            exchange,
                            parameter.wireName(),
                            exchange,
                            parameter.wireName(),
                            loc,
                            errorsFor(parameter));
            }
        }

        /** The {@code Upload} local of a {@code @File byte[]} parameter, read into the parameter's own local. */
        private String uploadLocal(Parameter parameter) {
            return localNames.get(new UploadOf(parameter));
        }

        /**
         * Opens one {@code ex.read(upload).onComplete(...)} per {@code @File byte[]} of the plan, innermost last: the
         * operation (or its plan) runs inside, with the bytes in the parameter's local; a failed read fails the
         * exchange. Returns how many were opened, for {@link #closeReads}.
         */
        private int readFiles(MethodSpec.Builder method) {
            int opened = 0;
            for (Parameter parameter : parametersOf(planned)) {
                if (parameter.source() != dev.kiln.processor.model.Source.FILE
                        || FileKind.of(parameter.shape()) != FileKind.BYTES) {
                    continue;
                }
                String read = localNames.get(new ReadOf(parameter));
                if (opened == 0) {
                    method.addComment(
                            "@File byte[]: read off the event loop (Exchange.read) before the operation runs");
                }
                method.addCode("$N.read($N).onComplete($N -> {\n$>", exchange, uploadLocal(parameter), read);
                method.beginControlFlow("if ($N.failed())", read)
                        .addStatement("$N.fail($N.cause())", exchange, read)
                        .addStatement("return")
                        .endControlFlow();
                method.addStatement("byte[] $N = $N.result()", localNames.get(parameter), read);
                opened++;
            }
            return opened;
        }

        private static void closeReads(MethodSpec.Builder method, int opened) {
            for (int i = 0; i < opened; i++) {
                method.addCode("$<});\n");
            }
        }

        private void bindBody(MethodSpec.Builder method, Parameter parameter, TypeName type, String local) {
            if (parameter.embedded()) {
                CodeBlock defaultCode = parameter.defaultValue() == null
                        ? null
                        : DefaultCode.of(parameter.defaultValue(), parameter.shape());
                method.addStatement(
                        "$T $N = $T.member($N, $L, $N)",
                        type,
                        local,
                        RuntimeTypes.PARAMS,
                        json,
                        binders.field(
                                parameter.wireName(),
                                parameter.presence(),
                                parameter.shape(),
                                parameter.valueShape(),
                                defaultCode,
                                parameter.constraints(),
                                parameter.valueConstraints()),
                        errors);
                return;
            }
            switch (parameter.presence()) {
                case OPTIONAL ->
                    method.addStatement(
                            "$T $N = $T.ofNullable($T.body($N.body(), $N.header($S), $L, false, $N))",
                            type,
                            local,
                            RuntimeTypes.OPTIONAL,
                            RuntimeTypes.PARAMS,
                            exchange,
                            exchange,
                            "content-type",
                            binders.binder(parameter.valueShape(), parameter.valueConstraints()),
                            errors);
                default ->
                    method.addStatement(
                            "$T $N = $T.body($N.body(), $N.header($S), $L, $L, $N)",
                            type,
                            local,
                            RuntimeTypes.PARAMS,
                            exchange,
                            exchange,
                            "content-type",
                            binders.binder(parameter.shape(), parameter.constraints()),
                            parameter.presence() == dev.kiln.processor.model.Presence.REQUIRED,
                            errors);
            }
        }

        private void construct(MethodSpec.Builder method, Parameter parameter) {
            List<CodeBlock> arguments = new ArrayList<>();
            for (Parameter member : parameter.members()) {
                arguments.add(CodeBlock.of("$N", localNames.get(member)));
            }
            method.addStatement(
                    "$T $N = new $T($L)",
                    TypeName.get(parameter.shape().type()),
                    localNames.get(parameter),
                    TypeName.get(parameter.shape().type()),
                    CodeBlock.join(arguments, ", "));
        }

        private void inject(MethodSpec.Builder method, Parameter parameter) {
            String accessor = switch (parameter.injected()) {
                case REQUEST -> "request";
                case HTTP_SERVER_REQUEST -> "http";
                case VERTX -> "vertx";
                case RESPONSE_HEADERS -> "responseHeaders";
                case BACKGROUND_TASKS -> "backgroundTasks";
                case WEB_SOCKET -> "webSocket";
                case ROOMS -> "rooms";
                case SECURITY_SCOPES -> null;
            };
            if (accessor == null) {
                method.addStatement(
                        "$T $N = $L",
                        RuntimeTypes.SECURITY_SCOPES,
                        localNames.get(parameter),
                        SecurityBindings.scopes(planned.plan().security().operationScopes()));
                return;
            }
            if (parameter.injected() == dev.kiln.processor.model.Injected.WEB_SOCKET) {
                method.addComment("the accepted socket: its handlers run on its event loop, once this method returned");
                method.addStatement(
                        "$T $N = $N.$N($L)",
                        TypeName.get(parameter.shape().type()),
                        localNames.get(parameter),
                        exchange,
                        accessor,
                        messages);
                return;
            }
            if (parameter.injected() == dev.kiln.processor.model.Injected.BACKGROUND_TASKS) {
                method.addComment("background tasks: after the response is sent, in order; add: worker[default], "
                        + "add(pool, ...): worker[pool], addAsync: event loop");
            }
            method.addStatement(
                    "$T $N = $N.$N()",
                    TypeName.get(parameter.shape().type()),
                    localNames.get(parameter),
                    exchange,
                    accessor);
        }

        private void invoke(MethodSpec.Builder method, Dispatch dispatch) {
            List<CodeBlock> arguments = new ArrayList<>();
            for (Parameter parameter : operation.parameters()) {
                arguments.add(CodeBlock.of("$N", localNames.get(parameter)));
            }
            CodeBlock call = operation.isStatic()
                    ? CodeBlock.of("$T.$N($L)", userClass, operation.javaName(), CodeBlock.join(arguments, ", "))
                    : CodeBlock.of("$N.$N($L)", targetField, operation.javaName(), CodeBlock.join(arguments, ", "));
            ReturnShape.Async async = operation.returns().async();
            boolean returnsVoid = operation.returns().declared().getKind() == javax.lang.model.type.TypeKind.VOID;
            method.addComment("$L", dispatch.describe());
            if (dispatch.isEventLoop()) {
                if (async == ReturnShape.Async.FUTURE) {
                    method.addStatement("$N.reply($N, $N.async(() -> $L))", exchange, responder, exchange, call);
                } else if (async == ReturnShape.Async.COMPLETION_STAGE) {
                    method.addStatement(
                            "$N.reply($N, $N.async(() -> $T.fromCompletionStage($L)))",
                            exchange,
                            responder,
                            exchange,
                            RuntimeTypes.FUTURE,
                            call);
                } else if (returnsVoid) {
                    voidCall(method, CodeBlock.of("$N.call(", exchange), call);
                } else {
                    method.addStatement("$N.reply($N, $N.call(() -> $L))", exchange, responder, exchange, call);
                }
                return;
            }
            String pool = poolFields.get(dispatch.pool());
            if (returnsVoid) {
                voidCall(method, CodeBlock.of("$N.onWorker($N, ", exchange, pool), call);
            } else if (async == ReturnShape.Async.FUTURE) {
                method.addStatement(
                        "$N.reply($N, $N.onWorker($N, () -> $L).compose($N -> $N))",
                        exchange,
                        responder,
                        exchange,
                        pool,
                        call,
                        future,
                        future);
            } else if (async == ReturnShape.Async.COMPLETION_STAGE) {
                method.addStatement(
                        "$N.reply($N, $N.onWorker($N, () -> $L).compose($N -> $T.fromCompletionStage($N)))",
                        exchange,
                        responder,
                        exchange,
                        pool,
                        call,
                        stage,
                        RuntimeTypes.FUTURE,
                        stage);
            } else {
                method.addStatement(
                        "$N.reply($N, $N.onWorker($N, () -> $L))", exchange, responder, exchange, pool, call);
            }
        }

        /** {@code ex.reply(R, ex.onWorker(pool, () -> { call; return null; }));} */
        private void voidCall(MethodSpec.Builder method, CodeBlock runner, CodeBlock call) {
            method.addCode("$N.reply($N, $L() -> {\n$>", exchange, responder, runner)
                    .addStatement("$L", call)
                    .addStatement("return null")
                    .addCode("$<}));\n");
        }

        /** The type of the local a parameter is bound into: boxed, so a failed bind is {@code null}. */
        private static TypeName localType(Parameter parameter) {
            return TypeName.get(parameter.shape().type()).box();
        }

        private static String capitalize(String name) {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }
}
