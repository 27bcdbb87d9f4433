package dev.kiln.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;

/**
 * Writes an OpenAPI 3.1 model as JSON with Swagger Core's {@code Json31} mapper, indented by two
 * spaces with {@code \n} line ends on every platform, so that the same model always gives the same
 * bytes.
 */
public final class OpenApiJson {
    private static final ObjectWriter WRITER = Json31.mapper()
            .writer(new DefaultPrettyPrinter()
                    .withSeparators(
                            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private OpenApiJson() {}

    /** The JSON text of {@code openApi}, ending with a line break. */
    public static String write(OpenAPI openApi) {
        try {
            return WRITER.writeValueAsString(openApi) + "\n";
        } catch (JsonProcessingException e) {
            // The model holds only Swagger types and plain values; failing here is a Kiln bug.
            throw new IllegalStateException("cannot write the OpenAPI document", e);
        }
    }
}
