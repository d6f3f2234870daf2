package dev.zhengce.policy.examples.service;

import dev.zhengce.policy.examples.ledger.LedgerException;
import dev.zhengce.policy.model.PolicyException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure inside Spring MVC into an RFC 9457 problem detail: the SDK's
 * {@link PolicyException}s and unreadable bodies become 400 naming the row and the field, a body
 * over the limit 413, Spring's own refusals (404, 405, 415, 406, …) keep their status; anything
 * unexpected is logged and answered with a bare 500. Never a stack trace.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    /**
     * A caller's mistake the SDK found: 400 naming the field.
     *
     * @param e       the exception
     * @param request the request
     * @return the problem detail
     */
    @ExceptionHandler(PolicyException.class)
    public ResponseEntity<Object> invalid(PolicyException e, HttpServletRequest request) {
        return reply(Problems.of(HttpStatus.BAD_REQUEST, e.getMessage(), e.field()), request);
    }

    /**
     * The ledger's database failed (cannot be reached, a transaction that could not complete):
     * 503, nothing of the failed claim recorded. The database's URL is not told.
     *
     * @param e       the exception
     * @param request the request
     * @return the problem detail
     */
    @ExceptionHandler(LedgerException.class)
    public ResponseEntity<Object> ledgerDown(LedgerException e, HttpServletRequest request) {
        LOG.error("the ledger failed on {} {}", request.getMethod(), request.getRequestURI(), e);
        return reply(
                Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "the ledger's database is unavailable; nothing of the"
                                + " failed application was recorded; try again later (a retry of the same batch is safe)",
                        "ledger"),
                request);
    }

    /**
     * A body over the limit: 413.
     *
     * @param e       the exception
     * @param request the request
     * @return the problem detail
     */
    @ExceptionHandler(BodyLimit.BodyTooLarge.class)
    public ResponseEntity<Object> tooLarge(BodyLimit.BodyTooLarge e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .header(HttpHeaders.CONNECTION, "close")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(withInstance(Problems.of(HttpStatus.CONTENT_TOO_LARGE, e.getMessage(), "body"), request));
    }

    /**
     * A body in a charset other than UTF-8: 415.
     *
     * @param e       the exception
     * @param request the request
     * @return the problem detail
     */
    @ExceptionHandler(PolicyJsonConverter.UnsupportedCharset.class)
    public ResponseEntity<Object> charset(PolicyJsonConverter.UnsupportedCharset e, HttpServletRequest request) {
        return reply(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage(), "Content-Type"), request);
    }

    /**
     * A catalog element that does not exist: 404 naming the id.
     *
     * @param e       the exception
     * @param request the request
     * @return the problem detail
     */
    @ExceptionHandler(NotInCatalog.class)
    public ResponseEntity<Object> notFound(NotInCatalog e, HttpServletRequest request) {
        return reply(Problems.of(HttpStatus.NOT_FOUND, e.getMessage(), "id"), request);
    }

    /**
     * Anything else: logged here, answered with a bare 500.
     *
     * @param e       the exception
     * @param request the request
     * @return the problem detail
     */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        LOG.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return reply(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal error", null), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        PolicyException cause = policyCause(e);
        ProblemDetail problem = cause != null
                ? Problems.of(HttpStatus.BAD_REQUEST, cause.getMessage(), cause.field() == null ? "" : cause.field())
                : Problems.of(HttpStatus.BAD_REQUEST, "the body is not a JSON document of the expected type", "body");
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(
                status,
                "content type " + e.getContentType() + " is not accepted; send application/json in UTF-8",
                "Content-Type");
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> reply = super.handleExceptionInternal(e, body, headers, status, request);
        if (reply != null && reply.getBody() instanceof ProblemDetail) {
            ProblemDetail problem = (ProblemDetail) reply.getBody();
            HttpStatus known = HttpStatus.resolve(problem.getStatus());
            if (known != null) {
                problem.setTitle(known.getReasonPhrase());
            }
            HttpHeaders h = new HttpHeaders();
            h.putAll(reply.getHeaders());
            h.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return new ResponseEntity<>(problem, h, reply.getStatusCode());
        }
        return reply;
    }

    private static ResponseEntity<Object> reply(ProblemDetail problem, HttpServletRequest request) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(withInstance(problem, request));
    }

    private static ProblemDetail withInstance(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(Problems.instance(request));
        return problem;
    }

    private static PolicyException policyCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PolicyException) {
                return (PolicyException) t;
            }
        }
        return null;
    }
}
