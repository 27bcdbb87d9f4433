package dev.kiln.runtime.impl;

import io.vertx.core.http.HttpMethod;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Matches request paths against route templates with a trie of path segments: no regex runs on the
 * request path. Static segments are tried before a {@code {variable}} at the same position
 * ({@code /users/me} wins over {@code /users/{id}}), as in Starlette when the static route is declared
 * first. A variable matches one non-empty segment; its value is percent-decoded (so, unlike Starlette,
 * {@code %2F} inside a value does not split it). A trailing slash is significant: {@code /items/}
 * and {@code /items} are different paths; a request for the one that does not exist, when the other
 * does, is answered with a redirect to it, as Starlette's {@code redirect_slashes} does.
 *
 * <p>Built once at startup, then only read: one instance is shared by every event loop.
 *
 * @param <R> what a route resolves to
 */
public final class PathRouter<R> {
    /** What a lookup found. */
    public enum Kind {
        FOUND,
        METHOD_NOT_ALLOWED,
        REDIRECT,
        NOT_FOUND
    }

    /**
     * The result of {@link #match}.
     *
     * @param kind         what was found
     * @param value        the route, for {@link Kind#FOUND}
     * @param params       the decoded values of the template's variables, in template order
     * @param allowed      the methods the path answers, for {@link Kind#METHOD_NOT_ALLOWED}, e.g. {@code "GET, POST"}
     * @param redirectPath the path to redirect to, for {@link Kind#REDIRECT}
     */
    public record Match<R>(Kind kind, R value, String[] params, String allowed, String redirectPath) {}

    private static final String[] NO_PARAMS = new String[0];

    private static final class Node<R> {
        final Map<String, Node<R>> statics = new HashMap<>();
        Node<R> variable;
        final Map<HttpMethod, R> routes = new LinkedHashMap<>();
        String allowed;
    }

    private final Node<R> root = new Node<>();
    /**
     * The routes whose template has no variable, by the exact request path that matches them: most
     * requests are answered by one map lookup and a prepared match, with nothing allocated. The tree
     * answers everything else (variables, percent-encoded paths, 405s, redirects).
     */
    private final Map<String, Map<HttpMethod, Match<R>>> exact = new HashMap<>();

    private final Match<R> notFound = new Match<>(Kind.NOT_FOUND, null, NO_PARAMS, null, null);

    /** A prefix under which every path is one route's ({@link #mount}); {@code prefix} has no trailing slash. */
    private record Mount<R>(String prefix, Map<HttpMethod, R> routes, String allowed) {}

    /** The mounts, longest prefix first. */
    private final List<Mount<R>> mounts = new ArrayList<>();

    private boolean sealed;

