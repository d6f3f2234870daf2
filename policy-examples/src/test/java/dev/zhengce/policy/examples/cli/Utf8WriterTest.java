package dev.zhengce.policy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link Utf8Writer} writes what the JDK's encoder writes ({@code String.getBytes(UTF_8)}, which
 * also writes a lone surrogate as {@code ?}), whichever way the text is handed to it: strings,
 * arrays or single characters, in pieces that split surrogate pairs, past its buffer's size.
 */
class Utf8WriterTest {
    /** Runs of one kind of character: ASCII, Chinese, a pair of surrogates (𠀀), lone surrogates, two-byte Latin. */
    private static Gen<String> text() {
        Gen<String> run = integers().between(0, 5).zip(integers().between(1, 40_000), (kind, length) -> {
            String unit = new String[] {"a,9 \n", "元补助", "\uD840\uDC00", "\uD800", "\uDC00x", "é"}[kind];
            return unit.repeat(kind < 2 ? length : 1 + length % 5);
        });
        return lists().of(run).ofSizeBetween(0, 8).map(runs -> String.join("", runs));
    }

    private static byte[] written(String text, int piece, int how) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer w = new Utf8Writer(bytes)) {
            for (int i = 0; i < text.length(); i += piece) {
                int end = Math.min(text.length(), i + piece);
                switch (how) {
                    case 0:
                        w.write(text, i, end - i);
                        break;
                    case 1:
                        w.write(text.substring(i, end).toCharArray(), 0, end - i);
                        break;
                    default:
                        for (int j = i; j < end; j++) {
                            w.write(text.charAt(j));
                        }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Test
    void writesWhatTheJdkEncoderWrites() {
        qt().withExamples(300)
                .forAll(text(), integers().between(1, 70_000), integers().between(0, 2))
                .checkAssert((text, piece, how) -> assertArrayEquals(
                        text.getBytes(StandardCharsets.UTF_8),
                        written(text, piece, how),
                        () -> "piece " + piece + ", way " + how));
    }

    @Test
    void aPairSplitBetweenWritesIsOneCharacter() {
        for (String text :
                List.of("\uD840\uDC00", "a\uD840\uDC00b", "\uD840", "\uDC00", "\uD840a", "\uD840\uD840\uDC00")) {
            for (int how = 0; how < 3; how++) {
                assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), written(text, 1, how), text);
            }
        }
    }
}
