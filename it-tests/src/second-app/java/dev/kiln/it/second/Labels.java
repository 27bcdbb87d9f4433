package dev.kiln.it.second;

import dev.kiln.Header;
import dev.kiln.Named;
import dev.kiln.Provides;
import dev.kiln.Scope;
import dev.kiln.it.deps.Values.Box;
import dev.kiln.it.deps.Values.Label;
import dev.kiln.it.deps.Values.Shelf;
import io.vertx.core.Future;

/** Providers the it-test app has none of: qualified request-scoped ones, and generic ones. */
public final class Labels {
    private Labels() {}

    @Provides
    @Named("formal")
    public static Label formal(@Header("x-name") String name) {
        return new Label("Good day, " + name);
    }

    @Provides
    @Named("casual")
    public static Future<Label> casual() {
        return Future.succeededFuture(new Label("hi"));
    }

    @Provides
    public static Box<String> word() {
        return new Box<>("word");
    }

    @Provides
    public static Future<Box<Integer>> number() {
        return Future.succeededFuture(new Box<>(42));
    }

    /** The one provider of a {@code Shelf}: {@code App.override(Shelf.class, ...)} replaces it. */
    @Provides(scope = Scope.SINGLETON)
    public static Shelf<String> shelf() {
        return new Shelf<>("made at startup");
    }
}
