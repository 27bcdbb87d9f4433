package dev.kiln.processor.openapi;

import dev.kiln.openapi.ApiComponent;
import dev.kiln.openapi.ApiParameter;
import dev.kiln.openapi.ApiSchema;
import dev.kiln.openapi.ParameterLocation;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.PathTemplate;
import dev.kiln.processor.model.Source;
import dev.kiln.processor.read.Readers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * A test-only processor that reads the methods of the classes it compiles as the pipeline reads them
 * (through {@link Readers}: the one model) and runs {@link SchemaFactory} over that model, by naming
 * convention: the parameters of a method named {@code in...} are request bodies, the result of
 * {@code out...} is a response, the parameters of {@code param...} are query parameters, those of
 * {@code body...} one embedded body, and a {@code @Query} record parameter of {@code query...} its
 * components. Results are kept in this instance for the test to read.
 */
final class SchemaProbe extends AbstractProcessor {
    /** Request body schemas by {@code method.parameter}, or by method for an embedded body. */
    final Map<String, ApiSchema> inputs = new TreeMap<>();
    /** Response schemas by method; absent for {@code void}. */
    final Map<String, ApiSchema> outputs = new TreeMap<>();
    /** Query parameters by method, in declaration order. */
    final Map<String, List<ApiParameter>> parameters = new TreeMap<>();
    /** The components, taken in the first round. */
    List<ApiComponent> components = List.of();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (round.processingOver()) {
            return false;
        }
        Readers readers = new Readers(processingEnv);
        SchemaFactory factory = new SchemaFactory();
        List<TypeElement> classes = new ArrayList<>(ElementFilter.typesIn(round.getRootElements()));
        classes.sort((a, b) ->
                a.getQualifiedName().toString().compareTo(b.getQualifiedName().toString()));
        for (TypeElement type : classes) {
            for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
                String name = method.getSimpleName().toString();
                if (name.startsWith("in")) {
                    for (VariableElement parameter : method.getParameters()) {
                        inputs.put(
                                name + "." + parameter.getSimpleName(),
                                factory.input(readers.shapes().read(parameter.asType(), parameter)));
                    }
                } else if (name.startsWith("out")) {
                    ApiSchema schema =
                            factory.output(readers.returns().read(method, method.getReturnType(), "application/json"));
                    if (schema != null) {
                        outputs.put(name, schema);
                    }
                } else if (name.startsWith("body")) {
                    List<Parameter> bodies = readers.parameters().readAll(method, PathTemplate.parse("/")).stream()
                            .map(p -> p.withSource(Source.BODY, p.javaName()))
                            .toList();
                    inputs.put(name, factory.embeddedBody(bodies));
                } else if (name.startsWith("query") || name.startsWith("param")) {
                    List<ApiParameter> read = new ArrayList<>();
                    for (Parameter parameter : readers.parameters().readAll(method, PathTemplate.parse("/"))) {
                        for (Parameter p : parameter.flattened() ? parameter.members() : List.of(parameter)) {
                            read.add(factory.parameter(p, ParameterLocation.QUERY));
                        }
                    }
                    parameters.put(name, read);
                }
            }
        }
        components = factory.components();
        return false;
    }
}
