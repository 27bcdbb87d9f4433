package dev.kiln.it.readers;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.Default;
import dev.kiln.it.app.Color;
import dev.kiln.it.jackson.Nullable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The bodies {@code JsonReadersIT} binds through their generated readers and through their trees. */
public final class ReaderModels {
    private ReaderModels() {}

    /** Every way a member is read: simple values, checks, presences, collections, nested and left-to-binder types. */
    public record Everything(
            @Size(min = 2, max = 8) String name,
            @Min(0) @Max(100) int count,
            long total,
            double ratio,
            boolean active,
            BigDecimal amount,
            UUID id,
            LocalDate day,
            Color color,
            Optional<@Size(max = 3) String> code,
            @Nullable Integer maybe,
            @Default("7") int seven,
            @Size(max = 4) List<@Size(max = 3) String> tags,
            Set<Integer> numbers,
            Optional<List<Long>> ids,
            Inner inner,
            List<Inner> inners,
            Map<String, Integer> scores,
            JsonNode extra,
            @JsonProperty("renamed") String javaName,
            @JsonIgnore String ignored,
            @Nullable @Pattern(regexp = "[a-z]+") String lower) {}

    /**
     * Primitive members of every kind, with each numeric constraint a generated reader compares without a box
     * ({@code @Min}, {@code @Max}, the sign constraints, decimal bounds a {@code double} holds exactly) and
     * ones it leaves to their checks (a decimal bound no {@code double} holds, a fractional bound on a whole
     * number, a bound beyond a {@code byte}, {@code @Digits}).
     */
    public record Bounded(
            @Min(-5) @Max(150) int small,
            @Positive long positive,
            @NegativeOrZero long notAbove,
            @Min(Long.MIN_VALUE) @Max(Long.MAX_VALUE) long anyLong,

            @DecimalMin("0") @DecimalMax(value = "100", inclusive = false)
            double score,

            @DecimalMin(value = "0.1", inclusive = false) double inexact,
            @PositiveOrZero @Max(3) float ratio,
            @DecimalMin("-10.5") @Negative short halfBound,
            @Digits(integer = 2, fraction = 0) @Max(200) byte digits,
            @Min(0) @Max(1) double unit,
            boolean flag,
            char letter) {}

    /** A nested record, with a compact constructor that refuses a value (a {@code value_error}). */
    public record Inner(@NotBlank String label, Optional<Integer> weight) {
        public Inner {
            if ("refused".equals(label)) {
                throw new IllegalArgumentException("label refused");
            }
        }
    }

    /**
     * {@code @JsonAlias} on members of each presence: a name wins over its aliases and an earlier alias over
     * a later one, whatever the order sent; the last of a repeated name wins.
     */
    public record Aliased(
            @JsonAlias({"mail", "e-mail"}) @Size(min = 3) String email,
            @JsonAlias("years") @Nullable @Min(0) Integer age,
            @JsonAlias("nick") @Default("anon") String name,
            @JsonAlias({"labels", "tagList"}) Optional<List<@Size(max = 3) String>> tags) {}

    /** Unknown members never errors, whatever the app's rule. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Lenient(String name, @Default("1") int size) {}

    /**
     * A bean: properties stored through setters and through public fields, each presence, checks on setters
     * and fields (a bound on both the field and the setter, an element bound only the field declares: all hold,
     * as Bean Validation reads the field), an alias, a read-only property, and a setter that refuses a value
     * (a {@code value_error}).
     */
    public static final class Subscriber {
        @Size(max = 10)
        private String name;

        private int age;
        private String email;
        private Optional<String> code = Optional.empty();
        private List<@Size(max = 3) String> tags;
        private Inner inner;
        private String status;
        private String created = "never read";

        @Default("5")
        @Min(1)
        public int level;

        @JsonAlias("nick")
        @Nullable
        @Size(max = 4)
        public String nickname;

        public String getName() {
            return name;
        }

        public void setName(@Size(min = 2) String name) {
            this.name = name;
        }

        public int getAge() {
            return age;
        }

        public void setAge(@Min(0) int age) {
            this.age = age;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(@Nullable @Pattern(regexp = ".+@.+") String email) {
            this.email = email;
        }

        public Optional<String> getCode() {
            return code;
        }

        public void setCode(Optional<@Size(max = 3) String> code) {
            this.code = code;
        }

        public List<String> getTags() {
            return tags;
        }

        public void setTags(@Size(max = 3) List<@NotBlank String> tags) {
            this.tags = tags;
        }

        public Inner getInner() {
            return inner;
        }

        public void setInner(@Nullable Inner inner) {
            this.inner = inner;
        }

        public String getStatus() {
            return status;
        }

        /** Refuses {@code "banned"}: the bean's {@code value_error}. */
        public void setStatus(@Default("new") String status) {
            if ("banned".equals(status)) {
                throw new IllegalArgumentException("status refused");
            }
            this.status = status;
        }

        /** Read-only: a body's {@code created} is skipped. */
        public String getCreated() {
            return created;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Subscriber a
                    && Objects.equals(name, a.name)
                    && age == a.age
                    && Objects.equals(email, a.email)
                    && Objects.equals(code, a.code)
                    && Objects.equals(tags, a.tags)
                    && Objects.equals(inner, a.inner)
                    && Objects.equals(status, a.status)
                    && Objects.equals(created, a.created)
                    && level == a.level
                    && Objects.equals(nickname, a.nickname);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, age, email, code, tags, inner, status, created, level, nickname);
        }

        @Override
        public String toString() {
            return "Subscriber[name=" + name + ", age=" + age + ", email=" + email + ", code=" + code + ", tags=" + tags
                    + ", inner=" + inner + ", status=" + status + ", level=" + level + ", nickname=" + nickname + "]";
        }
    }

    /** A generic record, bound at its type argument. */
    public record Page<T>(List<T> items, int page) {}
}
