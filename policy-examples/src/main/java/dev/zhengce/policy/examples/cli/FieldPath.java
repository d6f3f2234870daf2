package dev.zhengce.policy.examples.cli;

import dev.zhengce.policy.model.PolicyException;
import java.util.List;
import java.util.OptionalInt;

/**
 * Where in a document a refusal is, read from the library's structured path
 * ({@link PolicyException#path()}), never taken apart from a message.
 */
final class FieldPath {
    private FieldPath() {}

    /**
     * Returns the row of an array a refusal is in: {@code observations[3].value} is row 3 of
     * {@code observations}.
     *
     * @param e     the refusal
     * @param array the array's name at the root of the path
     * @return the index; empty if the path does not start with that array and an index
     */
    static OptionalInt row(PolicyException e, String array) {
        List<PolicyException.Segment> path = e.path();
        if (path.size() < 2 || !path.get(0).name().filter(array::equals).isPresent()) {
            return OptionalInt.empty();
        }
        return path.get(1).index();
    }

    /**
     * Returns the field within a row of an array: {@code value} for {@code observations[3].value};
     * the whole field when the path is not inside a row of that array.
     *
     * @param e     the refusal
     * @param array the array's name at the root of the path
     * @return the field, as the model names it; {@code null} when the refusal names none
     */
    static String withinRow(PolicyException e, String array) {
        List<PolicyException.Segment> path = e.path();
        if (row(e, array).isEmpty()) {
            return e.field();
        }
        return render(path.subList(2, path.size()));
    }

    /** Writes segments as the model does: names joined by dots, indices in brackets. */
    static String render(List<PolicyException.Segment> segments) {
        StringBuilder b = new StringBuilder();
        for (PolicyException.Segment s : segments) {
            if (s.name().isPresent()) {
                b.append(b.length() == 0 ? "" : ".").append(s.name().get());
            } else {
                b.append('[').append(s.index().getAsInt()).append(']');
            }
        }
        return b.toString();
    }
}
