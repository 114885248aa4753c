import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The slow-body probe of issue 10: CONNECTIONS connections each send a nearly complete 1 MB body
 * and then one byte every few seconds, while one client sends an ordinary evaluation every 500 ms.
 * Prints how the slow connections were answered and the ordinary evaluations' latencies.
 * Usage: java bench/SlowBodies.java PORT PLAN [connections=300] [seconds=30]
 */
public class SlowBodies {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        byte[] plan = Files.readAllBytes(Path.of(args[1]));
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        int size = 1024 * 1024;
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            try {
                Socket s = new Socket("127.0.0.1", port);
                s.setSoTimeout(1);
                OutputStream out = s.getOutputStream();
                out.write(("POST /api/v1/evaluations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                        + size + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(new byte[size - 100]);
                out.flush();
                sockets.add(s);
            } catch (Exception e) {
                // refused or reset: counted below as not held
            }
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> latencies = new ArrayList<>();
        int failures = 0;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long nextTrickle = 0;
        while (System.nanoTime() < end) {
            if (System.nanoTime() > nextTrickle) {
                for (Socket s : sockets) {
                    try {
                        s.getOutputStream().write('x');
                    } catch (Exception e) {
                        // closed by the server
                    }
                }
                nextTrickle = System.nanoTime() + 3_000_000_000L;
            }
            long start = System.nanoTime();
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/evaluations"))
                        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(plan)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() != 200) {
                    failures++;
                }
                latencies.add((System.nanoTime() - start) / 1_000_000);
            } catch (Exception e) {
                failures++;
            }
            Thread.sleep(500);
        }
        Map<String, Integer> answers = new TreeMap<>();
        for (Socket s : sockets) {
            String status = "no answer (still held)";
            try {
                s.setSoTimeout(200);
                InputStream in = s.getInputStream();
                byte[] head = in.readNBytes(12);
                status = head.length == 12 ? new String(head, 9, 3, StandardCharsets.US_ASCII) : "closed";
            } catch (Exception e) {
                status = e instanceof java.net.SocketTimeoutException ? "no answer (still held)" : "closed";
            }
            answers.merge(status, 1, Integer::sum);
            s.close();
        }
        answers.merge("not opened", connections - sockets.size(), Integer::sum);
        latencies.sort(null);
        System.out.println("slow connections: " + connections + ", answered: " + answers);
        System.out.println("ordinary evaluations: " + latencies.size() + " answered, " + failures + " failed; latency ms p50 "
                + (latencies.isEmpty() ? "-" : latencies.get(latencies.size() / 2)) + ", max "
                + (latencies.isEmpty() ? "-" : latencies.get(latencies.size() - 1)));
    }
}
