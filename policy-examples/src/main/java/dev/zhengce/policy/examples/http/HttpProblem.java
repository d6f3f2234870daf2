package dev.zhengce.policy.examples.http;

/**
 * A request the server refuses before the library sees it: a wrong method, an unknown path, a
 * body too large, a content type or query it does not take. Carries the HTTP status and the
 * message the client is told.
 */
final class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String field;
    private final String allow;

    private HttpProblem(int status, String message, String field, String allow) {
        super(message, null, false, false);
        this.status = status;
        this.field = field;
        this.allow = allow;
    }

    static HttpProblem badRequest(String field, String message) {
        return new HttpProblem(400, message, field, null);
    }

    static HttpProblem notFound(String path) {
        return new HttpProblem(404, "no such endpoint: " + abbreviate(path)
                + "; the endpoints are GET /health, POST /awards, POST /attainment?asOf=YEAR", null, null);
    }

    static HttpProblem methodNotAllowed(String method, String allow) {
        return new HttpProblem(405, "method " + abbreviate(method) + " is not allowed here; use " + allow, null, allow);
    }

    static HttpProblem tooLarge(long limit) {
        return new HttpProblem(413, "request body larger than " + limit + " bytes", "body", null);
    }

    static HttpProblem unsupportedMediaType(String contentType) {
        return new HttpProblem(415, "content type " + abbreviate(contentType)
                + " is not accepted; send application/json in UTF-8", "Content-Type", null);
    }

    /** Returns the HTTP status. */
    int status() {
        return status;
    }

    /** Returns the field or part of the request at fault, or {@code null}. */
    String field() {
        return field;
    }

    /** Returns the methods allowed, for a 405, or {@code null}. */
    String allow() {
        return allow;
    }

    /** Keeps what a client sent short when it is echoed back. */
    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 60) + "…(" + text.length() + " chars)";
    }
}
