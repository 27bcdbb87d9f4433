package dev.kiln.openapi;

import java.util.List;

/**
 * Something that makes a document wrong, returned (never thrown) so that the processor can report
 * it as a compile error on the operations' elements.
 *
 * @param kind       what is wrong; {@link Kind#id()} is the stable message id
 * @param message    the message, saying how to fix it
 * @param operations the operations involved, in document order
 */
public record ApiProblem(Kind kind, String message, List<ApiOperation> operations) {
    /** The sorts of problems. */
    public enum Kind {
        /** Two operations share an operationId; OpenAPI requires them unique. */
        DUPLICATE_OPERATION_ID("kiln/DuplicateOperationId"),
        /** Two operations share a method and path; the document can hold only one. */
        DUPLICATE_ROUTE("kiln/DuplicateRoute"),
        /** A schema refers to a component the document does not have. */
        MISSING_COMPONENT("kiln/MissingComponent");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The stable message id, e.g. {@code kiln/DuplicateOperationId}. */
        public String id() {
            return id;
        }
    }

    /** Freezes the operations. */
    public ApiProblem {
        operations = List.copyOf(operations);
    }
}
