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
 * What Jakarta constraints cost on a valid 10-field body, and what the binders cost against Jackson
 * databind. The Kiln binders are the processor's own: the constants of {@code MemberApi_Routes}, read by
 * reflection ({@link Member}, a constraint on every member, and {@link PlainMember}, none), whose streaming
 * read is the record's generated reader ({@code readMember}). Jackson databind binding the same record is
 * the baseline a hand-written app pays. Each call parses the body from bytes, as a request does. Also
 * measured: the shared {@code Field} loop every record used before readers were generated
 * ({@code fieldLoop*}, composed here as the processor composed it), and the tree path ({@code tree*}) a 422
 * still takes to report every error exactly.
 *
 * <p>Each JMH fork first runs every Kiln binder a while ({@link #setUp}), so that the runtime's shared
 * call sites have seen them all, as they see many binders in an app with several body types; run with
 * {@code -p sharedProfile=false} to see the other case too.
 */
public class ValidationBenchmark extends BenchmarkSettings {
    static final String BODY = "{\"name\":\"Ann Smith\",\"email\":\"ann@example.com\",\"age\":41,\"score\":87.5,"
            + "\"zip\":\"12345\",\"tags\":[\"admin\",\"ops\"],\"active\":true,\"balance\":1234.56,"
            + "\"nickname\":\"annie\",\"level\":3}";

    /** The processor's binder of {@link Member}: its generated reader, and its fields for the tree path. */
    static final Binder<Member> VALIDATED = generated(Member.class);

    /** The processor's binder of {@link PlainMember}: binding alone. */
    static final Binder<PlainMember> UNVALIDATED = generated(PlainMember.class);

    /**
     * {@link Member}'s binder without a generated reader: the {@code Field} loop, composed as the processor
     * composes the fields ({@code Binders.INT.check(Checks.min(0)).check(Checks.max(150))}).
     */
    @SuppressWarnings("unchecked")
    static final Binder<Member> FIELD_LOOP = Binders.record(
            "Member",
            v -> new Member(
                    (String) v[0],
                    (String) v[1],
                    (Integer) v[2],
                    (Double) v[3],
                    (String) v[4],
                    (List<String>) v[5],
                    (Boolean) v[6],
                    (BigDecimal) v[7],
                    (String) v[8],
                    (Long) v[9]),
            Field.required("name", Binders.STRING.check(Checks.length(2, 20))),
            Field.required("email", Binders.STRING.check(Checks.email())),
            Field.required("age", Binders.INT.check(Checks.min(0)).check(Checks.max(150))),
            Field.required(
                    "score", Binders.DOUBLE.check(Checks.decimalMin("0", true)).check(Checks.decimalMax("100", true))),
            Field.required("zip", Binders.STRING.check(Checks.pattern("\\d{5}"))),
            Field.required(
                    "tags",
                    Binders.list(Binders.STRING.check(Checks.maxLength(10))).check(Checks.maxItems(5))),
            Field.required("active", Binders.BOOLEAN),
            Field.required("balance", Binders.BIG_DECIMAL.check(Checks.digits(6, 2))),
            Field.required("nickname", Binders.STRING.check(Checks.notBlank())),
            Field.required("level", Binders.LONG.check(Checks.positive())));

    /** The {@code static final Binder<T>} constant of {@code MemberApi_Routes} that binds {@code type}. */
    private static <T> Binder<T> generated(Class<T> type) {
        return BeanBenchmark.constant(Binder.class, type);
    }

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
        Member looped = Params.body(body, JSON, FIELD_LOOP, true, errors);
        PlainMember plain = Params.body(body, JSON, UNVALIDATED, true, errors);
        if (!errors.isEmpty()
                || bound == null
                || !bound.equals(streamed)
                || !bound.equals(looped)
                || plain == null
                || !plain.name().equals(bound.name())) {
            throw new IllegalStateException("the benchmark body does not validate: " + errors);
        }
        if (sharedProfile) {
            for (int i = 0; i < 50_000; i++) {
                bindAndValidate();
                bindOnly();
                fieldLoopBindAndValidate();
                treeBindAndValidate();
                treeBindOnly();
            }
        }
    }

    /**
     * Bind and check every constraint straight from the body's tokens, as a generated operation does
     * ({@code Params.body(ex.body(), contentType, BINDER, true, errors)}): the generated reader, no tree.
     */
    @Benchmark
    public Member bindAndValidate() {
        ValidationErrors errors = new ValidationErrors();
        return Params.body(body, JSON, VALIDATED, true, errors);
    }

    /** The same members with no constraints, from their tokens: binding alone. */
    @Benchmark
    public PlainMember bindOnly() {
        ValidationErrors errors = new ValidationErrors();
        return Params.body(body, JSON, UNVALIDATED, true, errors);
    }

    /** Bind and check from the tokens through the shared {@code Field} loop, as before generated readers. */
    @Benchmark
    public Member fieldLoopBindAndValidate() {
        ValidationErrors errors = new ValidationErrors();
        return Params.body(body, JSON, FIELD_LOOP, true, errors);
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
    public PlainMember treeBindOnly() {
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
