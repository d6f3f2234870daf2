package dev.zhengce.policy.examples.service;

import dev.zhengce.policy.model.PolicyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error page, for what Tomcat refuses before the application sees it (a request
 * line or URI it cannot parse, headers too large), as an RFC 9457 problem detail with the
 * status and its reason phrase only, instead of Tomcat's HTML page.
 */
public final class ProblemReportValve extends ErrorReportValve {
    /** Creates the valve. */
    public ProblemReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", status);
        problem.put(
                "detail",
                status >= 500
                        ? "internal error"
                        : "the server refused the request: it is not valid HTTP"
                                + " or exceeds a limit (a request line, URI or headers too large or malformed)");
        byte[] body = PolicyJson.write(problem).getBytes(StandardCharsets.UTF_8);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or the response cannot be written: nothing more to say
        }
    }
}
