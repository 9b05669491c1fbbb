import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of one hand-off page (GET /handoffs/{id}) as a signed-in practitioner sees it, against a running
 * application: signs in, finds a hand-off on /handoffs, warms up, then times N sequential requests and prints
 * p50, p95, p99 and max. Usage: java bench/handoff/PageLatency.java http://localhost:8080 user password [N]
 */
public class PageLatency {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String user = args[1];
        String password = args[2];
        int n = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();

        String signIn = get(http, base + "/sign-in");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signIn);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        Matcher link = Pattern.compile("href=\"(/handoffs/[0-9a-f-]{36})\"").matcher(get(http, base + "/handoffs"));
        if (!link.find()) {
            throw new IllegalStateException("No hand-off visible to " + user);
        }
        String page = base + link.group(1);
        for (int i = 0; i < 300; i++) {
            get(http, page);
        }
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            String body = get(http, page);
            nanos[i] = System.nanoTime() - start;
            if (!body.contains("Timeline")) {
                throw new IllegalStateException("Not the hand-off page");
            }
        }
        Arrays.sort(nanos);
        String last = get(http, page);
        System.out.println("timed page: " + (last.contains("Bench hand-off") ? "a seeded bench hand-off" : "a demo hand-off")
                + (last.contains("escalated to") ? ", with an escalation step" : ""));
        System.out.printf("RESULT %s n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n", link.group(1), n,
                ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[n - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[(int) Math.ceil(q * sorted.length) - 1] / 1e6;
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return r.body();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
