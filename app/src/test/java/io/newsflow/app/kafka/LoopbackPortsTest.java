package io.newsflow.app.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LoopbackPortsTest {

    /** A broker with four listeners once got the same port for two of them and refused to start. */
    @Test
    void portsTakenTogetherAreDistinct() {
        int[] ports = LoopbackPorts.take(64);

        assertThat(Arrays.stream(ports).distinct().count()).isEqualTo(64);
    }

    @Test
    void portsAreReleasedForTheListenerThatBindsThem() throws IOException {
        int port = LoopbackPorts.take();

        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }
}
