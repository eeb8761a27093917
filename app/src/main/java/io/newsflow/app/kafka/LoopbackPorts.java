package io.newsflow.app.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Free loopback ports for listeners that a broker (or a test) binds a moment later.
 *
 * <p>All the sockets stay open until every port is chosen: a port asked for one at a time is released before the next
 * is asked for, and the system may hand the same port out twice (a broker then refuses two listeners on one port).
 */
public final class LoopbackPorts {

    private LoopbackPorts() {
    }

    /** {@code count} distinct ports free on the loopback address at the time of the call. */
    public static int[] take(int count) {
        List<ServerSocket> sockets = new ArrayList<>(count);
        IOException failure = null;
        int[] ports = new int[count];
        try {
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
        } catch (IOException e) {
            failure = e;
        }
        for (ServerSocket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw new UncheckedIOException("cannot reserve " + count + " free loopback ports", failure);
        }
        return ports;
    }

    /** One port free on the loopback address at the time of the call. */
    public static int take() {
        return take(1)[0];
    }
}
