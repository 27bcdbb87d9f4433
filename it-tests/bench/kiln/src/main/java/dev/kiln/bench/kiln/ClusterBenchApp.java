package dev.kiln.bench.kiln;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import dev.kiln.Kiln;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;

/**
 * ws-broadcast.sh's server: the bench app with its event bus clustered by Hazelcast on loopback only
 * (TCP-IP join on 127.0.0.1, multicast off), as the it-tests' two-process test does. The app starts
 * once it joined the cluster.
 *
 * <p>Arguments: {@code --host H --port P --instances N --cluster NAME --member PORT --peer PORT}
 * (this member's Hazelcast port and the other member's).
 */
public final class ClusterBenchApp {
    private ClusterBenchApp() {}

    public static void main(String[] args) {
        String cluster = option(args, "--cluster");
        String member = option(args, "--member");
        String peer = option(args, "--peer");
        Config config = new Config();
        config.setClusterName(cluster);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(Integer.parseInt(member)).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + member).addMember("127.0.0.1:" + peer);
        Kiln.app()
                .title("Kiln benchmark (clustered)")
                .version("1.0.0")
                .cluster(new HazelcastClusterManager(config))
                .run(new String[] {
                    "--host",
                    option(args, "--host"),
                    "--port",
                    option(args, "--port"),
                    "--instances",
                    option(args, "--instances")
                });
    }

    private static String option(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        throw new IllegalArgumentException("missing " + name);
    }
}
