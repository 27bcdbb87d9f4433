package com.example.chains;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

final class Disk {
    private final Path root;

    Disk(Path root) throws IOException {
        this.root = Files.createDirectories(root);
    }

    static List<String> scan(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root)) {
            return files.map(Path::toString).collect(Collectors.toList());
        }
    }

    static long sizeOf(Path root) throws IOException {
        return Files.size(root);
    }

    @Override
    public String toString() {
        return "Disk " + root;
    }
}
