package dev.kiln.samples.service;

import dev.kiln.Blocking;
import dev.kiln.Get;
import dev.kiln.Named;
import dev.kiln.NonBlocking;
import dev.kiln.Provides;
import dev.kiln.Query;
import dev.kiln.Resource;
import dev.kiln.Scope;
import dev.kiln.ServerSentEvent;
import dev.kiln.WebSocket;
import dev.kiln.WebSocketRoute;
import dev.kiln.security.Scopes;
import io.vertx.core.Vertx;
import io.vertx.core.streams.ReadStream;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/** The live feed of the caller's item changes, as server-sent events or over a WebSocket. */
public final class Events {
    private Events() {}

    /** The event bus's item channel (made at startup). */
    @Provides(scope = Scope.SINGLETON)
    public static ItemEvents itemEvents(Vertx vertx) {
        return new ItemEvents(vertx);
    }

    /**
     * The caller's account, read in a short transaction of its own: a feed lasts, and must not hold a
     * connection of the pool all that time (the request's {@link Storage#transaction} would).
     */
    @Provides
    @Named("subscriber")
    @Blocking(pool = "db")
    public static User subscriber(Caller caller, Database database) throws SQLException {
        return database.inTransaction(connection -> caller.account(new UserStore(connection)));
    }

    /** The caller's subscription, on the request's event loop; stopped when the stream ends or the client goes away. */
    @Provides
    @NonBlocking
    public static Resource<ItemEvents.Feed> feed(@Named("subscriber") User user, ItemEvents events) {
        return Resource.of(events.subscribe(user), ItemEvents.Feed::close);
    }

    /**
     * The same feed over a WebSocket, for clients that cannot send headers (a browser's {@code WebSocket}):
     * the access token comes as {@code ?token=}. The first message, {@code {"type":"subscribed"}}, says the
     * feed is listening; then each change as an {@link ItemEvent}. A bad token, or one without the
     * {@value Auth#ITEMS} scope, closes the socket with 1008 (policy violation), as FastAPI's
     * {@code WebSocketException} does. Its account is read on the {@code db} pool.
     */
    @WebSocketRoute("/ws/events")
    @Blocking(pool = "db")
    public static void socket(WebSocket ws, @Query String token, Tokens tokens, Database database, ItemEvents events)
            throws SQLException {
        Optional<Tokens.Claims> claims =
                tokens.verify(token).filter(c -> c.scopes().contains(Auth.ITEMS));
        Optional<UserStore.Account> account = claims.isEmpty()
                ? Optional.empty()
                : database.inTransaction(
                        c -> new UserStore(c).byUsername(claims.get().username()));
        if (account.isEmpty()) {
            ws.close(1008, "Could not validate credentials");
            return;
        }
        ItemEvents.Feed feed = events.subscribe(account.get().user());
        feed.handler(event -> ws.sendJson(event.data()));
        ws.onClose(feed::close);
        ws.sendJson(Map.of("type", "subscribed"));
    }

    /**
     * Each change to the caller's items once it is committed: an SSE event named {@code created},
     * {@code updated} or {@code deleted}, its data the {@link ItemEvent}. Runs on the event loop.
     */
    @Get(value = "/events", produces = "text/event-stream", tags = "items")
    @Scopes(Auth.ITEMS)
    public static ReadStream<ServerSentEvent<ItemEvent>> events(ItemEvents.Feed feed) {
        return feed;
    }
}
