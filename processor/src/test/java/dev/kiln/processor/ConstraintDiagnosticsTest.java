package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Misapplied and malformed Bean Validation constraints: one bad input each, with the error count,
 * the id, the line, the fix the message suggests, and no code generated for the bad class.
 */
class ConstraintDiagnosticsTest {
    private static final String IMPORTS = """
            package test;

            import dev.kiln.*;
            import jakarta.validation.constraints.*;
            import java.util.*;

            """;

    private RecordingProcessor processor;

    /** A source in package {@code test} whose line 7 is the first line of {@code body}. */
    private static JavaFileObject source(String className, String body) {
        return JavaFileObjects.forSourceString("test." + className, IMPORTS + body);
    }

    private Compilation assertSingleError(
            JavaFileObject source, String id, int line, String hint, JavaFileObject... others) {
        processor = new RecordingProcessor();
        JavaFileObject[] all = new JavaFileObject[others.length + 1];
        all[0] = source;
        System.arraycopy(others, 0, all, 1, others.length);
        Compilation compilation = Compiler.javac().withProcessors(processor).compile(all);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[kiln/" + id + "]")
                .inFile(source)
                .onLine(line);
        assertThat(compilation).hadErrorContaining(hint);
        assertFalse(processor.created().contains("test.Bad_Routes"), "no code for Bad: " + processor.created());
        return compilation;
    }

