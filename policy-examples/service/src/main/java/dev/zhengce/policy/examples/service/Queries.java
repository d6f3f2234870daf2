package dev.zhengce.policy.examples.service;

import dev.zhengce.policy.model.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Query parameters read as strictly as bodies: an endpoint names the ones it takes; an unknown
 * one, or one given twice, is refused (400, naming it) instead of being ignored.
 */
final class Queries {
    private Queries() {}

    /**
     * Returns the value of an optional parameter, checking that no other parameter is given.
     *
     * @param request the request
     * @param name    the parameter asked for
     * @param allowed every parameter the endpoint takes
     * @return the value, if given
     * @throws InvalidInputException if an unknown parameter is given, or one twice
     */
    static Optional<String> one(HttpServletRequest request, String name, String... allowed) {
        List<String> known = Arrays.asList(allowed);
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (!known.contains(e.getKey())) {
                throw new InvalidInputException(
                        abbreviate(e.getKey()),
                        null,
                        "unknown query parameter"
                                + (known.isEmpty()
                                        ? "; this endpoint takes none"
                                        : "; this endpoint takes " + String.join(", ", known)));
            }
            if (e.getValue().length > 1) {
                throw new InvalidInputException(
                        e.getKey(), null, "given " + e.getValue().length + " times; give it once");
            }
        }
        String[] values = request.getParameterMap().get(name);
        return values == null ? Optional.empty() : Optional.of(values[0]);
    }

    /**
     * Checks that no query parameter is given.
     *
     * @param request the request
     * @throws InvalidInputException if one is
     */
    static void none(HttpServletRequest request) {
        one(request, "");
    }

    /**
     * Reads a yes/no parameter, {@code true} or {@code false} and nothing else.
     *
     * @param value the value, if given
     * @param name  the parameter's name
     * @param absent the value when not given
     * @return the value
     */
    static boolean flag(Optional<String> value, String name, boolean absent) {
        if (value.isEmpty()) {
            return absent;
        }
        switch (value.get()) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                throw new InvalidInputException(name, abbreviate(value.get()), "true or false");
        }
    }

    /** Keeps what a client sent short when it is echoed back. */
    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 60) + "…(" + text.length() + " chars)";
    }
}
