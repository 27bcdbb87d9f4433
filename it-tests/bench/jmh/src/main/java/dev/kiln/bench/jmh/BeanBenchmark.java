package dev.kiln.bench.jmh;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.kiln.runtime.bind.Binder;
import dev.kiln.runtime.bind.Binders;
import dev.kiln.runtime.bind.Field;
import dev.kiln.runtime.bind.Params;
import dev.kiln.runtime.bind.ValidationErrors;
import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonWriter;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * A bean body ({@link PlainAccount}: {@link ValidationBenchmark}'s ten members, no constraints) read and
 * written by the code the processor generates for it ({@code readPlainAccount}, {@code writePlainAccount}
 * in {@code MemberApi_Routes}, reached by reflection), against the shared {@code Field} loop beans were read
 * by before ({@code fieldLoopRead}, composed as the processor composed it) and Jackson databind reading
 * and writing the same class. Each read parses the body from bytes, as a request does; each write makes the
 * bytes. {@link #setUp} checks that all of them read the same bean and write the same bytes. The same members
 * with {@link Member}'s constraints ({@link CheckedAccount}) are read and checked by their generated reader
 * against databind reading that class (which does not check them): the "bind + validate faster than
 * databind binding alone", for a bean.
 */
public class BeanBenchmark extends BenchmarkSettings {
    private static final String JSON = "application/json";

    /** The processor's binder of {@link PlainAccount}, whose streaming read is its generated reader. */
    static final Binder<PlainAccount> GENERATED = constant(Binder.class, PlainAccount.class);

    /** The processor's writer of {@link PlainAccount}. */
    static final JsonWriter<? super PlainAccount> WRITER = constant(JsonWriter.class, PlainAccount.class);

    /** The processor's binder of {@link CheckedAccount}: its generated reader checks each member as it reads it. */
    static final Binder<CheckedAccount> GENERATED_CHECKED = constant(Binder.class, CheckedAccount.class);

    /** {@link PlainAccount}'s binder without a generated reader: the {@code Field} loop. */
    @SuppressWarnings("unchecked")
    static final Binder<PlainAccount> FIELD_LOOP = Binders.bean(
            "PlainAccount",
            PlainAccount::new,
            Binders.property(Field.required("name", Binders.STRING), PlainAccount::setName),
            Binders.property(Field.required("email", Binders.STRING), PlainAccount::setEmail),
            Binders.property(Field.required("age", Binders.INT), PlainAccount::setAge),
            Binders.property(Field.required("score", Binders.DOUBLE), PlainAccount::setScore),
            Binders.property(Field.required("zip", Binders.STRING), PlainAccount::setZip),
            Binders.property(Field.required("tags", Binders.list(Binders.STRING)), PlainAccount::setTags),
            Binders.property(Field.required("active", Binders.BOOLEAN), PlainAccount::setActive),
            Binders.property(Field.required("balance", Binders.BIG_DECIMAL), PlainAccount::setBalance),
            Binders.property(Field.required("nickname", Binders.STRING), PlainAccount::setNickname),
            Binders.property(Field.required("level", Binders.LONG), PlainAccount::setLevel));

    /**
     * The {@code static final Kind<Type>} (or {@code Kind<? super Type>}) constant of {@code MemberApi_Routes}:
     * the processor's binder or writer of a type, as generated code uses it.
     */
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    static <T> T constant(Class<?> kind, Class<?> type) {
        try {
            for (java.lang.reflect.Field f :
                    Class.forName(MemberApi.class.getName() + "_Routes").getDeclaredFields()) {
                if (f.getGenericType() instanceof ParameterizedType constant
                        && constant.getRawType() == kind
                        && (constant.getActualTypeArguments()[0] == type
                                || constant.getActualTypeArguments()[0] instanceof WildcardType w
                                        && Arrays.asList(w.getLowerBounds()).contains(type))) {
                    f.setAccessible(true);
                    return (T) f.get(null);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("MemberApi_Routes has no " + kind.getSimpleName() + " of " + type);
    }

    private Buffer body;
    private byte[] bytes;
    private ObjectReader databindReader;
    private ObjectWriter databindWriter;
    private PlainAccount account;
    private ObjectReader databindCheckedReader;

    @Setup
    public void setUp() throws IOException {
        body = Buffer.buffer(ValidationBenchmark.BODY.getBytes(StandardCharsets.UTF_8));
        bytes = body.getBytes();
        databindReader = Json.mapper().readerFor(PlainAccount.class);
        databindWriter = Json.writerFor(PlainAccount.class);
        ValidationErrors errors = new ValidationErrors();
        account = Params.body(body, JSON, GENERATED, true, errors);
        PlainAccount looped = Params.body(body, JSON, FIELD_LOOP, true, errors);
        PlainAccount databind = databindReader.readValue(bytes);
        if (!errors.isEmpty() || account == null || !account.equals(looped) || !account.equals(databind)) {
            throw new IllegalStateException("the readers disagree: " + errors);
        }
        byte[] generated = WRITER.toBytes(account);
        byte[] written = databindWriter.writeValueAsBytes(account);
        if (!Arrays.equals(generated, written)) {
            throw new IllegalStateException("the writers disagree: " + new String(generated, StandardCharsets.UTF_8)
                    + " / " + new String(written, StandardCharsets.UTF_8));
        }
        databindCheckedReader = Json.mapper().readerFor(CheckedAccount.class);
        CheckedAccount checked = Params.body(body, JSON, GENERATED_CHECKED, true, errors);
        byte[] checkedBytes = Json.mapper().writeValueAsBytes(checked);
        byte[] databindBytes = Json.mapper().writeValueAsBytes(databindCheckedReader.readValue(bytes));
        if (!errors.isEmpty() || !Arrays.equals(checkedBytes, written) || !Arrays.equals(databindBytes, written)) {
            throw new IllegalStateException("the checked readers disagree: " + errors);
        }
        if (account.getBalance().compareTo(new BigDecimal("1234.56")) != 0) {
            throw new IllegalStateException("unexpected balance " + account.getBalance());
        }
    }

    /** The generated reader, from the body's tokens. */
    @Benchmark
    public PlainAccount generatedRead() {
        return Params.body(body, JSON, GENERATED, true, new ValidationErrors());
    }

    /** The generated reader of the bean with {@link Member}'s constraints: bind and check in one pass. */
    @Benchmark
    public CheckedAccount generatedReadAndCheck() {
        return Params.body(body, JSON, GENERATED_CHECKED, true, new ValidationErrors());
    }

    /** Baseline: Jackson databind reading the bean with constraints (which it does not check). */
    @Benchmark
    public CheckedAccount baselineJacksonDatabindReadChecked() throws IOException {
        return databindCheckedReader.readValue(bytes);
    }

    /** The shared {@code Field} loop beans were read by before, from the same tokens. */
    @Benchmark
    public PlainAccount fieldLoopRead() {
        return Params.body(body, JSON, FIELD_LOOP, true, new ValidationErrors());
    }

    /** Baseline: Jackson databind reading the same bean. */
    @Benchmark
    public PlainAccount baselineJacksonDatabindRead() throws IOException {
        return databindReader.readValue(bytes);
    }

    /** The generated writer, to bytes. */
    @Benchmark
    public byte[] generatedWrite() throws IOException {
        return WRITER.toBytes(account);
    }

    /** Baseline: Jackson databind's {@code ObjectWriter} for the bean (what Kiln used before). */
    @Benchmark
    public byte[] baselineJacksonDatabindWrite() throws IOException {
        return databindWriter.writeValueAsBytes(account);
    }
}
