package dev.kiln.runtime.impl;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiln.runtime.json.Json;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The docs: {@code /openapi.json} (the document each route module names, merged, with the app's
 * {@code info}, serialised once at startup), Swagger UI at {@code /docs} and ReDoc at {@code /redoc},
 * both served from their webjars (whichever version is on the class path) so they work offline.
 */
final class Docs {
    private static final System.Logger LOG = Logs.get("dev.kiln");
    private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");
    private static final CharSequence HTML = HttpHeaders.createOptimized("text/html; charset=utf-8");
    private static final CharSequence CSS = HttpHeaders.createOptimized("text/css; charset=utf-8");
    private static final CharSequence JS = HttpHeaders.createOptimized("text/javascript; charset=utf-8");
    private static final CharSequence PNG = HttpHeaders.createOptimized("image/png");

    private Docs() {}

    /** Adds the docs routes (not shown in the route table); a user route on the same path wins. */
    static void addRoutes(AppSettings settings, List<String> openapiResources, BuiltInRoutes routes) {
        String openapiUrl = settings.openapiUrl();
        if (openapiUrl == null) {
            return;
        }
        ClassLoader loader = loader();
        Adder add = (path, type, bytes) ->
                routes.get(path, "docs", ex -> ((HttpExchange) ex).sendPrepared(type, Buffer.buffer(bytes)));
        // Swagger UI's and ReDoc's files are megabytes that most processes never serve: each is checked
        // now and read from its jar on its first request.
        AssetAdder asset = (path, type, name) -> {
            if (loader.getResource(name) == null) {
                throw missing(name);
            }
            Prepared file = new Prepared(() -> resource(loader, name));
            routes.get(path, "docs", ex -> file.send((HttpExchange) ex, type));
        };
        // The document is merged on its first request, off the event loop (reading it needs Jackson databind,
        // which an app whose bodies have generated writers otherwise never builds before serving).
        for (String resource : openapiResources) {
            if (loader.getResource(resource) == null) {
                LOG.log(
                        Level.WARNING,
                        resource + " is not on the class path: its operations are missing from the OpenAPI"
                                + " document (a jar built without its resources?)");
            }
        }
        Prepared document = new Prepared(() -> openapi(settings, openapiResources, loader));
        routes.get(openapiUrl, "docs", ex -> document.send((HttpExchange) ex, JSON));
        String docsUrl = settings.docsUrl();
        // The pages' links go through the proxy that strips the root path: they carry it.
        String root = settings.rootPath();
        if (docsUrl != null) {
            String base = docsUrl.endsWith("/") ? docsUrl : docsUrl + "/";
            String swaggerUi = WebJar.base(loader, "swagger-ui");
            add.add(docsUrl, HTML, swaggerPage(settings, root + base).getBytes(StandardCharsets.UTF_8));
            asset.add(base + "swagger-ui.css", CSS, swaggerUi + "swagger-ui.css");
            asset.add(base + "swagger-ui-bundle.js", JS, swaggerUi + "swagger-ui-bundle.js");
            asset.add(base + "favicon-32x32.png", PNG, swaggerUi + "favicon-32x32.png");
            // Swagger UI's OAuth2 redirect page, FastAPI's /docs/oauth2-redirect (it loads the script beside it)
            asset.add(base + "oauth2-redirect", HTML, swaggerUi + "oauth2-redirect.html");
            asset.add(base + "oauth2-redirect.js", JS, swaggerUi + "oauth2-redirect.js");
            add.add(
                    base + "swagger-initializer.js",
                    JS,
                    swaggerInitializer(root + openapiUrl, root + base + "oauth2-redirect")
                            .getBytes(StandardCharsets.UTF_8));
        }
        String redocUrl = settings.redocUrl();
        if (redocUrl != null) {
            String base = redocUrl.endsWith("/") ? redocUrl : redocUrl + "/";
            add.add(redocUrl, HTML, redocPage(settings, root + base).getBytes(StandardCharsets.UTF_8));
            asset.add(base + "redoc.standalone.js", JS, WebJar.base(loader, "redoc") + "redoc.standalone.js");
        }
    }

    /**
     * Bytes made on the first request that needs them, off the event loop, then kept: a class-path file
     * served as it is, or the merged OpenAPI document. A failure is answered 500 and tried again on the next
     * request.
     */
    private static final class Prepared {
        private final Callable<byte[]> make;
        private Future<byte[]> bytes;

        Prepared(Callable<byte[]> make) {
            this.make = make;
        }

        void send(HttpExchange ex, CharSequence type) {
            read(ex.vertx())
                    .onComplete(read -> ex.onContext(() -> {
                        if (read.succeeded()) {
                            ex.sendPrepared(type, Buffer.buffer(read.result()));
                        } else {
                            ex.fail(read.cause());
                        }
                    }));
        }

        private synchronized Future<byte[]> read(Vertx vertx) {
            if (bytes == null || bytes.failed()) {
                bytes = vertx.executeBlocking(make, false);
            }
            return bytes;
        }
    }

    @FunctionalInterface
    private interface Adder {
        void add(String path, CharSequence contentType, byte[] bytes);
    }

    /** Adds a route that serves the class-path file {@code name} ({@link Asset}). */
    @FunctionalInterface
    private interface AssetAdder {
        void add(String path, CharSequence contentType, String name);
    }

