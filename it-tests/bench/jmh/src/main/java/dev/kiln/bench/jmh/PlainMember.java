package dev.kiln.bench.jmh;

import java.math.BigDecimal;
import java.util.List;

/** {@link Member} without its constraints. */
public record PlainMember(
        String name,
        String email,
        int age,
        double score,
        String zip,
        List<String> tags,
        boolean active,
        BigDecimal balance,
        String nickname,
        long level) {}
