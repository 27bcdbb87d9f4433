package dev.kiln.processor.openapi;

import dev.kiln.openapi.ApiComponent;
import dev.kiln.openapi.ApiSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * A test-only processor that runs {@link SchemaFactory} and {@link JavadocText} over the methods of
 * the classes it compiles, by naming convention: the parameters of a method named {@code in...} are
 * request bodies, the return type of {@code out...} is a response, the parameters of
 * {@code param...} are query parameters, those of {@code body...} one embedded body, and the
 * components of the record parameter of {@code query...} query parameters. Results are kept in this instance for the test to read.
 */
final class SchemaProbe extends AbstractProcessor {
    /** Request body schemas by {@code method.parameter}. */
    final Map<String, ApiSchema> inputs = new TreeMap<>();
    /** Response schemas by method; absent for {@code void}. */
    final Map<String, ApiSchema> outputs = new TreeMap<>();
    /** Query parameter schemas by method, then parameter name (declaration order). */
    final Map<String, Map<String, ApiSchema>> parameters = new TreeMap<>();
    /** Whether each query parameter may be absent, by {@code method.parameter}. */
    final Map<String, Boolean> mayBeAbsent = new TreeMap<>();
    /** The Javadoc of every method. */
    final Map<String, JavadocText> docs = new TreeMap<>();
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
        SchemaFactory factory = new SchemaFactory(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
        List<TypeElement> classes = new ArrayList<>(ElementFilter.typesIn(round.getRootElements()));
        classes.sort((a, b) ->
                a.getQualifiedName().toString().compareTo(b.getQualifiedName().toString()));
        for (TypeElement type : classes) {
            for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
                String name = method.getSimpleName().toString();
                docs.put(name, JavadocText.of(processingEnv.getElementUtils(), method));
                if (name.startsWith("in")) {
                    for (VariableElement parameter : method.getParameters()) {
                        inputs.put(name + "." + parameter.getSimpleName(), factory.input(parameter.asType()));
                    }
                } else if (name.startsWith("out")) {
                    ApiSchema schema = factory.output(method.getReturnType());
                    if (schema != null) {
                        outputs.put(name, schema);
                    }
                } else if (name.startsWith("body")) {
                    Map<String, Element> byName = new LinkedHashMap<>();
                    method.getParameters()
                            .forEach(parameter ->
                                    byName.put(parameter.getSimpleName().toString(), parameter));
                    inputs.put(name, factory.embeddedBody(byName));
                } else if (name.startsWith("query")) {
                    // a @Query record: each component is a parameter of its own
                    TypeElement record = (TypeElement) processingEnv
                            .getTypeUtils()
                            .asElement(method.getParameters().get(0).asType());
                    Map<String, ApiSchema> byName = parameters.computeIfAbsent(name, key -> new LinkedHashMap<>());
                    for (Element component : record.getRecordComponents()) {
                        String componentName = component.getSimpleName().toString();
                        byName.put(componentName, factory.parameter(component, componentName));
                        mayBeAbsent.put(name + "." + componentName, factory.mayBeAbsent(component));
                    }
                } else if (name.startsWith("param")) {
                    Map<String, ApiSchema> byName = parameters.computeIfAbsent(name, key -> new LinkedHashMap<>());
                    for (Element parameter : method.getParameters()) {
                        String parameterName = parameter.getSimpleName().toString();
                        byName.put(parameterName, factory.parameter(parameter, parameterName));
                        mayBeAbsent.put(name + "." + parameterName, factory.mayBeAbsent(parameter));
                    }
                }
            }
        }
        components = factory.components();
        return false;
    }
}
