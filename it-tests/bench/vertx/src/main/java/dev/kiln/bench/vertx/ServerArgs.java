package dev.kiln.bench.vertx;

/**
 * The command line every benchmark server understands, the same flags as a Kiln app:
 * {@code --host} (default 127.0.0.1), {@code --port} (default 8000, 0 for any free port) and
 * {@code --instances} (event-loop verticles, default 1).
 */
record ServerArgs(String host, int port, int instances) {
    static ServerArgs parse(String[] args) {
        String host = "127.0.0.1";
        int port = 8000;
        int instances = 1;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--host" -> host = require(args[i], value);
                case "--port" -> port = Integer.parseInt(require(args[i], value));
                case "--instances" -> instances = Integer.parseInt(require(args[i], value));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (expected --host, --port, --instances)");
            }
            i++;
        }
        return new ServerArgs(host, port, instances);
    }

    private static String require(String flag, String value) {
        if (value == null) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return value;
    }
}
