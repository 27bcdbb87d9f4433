package dev.kiln.processor.diag;

import java.util.Arrays;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * {@code @SuppressWarnings("kiln:Id")} on an element or any element around it (its method, its
 * classes) silences the warnings of that id there. Errors cannot be silenced: see
 * {@link DiagnosticId#suppressible()}.
 */
public final class Suppression {
    private Suppression() {}

    /** Whether {@code id} is silenced on {@code element}: by {@code element} itself or anything that encloses it. */
    public static boolean isSuppressed(Element element, DiagnosticId id) {
        if (!id.suppressible()) {
            return false;
        }
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            if (suppresses(e, id) || e.getKind() == ElementKind.RECORD_COMPONENT && suppresses(field(e), id)) {
                return true;
            }
        }
        return false;
    }

    private static boolean suppresses(Element element, DiagnosticId id) {
        if (element == null) {
            return false;
        }
        SuppressWarnings suppress = element.getAnnotation(SuppressWarnings.class);
        return suppress != null && Arrays.stream(suppress.value()).anyMatch(id.suppressionKeys()::contains);
    }

    /**
     * The field of a record component: {@code @SuppressWarnings} cannot target a component, so javac keeps
     * it on the field (and accessor) the component declares.
     */
    static Element field(Element component) {
        for (VariableElement field :
                ElementFilter.fieldsIn(component.getEnclosingElement().getEnclosedElements())) {
            if (field.getSimpleName().contentEquals(component.getSimpleName())) {
                return field;
            }
        }
        return null;
    }
}
