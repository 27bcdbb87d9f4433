package dev.kiln.it.deps;

import dev.kiln.Provides;
import dev.kiln.it.deps.Values.Config;
import dev.kiln.it.deps.Values.Greeting;
import dev.kiln.it.deps.Values.User;

/** An instance provider: Kiln builds it once at startup from its constructor's singletons. */
public final class Greeter {
    private final Config config;

    public Greeter(Config config) {
        this.config = config;
        Events.startup("greeter");
    }

    @Provides
    public Greeting greeting(User user) {
        return new Greeting("Hello " + user.name() + " from " + config.name());
    }
}
