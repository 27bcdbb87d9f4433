package dev.kiln.runtime.impl;

import io.netty.util.NetUtil;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@link dev.kiln.App#forwardedHeaders}: what a trusted proxy says about the client, from
 * {@code Forwarded} (RFC 7239) or, when that is absent, {@code X-Forwarded-For}, {@code -Proto} and
 * {@code -Host}; uvicorn's {@code --forwarded-allow-ips}, extended to {@code Forwarded} and the host.
 *
 * <p>Only a request whose peer (the address connected to the server) is a trusted proxy is read; from
 * any other peer the headers are ignored. The client is found as uvicorn finds it: the hops are read
 * from the right (the nearest proxy first), trusted proxies are skipped, and the first untrusted
 * address is the client (the leftmost when all are trusted). The scheme and host are the ones the
 * outermost trusted proxy recorded: with {@code Forwarded}, those of the client's element; with
 * {@code X-Forwarded-Proto}/{@code -Host}, the entry as far from the right as the number of trusted
 * hops (the leftmost one when the header has fewer entries).
 *
 * <p>Trusted proxies are IP addresses ({@code 10.0.0.7}, {@code ::1}), networks in CIDR form
 * ({@code 10.0.0.0/8}, {@code fd00::/8}) or {@code *} (every peer: only when nothing but the proxy can
 * reach the app). Host names are refused: no address is ever looked up.
 */
final class ProxyHeaders {
    private static final CharSequence FORWARDED = HttpHeaders.createOptimized("Forwarded");
    private static final CharSequence X_FORWARDED_FOR = HttpHeaders.createOptimized("X-Forwarded-For");
    private static final CharSequence X_FORWARDED_PROTO = HttpHeaders.createOptimized("X-Forwarded-Proto");
    private static final CharSequence X_FORWARDED_HOST = HttpHeaders.createOptimized("X-Forwarded-Host");

    /** What a trusted proxy said; each part {@code null} when it said nothing (usable) about it. */
    record Forwarded(String scheme, String authority, String client) {}

    /** A network: an address (4 or 16 bytes) and how many leading bits must match. */
    private record Network(byte[] address, int bits) {
        boolean contains(byte[] ip) {
            if (ip.length != address.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (ip[i] != address[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (ip[whole] & mask) == (address[whole] & mask);
        }
    }

    private final boolean trustAll;
    private final List<Network> trusted;

    private ProxyHeaders(boolean trustAll, List<Network> trusted) {
        this.trustAll = trustAll;
        this.trusted = trusted;
    }

    /** The policy for these trusted proxies, or {@code null} when none are listed (the headers are never read). */
    static ProxyHeaders of(List<String> trustedProxies) {
        if (trustedProxies.isEmpty()) {
            return null;
        }
        List<Network> networks = new ArrayList<>();
        for (String entry : trustedProxies) {
            if (entry.strip().equals("*")) {
                return new ProxyHeaders(true, List.of());
            }
            networks.add(network(entry));
        }
        return new ProxyHeaders(false, List.copyOf(networks));
    }

    /** Checks one trusted-proxy entry: {@code *}, an IP address or a CIDR network. */
    static void check(String entry) {
        if (!entry.strip().equals("*")) {
            network(entry);
        }
    }

    private static Network network(String entry) {
        String text = entry.strip();
        int slash = text.indexOf('/');
        byte[] address = ip(slash < 0 ? text : text.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException(
                    "a trusted proxy is an IP address, a CIDR network (10.0.0.0/8) or *, not: " + entry);
        }
        int bits = address.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                bits = -1;
            }
            if (bits < 0 || bits > address.length * 8) {
                throw new IllegalArgumentException("not a network prefix length: " + entry);
            }
        }
        return new Network(address, bits);
    }

