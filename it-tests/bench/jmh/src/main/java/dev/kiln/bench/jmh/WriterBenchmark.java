package dev.kiln.bench.jmh;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonWriter;
import dev.kiln.runtime.json.JsonWriters;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Writing a response body: the 10-field record of {@link ValidationBenchmark} written to bytes by the
 * writer the processor generates for it (copied here as the processor writes it: a {@code writeMember}
 * method on jackson-core's generator, member names encoded once), against Jackson databind's
 * {@code ObjectWriter} for the same class, which is what Kiln used before and what the raw Vert.x bench
 * server uses. {@link #setUp} checks that both write the same bytes.
 */
public class WriterBenchmark extends BenchmarkSettings {
    private static final SerializableString NAME_NAME = JsonWriters.name("name");
    private static final SerializableString NAME_EMAIL = JsonWriters.name("email");
    private static final SerializableString NAME_AGE = JsonWriters.name("age");
    private static final SerializableString NAME_SCORE = JsonWriters.name("score");
    private static final SerializableString NAME_ZIP = JsonWriters.name("zip");
    private static final SerializableString NAME_TAGS = JsonWriters.name("tags");
    private static final SerializableString NAME_ACTIVE = JsonWriters.name("active");
    private static final SerializableString NAME_BALANCE = JsonWriters.name("balance");
    private static final SerializableString NAME_NICKNAME = JsonWriters.name("nickname");
    private static final SerializableString NAME_LEVEL = JsonWriters.name("level");
    private static final JsonWriter<? super List<String>> LIST_STRING_JSON = JsonWriters.list(JsonWriters.STRING);
    private static final JsonWriter<? super Member> MEMBER_JSON = WriterBenchmark::writeMember;

    private static final ObjectWriter DATABIND = Json.writerFor(Member.class);

    private final Member member = new Member(
            "Ann Smith",
            "ann@example.com",
            41,
            87.5,
            "12345",
            List.of("admin", "ops"),
            true,
            new BigDecimal("1234.56"),
            "annie",
            3L);

    /** Writes {@link Member} as Kiln's Jackson configuration does, member by member (as generated). */
    private static void writeMember(Member value, JsonGenerator out) throws IOException {
        if (value == null) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        out.writeFieldName(NAME_NAME);
        JsonWriters.STRING.write(value.name(), out);
        out.writeFieldName(NAME_EMAIL);
        JsonWriters.STRING.write(value.email(), out);
        out.writeFieldName(NAME_AGE);
        out.writeNumber(value.age());
        out.writeFieldName(NAME_SCORE);
        out.writeNumber(value.score());
        out.writeFieldName(NAME_ZIP);
        JsonWriters.STRING.write(value.zip(), out);
        out.writeFieldName(NAME_TAGS);
        LIST_STRING_JSON.write(value.tags(), out);
        out.writeFieldName(NAME_ACTIVE);
        out.writeBoolean(value.active());
        out.writeFieldName(NAME_BALANCE);
        JsonWriters.BIG_DECIMAL.write(value.balance(), out);
        out.writeFieldName(NAME_NICKNAME);
        JsonWriters.STRING.write(value.nickname(), out);
        out.writeFieldName(NAME_LEVEL);
        out.writeNumber(value.level());
        out.writeEndObject();
    }

    @Setup
    public void setUp() throws IOException {
        byte[] generated = MEMBER_JSON.toBytes(member);
        byte[] databind = DATABIND.writeValueAsBytes(member);
        if (!Arrays.equals(generated, databind)) {
            throw new IllegalStateException("the writers disagree: " + new String(generated, StandardCharsets.UTF_8)
                    + " / " + new String(databind, StandardCharsets.UTF_8));
        }
    }

    @Benchmark
    public byte[] generatedWriter() throws IOException {
        return MEMBER_JSON.toBytes(member);
    }

    @Benchmark
    public byte[] baselineJacksonDatabind() throws IOException {
        return DATABIND.writeValueAsBytes(member);
    }
}
