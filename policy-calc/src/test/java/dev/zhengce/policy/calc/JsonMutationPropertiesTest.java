package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.InvalidDataException;
import dev.zhengce.policy.model.InvalidInputException;
import dev.zhengce.policy.model.Notice;
import dev.zhengce.policy.model.PolicyJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Generated hostile input: valid documents of every entry point, mutated (characters deleted,
 * duplicated, swapped; numbers replaced by extreme ones; nulls inserted; types flipped; keys
 * duplicated; bytes that are not UTF-8; truncation), must each either read into a valid value
 * that writes and reads back equal, or be refused with the library's exception naming a field —
 * never another exception type.
 *
 * <p>{@code -Dmutation.count=…} sets the number of mutated documents (the {@code ci} profile
 * raises it); {@code -Dmutation.seed=…} replays another seed.
 */
class JsonMutationPropertiesTest {
    static final int DEFAULT_COUNT = 3_000;

    /** Valid documents, by entry point (see {@link HostileInputTest#read}). */
    static final String[][] SEEDS = {
        {
            "application",
            "{\"id\":\"A-1\",\"rule\":\"intelligent-transformation-subsidy\",\"costs\":{\"software-investment\":"
                    + "100.00,\"hardware-investment\":0}}"
        },
        {
            "application",
            "{\"id\":\"A-2\",\"applicant\":\"E-9\",\"rule\":\"innovation-center-certified-subsidy\",\"costs\":"
                    + "{\"technology-introduction\":1.5,\"research-instruments\":2,\"equipment-purchase\":0.01,"
                    + "\"software-purchase\":7},\"year\":2019,\"listingYear\":2018,\"currency\":\"CNY\"}"
        },
        {
            "application-bytes",
            "{\"id\":\"甲-3\",\"rule\":\"robot-subsidy\",\"costs\":{\"robot-purchase-fee\":12.34,"
                    + "\"robot-lease-fee\":0},\"rate\":0.125}"
        },
        {
            "application",
            "{\"id\":\"A-4\",\"rule\":\"little-giant-award\",\"costs\":{\"annual-revenue\":100000000.01},"
                    + "\"amount\":500000}"
        },
        {"observation", "{\"target\":\"sci-tech-smes-2020\",\"year\":2020,\"value\":81,\"note\":\"统计局\"}"},
        {"observation-bytes", "{\"target\":\"integration-index-2020\",\"year\":2020,\"judgement\":\"MET\"}"},
        {
            "profile",
            "{\"id\":\"E-1\",\"industry\":\"化工\",\"statuses\":[\"city-certified\",\"cultivation-listed\"],"
                    + "\"facts\":{\"annual-revenue\":150000000.00,\"new-investment\":12000000},"
                    + "\"rates\":{\"robot-subsidy\":0.3},\"amounts\":{\"quality-brand-award\":100000},\"year\":2019}"
        },
        {"profile-bytes", "{\"id\":\"E-2\",\"facts\":{\"robot-purchase-fee\":1}}"},
        {
            "assumptions",
            "{\"tolerances\":{\"city-innovation-centers-about-2017\":1},\"thresholds\":{\"x\":95},"
                    + "\"quotas\":{\"y\":0.5}}"
        },
        {"catalog", null},
        {"notice", null},
    };

