package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Bilingual;
import dev.zhengce.policy.model.Citation;
import dev.zhengce.policy.model.Language;
import java.util.Objects;
import java.util.Optional;

/** One step of a calculation's explanation, in Chinese and English, with its source sentence. */
public final class Step {
    private final Bilingual text;
    private final Citation citation;

    Step(Bilingual text, Citation citation) {
        this.text = Objects.requireNonNull(text);
        this.citation = citation;
    }

    /** {@return what the step did, in both languages} */
    public Bilingual text() {
        return text;
    }

    /** {@return the source sentence the step applies, if it applies one} */
    public Optional<Citation> citation() {
        return Optional.ofNullable(citation);
    }

    /**
     * Returns the step in one language.
     *
     * @param language the language
     * @return the text
     */
    public String in(Language language) {
        return text.in(language);
    }

    /** Returns the Chinese text. */
    @Override
    public String toString() {
        return text.zh();
    }
}
