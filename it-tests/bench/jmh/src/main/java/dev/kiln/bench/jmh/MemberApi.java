package dev.kiln.bench.jmh;

import dev.kiln.NonBlocking;
import dev.kiln.Post;
import dev.kiln.Router;

/**
 * Operations whose bodies the processor writes binders and writers for, so that {@link ValidationBenchmark}
 * and {@link BeanBenchmark} measure them exactly as generated ({@code MemberApi_Routes}), not a copy of them.
 */
@Router
public final class MemberApi {
    /** The 10-field body with a constraint on every member. */
    @Post("/members")
    @NonBlocking
    public Member create(Member member) {
        return member;
    }

    /** The same members as a bean ({@link BeanBenchmark}). */
    @Post("/plain-accounts")
    @NonBlocking
    public PlainAccount createAccount(PlainAccount account) {
        return account;
    }

    /** The same members and constraints as a bean ({@link BeanBenchmark}). */
    @Post("/checked-accounts")
    @NonBlocking
    public CheckedAccount createCheckedAccount(CheckedAccount account) {
        return account;
    }

    /** The same members without constraints: binding alone. */
    @Post("/plain-members")
    @NonBlocking
    public PlainMember createPlain(PlainMember member) {
        return member;
    }
}
