package dev.kiln.it.streams;

import dev.kiln.Provides;
import dev.kiln.Query;
import dev.kiln.Resource;

/** A request-scoped resource a stream uses: its cleanup must run once the stream is over, however it ends. */
public record Lease(Probe probe) {
    @Provides
    public static Resource<Lease> lease(@Query String probe) {
        Probe p = Probe.of(probe);
        return Resource.of(new Lease(p), lease -> p.cleanedUp.countDown());
    }
}
