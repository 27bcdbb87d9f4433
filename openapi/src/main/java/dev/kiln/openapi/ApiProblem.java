package dev.kiln.openapi;

import java.util.List;

/**
 * Something that makes a document wrong, returned (never thrown) so that the processor can report
 * it as a compile error on the operations' elements.
 *
 * @param kind       what is wrong (the processor prints it under its own message id, with the fix)
 * @param message    what is wrong, in words: {@code operationId 'same' is used by GET /a and GET /b}
 * @param operations the operations involved, in document order
 */
public record ApiProblem(Kind kind, String message, List<ApiOperation> operations) {
    /** The sorts of problems. */
    public enum Kind {
        /** Two operations share an operationId; OpenAPI requires them unique. */
        DUPLICATE_OPERATION_ID,
        /** Two operations share a method and path; the document can hold only one. */
        DUPLICATE_ROUTE,
        /** A schema refers to a component the document does not have. */
        MISSING_COMPONENT
    }

    /** Freezes the operations. */
    public ApiProblem {
        operations = List.copyOf(operations);
    }
}
