package dev.zhengce.policy.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text read from bytes in one encoding, strictly: a byte sequence that is not text in that
 * encoding stops the reading with a {@link Malformed} naming the byte, never a replacement
 * character. A byte-order mark of the encoding is skipped; the mark of another encoding is
 * refused. When UTF-8 fails where GB18030 (which covers GBK) reads, the message says so.
 * Counts the bytes consumed, for the progress bar.
 */
final class Text extends Reader {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int CHUNK = 1 << 16;

    /** Bytes that are not text in the encoding. */
    static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
    private final CharBuffer chars = CharBuffer.allocate(CHUNK);
    private long consumed;
    private boolean eof;
    private boolean started;
    /** The bytes that are not text, reported once the characters before them are read. */
    private Malformed pending;

    /**
     * Reads a stream as text.
     *
     * @param in      the bytes
     * @param charset the encoding
     */
    Text(InputStream in, Charset charset) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        chars.flip();
    }

    /** Returns the bytes read so far (a little ahead of the characters handed out). */
    long bytesRead() {
        return consumed;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        return n;
    }

    /** Decodes the next characters; false at the end. */
    private boolean fill() throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (eof && !bytes.hasRemaining()) {
            return false;
        }
        if (!eof) {
            bytes.compact();
            int room = bytes.remaining();
            int n = in.readNBytes(bytes.array(), bytes.position(), room);
            eof = n < room;
            consumed += n;
            bytes.position(bytes.position() + n);
            bytes.flip();
            if (!started) {
                started = true;
                skipByteOrderMark();
            }
        }
        chars.clear();
        int before = bytes.position();
        CoderResult r = decoder.decode(bytes, chars, eof);
        if (r.isError()) {
            // the characters before the bad bytes are handed out first, so that the reader knows its line
            pending = malformed(bytes.position(), before);
            if (chars.position() == 0) {
                throw pending;
            }
            chars.flip();
            return true;
        }
        if (eof && !bytes.hasRemaining()) {
            r = decoder.flush(chars);
            if (r.isError()) {
                throw malformed(bytes.position(), before);
            }
        }
        chars.flip();
        return chars.hasRemaining() || !eof || bytes.hasRemaining();
    }

    private void skipByteOrderMark() throws Malformed {
        if (startsWith(0xEF, 0xBB, 0xBF)) {
            if (!charset.equals(StandardCharsets.UTF_8)) {
                throw new Malformed("starts with the byte-order mark of UTF-8, but the encoding given is "
                        + charset.name() + ": leave out --encoding");
            }
            bytes.position(3);
        } else if (startsWith(0x84, 0x31, 0x95, 0x33) && charset.equals(GB18030)) {
            bytes.position(4);
        } else if ((startsWith(0xFF, 0xFE) || startsWith(0xFE, 0xFF))
                && !charset.name().startsWith("UTF-16")) {
            throw new Malformed(
                    "starts with the byte-order mark of UTF-16 (Excel's \"Unicode text\"): save the file as "
                            + "\"CSV UTF-8\", or give --encoding UTF-16");
        }
    }

    private boolean startsWith(int... mark) {
        if (bytes.remaining() < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((bytes.get(bytes.position() + i) & 0xff) != mark[i]) {
                return false;
            }
        }
        return true;
    }

    private Malformed malformed(int at, int chunkStart) {
        long offset = consumed - bytes.limit() + at;
        String message = "byte " + offset + " is not " + charset.name() + " text";
        if (charset.equals(StandardCharsets.UTF_8) && readsAsGb18030(chunkStart)) {
            message += "; the bytes read as GB18030 (GBK), as files saved by Excel or WPS on a Chinese Windows machine "
                    + "are: give --encoding GB18030";
        }
        return new Malformed(message);
    }

    /** Whether the bytes of the current chunk, from where decoding started, are GB18030 text. */
    private boolean readsAsGb18030(int from) {
        ByteBuffer window = ByteBuffer.wrap(bytes.array(), from, bytes.limit() - from);
        CharsetDecoder gb = GB18030.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        while (true) {
            CoderResult r = gb.decode(window, out, eof);
            if (r.isError()) {
                return false;
            }
            if (r.isOverflow()) {
                out.clear();
            } else {
                return true;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
