package dev.zhengce.policy.examples.service;

import dev.zhengce.policy.model.PolicyJson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details as this service writes them: {@code type}, {@code title},
 * {@code status}, {@code detail}, {@code instance} and, where one field of the request is at
 * fault, {@code field} — the row and the field as {@code PolicyJson} names them, such as
 * {@code [0].costs.software-investment}. Never an exception's class or stack trace.
 */
public final class Problems {
    /** The extension member naming the part of the request at fault. */
    public static final String FIELD = "field";

    private Problems() {}

    /**
     * Obtains a problem detail.
     *
     * @param status the status
     * @param detail what went wrong, for the client
     * @param field  the part of the request at fault, or {@code null}
     * @return the problem detail
     */
    public static ProblemDetail of(HttpStatusCode status, String detail, String field) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known != null) {
            p.setTitle(known.getReasonPhrase());
        }
        if (field != null && !field.isEmpty()) {
            p.setProperty(FIELD, field);
        }
        return p;
    }

    /**
     * Returns a problem detail as the ordered JSON document of RFC 9457, its extension members
     * at the top level.
     *
     * @param problem the problem detail
     * @return the document
     */
    public static Map<String, Object> document(ProblemDetail problem) {
        Map<String, Object> m = new LinkedHashMap<>();
        URI type = problem.getType();
        m.put("type", type == null ? "about:blank" : type.toString());
        if (problem.getTitle() != null) {
            m.put("title", problem.getTitle());
        }
        m.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            m.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            m.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            problem.getProperties().forEach((k, v) -> {
                if (v != null && !m.containsKey(k)) {
                    m.put(k, v);
                }
            });
        }
        return m;
    }

    /**
     * Writes a problem detail as the whole reply, outside Spring MVC (servlet filters, the
     * security filter chain).
     *
     * @param request  the request, whose path becomes the {@code instance}
     * @param response the response, not yet committed
     * @param problem  the problem detail
     * @throws IOException if the reply cannot be written
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (problem.getInstance() == null) {
            problem.setInstance(instance(request));
        }
        byte[] body = PolicyJson.write(document(problem)).getBytes(StandardCharsets.UTF_8);
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** Returns the request's path as the problem's {@code instance}, shortened if long; {@code null} if unusable. */
    static URI instance(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path == null || path.length() > 200) {
            return null;
        }
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
