package dev.kiln.processor.model;

/**
 * Where a compilation's resources live in its class output: written by the stages that produce them,
 * named by the generated route module so that the runtime finds them without scanning the class path.
 */
public final class ModuleResources {
    private ModuleResources() {}

    /**
     * The OpenAPI document of the compilation whose route module has the binary name {@code module}:
     * {@code META-INF/kiln/openapi/com.example.Kiln_RouteModule.json}. One name per module, so a shaded jar
     * keeps every module's document.
     */
    public static String openapi(String module) {
        return "META-INF/kiln/openapi/" + module + ".json";
    }
}
