package dev.kiln.processor.blocking;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Says what a call does to the event loop: blocks it (a {@link KnownBlockingMethods#BLOCKING}
 * entry, or a method annotated {@code @dev.kiln.Blocking}), hands its lambdas to another thread
 * ({@link KnownBlockingMethods#HAND_OFFS}), or neither.
 */
final class CallClassifier {

    /** Read by name: the processor never loads user or runtime classes. */
    static final String BLOCKING_ANNOTATION = "dev.kiln.Blocking";

    private static final String BLOCKING_ANNOTATION_HINT = "call it inside vertx.executeBlocking";

    /**
     * A blocking method as the message shows it.
     *
     * @param description the full name with parameter types, {@code java.lang.Thread.sleep(long)}
     * @param shortName   the name in a call chain, {@code Thread.sleep}
     * @param hint        the non-blocking way, completing "Mark it @Blocking, or ..."
     */
    record BlockingTarget(String description, String shortName, String hint) {}

    private final Elements elements;
    private final Types types;
    private final MethodTable blocking;
    private final MethodTable handOffs;

    CallClassifier(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
        this.blocking = new MethodTable(KnownBlockingMethods.BLOCKING, elements, types);
        this.handOffs = new MethodTable(KnownBlockingMethods.HAND_OFFS, elements, types);
    }

    /** The blocking method {@code invoked} is, if it is one; {@code siteType} as in {@link MethodTable#match}. */
    Optional<BlockingTarget> blockingTarget(ExecutableElement invoked, TypeMirror siteType) {
        Optional<MethodTable.Match> match = blocking.match(invoked, siteType);
        if (match.isPresent()) {
            return Optional.of(target(
                    invoked, match.get().shownOwner(), match.get().pattern().hint()));
        }
        if (isAnnotatedBlocking(invoked)) {
            return Optional.of(target(invoked, (TypeElement) invoked.getEnclosingElement(), BLOCKING_ANNOTATION_HINT));
        }
        return Optional.empty();
    }

    /** Whether {@code invoked} runs its lambda and method-reference arguments on another thread. */
    boolean handsOff(ExecutableElement invoked, TypeMirror siteType) {
        return handOffs.match(invoked, siteType).isPresent();
    }

    /** {@code @Blocking} on the method or on a method it overrides (CLASS retention: seen in class files too). */
    private boolean isAnnotatedBlocking(ExecutableElement method) {
        if (hasBlockingAnnotation(method)) {
            return true;
        }
        if (method.getKind() != ElementKind.METHOD
                || !(method.getEnclosingElement() instanceof TypeElement declaring)) {
            return false;
        }
        Deque<TypeMirror> supertypes = new ArrayDeque<>(types.directSupertypes(declaring.asType()));
        Set<String> seen = new HashSet<>();
        while (!supertypes.isEmpty()) {
            TypeMirror supertype = supertypes.pop();
            if (!(types.asElement(supertype) instanceof TypeElement superElement)
                    || !seen.add(superElement.getQualifiedName().toString())) {
                continue;
            }
            for (ExecutableElement candidate : ElementFilter.methodsIn(superElement.getEnclosedElements())) {
                if (candidate.getSimpleName().equals(method.getSimpleName())
                        && hasBlockingAnnotation(candidate)
                        && elements.overrides(method, candidate, declaring)) {
                    return true;
                }
            }
            supertypes.addAll(types.directSupertypes(supertype));
        }
        return false;
    }

    private static boolean hasBlockingAnnotation(ExecutableElement method) {
        for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(BLOCKING_ANNOTATION)) {
                return true;
            }
        }
        return false;
    }

    private BlockingTarget target(ExecutableElement invoked, TypeElement owner, String hint) {
        String parameters = parameterList(invoked);
        if (invoked.getKind() == ElementKind.CONSTRUCTOR) {
            return new BlockingTarget(
                    "new " + owner.getQualifiedName() + parameters, "new " + owner.getSimpleName(), hint);
        }
        String name = invoked.getSimpleName().toString();
        return new BlockingTarget(
                owner.getQualifiedName() + "." + name + parameters, owner.getSimpleName() + "." + name, hint);
    }

    /** {@code (long)}, {@code (java.nio.file.Path, byte[], java.nio.file.OpenOption...)}: erased, as javac names them. */
    private String parameterList(ExecutableElement method) {
        List<String> names = method.getParameters().stream()
                .map(parameter -> types.erasure(parameter.asType()).toString())
                .collect(Collectors.toList());
        if (method.isVarArgs() && !names.isEmpty()) {
            String last = names.get(names.size() - 1);
            names.set(names.size() - 1, last.substring(0, last.length() - 2) + "...");
        }
        return "(" + String.join(", ", names) + ")";
    }
}
