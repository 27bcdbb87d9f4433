package dev.kiln.samples.hello;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The image Jib wrote ({@code target/jib-image.tar}, a {@code docker save} archive), opened without an
 * engine: its config, and its layers unpacked in order into a folder, so that its entrypoint can run
 * with this machine's Java (the image is built FROM scratch here: it has no Java of its own).
 */
final class ImageLayers {
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path tar;
    final String repoTag;
    /** The image config's {@code config} object: Entrypoint, Env, ExposedPorts, User. */
    final JsonNode config;
    /** Where the layers were unpacked: the image's {@code /}. */
    final Path root;

    private ImageLayers(Path tar, String repoTag, JsonNode config, Path root) {
        this.tar = tar;
        this.repoTag = repoTag;
        this.config = config;
        this.root = root;
    }

    /** The tar the build made ({@code kiln.image.tar}), unpacked into {@code kiln.image.root}. */
    static synchronized ImageLayers open() throws IOException {
        Path tar = Paths.get(System.getProperty("kiln.image.tar", "target/jib-image.tar"));
        Path root = Paths.get(System.getProperty("kiln.image.root", "target/image-root"));
        Map<String, byte[]> entries = readTar(Files.newInputStream(tar));
        JsonNode manifest = JSON.readTree(entries.get("manifest.json")).get(0);
        JsonNode image = JSON.readTree(entries.get(manifest.get("Config").asText()));
        deleteRecursively(root);
        Files.createDirectories(root);
        for (JsonNode layer : manifest.get("Layers")) {
            byte[] gz = entries.get(layer.asText());
            Map<String, byte[]> files = readTar(new GZIPInputStream(new java.io.ByteArrayInputStream(gz)));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                if (file.getKey().endsWith("/")) {
                    Files.createDirectories(root.resolve(file.getKey()));
                } else {
                    Path target = root.resolve(file.getKey()).normalize();
                    if (!target.startsWith(root)) {
                        throw new IOException("a layer entry outside the image root: " + file.getKey());
                    }
                    Files.createDirectories(target.getParent());
                    Files.write(target, file.getValue());
                }
            }
        }
        return new ImageLayers(tar, manifest.get("RepoTags").get(0).asText(), image.get("config"), root);
    }

    /** The image's environment, {@code NAME=value} entries as a map. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        config.get("Env").forEach(e -> {
            String[] kv = e.asText().split("=", 2);
            env.put(kv[0], kv[1]);
        });
        return env;
    }

    /**
     * The entrypoint as a command for this machine: {@code java} is this JVM's, and every {@code /app}
     * path (in arguments and in {@code @argument} files) points into the unpacked root.
     */
    List<String> command(Path scratch) throws IOException {
        List<String> command = new ArrayList<>();
        for (JsonNode part : config.get("Entrypoint")) {
            String arg = part.asText();
            if (command.isEmpty() && arg.equals("java")) {
                command.add(ProcessHandle.current().info().command().orElse("java"));
            } else if (arg.startsWith("@/")) {
                String content = Files.readString(root.resolve(arg.substring(2)), StandardCharsets.UTF_8);
                Path rewritten = Files.createTempFile(scratch, "argfile", ".txt");
                Files.writeString(rewritten, relocate(content));
                command.add("@" + rewritten);
            } else {
                command.add(relocate(arg));
            }
        }
        return command;
    }

    private String relocate(String text) {
        return text.replace("/app/", root.toAbsolutePath() + "/app/");
    }

    /** The entries of a tar stream (ustar and PAX headers; long names from PAX {@code path}). */
    private static Map<String, byte[]> readTar(InputStream raw) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = new BufferedInputStream(raw)) {
            byte[] header = new byte[512];
            Map<String, String> pax = new HashMap<>();
            while (in.readNBytes(header, 0, 512) == 512) {
                if (header[0] == 0) {
                    break;
                }
                String name = text(header, 0, 100);
                String prefix = text(header, 345, 155);
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
                long size = Long.parseLong(text(header, 124, 12).trim(), 8);
                char type = (char) header[156];
                byte[] data = in.readNBytes((int) size);
                in.skipNBytes((512 - size % 512) % 512);
                if (type == 'x') {
                    for (String record : new String(data, StandardCharsets.UTF_8).split("\n")) {
                        int space = record.indexOf(' ');
                        int eq = record.indexOf('=');
                        if (space > 0 && eq > space) {
                            pax.put(record.substring(space + 1, eq), record.substring(eq + 1));
                        }
                    }
                    continue;
                }
                if (type == 'g') {
                    continue;
                }
                if (pax.containsKey("path")) {
                    name = pax.get("path");
                }
                pax.clear();
                if (type == '5' && !name.endsWith("/")) {
                    name = name + "/";
                }
                entries.put(name.startsWith("./") ? name.substring(2) : name, data);
            }
        }
        return entries;
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
