package dev.kiln.processor.validate;

import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/** Whether generated code in another package can name a type: it and every class around it are public. */
final class Visibility {
    private Visibility() {}

    static boolean isPublicAllTheWay(Element element) {
        for (Element e = element; e instanceof TypeElement t; e = t.getEnclosingElement()) {
            if (!t.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }
}
