package dev.kiln.processor.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kiln.testsupport.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The message catalogue ({@link DiagnosticId}) and its page: every id is in the "Compile errors" table of
 * {@code docs/processor.md} with its severity, meaning and fix as the catalogue says them, and the
 * table names no id that does not exist.
 */
class CatalogueTest {
    private static final Path DOC = Golden.repositoryRoot().resolve("docs/processor.md");

    /** One row of the table: the id column's id and severity mark, and the two text columns. */
    private record Row(String id, String mark, String when, String fix) {}

    @Test
    void everyIdIsDocumentedAndTheDocumentNamesOnlyIds() throws IOException {
        Map<String, Row> rows = table();
        Set<String> ids =
                Arrays.stream(DiagnosticId.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> undocumented = new TreeSet<>(ids);
        undocumented.removeAll(rows.keySet());
        Set<String> unknown = new TreeSet<>(rows.keySet());
        unknown.removeAll(ids);
        if (!undocumented.isEmpty() || !unknown.isEmpty()) {
            fail("docs/processor.md, \"Compile errors\": missing " + undocumented + ", not ids " + unknown
                    + ". Rows for the missing ones:\n"
                    + undocumented.stream()
                            .map(id -> row(DiagnosticId.valueOf(id)))
                            .collect(Collectors.joining("\n")));
        }
    }

    @Test
    void theDocumentSaysWhatTheCatalogueSays() throws IOException {
        Map<String, Row> rows = table();
        List<String> differing = new ArrayList<>();
        for (DiagnosticId id : DiagnosticId.values()) {
            Row row = rows.get(id.name());
            if (row != null
                    && !(row.mark().equals(mark(id))
                            && row.when().equals(id.summary())
                            && row.fix().equals(id.fix()))) {
                differing.add(row(id));
            }
        }
        assertEquals(List.of(), differing, "rows of docs/processor.md that differ from DiagnosticId; as it says");
    }

    @Test
    void aMessageIsTheIdWhatIsWrongAndTheFix() {
        assertEquals(
                "[kiln/DuplicateRoute] GET /a is declared twice. Change the path or the HTTP method of one of them.",
                DiagnosticId.DuplicateRoute.format("GET /a is declared twice", null));
        assertEquals(
                "[kiln/UnboundPathVariable] The path variable {id} has no parameter. Add a parameter named id.",
                DiagnosticId.UnboundPathVariable.format(
                        "The path variable {id} has no parameter.", "Add a parameter named id."));
    }

    @Test
    void everyEntryIsASentenceAndOnlyWarningsAndTheBlockingGuessCanBeSuppressed() {
        for (DiagnosticId id : DiagnosticId.values()) {
            assertTrue(id.fix().endsWith(".") && Character.isUpperCase(id.fix().charAt(0)), id + ": " + id.fix());
            assertTrue(!id.summary().isBlank() && !id.summary().endsWith("."), id + ": " + id.summary());
            boolean suppressible = id.severity() != Severity.ERROR || id == DiagnosticId.BlockingCallOnEventLoop;
            assertEquals(suppressible, id.suppressible(), id.name());
            assertEquals(suppressible, id.suppressionKeys().contains("kiln:" + id.name()), id.name());
        }
        assertEquals(
                List.of("kiln:BlockingCallOnEventLoop", "kiln:blocking"),
                DiagnosticId.BlockingCallOnEventLoop.suppressionKeys());
    }

    private static String mark(DiagnosticId id) {
        return switch (id.severity()) {
            case ERROR -> "";
            case WARNING -> "(warning)";
            case NOTE -> "(note)";
        };
    }

    /** The table row the catalogue asks for, to paste into the page. */
    private static String row(DiagnosticId id) {
        String mark = mark(id);
        return "| `" + id.name() + "`" + (mark.isEmpty() ? "" : " " + mark) + " | " + id.summary() + " | " + id.fix()
                + " |";
    }

    /** The rows of the "Compile errors" table by id; code spans are read as plain text. */
    private static Map<String, Row> table() throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        int start = lines.indexOf("## Compile errors");
        assertTrue(start >= 0, "docs/processor.md has a \"## Compile errors\" section");
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split(" \\| ", -1);
            assertEquals(3, cells.length, "three columns: " + line);
            String first = cells[0].strip();
            int close = first.indexOf('`', 1);
            String id = first.substring(1, close);
            Row row = new Row(id, first.substring(close + 1).strip(), plain(cells[1]), plain(cells[2]));
            if (rows.put(id, row) != null) {
                fail("docs/processor.md lists " + id + " twice");
            }
        }
        return rows;
    }

    private static String plain(String cell) {
        return cell.strip().replace("`", "");
    }
}
