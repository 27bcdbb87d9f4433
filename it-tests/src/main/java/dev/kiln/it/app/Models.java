package dev.kiln.it.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The JSON models of the it-test app. */
public final class Models {
    private Models() {}

    public record Tag(String name, int weight) {}

    public record ItemIn(
            String name,
            double price,
            Optional<String> description,
            List<Tag> tags,
            Color color,
            @JsonProperty("in_stock") boolean inStock) {}

    public record Item(
            UUID id,
            String name,
            double price,
            Optional<String> description,
            List<Tag> tags,
            Color color,
            boolean inStock) {}

    public record User(String username, Optional<String> fullName) {}

    /** A recursive model. */
    public record Node(String label, List<Node> children) {}

    public record Everything(
            int count,
            long big,
            BigDecimal amount,
            boolean flag,
            String text,
            UUID id,
            LocalDate day,
            Map<String, Integer> scores,
            List<List<Integer>> matrix,
            JsonNode extra) {}

    /** A bean (no-arg constructor and setters), bound like a record. */
    public static final class Pet {
        private String name;
        private int age;

        public Pet() {}

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public int getAge() {
            return age;
        }

        public void setAge(int age) {
            this.age = age;
        }
    }
}