    /** The class loader the app's resources are read with: the thread's context loader, else Kiln's. */
    static ClassLoader loader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : Docs.class.getClassLoader();
    }

    /**
     * The merged document: {@code openapi: 3.1.0}, the app's {@code info}, then the {@code paths},
     * {@code components} (section by section) and {@code tags} of every compilation's document, the
     * class-path resources {@code resources} (in module order).
     */
    static byte[] openapi(AppSettings settings, List<String> resources, ClassLoader loader) {
        ObjectNode doc = Json.mapper().createObjectNode();
        doc.put("openapi", "3.1.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", settings.title());
        info.put("version", settings.version());
        if (settings.description() != null) {
            info.put("description", settings.description());
        }
        if (!settings.rootPath().isEmpty()) {
            // FastAPI's root_path_in_servers: clients and the docs' "Try it out" call through the proxy.
            doc.putArray("servers").addObject().put("url", settings.rootPath());
        }
        ObjectNode paths = doc.putObject("paths");
        ObjectNode components = Json.mapper().createObjectNode();
        ArrayNode tags = Json.mapper().createArrayNode();
        ArrayNode webSockets = Json.mapper().createArrayNode();
        Set<String> tagNames = new HashSet<>();
        String reading = null;
        try {
            for (String resource : resources) {
                reading = resource;
                JsonNode part;
                try (InputStream in = loader.getResourceAsStream(resource)) {
                    if (in == null) {
                        continue;
                    }
                    part = Json.mapper().readTree(in);
                }
                mergeObject(paths, part.path("paths"), true);
                for (Map.Entry<String, JsonNode> section :
                        part.path("components").properties()) {
                    JsonNode existing = components.get(section.getKey());
                    ObjectNode into = existing instanceof ObjectNode o ? o : components.putObject(section.getKey());
                    mergeObject(into, section.getValue(), false);
                }
                // OpenAPI has no WebSockets: every module's @WebSocketRoutes, in Kiln's extension
                part.path("x-kiln-websockets").forEach(webSockets::add);
                for (JsonNode tag : part.path("tags")) {
                    if (tagNames.add(tag.path("name").asText())) {
                        tags.add(tag);
                    }
                }
            }
            if (!components.isEmpty()) {
                doc.set("components", components);
            }
            if (!tags.isEmpty()) {
                doc.set("tags", tags);
            }
            if (!webSockets.isEmpty()) {
                doc.set("x-kiln-websockets", webSockets);
            }
            return Json.mapper().writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + reading + " failed", e);
        }
    }

    /** Copies the members of {@code from}; with {@code deep}, a path on both sides gets both operation sets. */
    private static void mergeObject(ObjectNode into, JsonNode from, boolean deep) {
        for (Map.Entry<String, JsonNode> member : from.properties()) {
            JsonNode existing = into.get(member.getKey());
            if (deep && existing instanceof ObjectNode target && member.getValue() instanceof ObjectNode) {
                target.setAll((ObjectNode) member.getValue());
            } else {
                into.set(member.getKey(), member.getValue());
            }
        }
    }

    private static byte[] resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw missing(name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name + " failed", e);
        }
    }

    private static IllegalStateException missing(String name) {
        return new IllegalStateException(name + " is not in its webjar (the swagger-ui and redoc webjars"
                + " are dependencies of kiln-runtime); or turn the docs off with docsUrl(null)/redocUrl(null)");
    }

    private static String swaggerPage(AppSettings settings, String base) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>%s - Swagger UI</title>
                <link rel="stylesheet" type="text/css" href="%sswagger-ui.css">
                <link rel="icon" type="image/png" href="%sfavicon-32x32.png">
                </head>
                <body>
                <div id="swagger-ui"></div>
                <script src="%sswagger-ui-bundle.js" charset="utf-8"></script>
                <script src="%sswagger-initializer.js" charset="utf-8"></script>
                </body>
                </html>
                """.formatted(html(settings.title()), html(base), html(base), html(base), html(base));
    }

    /** Our initializer: the webjar's own one loads the petstore. */
    private static String swaggerInitializer(String openapiUrl, String oauth2RedirectUrl) {
        String url = quoted(openapiUrl);
        String redirect = quoted(oauth2RedirectUrl);
        return """
                window.onload = function () {
                  window.ui = SwaggerUIBundle({
                    url: %s,
                    dom_id: "#swagger-ui",
                    oauth2RedirectUrl: window.location.origin + %s,
                    deepLinking: true,
                    showExtensions: true,
                    showCommonExtensions: true,
                    presets: [SwaggerUIBundle.presets.apis],
                    layout: "BaseLayout"
                  });
                };
                """.formatted(url.replace("</", "<\\/"), redirect.replace("</", "<\\/"));
    }

    /** A JavaScript string literal of {@code text}, as JSON quotes it. */
    private static String quoted(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }

    private static String redocPage(AppSettings settings, String base) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s - ReDoc</title>
                <style>body { margin: 0; padding: 0; }</style>
                </head>
                <body>
                <noscript>ReDoc requires JavaScript to show the documentation.</noscript>
                <redoc spec-url="%s"></redoc>
                <script src="%sredoc.standalone.js"></script>
                </body>
                </html>
                """.formatted(html(settings.title()), html(settings.rootPath() + settings.openapiUrl()), html(base));
    }

    private static String html(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