    /**
     * Adds a route. Throws {@link IllegalArgumentException} for a malformed template or when the same
     * method and path were added before.
     */
    public PathRouter<R> add(HttpMethod method, String template, R value) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(value, "value");
        if (sealed) {
            throw new IllegalStateException("router already in use");
        }
        if (template == null || !template.startsWith("/")) {
            throw new IllegalArgumentException("a path template starts with '/': " + template);
        }
        Node<R> node = root;
        for (String segment : segments(template)) {
            if (segment.startsWith("{")
                    && segment.endsWith("}")
                    && segment.length() > 2
                    && segment.indexOf('{', 1) < 0
                    && segment.indexOf('}') == segment.length() - 1) {
                node = node.variable == null ? (node.variable = new Node<>()) : node.variable;
            } else if (segment.indexOf('{') >= 0 || segment.indexOf('}') >= 0) {
                throw new IllegalArgumentException(
                        "a path variable takes a whole segment, like /items/{id}: " + template);
            } else {
                node = node.statics.computeIfAbsent(segment, s -> new Node<>());
            }
        }
        if (node.routes.putIfAbsent(method, value) != null) {
            throw new IllegalArgumentException("two routes for " + method + " " + template);
        }
        if (template.indexOf('{') < 0 && template.indexOf('%') < 0) {
            exact.computeIfAbsent(template, t -> new HashMap<>())
                    .put(method, new Match<>(Kind.FOUND, value, NO_PARAMS, null, null));
        }
        return this;
    }

    /**
     * Routes every path under {@code prefix} ({@code "/static"}: {@code /static/a.css},
     * {@code /static/img/b.png}; {@code "/"}: every path) with {@code methods} to {@code value}, as
     * Starlette's {@code Mount}: a path no route matches (and that no trailing-slash redirect reaches) is
     * tried against the mounts, the longest prefix first; another method is {@code 405} with
     * {@code Allow}. The match's one parameter is the rest of the path after {@code prefix/}, still
     * percent-encoded: the mount decides how to read it. The prefix itself is not under it.
     */
    public PathRouter<R> mount(String prefix, Set<HttpMethod> methods, R value) {
        Objects.requireNonNull(value, "value");
        if (sealed) {
            throw new IllegalStateException("router already in use");
        }
        if (prefix == null || !prefix.startsWith("/") || prefix.indexOf('{') >= 0 || prefix.indexOf('}') >= 0) {
            throw new IllegalArgumentException("a mount prefix starts with '/' and has no variable: " + prefix);
        }
        String trimmed = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        for (Mount<R> mount : mounts) {
            if (mount.prefix().equals(trimmed)) {
                throw new IllegalArgumentException("two mounts at " + prefix);
            }
        }
        Map<HttpMethod, R> routes = new LinkedHashMap<>();
        methods.forEach(m -> routes.put(m, value));
        Set<String> names = new TreeSet<>();
        methods.forEach(m -> names.add(m.name()));
        mounts.add(new Mount<>(trimmed, routes, String.join(", ", names)));
        mounts.sort((a, b) -> Integer.compare(b.prefix().length(), a.prefix().length()));
        return this;
    }

    /** Finishes building: precomputes the {@code Allow} values. Called once, before the first match. */
    public PathRouter<R> seal() {
        sealed = true;
        visit(root, node -> {
            if (!node.routes.isEmpty()) {
                Set<String> names = new TreeSet<>();
                node.routes.keySet().forEach(m -> names.add(m.name()));
                node.allowed = String.join(", ", names);
            }
        });
        return this;
    }

    private static <R> void visit(Node<R> node, Consumer<Node<R>> action) {
        action.accept(node);
        node.statics.values().forEach(child -> visit(child, action));
        if (node.variable != null) {
            visit(node.variable, action);
        }
    }

    /** Matches a raw (still percent-encoded) request path, without its query string. */
    public Match<R> match(HttpMethod method, String rawPath) {
        if (!sealed) {
            seal();
        }
        if (rawPath == null || !rawPath.startsWith("/")) {
            return notFound;
        }
        Map<HttpMethod, Match<R>> byMethod = exact.get(rawPath);
        if (byMethod != null) {
            Match<R> prepared = byMethod.get(method);
            if (prepared != null) {
                // A static template always wins over one with variables, so the tree would answer the same.
                return prepared;
            }
        }
        Match<R> match = find(method, rawPath);
        if (match.kind != Kind.NOT_FOUND) {
            return match;
        }
        String other = rawPath.length() > 1 && rawPath.endsWith("/")
                ? rawPath.substring(0, rawPath.length() - 1)
                : rawPath + "/";
        if (find(method, other).kind != Kind.NOT_FOUND) {
            return new Match<>(Kind.REDIRECT, null, NO_PARAMS, null, other);
        }
        return mounts.isEmpty() ? notFound : mounted(method, rawPath);
    }

    /** The mount whose prefix {@code rawPath} is under, or not found. */
    private Match<R> mounted(HttpMethod method, String rawPath) {
        for (Mount<R> mount : mounts) {
            String prefix = mount.prefix();
            if (rawPath.length() > prefix.length()
                    && rawPath.startsWith(prefix)
                    && rawPath.charAt(prefix.length()) == '/') {
                R value = mount.routes().get(method);
                if (value == null) {
                    return new Match<>(Kind.METHOD_NOT_ALLOWED, null, NO_PARAMS, mount.allowed(), null);
                }
                return new Match<>(
                        Kind.FOUND, value, new String[] {rawPath.substring(prefix.length() + 1)}, null, null);
            }
        }
        return notFound;
    }

    /** The search state: the first node whose path matched without the method, for a 405. */
    private static final class Search<R> {
        final String[] segments;
        final int[] variableAt;
        Node<R> partial;

        Search(String[] segments) {
            this.segments = segments;
            this.variableAt = new int[segments.length];
        }
    }

    private Match<R> find(HttpMethod method, String rawPath) {
        String[] segments = segments(rawPath).toArray(String[]::new);
        Search<R> search = new Search<>(segments);
        int[] variables = {0};
        Node<R> found = search(root, 0, 0, method, search, variables);
        if (found != null) {
            String[] params = variables[0] == 0 ? NO_PARAMS : new String[variables[0]];
            for (int i = 0; i < params.length; i++) {
                params[i] = decode(segments[search.variableAt[i]]);
            }
            return new Match<>(Kind.FOUND, found.routes.get(method), params, null, null);
        }
        if (search.partial != null) {
            return new Match<>(Kind.METHOD_NOT_ALLOWED, null, NO_PARAMS, search.partial.allowed, null);
        }
        return notFound;
    }

    private Node<R> search(Node<R> node, int index, int depth, HttpMethod method, Search<R> search, int[] variables) {
        String[] segments = search.segments;
        if (index == segments.length) {
            if (node.routes.containsKey(method)) {
                variables[0] = depth;
                return node;
            }
            if (!node.routes.isEmpty() && search.partial == null) {
                search.partial = node;
            }
            return null;
        }
        String segment = segments[index];
        Node<R> child = node.statics.get(segment.indexOf('%') >= 0 ? decode(segment) : segment);
        if (child != null) {
            Node<R> found = search(child, index + 1, depth, method, search, variables);
            if (found != null) {
                return found;
            }
        }
        if (node.variable != null && !segment.isEmpty()) {
            search.variableAt[depth] = index;
            return search(node.variable, index + 1, depth + 1, method, search, variables);
        }
        return null;
    }

    /** {@code "/"} → [], {@code "/a/b"} → [a, b], {@code "/a/"} → [a, ""]. */
    private static List<String> segments(String path) {
        if (path.equals("/")) {
            return List.of();
        }
        List<String> parts = new ArrayList<>(8);
        int start = 1;
        while (true) {
            int slash = path.indexOf('/', start);
            if (slash < 0) {
                parts.add(path.substring(start));
                return parts;
            }
            parts.add(path.substring(start, slash));
            start = slash + 1;
        }
    }

    /** Percent-decodes a path segment as UTF-8; {@code +} stays a plus; a malformed escape stays as is. */
    public static String decode(String segment) {
        int percent = segment.indexOf('%');
        if (percent < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        byte[] raw = segment.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            byte b = raw[i];
            if (b == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                bytes.write(hex(raw[i + 1]) << 4 | hex(raw[i + 2]));
                i += 2;
            } else {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }
}
