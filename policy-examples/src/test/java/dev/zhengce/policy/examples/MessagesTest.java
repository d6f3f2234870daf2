package dev.zhengce.policy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.zhengce.policy.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The examples' bundle: the same keys in both languages, the same MessageFormat arguments,
 * quotes as MessageFormat reads them, every key named in the code and every key the code
 * names in the bundle.
 */
class MessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern GET = Pattern.compile("(?:Texts\\.get|text)\\([^\"();]*?\"([A-Za-z0-9.]+)\"");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
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
        Properties zh = bundle("messages_zh_CN.properties");
        Properties en = bundle("messages_en.properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        // these choose one of their arguments: the chart names a row by its description in Chinese,
        // by its id in English (shorter than the English description)
        Set<String> choosers = Set.of("chart.row", "chart.plan");
        for (String key : zh.stringPropertyNames()) {
            if (choosers.contains(key)) {
                assertEquals(Set.of(0), placeholders(zh.getProperty(key)), key);
                assertEquals(Set.of(1), placeholders(en.getProperty(key)), key);
                continue;
            }
            assertEquals(placeholders(zh.getProperty(key)), placeholders(en.getProperty(key)), key);
            for (Properties p : Set.of(zh, en)) {
                assertFalse(p.getProperty(key).replace("''", "").contains("'"), key + ": a lone '");
            }
        }
    }

    @Test
    void theCodeNamesEveryKeyAndNoOther() throws IOException {
        Set<String> keys = new TreeSet<>(bundle("messages_zh_CN.properties").stringPropertyNames());
        String sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> {
                        try {
                            return Files.readString(f);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .collect(Collectors.joining("\n"));
        }
        Set<String> named = new TreeSet<>();
        Matcher m = GET.matcher(sources);
        while (m.find()) {
            named.add(m.group(1));
        }
        // keys chosen by a condition: Texts.get(lang, cjk ? "chart.titleNumbered" : "chart.title", …)
        Matcher literal = Pattern.compile("\"([a-z]+\\.[A-Za-z0-9.]+)\"").matcher(sources);
        while (literal.find()) {
            if (keys.contains(literal.group(1))) {
                named.add(literal.group(1));
            }
        }
        assertEquals(keys, named);
    }

    @Test
    void theLocaleChoosesTheLanguage() {
        assertEquals("合计", Texts.get(Locale.CHINA, "subsidy.total"));
        assertEquals("total", Texts.get(Locale.US, "subsidy.total"));
        assertEquals(Texts.get(Language.EN, "subsidy.total"), Texts.get(Locale.GERMAN, "subsidy.total"));
        assertEquals(
                "Granted: 2017 awards, 1.00 元 in total; 3 recorded.",
                Texts.get(Language.EN, "ledger.granted", 2017, "1.00 元", 3),
                "numbers as they are, not grouped");
    }
}
