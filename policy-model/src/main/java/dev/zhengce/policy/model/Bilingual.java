package dev.zhengce.policy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A text in Chinese, as written in the source, and its English rendering. */
@Value.Immutable
@JsonSerialize(as = ImmutableBilingual.class)
@JsonDeserialize(as = ImmutableBilingual.class)
public abstract class Bilingual {
    /** {@return the Chinese text} */
    public abstract String zh();

    /** {@return the English text} */
    public abstract String en();

    /**
     * Obtains a text from its Chinese and English forms.
     *
     * @param zh the Chinese text
     * @param en the English text
     * @return the text
     */
    public static Bilingual of(String zh, String en) {
        return ImmutableBilingual.builder().zh(zh).en(en).build();
    }

    /**
     * Returns the text in one language.
     *
     * @param language the language
     * @return the Chinese or the English text
     */
    public String in(Language language) {
        return language == Language.ZH ? zh() : en();
    }

    @Value.Check
    void check() {
        Checks.text("zh", zh());
        Checks.text("en", en());
    }

    /** Returns {@code zh (en)}. */
    @Override
    public String toString() {
        return zh() + " (" + en() + ")";
    }
}
