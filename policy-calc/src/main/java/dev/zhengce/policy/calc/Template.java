package dev.zhengce.policy.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A bundle's pattern compiled once: its literal parts and the arguments between them, written
 * as {@link java.text.MessageFormat} writes a pattern whose arguments are all text ({@code {0}},
 * {@code ''} for a quote, {@code '…'} quoted), without parsing the pattern again for every text
 * (a refused award's finding in a batch of millions). A typed argument ({@code {0,number}})
 * is not a pattern of this kind: the bundles have none, and {@link #compile} refuses one.
 */
final class Template {
    private final String[] literals;
    private final int[] arguments;

    private Template(String[] literals, int[] arguments) {
        this.literals = literals;
        this.arguments = arguments;
    }

    /**
     * Compiles a pattern.
     *
     * @param pattern the pattern, as MessageFormat reads it
     * @return the template
     * @throws IllegalArgumentException for a typed or malformed argument
     */
    static Template compile(String pattern) {
        List<String> literals = new ArrayList<>();
        List<Integer> arguments = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    literal.append('\'');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (quoted || c != '{') {
                literal.append(c);
            } else {
                int end = pattern.indexOf('}', i);
                String index = end < 0 ? "" : pattern.substring(i + 1, end);
                if (index.isEmpty() || !index.chars().allMatch(d -> d >= '0' && d <= '9') || index.length() > 4) {
                    throw new IllegalArgumentException("not a plain text argument at " + i + " of: " + pattern);
                }
                literals.add(literal.toString());
                literal.setLength(0);
                arguments.add(Integer.parseInt(index));
                i = end;
            }
        }
        literals.add(literal.toString());
        return new Template(
                literals.toArray(new String[0]),
                arguments.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Writes the template with its arguments, as MessageFormat writes texts: an argument past
     * the ones given stays {@code {n}}.
     *
     * @param args the arguments, each already written as text
     * @return the text
     */
    String format(Object[] args) {
        if (arguments.length == 0) {
            return literals[0];
        }
        StringBuilder b = new StringBuilder(64);
        appendTo(b, args, StringBuilder::append);
        return b.toString();
    }

    /**
     * Writes the template at the end of a builder, each argument written there by a writer (a
     * text within a text goes into the same builder, not into a string of its own); an argument
     * past the ones given stays {@code {n}}.
     *
     * @param b     the builder
     * @param args  the arguments
     * @param write writes an argument at the end of the builder
     */
    void appendTo(StringBuilder b, Object[] args, BiConsumer<StringBuilder, Object> write) {
        b.append(literals[0]);
        for (int i = 0; i < arguments.length; i++) {
            int n = arguments[i];
            if (n < args.length) {
                write.accept(b, args[n]);
            } else {
                b.append('{').append(n).append('}');
            }
            b.append(literals[i + 1]);
        }
    }
}
