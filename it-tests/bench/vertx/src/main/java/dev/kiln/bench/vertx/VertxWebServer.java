package dev.kiln.bench.vertx;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The same endpoints as {@link RawVertxServer}, reached through a vertx-web {@link Router}: what a
 * Vert.x developer would write by hand, and what Kiln's compile-time routing competes with.
 */
public final class VertxWebServer extends VerticleBase {
    private final ServerArgs settings;
    private HttpServer server;

    VertxWebServer(ServerArgs settings) {
        this.settings = settings;
    }

    @Override
    public Future<?> start() {
        Router router = Router.router(vertx);
        router.get("/plaintext").handler(ctx -> Endpoints.plaintext(ctx.response()));
        router.get("/json").handler(ctx -> Endpoints.json(ctx.response()));
        router.get("/items/:id").handler(ctx ->
                Endpoints.item(ctx.response(), ctx.pathParam("id"), ctx.request().getParam("q")));
        router.post("/items")
                .handler(BodyHandler.create())
                .handler(ctx -> Endpoints.createItem(ctx.response(), ctx.body().buffer()));
        server = vertx.createHttpServer(new HttpServerOptions().setHost(settings.host()).setPort(settings.port()))
                .requestHandler(router);
        return server.listen();
    }

    public static void main(String[] args) {
        ServerArgs settings = ServerArgs.parse(args);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(settings.instances()));
        VertxWebServer[] first = new VertxWebServer[1];
        vertx.deployVerticle(() -> {
                    VertxWebServer verticle = new VertxWebServer(settings);
                    if (first[0] == null) {
                        first[0] = verticle;
                    }
                    return verticle;
                }, new DeploymentOptions().setInstances(settings.instances()))
                .onSuccess(id -> System.out.println("vertx-web listening on http://" + settings.host() + ":"
                        + first[0].server.actualPort() + " with " + settings.instances() + " event loop(s)"))
                .onFailure(error -> {
                    error.printStackTrace();
                    System.exit(1);
                });
    }
}
