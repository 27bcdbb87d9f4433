package dev.kiln.processor.blocking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * A table of {@link MethodPattern}s resolved against one compilation's types, answering "is this
 * invoked method one of the table's?" with subtypes and overrides taken into account.
 */
final class MethodTable {

    /** A table entry whose owner type exists in this compilation, with the owner's matching methods. */
    private record Entry(
            MethodPattern pattern, TypeElement owner, TypeMirror ownerErasure, List<ExecutableElement> ownerMethods) {}

    /** A match: the entry, and the type to name as the method's owner in a message. */
    record Match(MethodPattern pattern, TypeElement shownOwner) {}

    private final Elements elements;
    private final Types types;
    private final Map<String, List<Entry>> entriesByName = new HashMap<>();
    private final List<Entry> wildcardEntries = new ArrayList<>();

    MethodTable(List<MethodPattern> patterns, Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
        for (MethodPattern pattern : patterns) {
            TypeElement owner = elements.getTypeElement(pattern.owner());
            if (owner == null) {
                continue; // not on this compilation's class path, so nothing can call it
            }
            Entry entry = new Entry(pattern, owner, types.erasure(owner.asType()), methodsNamedBy(pattern, owner));
            if (pattern.hasExactName()) {
                entriesByName
                        .computeIfAbsent(pattern.name(), name -> new ArrayList<>())
                        .add(entry);
            } else {
                wildcardEntries.add(entry);
            }
        }
    }

    /**
     * Finds the entry that {@code invoked} matches.
     *
     * @param invoked  the method or constructor javac resolved the call to
     * @param siteType the static type of the receiver of an instance call ({@code in} in
     *                 {@code in.read()}), or {@code null} for static calls, constructors and calls
     *                 without an explicit receiver
     */
    Optional<Match> match(ExecutableElement invoked, TypeMirror siteType) {
        if (!(invoked.getEnclosingElement() instanceof TypeElement declaring)) {
            return Optional.empty();
        }
        boolean constructor = invoked.getKind() == ElementKind.CONSTRUCTOR;
        String name = constructor
                ? MethodPattern.CONSTRUCTOR
                : invoked.getSimpleName().toString();
        boolean useSite =
                siteType != null && !constructor && !invoked.getModifiers().contains(Modifier.STATIC);
        TypeMirror site = types.erasure(useSite ? siteType : declaring.asType());
        for (Entry entry : candidates(name)) {
            if (!types.isSubtype(site, entry.ownerErasure()) || !parametersMatch(entry.pattern(), invoked)) {
                continue;
            }
            if (constructor ? declaring.equals(entry.owner()) : isOwnerMethod(invoked, declaring, entry)) {
                return Optional.of(new Match(entry.pattern(), shownOwner(declaring, site, entry)));
            }
        }
        return Optional.empty();
    }

    private List<Entry> candidates(String name) {
        List<Entry> result = new ArrayList<>(entriesByName.getOrDefault(name, List.of()));
        for (Entry entry : wildcardEntries) {
            if (entry.pattern().matchesName(name)) {
                result.add(entry);
            }
        }
        return result;
    }

    /** The invoked method is one of the owner's (inherited included) or overrides one of them. */
    private boolean isOwnerMethod(ExecutableElement invoked, TypeElement declaring, Entry entry) {
        for (ExecutableElement ownerMethod : entry.ownerMethods()) {
            if (ownerMethod.equals(invoked)) {
                return true;
            }
            if (ownerMethod.getSimpleName().equals(invoked.getSimpleName())
                    && elements.overrides(invoked, ownerMethod, declaring)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names the most telling owner: the declaring type when it is itself an owner subtype
     * ({@code ReentrantLock.lock}), else the receiver's type ({@code FileInputStream.readAllBytes},
     * which {@code FileInputStream} inherits from {@code InputStream}).
     */
    private TypeElement shownOwner(TypeElement declaring, TypeMirror site, Entry entry) {
        if (types.isSubtype(types.erasure(declaring.asType()), entry.ownerErasure())) {
            return declaring;
        }
        return types.asElement(site) instanceof TypeElement siteElement ? siteElement : declaring;
    }

    private boolean parametersMatch(MethodPattern pattern, ExecutableElement invoked) {
        if (pattern.parameterTypes() == null) {
            return true;
        }
        List<? extends VariableElement> parameters = invoked.getParameters();
        if (parameters.size() != pattern.parameterTypes().size()) {
            return false;
        }
        for (int i = 0; i < parameters.size(); i++) {
            String actual = types.erasure(parameters.get(i).asType()).toString();
            if (!actual.equals(pattern.parameterTypes().get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The owner's methods a pattern names; a wildcard leaves out those every object has. */
    private List<ExecutableElement> methodsNamedBy(MethodPattern pattern, TypeElement owner) {
        if (pattern.isConstructor()) {
            return List.of();
        }
        boolean ownerIsObject = owner.getQualifiedName().contentEquals("java.lang.Object");
        List<ExecutableElement> result = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(owner))) {
            boolean fromObject = ((TypeElement) method.getEnclosingElement())
                    .getQualifiedName()
                    .contentEquals("java.lang.Object");
            if (pattern.matchesName(method.getSimpleName().toString())
                    && (pattern.hasExactName() || ownerIsObject || !fromObject)) {
                result.add(method);
            }
        }
        return List.copyOf(result);
    }
}
