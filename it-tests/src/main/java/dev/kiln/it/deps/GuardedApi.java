package dev.kiln.it.deps;

import dev.kiln.Get;
import dev.kiln.Router;
import dev.kiln.it.deps.Values.Token;
import io.vertx.core.Future;

/** Every operation runs the token check first, for its effect. */
@Router(prefix = "/deps/guarded", dependencies = Token.class)
public final class GuardedApi {
    private GuardedApi() {}

    @Get("/ping")
    public static Future<String> ping() {
        return Future.succeededFuture("pong");
    }
}
