package dev.zhengce.policy.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of this module, in its resource bundle {@code dev.zhengce.policy.model.messages}
 * ({@code messages_zh_CN.properties}, {@code messages_en.properties}, UTF-8). The bundle sits in
 * the module's own package and is loaded by the module itself, as a named module's bundles must
 * be; on the class path it loads the same way.
 */
final class Messages {
    static final String BUNDLE = "dev.zhengce.policy.model.messages";

    private Messages() {}

    /** {@return the text of a key in a locale's language, its arguments filled in by MessageFormat} */
    static String get(Locale locale, String key, Object... arguments) {
        Locale l = Language.of(locale).locale();
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, l).getString(key), l).format(arguments);
    }
}
