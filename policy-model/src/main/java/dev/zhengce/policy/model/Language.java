package dev.zhengce.policy.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The languages the model's texts and explanations come in: a convenience over
 * {@link java.util.Locale}, which chooses the texts (each module's resource bundle, in Chinese
 * as {@code zh_CN} and in English as {@code en}).
 */
public enum Language {
    /** Chinese, the language of the source: {@link Locale#SIMPLIFIED_CHINESE}. */
    ZH(Locale.SIMPLIFIED_CHINESE),
    /** English: {@link Locale#ENGLISH}. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /**
     * Obtains the language for a locale: Chinese for any Chinese locale ({@code zh}, {@code zh_CN},
     * {@code zh_TW}), English for every other, as the texts come in these two only.
     *
     * @param locale the locale
     * @return {@link #ZH} or {@link #EN}
     */
    public static Language of(Locale locale) {
        return "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? ZH : EN;
    }

    /** {@return the locale the texts of this language are found under: {@code zh_CN} or {@code en}} */
    public Locale locale() {
        return locale;
    }
}
