package dev.kiln.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.kiln.runtime.bind.Binder;
import dev.kiln.runtime.bind.Binders;
import dev.kiln.runtime.bind.Checks;
import dev.kiln.runtime.bind.Field;
import dev.kiln.runtime.bind.Params;
import dev.kiln.runtime.bind.ValidationErrors;
import dev.kiln.runtime.json.Json;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * What Jakarta constraints cost on a valid 10-field body: the binder the processor generates for a
 * record with a constraint on every member (composed here exactly as in the processor's golden file
 * {@code golden/validation}: {@code Binders.INT.check(Checks.min(0)).check(Checks.max(150))}), the
 * same binder without the checks, and Jackson databind alone into the same record as the baseline a
 * hand-written app pays. Each call parses the body from bytes, as a request does. The Kiln binders run
 * both ways: from the body's tokens, as generated code binds a body now, and from a tree first
 * ({@code tree*}), as it did before (and as a 422 still does, to report every error exactly).
 *
 * <p>Each JMH fork first runs both Kiln binders a while ({@link #setUp}), so that the runtime's shared
 * call sites ({@code Field.bind}, the record binder) have seen both, as they see many binders in an
 * app with several body types. Without this, {@code bindOnly} alone in its fork runs with call sites
 * that only ever saw plain binders, a state no real app is in; run with {@code -p sharedProfile=false}
 * to see that case too.
 */
public class ValidationBenchmark extends BenchmarkSettings {
    /** The body record; the constraints are on the binder below, as the processor reads them from annotations. */
    public record Member(String name, String email, int age, double score, String zip, List<String> tags,
                         boolean active, BigDecimal balance, String nickname, long level) {
    }

    static final String BODY = "{\"name\":\"Ann Smith\",\"email\":\"ann@example.com\",\"age\":41,\"score\":87.5,"
            + "\"zip\":\"12345\",\"tags\":[\"admin\",\"ops\"],\"active\":true,\"balance\":1234.56,"
            + "\"nickname\":\"annie\",\"level\":3}";

    /**
     * {@code record Member(@Size(min = 2, max = 20) String name, @Email String email, @Min(0) @Max(150) int age,
     * @DecimalMin("0") @DecimalMax("100") double score, @Pattern(regexp = "\\d{5}") String zip,
     * @Size(max = 5) List<@Size(max = 10) String> tags, boolean active, @Digits(integer = 6, fraction = 2)
     * BigDecimal balance, @NotBlank String nickname, @Positive long level)}, as generated.
     */
    @SuppressWarnings("unchecked")
    static final Binder<Member> VALIDATED = Binders.record("Member",
            v -> new Member((String) v[0], (String) v[1], (Integer) v[2], (Double) v[3], (String) v[4],
                    (List<String>) v[5], (Boolean) v[6], (BigDecimal) v[7], (String) v[8], (Long) v[9]),
            Field.required("name", Binders.STRING.check(Checks.length(2, 20))),
            Field.required("email", Binders.STRING.check(Checks.email())),
            Field.required("age", Binders.INT.check(Checks.min(0)).check(Checks.max(150))),
            Field.required("score", Binders.DOUBLE.check(Checks.decimalMin("0", true))
                    .check(Checks.decimalMax("100", true))),
            Field.required("zip", Binders.STRING.check(Checks.pattern("\\d{5}"))),
            Field.required("tags", Binders.list(Binders.STRING.check(Checks.maxLength(10))).check(Checks.maxItems(5))),
            Field.required("active", Binders.BOOLEAN),
            Field.required("balance", Binders.BIG_DECIMAL.check(Checks.digits(6, 2))),
            Field.required("nickname", Binders.STRING.check(Checks.notBlank())),
            Field.required("level", Binders.LONG.check(Checks.positive())));

    /** The same record without constraints: binding alone. */
    @SuppressWarnings("unchecked")
    static final Binder<Member> UNVALIDATED = Binders.record("Member",
            v -> new Member((String) v[0], (String) v[1], (Integer) v[2], (Double) v[3], (String) v[4],
                    (List<String>) v[5], (Boolean) v[6], (BigDecimal) v[7], (String) v[8], (Long) v[9]),
            Field.required("name", Binders.STRING),
            Field.required("email", Binders.STRING),
            Field.required("age", Binders.INT),
            Field.required("score", Binders.DOUBLE),
            Field.required("zip", Binders.STRING),
            Field.required("tags", Binders.list(Binders.STRING)),
            Field.required("active", Binders.BOOLEAN),
            Field.required("balance", Binders.BIG_DECIMAL),
            Field.required("nickname", Binders.STRING),
            Field.required("level", Binders.LONG));

    private static final String JSON = "application/json";

    /** Whether both Kiln binders run before measuring, so that shared call sites have seen both. */
    @Param({"true"})
    public boolean sharedProfile;

    private Buffer body;
    private byte[] bytes;
    private ObjectReader databind;

    @Setup
    public void setUp() {
        body = Buffer.buffer(BODY.getBytes(StandardCharsets.UTF_8));
        bytes = body.getBytes();
        databind = Json.mapper().readerFor(Member.class);
        // a benchmark of a failing path would measure something else: make sure the body is valid
        ValidationErrors errors = new ValidationErrors();
        Member bound = Params.body(Params.json(body, errors), VALIDATED, true, errors);
        Member streamed = Params.body(body, JSON, VALIDATED, true, errors);
        if (!errors.isEmpty() || bound == null || !bound.equals(streamed)) {
            throw new IllegalStateException("the benchmark body does not validate: " + errors);
        }
        if (sharedProfile) {
            for (int i = 0; i < 50_000; i++) {
                bindAndValidate();
                bindOnly();
                treeBindAndValidate();
                treeBindOnly();
            }
        }
    }

    /**
     * Bind and check every constraint straight from the body's tokens, as a generated operation does
     * ({@code Params.body(ex.body(), contentType, BINDER, true, errors)}): no tree.
     */
    @Benchmark
    public Member bindAndValidate() {
        ValidationErrors errors = new ValidationErrors();
        return Params.body(body, JSON, VALIDATED, true, errors);
    }

    /** The same record with no constraints, from its tokens: binding alone. */
    @Benchmark
    public Member bindOnly() {
        ValidationErrors errors = new ValidationErrors();
        return Params.body(body, JSON, UNVALIDATED, true, errors);
    }

    /** Before the streaming read: parse a tree, then bind and check it (what a 422 still does). */
    @Benchmark
    public Member treeBindAndValidate() {
        ValidationErrors errors = new ValidationErrors();
        JsonNode json = Params.json(body, errors);
        return Params.body(json, VALIDATED, true, errors);
    }

    /** Before the streaming read, without constraints. */
    @Benchmark
    public Member treeBindOnly() {
        ValidationErrors errors = new ValidationErrors();
        JsonNode json = Params.json(body, errors);
        return Params.body(json, UNVALIDATED, true, errors);
    }

    /** Baseline: Jackson databind into the same record, no validation. */
    @Benchmark
    public Member baselineJacksonDatabind() throws IOException {
        return databind.readValue(bytes);
    }
}
