package dev.zhengce.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.mengzhou.Mengzhou;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
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

/** The model's bundle: the same keys in both languages, the same placeholders, no key unused. */
class MessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    static Properties bundle(Class<?> anchor, String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            assertTrue(in != null, name);
            try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    static Set<Integer> placeholders(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties zh = bundle(Language.class, "messages_zh_CN.properties");
        Properties en = bundle(Language.class, "messages_en.properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (String key : zh.stringPropertyNames()) {
            assertEquals(placeholders(zh.getProperty(key)), placeholders(en.getProperty(key)), key);
        }
    }

    @Test
    void everyKeyIsUsedAndEveryEnumConstantHasItsText() throws IOException {
        Properties zh = bundle(Language.class, "messages_zh_CN.properties");
        Set<String> expected = new TreeSet<>();
        Stream.of(Unit.values()).forEach(u -> expected.add("unit." + u.name()));
        Stream.of(Subsidy.Kind.values()).forEach(k -> expected.add("kind." + k.name()));
        Stream.of(Subsidy.CapPeriod.values()).forEach(c -> expected.add("capPeriod." + c.name()));
        Stream.of(Comparison.values()).forEach(c -> expected.add("comparison." + c.name()));
        // the keys named whole in the code
        Set<String> plain = Set.of("target.figure");
        expected.addAll(plain);
        assertEquals(expected, new TreeSet<>(zh.stringPropertyNames()));
        String sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> {
                        try {
                            return Files.readString(f);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .collect(Collectors.joining("\n"));
        }
        for (String prefix : Set.of("unit.", "kind.", "capPeriod.", "comparison.")) {
            assertTrue(sources.contains("\"" + prefix + "\" + name()"), prefix);
        }
        for (String key : plain) {
            assertTrue(sources.contains("\"" + key + "\""), key);
        }
    }

    @Test
    void theLocaleChoosesTheText() {
        assertEquals("个百分点", Unit.PERCENTAGE_POINTS.symbol(Locale.CHINA));
        assertEquals("percentage points", Unit.PERCENTAGE_POINTS.symbol(Locale.UK));
        assertEquals("每个项目", Subsidy.CapPeriod.PER_PROJECT.displayName(Language.ZH.locale()));
        assertEquals("以上 / 不低于 / 达到", Comparison.AT_LEAST.wording(Locale.CHINA));
        assertEquals("at least", Comparison.AT_LEAST.wording(Locale.FRENCH));
        assertEquals(Bilingual.of("左右", "about (needs a stated tolerance)"), Comparison.ABOUT.wording());
        assertEquals(Language.ZH, Language.of(Locale.TRADITIONAL_CHINESE));
        assertEquals(Language.EN, Language.of(Locale.FRENCH));
    }

    @Test
    void everyIdTheRulesUseAsAKeyHasANameInTheNotice() {
        Catalog c = Mengzhou.catalog();
        Set<String> keys = new TreeSet<>();
        c.subsidies().forEach(s -> {
            keys.addAll(c.basisOfEveryReading(s.id()));
            s.conditions().forEach(k -> keys.add(k.fact()));
            s.status().ifPresent(keys::add);
        });
        Set<String> named = c.notice().terms().stream().map(Term::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(keys, named);
        assertEquals("软件投资", c.name("software-investment").zh());
        assertEquals("no-such-id", c.name("no-such-id").en());
    }
}
