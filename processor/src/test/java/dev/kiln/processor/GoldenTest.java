package dev.kiln.processor;

import org.junit.jupiter.api.Test;

/** Each case compiles user code with the processor and compares the generated files byte for byte. */
class GoldenTest {
    /** The example of docs/internals.md: path, query, header, body, default, list, named pool, void. */
    @Test
    void internalsExample() {
        Golden.check("internals");
    }

    /** Every simple type from the query and the path, optional, nullable and defaults, lists, headers, cookies,
     *  query/header/cookie records, and the injected types. */
    @Test
    void parameters() {
        Golden.check("params");
    }

    /** Single and embedded bodies: nested records, lists, sets, maps, enums, a recursive record, a bean,
     *  JsonNode, and types left to Jackson. */
    @Test
    void bodies() {
        Golden.check("bodies");
    }

    /** Future, CompletionStage, void, Void, text, JSON strings, Response, generic and primitive results. */
    @Test
    void returnShapes() {
        Golden.check("returns");
    }

    /** API.md's threading table: return types, method and class annotations, named pools. */
    @Test
    void threading() {
        Golden.check("threading");
    }

    /** Nested route classes, router prefix and tags, overloads, several packages, and -Akiln.module. */
    @Test
    void nestedRouteClassesAndModuleOption() {
        Golden.check("nested", "-Akiln.module=com.example.api.ApiModule");
    }

    /** Exception handlers returning Response, Future<Response<?>> and Future<Response<String>>. */
    @Test
    void exceptionHandlers() {
        Golden.check("handlers");
    }

    /** User names that clash with generated names: locals, fields, the routes() method, binder constants. */
    @Test
    void nameClashes() {
        Golden.check("names");
    }

    /** Dependency plans: async → blocking → async (two hops), a diamond (one hop), cached and uncached uses,
     *  a named pool, router dependencies, constructor singletons, cleanup, and the module's singletons. */
    @Test
    void dependencyPlans() {
        Golden.check("deps");
    }

    /** Bean Validation constraints on path, query, header and cookie parameters, on body members at any
     *  depth, on type arguments, and @NotNull over @Nullable: checks chained onto the binders. */
    @Test
    void constraints() {
        Golden.check("validation");
    }
}
