package dev.kiln.it.jackson;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One model per Jackson annotation and placement Kiln honours: {@code JacksonNamesIT} sends each a
 * request, and checks that what Kiln binds, what Jackson writes and what {@code /openapi.json} says
 * agree.
 */
public final class JacksonModels {
    private JacksonModels() {}

    /** Enum constants renamed with {@code @JsonProperty}; the last keeps its name. */
    public enum Shade {
        @JsonProperty("red")
        RED,
        @JsonProperty("green")
        GREEN,
        BLUE
    }

    /** An enum written and read by what its {@code @JsonValue} method returns. */
    public enum Size {
        SMALL("s"),
        LARGE("l");

        private final String code;

        Size(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }

    public record Paint(Shade shade, List<Shade> others) {}

    public record Parcel(Size size, Optional<Size> upgrade) {}

    /** {@code @JsonProperty} on a record component. */
    public record Person(@JsonProperty("full_name") String fullName, int age) {}

    /** {@code @JsonNaming} on a record: implicit names in snake case, an explicit name kept as written. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Account(
            String firstName,
            String lastName,
            @JsonProperty("ID") String accountId,
            boolean isActive) {}

    /** {@code @JsonAlias}: more names a request may use. */
    public record Contact(@JsonAlias({"mail", "e-mail"}) String email, String name) {}

    /** {@code @JsonIgnore} on a record component: never read, never written. */
    public record Secretive(String name, @JsonIgnore String secret) {}

    /** {@code READ_ONLY}: written, never read from a request. */
    public record Ticket(
            String title,

            @JsonProperty(access = JsonProperty.Access.READ_ONLY)
            String id) {}

    /** {@code WRITE_ONLY}: read from a request, never written. */
    public record Login(
            String user,

            @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
            String password) {}

    /** {@code @JsonInclude(NON_NULL)}: a null is left out, an empty {@code Optional} is still written as null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Sparse(String a, @Nullable String b, Optional<String> c) {}

    /** {@code @JsonInclude(NON_EMPTY)} on one member. */
    public record Listing(
            String title,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> tags) {}

    /** {@code @JsonFormat(pattern)} on dates: bound, written and documented in that pattern. */
    public record Appointment(
            @JsonFormat(pattern = "dd.MM.yyyy") LocalDate day,
            @JsonFormat(pattern = "yyyy-MM-dd HH:mm") LocalDateTime at,
            LocalDate iso) {}

    /** {@code @JsonPropertyOrder}: the order Jackson writes, and the document's. */
    @JsonPropertyOrder({"zeta", "alpha"})
    public record Ordered(String alpha, String mid, String zeta) {}

    /** {@code @JsonIgnoreProperties} on a class. */
    @JsonIgnoreProperties({"internal"})
    public record Filtered(String shown, String internal) {}

    /** {@code @JsonNaming} on a bean: its setters and getters in kebab case. */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public static final class Settings {
        private int maxItems;
        private String homePage;

        public int getMaxItems() {
            return maxItems;
        }

        public void setMaxItems(int maxItems) {
            this.maxItems = maxItems;
        }

        public String getHomePage() {
            return homePage;
        }

        public void setHomePage(String homePage) {
            this.homePage = homePage;
        }

        @Override
        public String toString() {
            return "Settings[maxItems=" + maxItems + ", homePage=" + homePage + "]";
        }
    }

    /** A bean with {@code @JsonIgnore} on a getter and {@code @JsonProperty} on the setter: read, never written. */
    public static final class Credentials {
        private String user;
        private String token;

        public String getUser() {
            return user;
        }

        public void setUser(String user) {
            this.user = user;
        }

        @JsonIgnore
        public String getToken() {
            return token;
        }

        @JsonProperty
        public void setToken(String token) {
            this.token = token;
        }

        @Override
        public String toString() {
            return "Credentials[user=" + user + ", token=" + token + "]";
        }
    }

    /** A bean whose setter renames the property: the getter writes that name too, as Jackson does. */
    public static final class Nicknamed {
        private String nickname;

        public String getNickname() {
            return nickname;
        }

        @JsonProperty("nick")
        public void setNickname(String nickname) {
            this.nickname = nickname;
        }

        @Override
        public String toString() {
            return "Nicknamed[nickname=" + nickname + "]";
        }
    }

    /** Annotations on a bean's public field ({@code @JsonProperty}, {@code @JsonAlias}) and on a getter. */
    public static final class Stock {
        @JsonProperty("qty")
        @JsonAlias("amount")
        public int quantity;

        private @Nullable String note;

        public void setNote(String note) {
            this.note = note;
        }

        @JsonInclude(JsonInclude.Include.NON_NULL)
        public String getNote() {
            return note;
        }

        @Override
        public String toString() {
            return "Stock[quantity=" + quantity + ", note=" + note + "]";
        }
    }

    /**
     * A bean with a public field (bound like a setter), a {@code setup(x)} method (Jackson's property
     * {@code up}, and so Kiln's), and a getter without a setter (written only).
     */
    public static final class Gadget {
        public int count;
        private String up;

        public void setup(String value) {
            this.up = value;
        }

        public String getUp() {
            return up;
        }

        public String getSerial() {
            return "G-" + count;
        }

        @Override
        public String toString() {
            return "Gadget[count=" + count + ", up=" + up + "]";
        }
    }
}
