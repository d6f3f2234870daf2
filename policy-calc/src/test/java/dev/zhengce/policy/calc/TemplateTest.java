package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A compiled template writes what MessageFormat writes, for every pattern of the bundles and for its quoting rules. */
class TemplateTest {
    /** Arguments with the characters MessageFormat treats specially, so that a template that re-read them would differ. */
    private static final Object[] ARGS = {"甲{0}", "'b'", "c}", "1,234.50", "", "丙", "{6}", "7", "8", "9"};

    @Test
    void everyPatternOfTheBundlesIsWrittenAsMessageFormatWritesIt() {
        int checked = 0;
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("dev.zhengce.policy.calc.messages", locale);
            for (String key : bundle.keySet()) {
                String pattern = bundle.getString(key);
                assertEquals(
                        new MessageFormat(pattern, locale).format(ARGS),
                        Template.compile(pattern).format(ARGS),
                        key + " (" + locale + ")");
                checked++;
            }
        }
        assertTrue(checked > 100, "the bundles' patterns were checked: " + checked);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "plain",
                "{0}",
                "a{0}b{1}c",
                "{1}{0}{1}",
                "it''s {0}",
                "'{0}' is literal",
                "'it''s' {0}",
                "unclosed 'quote {0}",
                "a } b {0}",
                "{2} past the arguments",
                "''{0}''",
                "全角：{0}，{1}。",
                "ends in a quote '",
                "{1234} past them",
                "{9}{0}"
            })
    void quotingAsMessageFormat(String pattern) {
        Object[] args = {"x", "y"};
        assertEquals(
                new MessageFormat(pattern, Locale.ROOT).format(args),
                Template.compile(pattern).format(args),
                pattern);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{0,number}", "{x}", "{/}", "{:}", "{12345}", "{", "{0", "{}"})
    void typedOrMalformedArgumentsAreRefused(String pattern) {
        assertThrows(IllegalArgumentException.class, () -> Template.compile(pattern));
    }
}