    @Test
    void sizeOnAnIntParameter() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Get("/items")
                    public String read(
                            @Size(max = 5) int limit) { return ""; }
                }
                """);
        assertSingleError(
                bad,
                "ConstraintNotApplicable",
                10,
                "@Size applies to String, List, Set and Map, not to int. To bound a number, use @Min and @Max.");
    }

    @Test
    void minOnAStringRecordComponent() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public record ItemIn(
                            @Min(1) String name) {}
                    @Post("/items")
                    public String create(ItemIn item) { return ""; }
                }
                """);
        assertSingleError(
                bad,
                "ConstraintNotApplicable",
                9,
                "@Min applies to numbers (int, long, double, BigDecimal, ...), not to String. "
                        + "To bound a length or a number of items, use @Size.");
    }

    /** A bean's constraint is reported where it is written: here its field, though the bean is read through the setter. */
    @Test
    void sizeOnABeansIntFieldIsReportedOnTheField() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public static class Order {
                        @Size(max = 3)
                        private int count;
                        public int getCount() { return count; }
                        public void setCount(int count) { this.count = count; }
                    }
                    @Post("/orders")
                    public String create(Order order) { return ""; }
                }
                """);
        assertSingleError(
                bad,
                "ConstraintNotApplicable",
                9,
                "@Size applies to String, List, Set and Map, not to int. To bound a number, use @Min and @Max.");
    }

    @Test
    void patternOnANumberTwoRecordsDown() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public record Zip(
                            @Pattern(regexp = "\\\\d+") Integer code) {}
                    public record Address(Zip zip) {}
                    public record Customer(List<Address> addresses) {}
                    @Post("/customers")
                    public String create(Customer customer) { return ""; }
                }
                """);
        assertSingleError(bad, "ConstraintNotApplicable", 9, "@Pattern applies to String, not to Integer. Remove it");
    }

    @Test
    void minOnAStringListElement() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Get("/items")
                    public String read(
                            List<@Min(1) String> tag) { return ""; }
                }
                """);
        assertSingleError(bad, "ConstraintNotApplicable", 10, "@Min applies to numbers");
    }

    @Test
    void notNullOnAnOptional() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Get("/items")
                    public String read(
                            @NotNull Optional<String> q) { return ""; }
                }
                """);
        assertSingleError(bad, "ConstraintNotApplicable", 10, "Remove @NotNull to allow an absent value");
    }

    @Test
    void patternThatDoesNotCompile() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Get("/items")
                    public String read(
                            @Pattern(regexp = "[a-z") String q) { return ""; }
                }
                """);
        assertSingleError(bad, "BadConstraint", 10, "is not a valid Java regular expression");
    }

    @Test
    void patternFlags() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Get("/items")
                    public String read(
                            @Pattern(regexp = "abc", flags = Pattern.Flag.CASE_INSENSITIVE) String q) { return ""; }
                }
                """);
        assertSingleError(bad, "BadConstraint", 10, "(?i)abc");
    }

    @Test
    void sizeThatAdmitsNothing() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Get("/items")
                    public String read(
                            @Size(min = 5, max = 2) String q) { return ""; }
                }
                """);
        assertSingleError(bad, "BadConstraint", 10, "Use 0 <= min <= max.");
    }

    @Test
    void decimalMinThatIsNotANumber() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public record Price(
                            @DecimalMin("ten") java.math.BigDecimal amount) {}
                    @Post("/prices")
                    public String create(Price price) { return ""; }
                }
                """);
        assertSingleError(bad, "BadConstraint", 9, "is not a decimal number");
    }

    /** An {@code @Email} with a {@code regexp} is two rules; on a number it is still one error. */
    @Test
    void anEmailWithARegexpOnANumberIsOneError() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public record ItemIn(
                            @Email(regexp = ".+@example[.]com") int code) {}
                    @Post("/items")
                    public String create(ItemIn item) { return ""; }
                }
                """);
        assertSingleError(bad, "ConstraintNotApplicable", 9, "@Email applies to String, not to int.");
    }

    /** An {@code @Email}'s {@code regexp} is checked as a pattern is: one that does not compile is an error. */
    @Test
    void anEmailsRegexpThatDoesNotCompileIsAnError() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public record ItemIn(
                            @Email(regexp = "[a-z") String contact) {}
                    @Post("/items")
                    public String create(ItemIn item) { return ""; }
                }
                """);
        assertSingleError(bad, "BadConstraint", 9, "Fix the expression.");
    }

    @Test
    void aRecordUsedByTwoOperationsIsReportedOnce() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public record ItemIn(
                            @Email int code) {}
                    @Post("/items")
                    public String create(ItemIn item) { return ""; }
                    @Put("/items")
                    public String replace(List<ItemIn> items) { return ""; }
                }
                """);
        assertSingleError(bad, "ConstraintNotApplicable", 9, "@Email applies to String, not to int.");
    }

    @Test
    void aConstraintKilnDoesNotCheckIsAWarningAndCodeIsStillGenerated() {
        JavaFileObject source = source("Events", """
                public class Events {
                    public record EventIn(
                            @Future java.time.LocalDate day) {}
                    @Post("/events")
                    public String create(EventIn event) { return ""; }
                }
                """);
        processor = new RecordingProcessor();
        Compilation compilation = Compiler.javac().withProcessors(processor).compile(source);
        assertThat(compilation).succeeded();
        assertThat(compilation)
                .hadWarningContaining("[kiln/UnsupportedConstraint] @Future is not checked")
                .inFile(source)
                .onLine(9);
        assertThat(compilation).hadWarningContaining("Check the value in the operation");
        assertTrue(processor.created().contains("test.Events_Routes"), "code is generated: " + processor.created());
    }

    /**
     * A constraint on a map's key is checked as its values' are: no warning for a record Kiln binds; inside a
     * class Jackson reads, nothing is checked, the key's constraint included, and a warning says so.
     */
    @Test
    void aConstraintOnAMapsKeyIsCheckedOrSaidNotToBe() {
        JavaFileObject source = source("Stock", """
                public class Stock {
                    public record StockIn(
                            java.util.Map<@Size(max = 3) String, @Min(0) Integer> counts) {}
                    public static class Ledger {
                        private final java.util.Map<String, Integer> entries;
                        @com.fasterxml.jackson.annotation.JsonCreator
                        public Ledger(@com.fasterxml.jackson.annotation.JsonProperty("entries")
                                java.util.Map<@Size(max = 2) String, Integer> entries) { this.entries = entries; }
                        public java.util.Map<String, Integer> getEntries() { return entries; }
                    }
                    @Post("/stock")
                    public String create(StockIn stock) { return ""; }
                    @Post("/ledger")
                    public String keep(Ledger ledger) { return ""; }
                }
                """);
        processor = new RecordingProcessor();
        Compilation compilation = Compiler.javac().withProcessors(processor).compile(source);
        assertThat(compilation).succeeded();
        assertThat(compilation)
                .hadWarningContaining("[kiln/UnsupportedConstraint] @Size is not checked: Kiln leaves reading Ledger")
                .inFile(source)
                .onLine(11); // a type argument's constraint is reported at the property (its field), not its line
        assertEquals(
                1,
                compilation.warnings().stream()
                        .filter(w -> w.getMessage(null).contains("[kiln/"))
                        .count(),
                "StockIn's key and value constraints are checked: no warning of their own");
        assertTrue(processor.created().contains("test.Stock_Routes"), "code is generated: " + processor.created());
    }

    /** A map's key is a string: a number's constraint on it is an error, as on any string. */
    @Test
    void aNumbersConstraintOnAMapsKeyIsAnError() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public record StockIn(
                            java.util.Map<@Min(1) String, Integer> counts) {}
                    @Post("/stock")
                    public String create(StockIn stock) { return ""; }
                }
                """);
        assertSingleError(bad, "ConstraintNotApplicable", 9, "@Min applies to");
    }

    /**
     * A constraint of the app's own (meta-annotated {@code @Constraint}, as Hibernate Validator's {@code @Length}
     * is), even written twice, is not checked: a warning where it is written, not silence.
     */
    @Test
    void aConstraintOfTheAppsOwnIsAWarningNotSilence() {
        JavaFileObject source = source("Orders", """
                public class Orders {
                    @java.lang.annotation.Repeatable(Sku.List.class)
                    @jakarta.validation.Constraint(validatedBy = {})
                    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                    public @interface Sku {
                        String message() default "not a SKU";
                        Class<?>[] groups() default {};
                        Class<? extends jakarta.validation.Payload>[] payload() default {};
                        @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                        @interface List { Sku[] value(); }
                    }
                    public record OrderIn(
                            @Sku String code,
                            @Sku @Sku String other) {}
                    @Post("/orders")
                    public String create(OrderIn order) { return ""; }
                }
                """);
        processor = new RecordingProcessor();
        Compilation compilation = Compiler.javac().withProcessors(processor).compile(source);
        assertThat(compilation).succeeded();
        assertThat(compilation)
                .hadWarningContaining("[kiln/UnsupportedConstraint] @Sku is not checked")
                .inFile(source)
                .onLine(19);
        assertThat(compilation)
                .hadWarningContaining("[kiln/UnsupportedConstraint] @Sku is not checked")
                .inFile(source)
                .onLine(20);
        assertTrue(processor.created().contains("test.Orders_Routes"), "code is generated: " + processor.created());
    }

    /**
     * A constraint inside a class Jackson reads (here a {@code @JsonCreator} class, and a record nested in it)
     * is never checked: a warning on each, and code is still generated.
     */
    @Test
    void aConstraintInsideAClassJacksonReadsIsAWarning() {
        JavaFileObject source = source("People", """
                public class People {
                    public record Address(@Size(min = 2) String city) {}
                    public static class Person {
                        private final String name;
                        @com.fasterxml.jackson.annotation.JsonCreator
                        public Person(@com.fasterxml.jackson.annotation.JsonProperty("name")
                                @Size(min = 3) String name,
                                @com.fasterxml.jackson.annotation.JsonProperty("address") Address address) {
                            this.name = name;
                        }
                        public String getName() { return name; }
                    }
                    @Post("/people")
                    public String create(Person person) { return person.getName(); }
                }
                """);
        processor = new RecordingProcessor();
        Compilation compilation = Compiler.javac().withProcessors(processor).compile(source);
        assertThat(compilation).succeeded();
        assertThat(compilation)
                .hadWarningContaining(
                        "[kiln/UnsupportedConstraint] @Size is not checked: Kiln leaves reading Person " + "to Jackson")
                .inFile(source)
                .onLine(13); // the creator parameter the constraint is written on
        assertThat(compilation)
                .hadWarningContaining("[kiln/UnsupportedConstraint] @Size is not checked: Kiln leaves reading Person")
                .inFile(source)
                .onLine(8);
        assertThat(compilation).hadWarningContaining("Make it a record or such a bean");
        assertTrue(processor.created().contains("test.People_Routes"), "code is generated: " + processor.created());
    }
}
