package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Bilingual;
import dev.zhengce.policy.model.Citation;
import dev.zhengce.policy.model.Language;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a calculation's explanation, with its source sentence. The step holds what it
 * says as data; {@link Explainer} writes it in a language.
 */
public final class Step {
    /** What the step says, not yet written. */
    final Object text;

    private final Citation citation;

    Step(Object text, Citation citation) {
        this.text = Objects.requireNonNull(text);
        this.citation = citation;
    }

    /** {@return what the step did, written in both languages} */
    public Bilingual text() {
        return Bilingual.of(explain(Language.ZH), explain(Language.EN));
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
    public String explain(Language language) {
        return Explainer.of(language).explain(this);
    }

    /**
     * Returns the step in a locale's language.
     *
     * @param locale the locale
     * @return the text
     */
    public String explain(Locale locale) {
        return Explainer.of(locale).explain(this);
    }

    /** Returns the Chinese text. */
    @Override
    public String toString() {
        return explain(Language.ZH);
    }
}
