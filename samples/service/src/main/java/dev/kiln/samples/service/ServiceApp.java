package dev.kiln.samples.service;

import dev.kiln.App;
import dev.kiln.Kiln;

/**
 * Runs the service: {@code mvn -B -q -pl samples/service -am compile exec:java} (see docs/service-sample.md).
 * On H2 under {@code ./data} unless {@code APP_DATABASE_URL} says otherwise; {@code --port} and the other
 * options of {@code App.run}.
 */
public final class ServiceApp {
    private ServiceApp() {}

    public static void main(String[] args) {
        // The settings are read here, once, because they size the db worker pool before the app starts.
        app(ServiceSettings_Settings.load()).run(args);
    }

    /**
     * The app on these settings: the {@code db} worker pool has a thread per connection of the pool (a thread
     * never waits for a connection while another holds one idle), uploads are limited to
     * {@code APP_MAX_UPLOAD_BYTES}, and health, metrics and the access log are on.
     */
    public static App app(ServiceSettings settings) {
        return Kiln.app()
                .title("Kiln service sample")
                .version("1.0.0")
                .description(
                        "FastAPI's full-stack tutorial in Kiln: accounts, tokens, items with attachments, live updates.")
                .override(ServiceSettings.class, request -> settings)
                .workerPool("db", settings.poolSize())
                .maxUploadSize(settings.maxUploadBytes())
                .health()
                .metrics()
                .accessLog(true);
    }
}
