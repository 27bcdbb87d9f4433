package dev.kiln.openapi;
import org.junit.jupiter.api.Test;
class ScratchTest {
    @Test void print() { System.out.println(OpenApiBuilder.build(Documents.items()).json()); }
}
