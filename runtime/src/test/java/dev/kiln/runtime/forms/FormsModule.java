package dev.kiln.runtime.forms;

import dev.kiln.runtime.AppContext;
import dev.kiln.runtime.ExceptionHandlerDef;
import dev.kiln.runtime.Route;
import dev.kiln.runtime.RouteModule;
import java.util.List;

/**
 * STAND-IN FOR GENERATED CODE: the route module of {@link FormsApp}, listed in
 * {@code src/test/resources/forms/dev.kiln.runtime.RouteModule} (not in {@code META-INF/services}, so
 * the other runtime tests do not host it); {@link FormsHost} makes it the only module an app finds.
 */
public final class FormsModule implements RouteModule {
    @Override
    public String name() {
        return "dev.kiln.runtime.forms";
    }

    @Override
    public List<Route> routes(AppContext app) {
        return new FormsApp_Routes(app).routes();
    }

    @Override
    public List<ExceptionHandlerDef<?>> exceptionHandlers() {
        return List.of();
    }
}
