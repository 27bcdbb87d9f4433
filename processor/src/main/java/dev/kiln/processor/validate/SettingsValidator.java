package dev.kiln.processor.validate;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.Setting;
import dev.kiln.processor.model.SettingsRecord;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks a {@code @Settings} record: a public record with a usable prefix, each component a type a
 * setting can have, no two components read from one variable, and each {@code @Default} and constraint
 * as a query parameter's would be checked.
 */
public final class SettingsValidator {
    private static final String FIX = "Declare a public record whose components are simple types, or Optional, List "
            + "or Set of them; the prefix is letters, digits and _ (\"APP_\").";

    private final ConstraintValidator constraints = new ConstraintValidator();

    public Report validate(SettingsRecord settings) {
        Report report = new Report();
        String problem = settings.problem() != null
                ? settings.problem()
                : Visibility.isPublicAllTheWay(settings.element())
                        ? null
                        : "it is not public (nor every class around it)";
        if (problem != null) {
            report.error(
                    DiagnosticId.BadSettings,
                    settings.element(),
                    settings.annotation(),
                    null,
                    "Kiln cannot bind the @Settings " + settings.describe() + ": " + problem + ".",
                    FIX);
            return report;
        }
        Map<String, Setting> byVariable = new HashMap<>();
        for (Setting setting : settings.settings()) {
            if (setting.unsupported() != null) {
                report.error(
                        DiagnosticId.BadSettings,
                        setting.element(),
                        null,
                        null,
                        "The setting " + setting.javaName() + " of " + settings.describe() + " has type "
                                + setting.shape().type() + ", but " + setting.unsupported() + ".",
                        FIX);
                continue;
            }
            Setting other = byVariable.putIfAbsent(setting.variable(), setting);
            if (other != null) {
                report.error(
                        DiagnosticId.BadSettings,
                        setting.element(),
                        null,
                        null,
                        "The settings " + other.javaName() + " and " + setting.javaName() + " of " + settings.describe()
                                + " are both read from " + setting.variable() + ".",
                        "Rename one of them.");
            }
            if (setting.defaultValue() != null) {
                ParameterValidator.checkDefault(
                        setting.element(), setting.javaName(), setting.shape(), setting.defaultValue(), false, report);
            }
            constraints.validateValue(setting.constraints(), setting.shape(), report);
        }
        return report;
    }
}
