package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.InvalidDataException;
import dev.zhengce.policy.model.InvalidInputException;
import dev.zhengce.policy.model.Notice;
import dev.zhengce.policy.model.PolicyException;
import dev.zhengce.policy.model.PolicyJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile JSON for every entry point, as a table of cases ({@code hostile-cases.txt}): each
 * must throw the library's exception naming the offending field — never another exception
 * type, never a hang — or, for the baselines marked {@code VALID}, read into a valid value.
 */
class HostileInputTest {
    static final String CASES = "hostile-cases.txt";
    private static final Pattern TEMPLATE =
            Pattern.compile("\\$\\{catalog\\}|\\$\\{(\\d+)\\*(.*?)\\*\\}|\\$\\{x([0-9A-F]{2})\\}");

    /** One case of the table. */
    static final class Case {
        final String entry;
        final String field;
        final String name;
        final byte[] document;

        Case(String entry, String field, String name, byte[] document) {
            this.entry = entry;
            this.field = field;
            this.name = name;
            this.document = document;
        }

        @Override
        public String toString() {
            return entry + ": " + name;
        }
    }

    static String bundledCatalog() {
        try (InputStream in = Mengzhou.catalogJson()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Expands the templates: the catalog, repetitions, raw bytes. */
    static byte[] expand(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Matcher m = TEMPLATE.matcher(text);
        int at = 0;
        while (m.find()) {
            out.writeBytes(text.substring(at, m.start()).getBytes(StandardCharsets.UTF_8));
            if (m.group(0).equals("${catalog}")) {
                out.writeBytes(bundledCatalog().getBytes(StandardCharsets.UTF_8));
            } else if (m.group(1) != null) {
                out.writeBytes(m.group(2).repeat(Integer.parseInt(m.group(1))).getBytes(StandardCharsets.UTF_8));
            } else {
                out.write(Integer.parseInt(m.group(3), 16));
            }
            at = m.end();
        }
        out.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static List<Case> cases() throws IOException {
        List<String> lines;
        try (InputStream in = HostileInputTest.class.getResourceAsStream(CASES)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .collect(java.util.stream.Collectors.toList());
        }
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("### ")) {
                continue;
            }
            String[] head = lines.get(i).substring(4).split(" \\| ", 3);
            List<String[]> replaces = new ArrayList<>();
            StringBuilder body = new StringBuilder();
            int j = i + 1;
            for (; j < lines.size() && !lines.get(j).startsWith("### "); j++) {
                String line = lines.get(j);
                if (line.startsWith("%replace ")) {
                    String r = line.substring(9).replace("\\n", "\n");
                    int arrow = r.indexOf(" =>");
                    String to = r.substring(arrow + 3);
                    replaces.add(new String[] {r.substring(0, arrow), to.startsWith(" ") ? to.substring(1) : to});
                } else {
                    body.append(body.length() > 0 ? "\n" : "").append(line);
                }
            }
            String text = body.toString().replaceAll("\\n+$", "");
            String expanded = text.contains("${catalog}") ? text.replace("${catalog}", bundledCatalog()) : text;
            for (String[] r : replaces) {
                if (!expanded.contains(r[0])) {
                    throw new IllegalStateException("case " + head[2] + ": nothing to replace: " + r[0]);
                }
                expanded = expanded.replace(r[0], r[1]);
            }
            cases.add(new Case(head[0].strip(), head[1].strip(), head[2].strip(), expand(expanded)));
            i = j - 1;
        }
        return cases;
    }

    static Stream<Arguments> table() throws IOException {
        return cases().stream().map(c -> Arguments.of(c));
    }

    /** Reads a document at one entry point. */
    static Object read(String entry, byte[] document) {
        String text = new String(document, StandardCharsets.UTF_8);
        switch (entry) {
            case "application":
                return PolicyJson.read(text, Application.class);
            case "observation":
                return PolicyJson.read(text, Observation.class);
            case "profile":
                return PolicyJson.read(text, EnterpriseProfile.class);
            case "assumptions":
                return PolicyJson.read(text, Assumptions.class);
            case "notice":
                return PolicyJson.read(text, Notice.class);
            case "catalog":
                return Catalog.read(new ByteArrayInputStream(document));
            case "application-bytes":
                return PolicyJson.read(new ByteArrayInputStream(document), Application.class);
            case "observation-bytes":
                return PolicyJson.read(new ByteArrayInputStream(document), Observation.class);
            case "profile-bytes":
                return PolicyJson.read(new ByteArrayInputStream(document), EnterpriseProfile.class);
            default:
                throw new IllegalArgumentException(entry);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void hostileDocumentIsRefusedNamingTheField(Case c) {
        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> { // a hang guard, not a speed test
                    Object value;
                    try {
                        value = read(c.entry, c.document);
                    } catch (InvalidDataException | InvalidInputException e) {
                        if (c.field.equals("VALID")) {
                            fail("a valid document refused: " + e.getMessage());
                        }
                        assertEquals(
                                c.field.equals("(document)") ? "" : c.field,
                                e.field() == null ? "" : e.field(),
                                () -> "wrong field in: " + e.getMessage());
                        return;
                    } catch (PolicyException e) {
                        fail("the root type, not a subtype: " + e);
                        return;
                    } catch (RuntimeException e) {
                        throw new AssertionError("not the library's exception: " + e, e);
                    }
                    if (!c.field.equals("VALID")) {
                        fail("accepted: " + value);
                    }
                    assertNotNull(value);
                });
    }

    @Test
    void theTableCoversEveryEntryPoint() throws IOException {
        List<Case> cases = cases();
        assertEquals(
                java.util.Set.of(
                        "application",
                        "observation",
                        "profile",
                        "assumptions",
                        "notice",
                        "catalog",
                        "application-bytes",
                        "observation-bytes",
                        "profile-bytes"),
                cases.stream().map(c -> c.entry).collect(java.util.stream.Collectors.toSet()));
        System.out.printf(
                "hostile input: %d cases (%d hostile, %d valid baselines)%n",
                cases.size(),
                cases.stream().filter(c -> !c.field.equals("VALID")).count(),
                cases.stream().filter(c -> c.field.equals("VALID")).count());
    }

    /** The plain text of such numbers is a billion characters: no message may build it. */
    @Test
    void extremeExponentsInOverridesAndTargetsAreRefusedNotPrinted() {
        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> { // a hang guard, not a speed test
                    for (String value : new String[] {"1e-999999999", "-1e-999999999", "1e999999999", "-1e999999999"}) {
                        for (String parameter : new String[] {"rate", "cap", "threshold", "window-years", "amount"}) {
                            String assignment = "innovation-center-cultivation-subsidy." + parameter + "=" + value;
                            InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                                    InvalidInputException.class, () -> Overrides.parse(assignment), assignment);
                            assertEquals("innovation-center-cultivation-subsidy." + parameter, e.field());
                        }
                        InvalidDataException e = org.junit.jupiter.api.Assertions.assertThrows(
                                InvalidDataException.class,
                                () -> TestCatalogs.target(
                                                "t", "i", dev.zhengce.policy.model.Comparison.AT_LEAST, "1", 2020)
                                        .tolerance(new java.math.BigDecimal(value))
                                        .build());
                        assertEquals("tolerance", e.field());
                    }
                });
    }
}
