package dev.zhengce.policy.model;

import java.util.Objects;

/**
 * The text a catalog is read from, so that every citation can be checked against it.
 *
 * <p>The text of 孟政〔2017〕25号 ships with the library:
 * {@link dev.zhengce.policy.mengzhou.Mengzhou#text()}.
 */
public final class SourceText {
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

    /** {@return the whole text} */
    public String text() {
        return text;
    }

    /**
     * Returns whether a citation identifies one place of the text: its sentence occurs there
     * verbatim, once, or as often as its {@link Citation#occurrence()} says at least.
     *
     * @param citation the citation
     * @return whether the cited occurrence is in the text, character for character
     */
    public boolean contains(Citation citation) {
        return locate(citation) >= 0;
    }

    /**
     * Returns how often a sentence occurs in the text (occurrences may overlap).
     *
     * @param sentence the sentence
     * @return the number of occurrences
     */
    public int occurrences(String sentence) {
        int n = 0;
        for (int at = text.indexOf(sentence); at >= 0; at = text.indexOf(sentence, at + 1)) {
            n++;
        }
        return n;
    }

    /**
     * Returns where the cited occurrence of a sentence starts: the only occurrence, or the one
     * its {@link Citation#occurrence()} names.
     *
     * @param citation the citation
     * @return the index of its first character; {@code -1} if the sentence is not in the text, if
     *         it occurs more than once and the citation does not say which occurrence, or if it
     *         occurs fewer times than the occurrence named
     */
    public int locate(Citation citation) {
        String sentence = citation.sentence();
        int at = text.indexOf(sentence);
        if (citation.occurrence().isEmpty()) {
            return at >= 0 && text.indexOf(sentence, at + 1) < 0 ? at : -1;
        }
        for (int n = 1; at >= 0; n++, at = text.indexOf(sentence, at + 1)) {
            if (n == citation.occurrence().get()) {
                return at;
            }
        }
        return -1;
    }

    /** Returns the length of the text, such as {@code SourceText[12345 chars]}. */
    @Override
    public String toString() {
        return "SourceText[" + text.length() + " chars]";
    }
}
