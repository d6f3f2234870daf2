package dev.zhengce.policy.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Text written as UTF-8 into a buffer and from there to a stream: one layer instead of a
 * buffered writer over an encoder over a buffered stream, with a short path for ASCII, as long
 * outputs are mostly ASCII. A lone surrogate, which is no character, is written as {@code ?}.
 * Closing flushes; the stream is left open (its owner closes it).
 */
final class Utf8Writer extends Writer {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private final char[] chunk = new char[1 << 12];
    private int n;
    private char high;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (ch < 0x80 && high == 0 && n < buf.length) {
            // a separator, a line break: one byte
            buf[n++] = (byte) ch;
            return;
        }
        put(ch);
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        // the string's characters in chunks (one intrinsic copy each), then encoded from the array
        while (len > 0) {
            int k = Math.min(len, chunk.length);
            s.getChars(off, off + k, chunk, 0);
            write(chunk, 0, k);
            off += k;
            len -= k;
        }
    }

    @Override
    public void write(char[] cs, int off, int len) throws IOException {
        int i = off;
        int end = off + len;
        byte[] b = buf;
        while (i < end) {
            if (high != 0) {
                // the character after a high surrogate
                put(cs[i++]);
                continue;
            }
            int m = n;
            // as many characters as the buffer holds at three bytes each, without a check of room for each
            int stop = Math.min(end, i + (b.length - m) / 3);
            if (stop == i) {
                drain();
                continue;
            }
            while (i < stop) {
                char c = cs[i];
                if (c < 0x80) {
                    b[m++] = (byte) c;
                } else if (c < 0x800) {
                    b[m++] = (byte) (0xC0 | (c >> 6));
                    b[m++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isSurrogate(c)) {
                    break;
                } else {
                    b[m++] = (byte) (0xE0 | (c >> 12));
                    b[m++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    b[m++] = (byte) (0x80 | (c & 0x3F));
                }
                i++;
            }
            n = m;
            if (i < stop) {
                // a surrogate
                put(cs[i++]);
            }
        }
    }

    private void put(char c) throws IOException {
        if (n > buf.length - 4) {
            drain();
        }
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                buf[n++] = (byte) (0xF0 | (cp >> 18));
                buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[n++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            buf[n++] = '?';
            put(c);
            return;
        }
        if (c < 0x80) {
            buf[n++] = (byte) c;
        } else if (c < 0x800) {
            buf[n++] = (byte) (0xC0 | (c >> 6));
            buf[n++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[n++] = '?';
        } else {
            buf[n++] = (byte) (0xE0 | (c >> 12));
            buf[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[n++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void drain() throws IOException {
        out.write(buf, 0, n);
        n = 0;
    }

    @Override
    public void flush() throws IOException {
        if (high != 0) {
            high = 0;
            put('?');
        }
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
