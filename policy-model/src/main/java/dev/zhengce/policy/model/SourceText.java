package dev.zhengce.policy.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The text a catalog is read from, so that every citation can be checked against it.
 *
 * <p>The Mengzhou text ships with the library as it was copied from the web, including the
 * page's navigation bar on its first line, which is not part of the notice.
 */
public final class SourceText {
    private static final String MENGZHOU = "mengzhou-2017-25.txt";

    private final String text;

    private SourceText(String text) {
        this.text = text;
    }

    /**
     * Obtains a source text from its content.
     *
     * @param text the text
     * @return the source text
     */
    public static SourceText of(String text) {
        return new SourceText(Objects.requireNonNull(text, "text"));
    }

    /**
     * Obtains the text of 孟政〔2017〕25号, as shipped with the library.
     *
     * @return the source text
     */
    public static SourceText mengzhou() {
        try (InputStream in = SourceText.class.getResourceAsStream(MENGZHOU)) {
            if (in == null) {
                throw new IllegalStateException("resource " + MENGZHOU + " is missing from the policy-model jar");
            }
            return new SourceText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the whole text. */
    public String text() {
        return text;
    }

    /**
     * Returns whether a citation's sentence occurs in the text verbatim.
     *
     * @param citation the citation
     * @return whether the sentence is in the text, character for character
     */
    public boolean contains(Citation citation) {
        return text.contains(citation.sentence());
    }

    /** Returns the length of the text, such as {@code SourceText[12345 chars]}. */
    @Override
    public String toString() {
        return "SourceText[" + text.length() + " chars]";
    }
}
