package dev.kiln.bench.vertx;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;

/**
 * The floor Kiln is measured against: Vert.x core with one hand-written request handler that
 * switches on the path. Nothing between the socket and the endpoint but Vert.x itself.
 */
public final class RawVertxServer extends VerticleBase {
    private static final String ITEMS_PREFIX = "/items/";

    private final ServerArgs settings;
    private HttpServer server;

    RawVertxServer(ServerArgs settings) {
        this.settings = settings;
    }

    @Override
    public Future<?> start() {
        server = vertx.createHttpServer(new HttpServerOptions().setHost(settings.host()).setPort(settings.port()))
                .requestHandler(this::handle);
        return server.listen();
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        HttpMethod method = request.method();
        switch (path) {
            case "/plaintext" -> {
                if (method == HttpMethod.GET) {
                    Endpoints.plaintext(request.response());
                } else {
                    Endpoints.methodNotAllowed(request.response(), "GET");
                }
            }
            case "/json" -> {
                if (method == HttpMethod.GET) {
                    Endpoints.json(request.response());
                } else {
                    Endpoints.methodNotAllowed(request.response(), "GET");
                }
            }
            case "/items" -> {
                if (method == HttpMethod.POST) {
                    request.body().onComplete(body -> {
                        if (body.succeeded()) {
                            Endpoints.createItem(request.response(), body.result());
                        } else {
                            request.response().setStatusCode(400).end();
                        }
                    });
                } else {
                    Endpoints.methodNotAllowed(request.response(), "POST");
                }
            }
            default -> {
                if (path.startsWith(ITEMS_PREFIX) && path.indexOf('/', ITEMS_PREFIX.length()) < 0) {
                    if (method == HttpMethod.GET) {
                        Endpoints.item(request.response(), path.substring(ITEMS_PREFIX.length()), request.getParam("q"));
                    } else {
                        Endpoints.methodNotAllowed(request.response(), "GET");
                    }
                } else {
                    Endpoints.notFound(request.response());
                }
            }
        }
    }

    public static void main(String[] args) {
        ServerArgs settings = ServerArgs.parse(args);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(settings.instances()));
        RawVertxServer[] first = new RawVertxServer[1];
        vertx.deployVerticle(() -> {
                    RawVertxServer verticle = new RawVertxServer(settings);
                    if (first[0] == null) {
                        first[0] = verticle;
                    }
                    return verticle;
                }, new DeploymentOptions().setInstances(settings.instances()))
                .onSuccess(id -> System.out.println("raw Vert.x listening on http://" + settings.host() + ":"
                        + first[0].server.actualPort() + " with " + settings.instances() + " event loop(s)"))
                .onFailure(error -> {
                    error.printStackTrace();
                    System.exit(1);
                });
    }
}
