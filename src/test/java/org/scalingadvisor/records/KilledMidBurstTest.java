package org.scalingadvisor.records;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingadvisor.ServiceProcess;
import org.scalingadvisor.api.Http;
import org.scalingadvisor.store.LocalPostgres;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, item 2: a 200 that says "stored" means stored. The real service, in its own JVM, gets a
 * burst of evaluations and is killed with SIGKILL in the middle of it; started again on the same
 * data, every evaluation it answered with a Location is readable.
 */
class KilledMidBurstTest {

    private static final int CLIENTS = 8;
    /** Kill once this many answers said "stored": enough that the last group commits are in flight. */
    private static final int KILL_AFTER = 1500;

    @Test
    void everyAnswerThatSaidStoredIsReadableAfterAKillOnTheEmbeddedDatabase(@TempDir Path work) throws Exception {
        // No URL given: the service's own default, a file under ./data of its working folder.
        burstKillAndReread(work, Map.of(), "H2");
    }

    @Test
    void everyAnswerThatSaidStoredIsReadableAfterAKillOnPostgres(@TempDir Path work) throws Exception {
        Map<String, String> db = LocalPostgres.freshDatabase("killed_" + UUID.randomUUID().toString().substring(0, 8));
        burstKillAndReread(work, Map.of("DATASOURCES_DEFAULT_URL", db.get("datasources.default.url"),
                "DATASOURCES_DEFAULT_USERNAME", "test", "DATASOURCES_DEFAULT_PASSWORD", ""), "PostgreSQL");
    }

    private static void burstKillAndReread(Path work, Map<String, String> env, String database) throws Exception {
        byte[] plan = RecordsApiContract.sample(RecordsApiContract.PLAN);
        ConcurrentLinkedQueue<String> stored = new ConcurrentLinkedQueue<>();
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger serverErrors = new AtomicInteger();
        AtomicInteger failedRecords = new AtomicInteger();
        try (ServiceProcess service = ServiceProcess.start(work, "256m", env)) {
            Http http = service.http();
            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                Thread client = new Thread(() -> {
                    while (true) {
                        Http.Answer answer;
                        try {
                            answer = RecordsApiContract.post(http, "/api/v1/evaluations", plan);
                        } catch (UncheckedIOException | IllegalStateException killed) {
                            return;
                        }
                        requests.incrementAndGet();
                        if (answer.status() >= 500) {
                            serverErrors.incrementAndGet();
                        } else if (answer.status() == 200 && "stored".equals(answer.header("X-Decision-Record"))
                                && answer.location() != null) {
                            stored.add(answer.location());
                        } else if ("failed".equals(answer.header("X-Decision-Record"))) {
                            failedRecords.incrementAndGet();
                        }
                    }
                });
                client.start();
                clients.add(client);
            }
            long deadline = System.currentTimeMillis() + 120_000;
            while (stored.size() < KILL_AFTER && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            service.kill();
            for (Thread client : clients) {
                client.join(60_000);
            }
        }
        List<String> answered = List.copyOf(stored);
        assertTrue(answered.size() >= KILL_AFTER, "the burst got going: " + answered.size() + " stored answers");
        try (ServiceProcess again = ServiceProcess.start(work, "256m", env)) {
            Http http = again.http();
            List<String> lost = new ArrayList<>();
            for (String location : answered) {
                if (http.get(location).status() != 200) {
                    lost.add(location);
                }
            }
            System.out.printf("kill -9 mid-burst on %s: %d requests, %d answered 5xx, %d answered failed, %d answered stored,"
                    + " %d readable after restart%n", database, requests.get(), serverErrors.get(), failedRecords.get(),
                    answered.size(), answered.size() - lost.size());
            assertEquals(List.of(), lost.subList(0, Math.min(lost.size(), 10)),
                    lost.size() + " of " + answered.size() + " answers that said stored are gone after the kill");
            assertEquals(0, serverErrors.get(), "no 5xx during the burst");
        }
    }
}
