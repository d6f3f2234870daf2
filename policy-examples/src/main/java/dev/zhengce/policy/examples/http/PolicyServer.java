package dev.zhengce.policy.examples.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.AttainmentEvaluator;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.Observation;
import dev.zhengce.policy.calc.Policy;
import dev.zhengce.policy.calc.Scorecard;
import dev.zhengce.policy.model.InvalidInputException;
import dev.zhengce.policy.model.PolicyException;
import dev.zhengce.policy.model.PolicyJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP JSON endpoint over the SDK, the way a government application would embed it,
 * on the JDK's own {@link HttpServer} (module {@code jdk.httpserver}) and nothing else:
 *
 * <ul>
 *   <li>{@code POST /awards} — a JSON array of {@link Application}s; replies with a JSON array
 *       of awards in the same order (status, amount as a string with two decimals, whether the
 *       cap bound, findings, the explanation in Chinese and English, citations, provenance).
 *       The array is one batch: a one-time award is paid once per applicant.
 *   <li>{@code POST /attainment?asOf=2019} — a JSON array of {@link Observation}s; replies with
 *       the scorecard as of that year.
 *   <li>{@code GET /health} — {@code {"status": "ok", …}} with the catalog's version.
 * </ul>
 *
 * <p>Hardened for untrusted clients: bodies are read with {@link PolicyJson} (unknown fields,
 * duplicate keys, nulls, coercions and trailing data are refused) and must be UTF-8; a body over
 * {@link #MAX_BODY_BYTES} is answered with 413, more than {@link #MAX_APPLICATIONS} applications
 * with 400; the library's {@link PolicyException}s become
 * 400 with {@code {"error": …, "field": …}}; a wrong method is 405 with {@code Allow}, an unknown
 * path 404, a content type other than JSON 415. An unexpected failure is logged and answered
 * with a bare 500, never with a stack trace. Requests run on a bounded pool of threads; when its
 * queue is full the server's dispatcher thread runs the request itself, which slows the
 * acceptance of new connections instead of dropping any.
 *
 * <p>The calculators are immutable and thread-safe: one {@link Policy} serves every request.
 *
 * <p>The JDK's server has no time limit on a slow client by default; {@link #main} sets its
 * {@code sun.net.httpserver.maxReqTime} and {@code maxRspTime} to 60 seconds. An application
 * calling {@link #start} sets them itself, before its first server, if it wants them.
 */
public final class PolicyServer implements AutoCloseable {
    /** The largest request body accepted, in bytes: 1 MiB. */
    public static final int MAX_BODY_BYTES = 1 << 20;
    /** The most applications one {@code POST /awards} takes (each award's reply carries its explanation). */
    public static final int MAX_APPLICATIONS = 1000;
    /** The default port of {@link #main}. */
    public static final int DEFAULT_PORT = 8080;

    private static final System.Logger LOG = System.getLogger(PolicyServer.class.getName());
    /** Past this many bytes a too-large body is no longer read to its end: the connection is closed. */
    private static final long DRAIN_LIMIT = 16L * MAX_BODY_BYTES;
    private static final String JSON = "application/json; charset=utf-8";
    private static final int THREADS = 8;
    private static final int QUEUE = 64;

    private final Policy policy;
    private final AttainmentEvaluator evaluator;
    private final HttpServer server;
    private final ThreadPoolExecutor executor;

    private PolicyServer(Policy policy, HttpServer server, ThreadPoolExecutor executor) {
        this.policy = policy;
        this.evaluator = AttainmentEvaluator.of(policy.catalog());
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts a server of a policy on an address.
     *
     * @param policy  the policy whose rules and targets are evaluated
     * @param address the address to listen on; port 0 picks a free port
     * @return the running server
     * @throws IOException if the address cannot be bound
     */
    public static PolicyServer start(Policy policy, InetSocketAddress address) throws IOException {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(address, "address");
        ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 0L, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE), threads(), new ThreadPoolExecutor.CallerRunsPolicy());
        HttpServer http;
        try {
            http = HttpServer.create(address, 0);
        } catch (IOException | RuntimeException e) {
            executor.shutdownNow();
            throw e;
        }
        PolicyServer server = new PolicyServer(policy, http, executor);
        http.createContext("/", server::handle);
        http.setExecutor(executor);
        http.start();
        return server;
    }

    /**
     * Starts a server of Mengzhou's notice on the loopback address.
     *
     * @param port the port; 0 picks a free port
     * @return the running server
     * @throws IOException if the port cannot be bound
     */
    public static PolicyServer start(int port) throws IOException {
        return start(Policy.mengzhou(), new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }

    /** Returns the port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Returns the base address, such as {@code http://127.0.0.1:8080}. */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort());
    }

    /** Stops listening, lets running requests finish for up to five seconds, and ends the threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Starts the server of Mengzhou's notice on the loopback address until the process is ended.
     *
     * @param args the port, 8080 by default
     * @throws IOException if the port cannot be bound
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int port = DEFAULT_PORT;
        if (args.length > 1 || args.length == 1 && !args[0].matches("[0-9]{1,5}")) {
            System.err.println("usage: PolicyServer [port]   (default " + DEFAULT_PORT + ")");
            System.exit(2);
        }
        if (args.length == 1) {
            port = Integer.parseInt(args[0]);
        }
        // the JDK server waits for a slow client forever unless told otherwise: close a connection
        // whose request or response takes longer than a minute (read once, before the first server)
        System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", "60"));
        System.setProperty("sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", "60"));
        PolicyServer server = start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "zhengce-http-stop"));
        out.println(server.policy.catalog().notice().number() + " on " + server.uri()
                + "  (POST /awards, POST /attainment?asOf=YEAR, GET /health; Ctrl-C stops)");
    }

    private void handle(HttpExchange exchange) {
        try {
            byte[] reply;
            int status = 200;
            try {
                reply = PolicyJson.write(route(exchange)).getBytes(StandardCharsets.UTF_8);
            } catch (HttpProblem p) {
                status = p.status();
                if (p.allow() != null) {
                    exchange.getResponseHeaders().set("Allow", p.allow());
                }
                reply = PolicyJson.write(Replies.error(p.getMessage(), p.field())).getBytes(StandardCharsets.UTF_8);
            } catch (PolicyException e) {
                status = 400;
                reply = PolicyJson.write(Replies.error(e.getMessage(), e.field())).getBytes(StandardCharsets.UTF_8);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "unexpected failure on " + exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getRawPath(), e);
                status = 500;
                reply = PolicyJson.write(Replies.error("internal error", null)).getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, status, reply);
        } catch (IOException e) {
            // the client went away: nothing to answer
            LOG.log(System.Logger.Level.DEBUG, "client connection lost", e);
        } finally {
            exchange.close();
        }
    }

    private Object route(HttpExchange exchange) throws IOException {
        String path = Objects.requireNonNullElse(exchange.getRequestURI().getRawPath(), "");
        String method = exchange.getRequestMethod();
        switch (path) {
            case "/health":
                allow(method, "GET, HEAD", "GET", "HEAD");
                noQuery(exchange);
                return Replies.health(policy.catalog());
            case "/awards":
                allow(method, "POST", "POST");
                noQuery(exchange);
                return awards(read(exchange, Application[].class));
            case "/attainment":
                allow(method, "POST", "POST");
                int asOf = asOf(exchange.getRequestURI().getRawQuery());
                return Replies.scorecard(scorecard(read(exchange, Observation[].class), asOf), policy.catalog());
            default:
                throw HttpProblem.notFound(path);
        }
    }

    private List<Object> awards(Application[] applications) {
        if (applications.length > MAX_APPLICATIONS) {
            throw HttpProblem.badRequest("[" + MAX_APPLICATIONS + "]", applications.length + " applications: at most "
                    + MAX_APPLICATIONS + " in one request; send the rest in another");
        }
        List<Object> replies = new ArrayList<>(applications.length);
        Iterator<Award> awards = policy.subsidies().awards(Arrays.stream(applications)).iterator();
        int i = 0;
        try {
            for (; awards.hasNext(); i++) {
                replies.add(Replies.award(awards.next()));
            }
        } catch (PolicyException e) {
            String field = e.field() == null || e.field().isEmpty() ? "[" + i + "]" : "[" + i + "]." + e.field();
            throw new InvalidInputException(field, e.value().orElse(null), e.rule(), e);
        }
        return replies;
    }

    /** Evaluates observations; a row's error names the row as the body does, {@code [3].value}. */
    private Scorecard scorecard(Observation[] observations, int asOf) {
        try {
            return evaluator.scorecard(Arrays.asList(observations), asOf);
        } catch (PolicyException e) {
            String field = e.field();
            if (field != null && field.startsWith("observations[")) {
                throw new InvalidInputException(field.substring("observations".length()), e.value().orElse(null), e.rule(), e);
            }
            throw e;
        }
    }

    /** Reads the body as a JSON array of a type, refusing null elements. */
    private static <T> T[] read(HttpExchange exchange, Class<T[]> type) throws IOException {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType != null && !isJson(contentType)) {
            throw HttpProblem.unsupportedMediaType(contentType);
        }
        T[] rows = PolicyJson.read(utf8(body(exchange)), type);
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null) {
                throw HttpProblem.badRequest("[" + i + "]", "[" + i + "]: null is not allowed; leave an absent value out");
            }
        }
        return rows;
    }

    private static boolean isJson(String contentType) {
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].strip().equals("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.startsWith("charset=") && !p.substring(8).replace("\"", "").equals("utf-8")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads at most {@link #MAX_BODY_BYTES}. A larger body is read on and thrown away (so that
     * the client, still sending, gets the 413 rather than a reset connection), up to
     * {@link #DRAIN_LIMIT}; past that the connection is closed after the reply.
     */
    private static byte[] body(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > DRAIN_LIMIT) {
            exchange.getResponseHeaders().set("Connection", "close");
            throw HttpProblem.tooLarge(MAX_BODY_BYTES);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        InputStream in = exchange.getRequestBody();
        for (int n; (n = in.read(buffer)) >= 0;) {
            total += n;
            if (total <= MAX_BODY_BYTES) {
                out.write(buffer, 0, n);
            } else if (total > DRAIN_LIMIT) {
                exchange.getResponseHeaders().set("Connection", "close");
                break;
            }
        }
        if (total > MAX_BODY_BYTES) {
            throw HttpProblem.tooLarge(MAX_BODY_BYTES);
        }
        return out.toByteArray();
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw HttpProblem.badRequest("body", "the body is not valid UTF-8");
        }
    }

    private int asOf(String query) {
        if (query == null || query.isEmpty()) {
            throw HttpProblem.badRequest("asOf", "asOf: required, the year the attainment is measured as of, such as ?asOf=2019");
        }
        String value = null;
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (!name.equals("asOf")) {
                throw HttpProblem.badRequest(HttpProblem.abbreviate(name), "unknown query parameter "
                        + HttpProblem.abbreviate(name) + "; the only one is asOf");
            }
            if (value != null) {
                throw HttpProblem.badRequest("asOf", "asOf: given twice");
            }
            value = eq < 0 ? "" : pair.substring(eq + 1);
        }
        int first = policy.catalog().notice().firstYear();
        if (!value.matches("[0-9]{4}") || Integer.parseInt(value) < first || Integer.parseInt(value) > 2100) {
            throw HttpProblem.badRequest("asOf", "asOf = " + HttpProblem.abbreviate(value) + ": a year within "
                    + first + "..2100");
        }
        return Integer.parseInt(value);
    }

    private static void noQuery(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null && !query.isEmpty()) {
            throw HttpProblem.badRequest("query", "this endpoint takes no query parameters: "
                    + HttpProblem.abbreviate(query));
        }
    }

    private static void allow(String method, String allow, String... methods) {
        for (String m : methods) {
            if (m.equals(method)) {
                return;
            }
        }
        throw HttpProblem.methodNotAllowed(method, allow);
    }

    private static void send(HttpExchange exchange, int status, byte[] reply) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", JSON);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : reply.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        }
    }

    private static ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "zhengce-http-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
