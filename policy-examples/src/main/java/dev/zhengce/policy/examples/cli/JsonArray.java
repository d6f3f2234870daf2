package dev.zhengce.policy.examples.cli;

import dev.zhengce.policy.model.PolicyJson;
import java.io.IOException;
import java.io.Reader;

/**
 * The elements of a JSON array, one at a time, as text: each is then read by the model's
 * hardened {@link PolicyJson}, so that every per-document limit (length, nesting, string
 * length, number length) holds per element, and the array itself may be of any length. Only
 * the array's own syntax is checked here: an opening {@code [}, elements separated by commas,
 * a closing {@code ]} and nothing but white space after it.
 */
final class JsonArray {
    /** Longest element, in characters, as for a whole JSON document. */
    static final long MAX_ELEMENT_CHARS = PolicyJson.MAX_DOCUMENT_LENGTH;

    /** The array's own syntax is broken; the caller names the file. */
    static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int end;
    private boolean eof;
    private final StringBuilder element = new StringBuilder();
    private int index = -1;
    private boolean started;
    private boolean done;

    /**
     * Reads the elements of the array the text holds.
     *
     * @param in the text
     */
    JsonArray(Reader in) {
        this.in = in;
    }

    private int peek() throws IOException {
        if (pos == end) {
            if (eof) {
                return -1;
            }
            end = in.read(buf, 0, buf.length);
            pos = 0;
            if (end <= 0) {
                end = 0;
                eof = true;
                return -1;
            }
        }
        return buf[pos];
    }

    private int skipWhitespace() throws IOException {
        int c = peek();
        while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            pos++;
            c = peek();
        }
        return c;
    }

    /** Returns the index of the current element, from 0. */
    int index() {
        return index;
    }

    /**
     * Reads the next element.
     *
     * @return its text, or {@code null} after the last
     * @throws Malformed   if the array's syntax is broken
     * @throws IOException if the text cannot be read
     */
    String next() throws IOException {
        if (done) {
            return null;
        }
        int c = skipWhitespace();
        if (!started) {
            started = true;
            if (c != '[') {
                throw new Malformed(
                        c < 0
                                ? "empty; a JSON array [ … ] is expected"
                                : "not a JSON array: it starts with " + (char) c + ", a [ is expected");
            }
            pos++;
            c = skipWhitespace();
            if (c == ']') {
                pos++;
                return finish();
            }
        } else {
            if (c == ']') {
                pos++;
                return finish();
            }
            if (c != ',') {
                throw new Malformed("row [" + index + "]: a , or ] is expected after it"
                        + (c < 0 ? ", but the text ends" : ", not " + (char) c));
            }
            pos++;
            c = skipWhitespace();
        }
        index++;
        if (c < 0 || c == ']' || c == ',') {
            throw new Malformed("row [" + index + "]: a value is expected");
        }
        return readElement();
    }

    private String finish() throws IOException {
        done = true;
        int c = skipWhitespace();
        if (c >= 0) {
            throw new Malformed("text after the end of the array");
        }
        return null;
    }

    /** Reads one value: up to the comma or bracket that ends it at the array's depth, outside strings. */
    private String readElement() throws IOException {
        element.setLength(0);
        int depth = 0;
        boolean string = false;
        boolean escape = false;
        while (true) {
            int c = peek();
            if (c < 0) {
                throw new Malformed("row [" + index + "]: the text ends inside it");
            }
            if (!string && depth == 0 && (c == ',' || c == ']')) {
                break;
            }
            pos++;
            if (element.length() >= MAX_ELEMENT_CHARS) {
                throw new Malformed("row [" + index + "]: longer than " + MAX_ELEMENT_CHARS + " characters");
            }
            element.append((char) c);
            if (string) {
                if (escape) {
                    escape = false;
                } else if (c == '\\') {
                    escape = true;
                } else if (c == '"') {
                    string = false;
                }
            } else if (c == '"') {
                string = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth < 0) {
                    throw new Malformed("row [" + index + "]: a closing " + (char) c + " without its opening");
                }
            }
        }
        return element.toString();
    }
}
