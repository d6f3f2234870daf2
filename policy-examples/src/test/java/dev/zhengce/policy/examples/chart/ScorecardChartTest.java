package dev.zhengce.policy.examples.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zhengce.policy.calc.Attainment;
import dev.zhengce.policy.calc.AttainmentEvaluator;
import dev.zhengce.policy.calc.Observation;
import dev.zhengce.policy.calc.Scorecard;
import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.PolicyJson;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Renders the scorecard of the illustrative observations ({@code observations-2019.json}) and
 * checks the PNG: its signature, its size, and that each verdict's colour is on it. The files
 * are left in {@code target/charts/} to be looked at.
 */
class ScorecardChartTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Path OUT = Path.of("target", "charts");

    private static Catalog catalog;
    private static Scorecard scorecard;

    @BeforeAll
    static void evaluate() throws IOException {
        System.setProperty("java.awt.headless", "true");
        catalog = Mengzhou.catalog();
        Observation[] observations;
        try (InputStream in =
                ScorecardChartTest.class.getResourceAsStream("/dev/zhengce/policy/examples/observations-2019.json")) {
            observations = PolicyJson.read(Objects.requireNonNull(in, "observations-2019.json"), Observation[].class);
        }
        scorecard = AttainmentEvaluator.of(catalog).scorecard(Arrays.asList(observations), 2019);
        Files.createDirectories(OUT);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void writesAPngOfPlausibleSizeWithEveryVerdictsColour(Language language) throws IOException {
        Path file = OUT.resolve("scorecard-2019-" + language.name().toLowerCase(java.util.Locale.ROOT) + ".png");
        Files.deleteIfExists(file);
        assertEquals(file, ScorecardChart.of(catalog).write(scorecard, file, language));

        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8), "PNG signature");
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, "ImageIO reads it back");
        assertEquals(ScorecardChart.WIDTH, image.getWidth());
        assertEquals(ScorecardChart.height(scorecard), image.getHeight());
        assertTrue(image.getHeight() > 74 * 15 && image.getHeight() < 3000, "a row per target: " + image.getHeight());

        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 1) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        Set<Attainment.Verdict> present = EnumSet.noneOf(Attainment.Verdict.class);
        scorecard.attainments().forEach(a -> present.add(a.verdict()));
        assertEquals(EnumSet.allOf(Attainment.Verdict.class), present, "the sample covers every verdict");
        for (Attainment.Verdict v : present) {
            assertTrue(colours.contains(ScorecardChart.colour(v).getRGB() & 0xFFFFFF), "a bar in the colour of " + v);
        }
    }

    @Test
    void aScorecardWithoutObservationsIsDrawnToo() throws IOException {
        Scorecard empty = AttainmentEvaluator.of(catalog).scorecard(List.of(), 2017);
        Path file = ScorecardChart.of(catalog).write(empty, OUT.resolve("scorecard-2017-empty.png"), Language.ZH);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(ScorecardChart.height(empty), image.getHeight());
        assertEquals(0, empty.overall().count(Attainment.Verdict.MET));
    }

    @Test
    void chineseTitlesUseAFontWithChineseGlyphs() {
        assumeTrue(
                ScorecardChart.cjkFontFamily().isPresent(),
                "no CJK font installed (Debian: fonts-wqy-microhei); the chart falls back to English");
        String family = ScorecardChart.cjkFontFamily().orElseThrow();
        var chart = ScorecardChart.of(catalog).chart(scorecard, Language.ZH);
        String title = chart.getTitle().getText();
        assertEquals("孟政〔2017〕25号 目标完成情况（截至2019年）", title);
        Font font = chart.getTitle().getFont();
        assertEquals(family, font.getFamily(java.util.Locale.ROOT));
        assertEquals(-1, font.canDisplayUpTo(title), "every character of the title has a glyph in " + family);
        var legend = chart.getPlot().getLegendItems();
        assertEquals(Attainment.Verdict.values().length, legend.getItemCount());
        for (int i = 0; i < legend.getItemCount(); i++) {
            String label = legend.get(i).getLabel();
            assertEquals(-1, font.canDisplayUpTo(label), label);
        }
    }

    @Test
    void verdictsHaveNamesInBothLanguagesAndDistinctColours() {
        Set<Integer> colours = new HashSet<>();
        for (Attainment.Verdict v : Attainment.Verdict.values()) {
            assertTrue(colours.add(ScorecardChart.colour(v).getRGB()), "distinct colour for " + v);
            assertTrue(!ScorecardChart.verdict(v, Language.ZH).isBlank()
                    && !ScorecardChart.verdict(v, Language.EN).isBlank());
        }
        assertEquals(
                List.of("已完成", "未完成", "进度正常", "进度落后", "需判断", "无数据"),
                Arrays.stream(Attainment.Verdict.values())
                        .map(v -> ScorecardChart.verdict(v, Language.ZH))
                        .toList());
    }

    @Test
    void percentagesOnTheChartComeFromTheExactRatio() {
        assertEquals("106.7%", ScorecardChart.percent(new BigDecimal("1.0667")));
        assertEquals("96.7%", ScorecardChart.percent(new BigDecimal("0.9667")));
        assertEquals("0.0%", ScorecardChart.percent(new BigDecimal("0.0000")));
        assertEquals(
                "212.5%", ScorecardChart.percent(new BigDecimal("2.125")), "above the display cap, the label is exact");
    }

    @Test
    void refusesNulls() {
        ScorecardChart chart = ScorecardChart.of(catalog);
        assertThrows(NullPointerException.class, () -> chart.write(null, OUT.resolve("x.png"), Language.ZH));
        assertThrows(NullPointerException.class, () -> chart.write(scorecard, null, Language.ZH));
        assertThrows(NullPointerException.class, () -> chart.chart(scorecard, null));
        assertThrows(NullPointerException.class, () -> ScorecardChart.of(null));
    }
}
