package dev.kiln.bench.vertx;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * The same endpoints as {@link RawVertxServer}, reached through a vertx-web {@link Router}: what a
 * Vert.x developer would write by hand, and what Kiln's compile-time routing competes with.
 */
public final class VertxWebServer extends BenchVerticle {
    VertxWebServer(ServerArgs settings) {
        super(settings);
    }

    @Override
    protected Handler<HttpServerRequest> requestHandler() {
        Router router = Router.router(vertx);
        router.get("/plaintext").handler(ctx -> Endpoints.plaintext(ctx.response()));
        router.get("/json").handler(ctx -> Endpoints.json(ctx.response()));
        router.get("/items/:id").handler(ctx ->
                Endpoints.item(ctx.response(), ctx.pathParam("id"), ctx.request().getParam("q")));
        router.post("/items")
                .handler(BodyHandler.create())
                .handler(ctx -> Endpoints.createItem(ctx.response(), ctx.body().buffer()));
        // stream-bench.sh's static file benchmark: -Dbench.static=<dir>, served as Kiln's staticFiles serves it
        String folder = System.getProperty("bench.static");
        if (folder != null) {
            router.route("/static/*").handler(StaticHandler.create(FileSystemAccess.ROOT, folder));
        }
        return router;
    }

    public static void main(String[] args) {
        launch("vertx-web", args, VertxWebServer::new);
    }
}
