package dev.kiln.samples.service;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A database URL as a JDBC driver takes it. {@code APP_DATABASE_URL} may be a JDBC URL, or the URL a FastAPI
 * app gives SQLAlchemy: {@code postgresql://user:password@host:5432/database} (also {@code postgres://} and
 * {@code postgresql+psycopg://}), whose user and password become the pool's credentials.
 *
 * @param jdbcUrl  the URL for the driver, without credentials when they were in the URL
 * @param user     the user name from the URL, if any
 * @param password the password from the URL, if any
 */
record JdbcUrl(String jdbcUrl, Optional<String> user, Optional<String> password) {

    static JdbcUrl parse(String url) {
        if (url.startsWith("jdbc:")) {
            return new JdbcUrl(url, Optional.empty(), Optional.empty());
        }
        URI uri = URI.create(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (!scheme.equals("postgres") && !scheme.equals("postgresql") && !scheme.startsWith("postgresql+")) {
            throw new IllegalArgumentException(
                    "APP_DATABASE_URL: a jdbc: URL or postgresql://user:password@host:port/database, not " + scheme
                            + ":");
        }
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = Optional.of(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            password = colon < 0 ? Optional.empty() : Optional.of(decode(userInfo.substring(colon + 1)));
        }
        return new JdbcUrl("jdbc:postgresql://" + host + port + uri.getRawPath() + query, user, password);
    }

    /** The URL for a log line: the password, if any, replaced by {@code ***}. */
    static String withoutPassword(String url) {
        return url.replaceFirst("(//[^:/@]+:)[^@]*@", "$1***@").replaceFirst("(?i)(password=)[^&;]*", "$1***");
    }

    boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
