package dev.kiln.bench.vertx;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.util.function.Function;

/**
 * What the two Vert.x peers share: one HTTP server per verticle, and a launcher that deploys
 * {@code --instances} verticles on an event-loop pool of the same size, like a Kiln app.
 */
abstract class BenchVerticle extends VerticleBase {
    protected final ServerArgs settings;
    private HttpServer server;

    BenchVerticle(ServerArgs settings) {
        this.settings = settings;
    }

    /** Where every request of this verticle's server goes. */
    protected abstract Handler<HttpServerRequest> requestHandler();

    @Override
    public Future<?> start() {
        server = vertx.createHttpServer(new HttpServerOptions().setHost(settings.host()).setPort(settings.port()))
                .requestHandler(requestHandler());
        return server.listen();
    }

    /** Deploys the verticles, prints the bound address (run.sh's logs show it), exits 1 on failure. */
    static void launch(String name, String[] args, Function<ServerArgs, BenchVerticle> factory) {
        ServerArgs settings = ServerArgs.parse(args);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(settings.instances()));
        BenchVerticle[] first = new BenchVerticle[1];
        vertx.deployVerticle(() -> {
                    BenchVerticle verticle = factory.apply(settings);
                    if (first[0] == null) {
                        first[0] = verticle;
                    }
                    return verticle;
                }, new DeploymentOptions().setInstances(settings.instances()))
                .onSuccess(id -> System.out.println(name + " listening on http://" + settings.host() + ":"
                        + first[0].server.actualPort() + " with " + settings.instances() + " event loop(s)"))
                .onFailure(error -> {
                    error.printStackTrace();
                    System.exit(1);
                });
    }
}
