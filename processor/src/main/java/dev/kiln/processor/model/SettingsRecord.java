package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Settings} type: a record bound at startup from environment variables, system properties and
 * {@code .env}, and a singleton dependency (Kiln is its provider).
 *
 * @param element    the type
 * @param annotation its {@code @Settings}
 * @param prefix     the prefix of its variables, upper-cased: {@code APP_}
 * @param settings   its components, in order; empty when {@code problem} is set
 * @param provider   the singleton provider of the record Kiln writes (its canonical constructor stands for
 *                   it); {@code null} when the type has no constructor
 * @param problem    why Kiln cannot bind the type (not a record, generic, a bad prefix), or {@code null}
 */
public record SettingsRecord(
        TypeElement element,
        AnnotationMirror annotation,
        String prefix,
        List<Setting> settings,
        ProviderMethod provider,
        String problem) {
    public SettingsRecord {
        settings = List.copyOf(settings);
    }

    /** {@code Config}, {@code Outer.Config}: how messages and logs name it. */
    public String describe() {
        StringBuilder name = new StringBuilder(element.getSimpleName());
        for (var e = element.getEnclosingElement(); e instanceof TypeElement outer; e = outer.getEnclosingElement()) {
            name.insert(0, outer.getSimpleName() + ".");
        }
        return name.toString();
    }

    /** The settings whose values are secrets. */
    public List<Setting> secrets() {
        return settings.stream().filter(Setting::secret).toList();
    }
}