    private static final String[] EXTREMES = {
        "1e999999999",
        "-1e999999999",
        "1e-999999999",
        "-1e-999999999",
        "9".repeat(1000),
        "0." + "1".repeat(1000),
        "NaN",
        "Infinity",
        "-0",
        "0.001",
        "1000000000000000",
        "2147483648",
        "\"1\"",
        "true",
        "null",
        "[]",
        "{}",
        "\"\"",
        "1.0",
        "01",
        "+1",
        "0x1F",
        "1e15",
        "-1"
    };
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    /** One mutation of a document, chosen by the random source. */
    static byte[] mutate(byte[] doc, Random rnd) {
        String text = new String(doc, StandardCharsets.UTF_8);
        int at = text.isEmpty() ? 0 : rnd.nextInt(text.length());
        switch (rnd.nextInt(11)) {
            case 0: // delete a character
                return utf8(text.isEmpty() ? text : text.substring(0, at) + text.substring(at + 1));
            case 1: // duplicate a character
                return utf8(text.isEmpty() ? text : text.substring(0, at + 1) + text.substring(at));
            case 2: // swap two characters
                if (at + 1 >= text.length()) {
                    return utf8(text);
                }
                return utf8(text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2));
            case 3: // a number replaced by an extreme value
                return utf8(replaceOne(text, NUMBER, rnd, EXTREMES[rnd.nextInt(EXTREMES.length)]));
            case 4: // a string replaced by a number, null, or another type
                return utf8(replaceOne(text, STRING, rnd, EXTREMES[rnd.nextInt(EXTREMES.length)]));
            case 5: // a number turned into a string
                return utf8(replaceOne(text, NUMBER, rnd, null));
            case 6: { // null inserted after a colon, comma or bracket
                List<Integer> places = new ArrayList<>();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == ':' || c == ',' || c == '[') {
                        places.add(i + 1);
                    }
                }
                if (places.isEmpty()) {
                    return utf8(text);
                }
                int p = places.get(rnd.nextInt(places.size()));
                return utf8(
                        text.substring(0, p) + "null" + (text.charAt(p - 1) == ':' ? "," : ",") + text.substring(p));
            }
            case 7: { // a key: value pair duplicated
                Matcher m = Pattern.compile("\"[^\"]+\":[^,{}\\[\\]]+").matcher(text);
                List<int[]> pairs = new ArrayList<>();
                while (m.find()) {
                    pairs.add(new int[] {m.start(), m.end()});
                }
                if (pairs.isEmpty()) {
                    return utf8(text);
                }
                int[] pair = pairs.get(rnd.nextInt(pairs.size()));
                return utf8(
                        text.substring(0, pair[1]) + "," + text.substring(pair[0], pair[1]) + text.substring(pair[1]));
            }
            case 8: { // a byte that is not UTF-8, or a broken sequence
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int b = Math.min(rnd.nextInt(doc.length + 1), doc.length);
                out.write(doc, 0, b);
                byte[][] bad = {
                    {(byte) 0xFF},
                    {(byte) 0xC0, (byte) 0xAF},
                    {(byte) 0xE5, (byte) 0x9B},
                    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    {(byte) 0x80},
                    {0}
                };
                out.writeBytes(bad[rnd.nextInt(bad.length)]);
                out.write(doc, b, doc.length - b);
                return out.toByteArray();
            }
            case 9: // truncated
                return utf8(text.substring(0, at));
            default: // an object or array flipped
                int open = text.indexOf(rnd.nextBoolean() ? '{' : '[', at);
                if (open < 0) {
                    return utf8(text + " " + text);
                }
                return utf8(
                        text.substring(0, open) + (text.charAt(open) == '{' ? "[" : "{") + text.substring(open + 1));
        }
    }

    private static String replaceOne(String text, Pattern p, Random rnd, String with) {
        Matcher m = p.matcher(text);
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        if (found.isEmpty()) {
            return text;
        }
        int[] f = found.get(rnd.nextInt(found.size()));
        String replacement = with != null ? with : "\"" + text.substring(f[0], f[1]) + "\"";
        return text.substring(0, f[0]) + replacement + text.substring(f[1]);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyMutatedDocumentReadsIntoAValidValueOrIsRefusedWithTheLibrarysException() {
        int count = Integer.getInteger("mutation.count", DEFAULT_COUNT);
        long seed = Long.getLong("mutation.seed", 20171124L);
        String catalog = HostileInputTest.bundledCatalog();
        List<String> entries = new ArrayList<>();
        List<byte[]> documents = new ArrayList<>();
        for (String[] s : SEEDS) {
            entries.add(s[0]);
            byte[] doc = utf8(s[1] == null ? catalog : s[1]);
            assertNotNull(HostileInputTest.read(s[0], doc), s[0]); // each seed is valid
            documents.add(doc);
        }
        AtomicInteger tried = new AtomicInteger();
        AtomicInteger read = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        assertTimeoutPreemptively(
                Duration.ofMinutes(10),
                () -> // a hang guard, not a speed test
                qt().withFixedSeed(seed)
                        .withExamples(count)
                        .withShrinkCycles(200)
                        .forAll(
                                integers().between(0, SEEDS.length - 1),
                                integers().all(),
                                integers().between(1, 3))
                        .checkAssert((which, mutationSeed, mutations) -> {
                            Random rnd = new Random(mutationSeed);
                            byte[] doc = documents.get(which);
                            for (int i = 0; i < mutations; i++) {
                                doc = mutate(doc, rnd);
                            }
                            String entry = entries.get(which);
                            tried.incrementAndGet();
                            Object value;
                            try {
                                value = HostileInputTest.read(entry, doc);
                            } catch (InvalidDataException | InvalidInputException e) {
                                assertNotNull(e.field(), e::getMessage);
                                refused.incrementAndGet();
                                return;
                            } catch (RuntimeException e) {
                                throw new AssertionError(
                                        entry + " not the library's exception on <"
                                                + new String(doc, StandardCharsets.UTF_8) + ">: " + e,
                                        e);
                            }
                            assertNotNull(value, entry);
                            read.incrementAndGet();
                            // a value read is a valid value: what it writes reads back and writes the same. (Not
                            // equals(): 1e15 read is 1E+15, scale -15, written plain, read back with scale 0.)
                            Object model = value instanceof Catalog ? ((Catalog) value).notice() : value;
                            Class<?> type = value instanceof Catalog
                                    ? Notice.class
                                    : model.getClass().getSuperclass();
                            String written = PolicyJson.write(model);
                            assertEquals(written, PolicyJson.write(PolicyJson.read(written, type)));
                        }));
        System.out.printf(
                "generated mutations: %,d mutated documents tried (seed %d): %,d read into valid values,"
                        + " %,d refused with the library's exception%n",
                tried.get(), seed, read.get(), refused.get());
        assertTrue(read.get() > 0 && refused.get() > tried.get() / 2, read + " read, " + refused + " refused");
    }
}
