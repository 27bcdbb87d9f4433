package com.example;

import com.example.Model.Audit;
import com.example.Model.Base;
import com.example.Model.Conn;
import com.example.Model.Counter;
import com.example.Model.Db;
import com.example.Model.Ledger;
import com.example.Model.Left;
import com.example.Model.Report;
import com.example.Model.Right;
import com.example.Model.Session;
import com.example.Model.Token;
import com.example.Model.User;
import dev.kiln.Blocking;
import dev.kiln.Header;
import dev.kiln.Provides;
import dev.kiln.Resource;
import dev.kiln.Scope;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

public final class Deps {
    private Deps() {
    }

    @Provides(scope = Scope.SINGLETON)
    public static Db db() {
        return new Db("jdbc:test");
    }

    @Provides(scope = Scope.SINGLETON)
    public static Future<Session> session(Vertx vertx, Db db) {
        return Future.succeededFuture(new Session());
    }

    @Provides
    public static Future<User> user(@Header String authorization) {
        return Future.succeededFuture(new User(authorization));
    }

    @Provides
    public static Resource<Conn> conn(Db db, User user) {
        return Resource.of(new Conn(user), c -> { });
    }

    /** Blocking after blocking: the same hop as {@code conn}; both are skipped when {@code Audit} is overridden. */
    @Provides
    public static Ledger ledger(Conn conn) {
        return new Ledger(conn.user().name());
    }

    /** Async after blocking: the reason for a second hop. */
    @Provides
    public static Future<Audit> audit(Conn conn, Ledger ledger) {
        return Future.succeededFuture(new Audit(conn.user().name() + ledger.owner()));
    }

    @Provides
    @Blocking(pool = "reports")
    public static Report report(User user) {
        return new Report(user.name());
    }

    @Provides
    public static Future<Base> base() {
        return Future.succeededFuture(new Base(1));
    }

    @Provides
    public static Left left(Base base) {
        return new Left(base);
    }

    @Provides
    public static Right right(Base base) {
        return new Right(base);
    }

    @Provides
    public static Future<Counter> counter() {
        return Future.succeededFuture(new Counter(1));
    }

    @Provides
    public static Token token(@Header("x-token") String token) {
        return new Token(token);
    }
}
