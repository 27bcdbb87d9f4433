package dev.kiln.bench.vertx;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

/**
 * The floor Kiln is measured against: Vert.x core with one hand-written request handler that
 * switches on the path. Nothing between the socket and the endpoint but Vert.x itself.
 */
public final class RawVertxServer extends BenchVerticle {
    private static final String ITEMS_PREFIX = "/items/";

    RawVertxServer(ServerArgs settings) {
        super(settings);
    }

    @Override
    protected Handler<HttpServerRequest> requestHandler() {
        return this::handle;
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
            case "/worker/json" -> {
                if (method == HttpMethod.GET) {
                    workerJson(request);
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
            case "/upload" -> {
                if (method == HttpMethod.POST) {
                    upload(request);
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

    /**
     * The floor for a worker hop (BENCHMARKS.md, "Worker hops and virtual threads"): {@code GET /json}'s
     * answer made on Vert.x's worker pool ({@code executeBlocking}, unordered, as Kiln's default pool runs a
     * plain method) and written back on the event loop.
     */
    private void workerJson(HttpServerRequest request) {
        vertx.executeBlocking(Endpoints::jsonBytes, false).onComplete(done -> {
            if (done.succeeded()) {
                Endpoints.sendJsonBytes(request.response(), 200, done.result());
            } else {
                request.response().setStatusCode(500).end();
            }
        });
    }

    /**
     * The floor for uploads (BENCHMARKS.md, "Uploads: throughput"): Vert.x's multipart decoder with each
     * file streamed to a temporary file ({@code streamToFileSystem}, back-pressure included), answered with
     * the bytes written, the file deleted after. What Kiln's host does, without its limits and bookkeeping.
     */
    private void upload(HttpServerRequest request) {
        request.setExpectMultipart(true);
        long[] size = {0};
        java.util.List<String> files = new java.util.ArrayList<>();
        java.util.List<io.vertx.core.Future<Void>> written = new java.util.ArrayList<>();
        request.uploadHandler(upload -> {
            String file = System.getProperty("java.io.tmpdir") + "/raw-upload-" + java.util.UUID.randomUUID();
            files.add(file);
            written.add(upload.streamToFileSystem(file).onSuccess(done -> size[0] += upload.size()));
        });
        request.endHandler(end -> io.vertx.core.Future.all(written).onComplete(all -> {
            files.forEach(f -> vertx.fileSystem().delete(f));
            request.response().putHeader("content-type", "application/json").end("{\"size\":" + size[0] + "}");
        }));
    }

    public static void main(String[] args) {
        launch("raw Vert.x", args, RawVertxServer::new);
    }
}
