package dev.kiln.runtime.testapp;

import dev.kiln.Request;
import dev.kiln.Response;
import dev.kiln.runtime.AppContext;
import dev.kiln.runtime.ExceptionHandlerDef;
import dev.kiln.runtime.Route;
import dev.kiln.runtime.RouteModule;
import io.vertx.core.Future;
import java.util.List;

/** A hand-written module, shaped like the processor's {@code Kiln_RouteModule}. */
public final class TestModule implements RouteModule {
    @Override
    public String name() {
        return "dev.kiln.runtime.testapp";
    }

    @Override
    public String openapiResource() {
        return "META-INF/kiln/openapi/dev.kiln.runtime.testapp.TestModule.json";
    }

    @Override
    public List<Route> routes(AppContext app) {
        return new Items_Routes(app).routes();
    }

    @Override
    public List<ExceptionHandlerDef<?>> exceptionHandlers() {
        return List.of(new ExceptionHandlerDef<>(
                TeapotException.class,
                "Items.teapot",
                (TeapotException e, Request r) -> Future.succeededFuture(Response.status(418)
                        .header("X-Handled-By", "teapot")
                        .body(java.util.Map.of("detail", "teapot: " + e.getMessage(), "path", r.path())))));
    }
}
