package dev.kiln.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.kiln.processor.graph.DependencyGraph;
import dev.kiln.processor.model.Injected;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.ProviderMethod;
import dev.kiln.processor.model.ReturnShape;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the route module's {@code start(AppContext)}: the singletons one after the other, in
 * dependency order, each when the ones before it are made (an async one is awaited; a blocking one
 * runs on a worker), into the app's {@code SingletonRegistry}.
 */
final class SingletonsWriter {
    static final String REGISTRY = "singletons";

    /** {@code singletons}: {@link ProviderMethod}s and {@link DependencyGraph.Owner}s, in order. */
    MethodSpec start(List<Object> singletons) {
        List<String> names = new ArrayList<>();
        List<CodeBlock> steps = new ArrayList<>();
        for (Object singleton : singletons) {
            if (singleton instanceof ProviderMethod provider) {
                names.add(provider.describe());
                steps.add(make(provider));
            } else {
                DependencyGraph.Owner owner = (DependencyGraph.Owner) singleton;
                names.add("new " + owner.type().getSimpleName());
                steps.add(CodeBlock.of(
                        "$N.blocking($S, null, () -> new $T($L))",
                        REGISTRY,
                        owner.runtimeKey(),
                        ClassName.get(owner.type()),
                        arguments(owner.constructorDependencies())));
            }
        }
        CodeBlock.Builder chain = CodeBlock.builder().add("return $L", steps.get(0));
        for (int i = 1; i < steps.size(); i++) {
            chain.add("\n.compose(made -> $L)", steps.get(i));
        }
        return MethodSpec.methodBuilder("start")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.FUTURE, ClassName.get(Void.class)))
                .addParameter(RuntimeTypes.APP_CONTEXT, "app")
                .addStatement("$T $N = app.singletons()", RuntimeTypes.SINGLETON_REGISTRY, REGISTRY)
                .addComment("singletons in dependency order: $L", String.join(", ", names))
                .addStatement("$L", chain.build())
                .build();
    }

    private static CodeBlock make(ProviderMethod provider) {
        if (provider.isSettings()) {
            // read from the environment, system properties and .env on a worker (a file is read)
            String key = provider.key().runtimeKey();
            return CodeBlock.of(
                    "$N.blocking($S, app.override($S), () -> $T.load())",
                    REGISTRY,
                    key,
                    key,
                    SettingsGenerator.binderClassName(provider.owner()));
        }
        CodeBlock call = provider.isStatic()
                ? CodeBlock.of(
                        "$T.$N($L)",
                        ClassName.get(provider.owner()),
                        provider.javaName(),
                        arguments(provider.parameters()))
                : CodeBlock.of(
                        "$N.<$T>get($S).$N($L)",
                        REGISTRY,
                        ClassName.get(provider.owner()),
                        "instance:" + provider.owner().getQualifiedName(),
                        provider.javaName(),
                        arguments(provider.parameters()));
        String key = provider.key().runtimeKey();
        // App.override's replacement, or null: asked for every provider, qualified or generic too
        CodeBlock override = CodeBlock.of("app.override($S)", key);
        boolean nonBlocking = provider.threading().nonBlocking() != null
                && provider.threading().blocking() == null;
        if (provider.async() == ReturnShape.Async.FUTURE) {
            return CodeBlock.of("$N.async($S, $L, () -> $L)", REGISTRY, key, override, call);
        }
        if (provider.async() == ReturnShape.Async.COMPLETION_STAGE) {
            return CodeBlock.of(
                    "$N.async($S, $L, () -> $T.fromCompletionStage($L))",
                    REGISTRY,
                    key,
                    override,
                    RuntimeTypes.FUTURE,
                    call);
        }
        if (nonBlocking) {
            return CodeBlock.of(
                    "$N.async($S, $L, () -> $T.succeededFuture($L))",
                    REGISTRY,
                    key,
                    override,
                    RuntimeTypes.FUTURE,
                    call);
        }
        return CodeBlock.of("$N.blocking($S, $L, () -> $L)", REGISTRY, key, override, call);
    }

    /** A singleton's arguments: other singletons from the registry, or Vert.x. */
    static CodeBlock arguments(List<Parameter> parameters) {
        List<CodeBlock> arguments = new ArrayList<>();
        for (Parameter parameter : parameters) {
            if (parameter.source() == dev.kiln.processor.model.Source.INJECTED
                    && parameter.injected() == Injected.VERTX) {
                arguments.add(CodeBlock.of("app.vertx()"));
            } else {
                arguments.add(CodeBlock.of(
                        "$N.get($S)", REGISTRY, parameter.dependency().key().runtimeKey()));
            }
        }
        return CodeBlock.join(arguments, ", ");
    }
}
