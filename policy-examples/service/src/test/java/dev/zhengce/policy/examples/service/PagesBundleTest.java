package dev.zhengce.policy.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pages' own bundle, {@code web/pages}: the same keys in Chinese (the default file) and in
 * English, and the same MessageFormat arguments in both.
 */
class PagesBundleTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PagesBundleTest.class.getResourceAsStream("/web/" + name)) {
            assertNotNull(in, name);
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndArguments() throws IOException {
        Properties zh = bundle("pages.properties");
        Properties en = bundle("pages_en.properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (String key : zh.stringPropertyNames()) {
            assertEquals(placeholders(zh.getProperty(key)), placeholders(en.getProperty(key)), key);
        }
    }
}