    /** The bytes of an IP address literal (an IPv4-mapped IPv6 address as IPv4), or {@code null}; never a lookup. */
    private static byte[] ip(String text) {
        byte[] bytes = text.isEmpty() ? null : NetUtil.createByteArrayFromIpAddressString(text);
        if (bytes != null && bytes.length == 16 && mappedIpv4(bytes)) {
            return new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]};
        }
        return bytes;
    }

    private static boolean mappedIpv4(byte[] v6) {
        for (int i = 0; i < 10; i++) {
            if (v6[i] != 0) {
                return false;
            }
        }
        return v6[10] == (byte) 0xff && v6[11] == (byte) 0xff;
    }

    private boolean trusts(String host) {
        if (trustAll) {
            return true;
        }
        byte[] ip = host == null ? null : ip(host);
        if (ip == null) {
            return false;
        }
        for (Network network : trusted) {
            if (network.contains(ip)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the proxy in front said about this request, or {@code null} when the request has none of
     * the headers or its peer is not a trusted proxy. Costs four header lookups when there are none.
     */
    Forwarded resolve(HttpServerRequest request) {
        MultiMap headers = request.headers();
        boolean rfc = headers.contains(FORWARDED);
        if (!rfc
                && !headers.contains(X_FORWARDED_FOR)
                && !headers.contains(X_FORWARDED_PROTO)
                && !headers.contains(X_FORWARDED_HOST)) {
            return null;
        }
        SocketAddress peer = request.remoteAddress();
        if (peer == null || !trusts(peer.hostAddress())) {
            return null;
        }
        return rfc ? fromForwarded(headers.getAll(FORWARDED)) : fromXForwarded(headers);
    }

    // ------------------------------------------------------------------ Forwarded (RFC 7239)

    private Forwarded fromForwarded(List<String> values) {
        List<Element> elements = Element.parse(String.join(",", values));
        if (elements.isEmpty()) {
            return null;
        }
        int client = clientIndex(elements.stream()
                .map(e -> e.node == null ? null : RequestView.hostName(e.node))
                .toList());
        Element chosen = elements.get(client);
        return new Forwarded(
                scheme(chosen.proto), authority(chosen.host), chosen.node == null ? null : client(chosen.node));
    }

    /** One element of {@code Forwarded}: its {@code for}, {@code proto} and {@code host} (unquoted), each maybe {@code null}. */
    private static final class Element {
        String node;
        String proto;
        String host;

        /** Elements separated by commas, pairs by semicolons, values tokens or quoted strings. */
        static List<Element> parse(String value) {
            List<Element> elements = new ArrayList<>();
            Element current = new Element();
            StringBuilder name = new StringBuilder();
            StringBuilder text = new StringBuilder();
            boolean inValue = false;
            boolean quoted = false;
            for (int i = 0; i <= value.length(); i++) {
                char c = i < value.length() ? value.charAt(i) : ',';
                if (quoted) {
                    if (c == '\\' && i + 1 < value.length()) {
                        text.append(value.charAt(++i));
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        text.append(c);
                    }
                } else if (c == '"' && inValue) {
                    quoted = true;
                } else if (c == '=' && !inValue) {
                    inValue = true;
                } else if (c == ';' || c == ',') {
                    current.set(
                            name.toString().strip().toLowerCase(Locale.ROOT),
                            text.toString().strip());
                    name.setLength(0);
                    text.setLength(0);
                    inValue = false;
                    if (c == ',') {
                        if (current.node != null || current.proto != null || current.host != null) {
                            elements.add(current);
                        }
                        current = new Element();
                    }
                } else if (inValue) {
                    text.append(c);
                } else {
                    name.append(c);
                }
            }
            return elements;
        }

        private void set(String name, String value) {
            switch (name) {
                case "for" -> node = value;
                case "proto" -> proto = value;
                case "host" -> host = value;
                default -> {
                    // "by" and extensions say nothing about the client.
                }
            }
        }
    }

    // ------------------------------------------------------------------ X-Forwarded-*

    private Forwarded fromXForwarded(MultiMap headers) {
        List<String> hops = list(headers.getAll(X_FORWARDED_FOR));
        String client = null;
        int trustedHops = 0;
        if (!hops.isEmpty()) {
            int index = clientIndex(hops.stream().map(RequestView::hostName).toList());
            client = client(hops.get(index));
            trustedHops = hops.size() - 1 - index;
        }
        return new Forwarded(
                scheme(hop(list(headers.getAll(X_FORWARDED_PROTO)), trustedHops)),
                authority(hop(list(headers.getAll(X_FORWARDED_HOST)), trustedHops)),
                client);
    }

    /** The entry {@code trustedHops} from the right, the leftmost one when there are fewer. */
    private static String hop(List<String> entries, int trustedHops) {
        if (entries.isEmpty()) {
            return null;
        }
        return entries.get(Math.max(0, entries.size() - 1 - trustedHops));
    }

    private static List<String> list(List<String> values) {
        List<String> entries = new ArrayList<>();
        for (String value : values) {
            for (String entry : value.split(",")) {
                if (!entry.isBlank()) {
                    entries.add(entry.strip());
                }
            }
        }
        return entries;
    }

    // ------------------------------------------------------------------ shared

    /** The index of the client: the rightmost untrusted hop, else the leftmost. */
    private int clientIndex(List<String> hosts) {
        for (int i = hosts.size() - 1; i >= 0; i--) {
            if (!trusts(hosts.get(i))) {
                return i;
            }
        }
        return 0;
    }

    /** The client as {@code host:port} when the proxy names a port, else the host; {@code unknown} and obfuscated names as they are. */
    private static String client(String node) {
        String host = RequestView.hostName(node);
        String port = null;
        if (node.startsWith("[")) {
            int end = node.indexOf("]:");
            port = end < 0 ? null : node.substring(end + 2);
        } else if (host.length() < node.length()) {
            port = node.substring(host.length() + 1);
        }
        return port == null || port.isEmpty() ? host : hostAndPort(host, port);
    }

    /** {@code host:port}, an IPv6 address in brackets ({@code [::1]:4711}). */
    static String hostAndPort(String host, String port) {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    private static String scheme(String proto) {
        if (proto == null) {
            return null;
        }
        String lower = proto.strip().toLowerCase(Locale.ROOT);
        return lower.equals("http") || lower.equals("https") ? lower : null;
    }

    /** A host as a proxy recorded it, if it could be an authority ({@code host[:port]}); it goes into redirects. */
    private static String authority(String host) {
        if (host == null || host.isEmpty()) {
            return null;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean ok = c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '.'
                    || c == '-'
                    || c == '_'
                    || c == ':'
                    || c == '['
                    || c == ']';
            if (!ok) {
                return null;
            }
        }
        return host;
    }
}
