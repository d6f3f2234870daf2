package dev.zhengce.policy.examples.service;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page (errors outside Spring MVC: a filter's failure, a request the
 * container refuses) as a problem detail with the status and its reason phrase only: never the
 * exception's message, class or stack trace. Replaces Spring Boot's default error page.
 */
@RestController
public class ProblemErrorController implements ErrorController {
    /**
     * Answers the container's error dispatch.
     *
     * @param request the request, with the servlet error attributes
     * @return the problem detail
     */
    @RequestMapping("${server.error.path:/error}")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer && HttpStatus.resolve((Integer) code) != null
                ? HttpStatus.resolve((Integer) code)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        if (code == null || status.value() < 400) {
            status = HttpStatus.NOT_FOUND; // /error asked for directly
        }
        ProblemDetail problem = Problems.of(
                status,
                status.is5xxServerError() ? "internal error" : "the request was refused: " + status.getReasonPhrase(),
                null);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String && ((String) uri).length() <= 200) {
            try {
                problem.setInstance(java.net.URI.create((String) uri));
            } catch (IllegalArgumentException e) {
                // not a usable URI: left out
            }
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
