package dev.kiln.it;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import dev.kiln.Kiln;
import dev.kiln.RunningApp;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.util.concurrent.TimeUnit;

/**
 * One process of {@link WebSocketClusterIT}: the it-test app on port 0 with its event bus clustered by
 * Hazelcast on loopback only (TCP-IP join on 127.0.0.1, multicast off). Arguments: the cluster name, this
 * member's Hazelcast port, the other member's. Prints {@code KILN-PORT <port>} once it serves.
 */
public final class ClusterNode {
    private ClusterNode() {}

    public static void main(String[] args) throws Exception {
        Config config = new Config();
        config.setClusterName(args[0]);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(Integer.parseInt(args[1])).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + args[1]).addMember("127.0.0.1:" + args[2]);
        RunningApp app = Kiln.app()
                .instances(1)
                .cluster(new HazelcastClusterManager(config))
                .host("127.0.0.1")
                .port(0)
                .start()
                .toCompletionStage()
                .toCompletableFuture()
                .get(120, TimeUnit.SECONDS);
        System.out.println("KILN-PORT " + app.port());
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        Thread.currentThread().join();
    }
}
