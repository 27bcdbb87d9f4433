package com.example.rounds;

import dev.kiln.Get;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lambdas over captured wildcards: attributing these during a processing round, before the round
 * that sees the generated code, breaks them ("cannot find symbol: class captured wildcard").
 */
public final class Wildcards {
    @Get("/lengths")
    public Future<Map<String, Integer>> lengths(List<? extends CharSequence> names) throws InterruptedException {
        Thread.sleep(1);
        Map<String, Integer> lengths = names.stream()
                .collect(Collectors.toMap(name -> name.toString(), name -> name.length()));
        names.forEach(name -> lengths.put(name.toString().trim(), name.length()));
        return Future.succeededFuture(lengths);
    }

    <T extends Comparable<T>> T max(List<? extends T> values) {
        return values.stream().map(value -> (T) value).reduce((a, b) -> a.compareTo(b) > 0 ? a : b).orElse(null);
    }
}
