package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The calculators' bundle: the same keys in both languages, the same MessageFormat arguments,
 * quotes written as MessageFormat reads them, and no key the code does not name.
 */
class MessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern KEY = Pattern.compile("\"([a-zA-Z]+(?:\\.[a-zA-Z]+)*)\"");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Explainer.class.getResourceAsStream(name)) {
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
        for (String key : zh.stringPropertyNames()) {
            assertEquals(placeholders(zh.getProperty(key)), placeholders(en.getProperty(key)), key);
            for (Properties p : Set.of(zh, en)) {
                // MessageFormat drops a lone quote and everything it quotes
                assertFalse(p.getProperty(key).replace("''", "").contains("'"), key + ": a lone '");
            }
        }
    }

    @Test
    void everyKeyIsNamedInTheCodeAndEveryNameIsAKey() throws IOException {
        Set<String> keys = new TreeSet<>(bundle("messages_zh_CN.properties").stringPropertyNames());
        Set<String> named = new TreeSet<>();
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
        Matcher m = KEY.matcher(sources);
        while (m.find()) {
            if (keys.contains(m.group(1))) {
                named.add(m.group(1));
            }
        }
        // "parameter." + the parameter's name, for the two the notice leaves open
        assertTrue(sources.contains("\"parameter.\" + parameter"));
        named.add("parameter.rate");
        named.add("parameter.amount");
        // the display names of the verdicts: the prefix + the constant's name
        for (String prefix : Set.of("attainment.verdict.", "award.status.", "match.verdict.")) {
            assertTrue(sources.contains("\"" + prefix + "\" + name()"), prefix);
        }
        Stream.of(Attainment.Verdict.values()).forEach(v -> named.add("attainment.verdict." + v.name()));
        Stream.of(Award.Status.values()).forEach(v -> named.add("award.status." + v.name()));
        Stream.of(Match.Verdict.values()).forEach(v -> named.add("match.verdict." + v.name()));
        assertEquals(keys, named, "keys no code names");
    }
}
