package dev.kiln.bench.jmh;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import dev.kiln.runtime.bind.Binders;
import dev.kiln.runtime.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * What finding a member's name costs a generated reader: {@link ValidationBenchmark}'s body parsed from its
 * bytes, every value read and summed, the members found by {@code p.nextFieldName()} and a {@code switch}
 * ({@link #byNextFieldName}, generated readers before) or by {@link Binders#nextMember}, which first compares
 * the bytes of the member expected next ({@link #byNextMember}, generated readers now). The rest of the
 * work is the same in both, so their difference is the lookup.
 */
public class MemberNamesBenchmark extends BenchmarkSettings {
    private static final SerializableString[] NAMES = Binders.memberNames(
            "name", "email", "age", "score", "zip", "tags", "active", "balance", "nickname", "level");

    private byte[] body;

    @Setup
    public void setUp() throws IOException {
        body = ValidationBenchmark.BODY.getBytes(StandardCharsets.UTF_8);
        if (byNextFieldName() != byNextMember() || byNextMember() == 0) {
            throw new IllegalStateException("the two reads disagree: " + byNextFieldName() + ", " + byNextMember());
        }
    }

    @Benchmark
    public long byNextFieldName() throws IOException {
        long sum = 0;
        try (JsonParser p = Json.bodyParser(body)) {
            p.nextToken();
            for (String member = p.nextFieldName(); member != null; member = p.nextFieldName()) {
                p.nextToken();
                sum += value(p, index(member));
            }
        }
        return sum;
    }

    @Benchmark
    public long byNextMember() throws IOException {
        long sum = 0;
        try (JsonParser p = Json.bodyParser(body)) {
            p.nextToken();
            int next = 0;
            for (String member = Binders.nextMember(p, NAMES, next);
                    member != null;
                    member = Binders.nextMember(p, NAMES, next)) {
                p.nextToken();
                int index = index(member);
                sum += value(p, index);
                next = index + 1;
            }
        }
        return sum;
    }

    /** The member's position, by a {@code switch} on its name as a generated reader has. */
    private static int index(String member) {
        return switch (member) {
            case "name" -> 0;
            case "email" -> 1;
            case "age" -> 2;
            case "score" -> 3;
            case "zip" -> 4;
            case "tags" -> 5;
            case "active" -> 6;
            case "balance" -> 7;
            case "nickname" -> 8;
            case "level" -> 9;
            default -> -1;
        };
    }

    /** The value in front of {@code p}, read and folded into a number so that nothing is left unread. */
    private static long value(JsonParser p, int index) throws IOException {
        JsonToken token = p.currentToken();
        long weight = index + 2L;
        if (token == JsonToken.START_ARRAY) {
            long length = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                length += p.getText().length();
            }
            return length * weight;
        }
        return switch (token) {
            case VALUE_STRING -> p.getText().length() * weight;
            case VALUE_NUMBER_INT -> p.getLongValue() * weight;
            case VALUE_NUMBER_FLOAT -> ((long) p.getDoubleValue()) * weight;
            case VALUE_TRUE -> weight;
            default -> 0;
        };
    }
}
