package dev.kiln.bench.jmh;

import dev.kiln.NonBlocking;
import dev.kiln.Post;
import dev.kiln.Router;

/**
 * Two operations whose bodies the processor writes binders for, so that {@link ValidationBenchmark} measures
 * the binders exactly as generated ({@code MemberApi_Routes}), not a copy of them.
 */
@Router
public final class MemberApi {
    /** The 10-field body with a constraint on every member. */
    @Post("/members")
    @NonBlocking
    public Member create(Member member) {
        return member;
    }

    /** The same members without constraints: binding alone. */
    @Post("/plain-members")
    @NonBlocking
    public PlainMember createPlain(PlainMember member) {
        return member;
    }
}
