package dev.kiln.processor.openapi;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.kiln.testsupport.Golden;
import java.io.IOException;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * A route class and the OpenAPI document the real processor writes for it, end to end through javac
 * (the document's own checks, such as duplicate operation ids, are in {@code StagesTest}).
 */
class GlueExampleTest {

    private static final String ITEMS = """
            package com.example;
            import dev.kiln.*;
            import java.util.*;
            import jakarta.validation.constraints.*;

            @Router(prefix = "/items", tags = "items")
            public final class Items {
                /**
                 * An item for sale.
                 *
                 * @param name what it is called
                 */
                public record Item(@NotBlank String name, @Positive double price, Optional<String> note) {}

                /**
                 * Reads one item.
                 * Answers 404 when there is none.
                 *
                 * @param itemId the id of the item
                 * @param q      words to look for
                 */
                @Get("/{itemId}")
                public Item read(int itemId, Optional<String> q, @Header String userAgent) { return null; }

                @Post(value = "", status = 201)
                public Item create(Item body) { return body; }

                @Delete("/{itemId}")
                public void delete(UUID itemId, List<String> tag, @Default("10") @Max(100) int limit) {}
            }
            """;

    @Test
    void aRouteClassGivesTheExpectedDocument() throws IOException {
        Compilation compilation = Compiler.javac()
                .withProcessors(new dev.kiln.processor.KilnProcessor())
                .compile(JavaFileObjects.forSourceString("com.example.Items", ITEMS));
        assertThat(compilation).succeeded();
        String json = compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/kiln/openapi/com.example.Kiln_RouteModule.json")
                .orElseThrow()
                .getCharContent(false)
                .toString();
        // byte for byte: the document is deterministic and checked in as written
        Golden.assertText(Golden.inModule("src/test/resources/openapi/items.json"), json);
    }
}
