package org.scalingadvisor.http;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.scalingadvisor.api.Http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, finding 9: anonymous callers holding many slow, declared-large bodies must not take the
 * whole large-body pool, so a keyed client's large evaluation and batch are still answered. Each
 * anonymous connection declares 1 MB, sends 1 KB and stalls; the server's defaults are in force
 * (a 32 MB pool) apart from a body timeout long enough for the test.
 */
class LargeBodiesPerClientTest {

    private static final String TOKEN = "portal-token-0123456789";
    private static final int ONE_MB = 1024 * 1024;

    @Test
    void oneAnonymousAddressHoldingFortySlowBodiesLeavesRoomForAKeyedClient() throws Exception {
        try (EmbeddedServer server = start(Map.of())) {
            List<Socket> stalled = stall(server, List.of("127.0.0.1"), 40);
            try {
                assertKeyedClientIsAnswered(server);
            } finally {
                close(stalled);
            }
        }
    }

    @Test
    void anonymousCallersFromManyAddressesCannotTakeThePartReservedForKeys() throws Exception {
        // each address stays under its own share, so only the part reserved for keys protects the keyed client
        try (EmbeddedServer server = start(Map.of())) {
            List<String> addresses = new ArrayList<>();
            for (int i = 2; i < 10; i++) {
                addresses.add("127.0.0." + i);
            }
            List<Socket> stalled = stall(server, addresses, 5);
            try {
                assertKeyedClientIsAnswered(server);
            } finally {
                close(stalled);
            }
        }
    }

    private static void assertKeyedClientIsAnswered(EmbeddedServer server) throws IOException {
        Http http = new Http(java.net.URI.create("http://127.0.0.1:" + server.getPort()));
        Map<String, String> keyed = Map.of("Authorization", "Bearer " + TOKEN, "Content-Type", "application/json");
        String plan = Files.readString(Path.of("samples/plans/myth-4-programme.json"));
        String padding = " ".repeat(200 * 1024); // over the small-body size, so it needs the large pool
        Http.Answer evaluation = http.send("POST", "/api/v1/evaluations", keyed, (plan + padding).getBytes(StandardCharsets.UTF_8));
        assertEquals(200, evaluation.status(), evaluation.body());
        Http.Answer batch = http.send("POST", "/api/v1/evaluations/batch", keyed,
                ("{\"items\":[" + plan + "," + plan + "]}" + padding).getBytes(StandardCharsets.UTF_8));
        assertEquals(200, batch.status(), batch.body());
    }

    private static EmbeddedServer start(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("advisor.api.keys", "portal:" + TOKEN);
        properties.put("advisor.http.body-timeout-ms", "60000");
        return ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }

    /** Opens {@code perAddress} connections from each address, each declaring 1 MB and sending 1 KB; waits until the server holds them or refused. */
    private static List<Socket> stall(EmbeddedServer server, List<String> addresses, int perAddress) throws Exception {
        List<Socket> sockets = new ArrayList<>();
        for (String address : addresses) {
            for (int i = 0; i < perAddress; i++) {
                Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), server.getPort(), InetAddress.getByName(address), 0);
                sockets.add(socket);
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /api/v1/evaluations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                            + ONE_MB + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(new byte[1024]);
                    out.flush();
                } catch (IOException refused) {
                    // answered and closed at once: refused, which is the point
                }
            }
        }
        BodyBudget budget = server.getApplicationContext().getBean(BodyBudget.class);
        long until = System.nanoTime() + 10_000_000_000L;
        int previous = -1;
        while (System.nanoTime() < until && budget.bodiesInFlight() != previous) {
            previous = budget.bodiesInFlight();
            Thread.sleep(300);
        }
        assertTrue(budget.bytesHeld() >= 8L * ONE_MB, "the stalled bodies hold part of the pool: " + budget.bytesHeld());
        return sockets;
    }

    private static void close(List<Socket> sockets) throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
