package dev.kiln.runtime.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where a webjar's files are on the class path. A webjar keeps them under its version,
 * {@code META-INF/resources/webjars/<name>/<version>/}; the version is read from the jar's own
 * {@code META-INF/maven/org.webjars/<name>/pom.properties}, so an app that picks another Swagger UI or
 * ReDoc version than Kiln's still has its docs pages.
 */
final class WebJar {
    private WebJar() {}

    /** The directory (ending in {@code /}) of the files of {@code org.webjars:<name>} on the class path. */
    static String base(ClassLoader loader, String name) {
        String properties = "META-INF/maven/org.webjars/" + name + "/pom.properties";
        try (InputStream in = loader.getResourceAsStream(properties)) {
            if (in == null) {
                throw new IllegalStateException(
                        "the webjar org.webjars:" + name + " is not on the class path (" + properties
                                + " is missing); it is a dependency of kiln-runtime, or turn its page off with"
                                + " docsUrl(null)/redocUrl(null)");
            }
            Properties read = new Properties();
            read.load(in);
            String version = read.getProperty("version", "").strip();
            if (!version.matches("[A-Za-z0-9][A-Za-z0-9._+-]*")) {
                throw new IllegalStateException(properties + " names no usable version: \"" + version + "\"");
            }
            return "META-INF/resources/webjars/" + name + "/" + version + "/";
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + properties + " failed", e);
        }
    }
}
