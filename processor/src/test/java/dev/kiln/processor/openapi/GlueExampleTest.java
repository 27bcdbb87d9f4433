package dev.kiln.processor.openapi;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
                .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/kiln/openapi.json")
                .orElseThrow()
                .getCharContent(false)
                .toString();
        Path golden = Path.of(System.getProperty("kiln.golden.dir", "src/test/resources"), "openapi/items.json");
        if (Boolean.getBoolean("kiln.golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, json, StandardCharsets.UTF_8);
        }
        // byte for byte: the document is deterministic and checked in as written
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), json);
    }
}
