package com.example;

import dev.kiln.Get;
import dev.kiln.OnStartup;
import dev.kiln.Provides;
import dev.kiln.Scope;
import java.util.Map;

public final class Api {
    /** A service made from the settings. */
    public record Mailer(String host, int port) {}

    @Provides(scope = Scope.SINGLETON)
    public static Mailer mailer(Config.Mail mail) {
        return new Mailer(mail.smtpHost(), mail.smtpPort());
    }

    @Get("/config")
    public static Map<String, Object> config(Config config, Mailer mailer) {
        return Map.of("poolSize", config.poolSize(), "mailer", mailer.host());
    }

    @OnStartup
    public static void check(Config config) {
        if (config.debug()) {
            System.out.println("debug");
        }
    }
}
