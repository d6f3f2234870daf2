package dev.zhengce.policy.examples.chart;

import dev.zhengce.policy.calc.Attainment;
import dev.zhengce.policy.calc.AttainmentEvaluator;
import dev.zhengce.policy.calc.Observation;
import dev.zhengce.policy.calc.Scorecard;
import dev.zhengce.policy.examples.Texts;
import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.Plan;
import dev.zhengce.policy.model.PolicyJson;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws a {@link Scorecard} as a PNG: one horizontal bar per target showing its attainment ratio
 * (capped at {@link #DISPLAY_CAP} for display, a line at 100 %), grouped by plan in the
 * notice's order, coloured by verdict (met, on track, behind, not met, needs judgement, no
 * data), titled in Chinese or English. A target without a ratio (no data, a qualitative one,
 * one needing a judgement) gets a short stub in its verdict's colour and the verdict written
 * beside it; every number written on the chart is formatted from the exact ratio.
 *
 * <p>Chinese needs a font with CJK glyphs. The chart uses the first installed one it finds
 * ({@link #cjkFontFamily()}: Noto Sans CJK, WenQuanYi, Source Han, …, or any family that can
 * display the titles). Where none is installed (Debian: {@code apt-get install
 * fonts-wqy-microhei} or {@code fonts-noto-cjk}), a Chinese chart falls back to English rather
 * than draw boxes, and says so in the log.
 *
 * <p>Immutable and thread-safe; each call builds its own chart. Runs headless (no display).
 */
public final class ScorecardChart {
    /** Ratios above this are drawn at this length, their label still giving the exact ratio: 150 %. */
    public static final BigDecimal DISPLAY_CAP = new BigDecimal("1.5");
    /** The width of the picture, in pixels. */
    public static final int WIDTH = 1400;

    private static final System.Logger LOG = System.getLogger(ScorecardChart.class.getName());
    /** The length of the stub drawn for a target without a ratio, or with a ratio of zero or less. */
    private static final BigDecimal STUB = new BigDecimal("0.015");

    private static final int ROW_HEIGHT = 19;
    private static final int CHROME_HEIGHT = 230;
    private static final List<String> PREFERRED_FONTS = List.of(
            "Noto Sans CJK SC",
            "Noto Sans SC",
            "WenQuanYi Micro Hei",
            "WenQuanYi Zen Hei",
            "Source Han Sans SC",
            "Source Han Sans CN",
            "Microsoft YaHei",
            "PingFang SC",
            "SimHei",
            "AR PL UMing CN");
    private static final String PROBE = "孟州市目标完成情况已完成";
    private static final Map<Attainment.Verdict, Color> COLOURS = colours();
    /** From done to unknown. */
    private static final List<Attainment.Verdict> LEGEND_ORDER = List.of(
            Attainment.Verdict.MET,
            Attainment.Verdict.ON_TRACK,
            Attainment.Verdict.BEHIND,
            Attainment.Verdict.NOT_MET,
            Attainment.Verdict.NEEDS_JUDGEMENT,
            Attainment.Verdict.NO_DATA);

    private final Catalog catalog;

    private ScorecardChart(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Obtains a chart drawer for the scorecards of a catalog (whose plans group the targets).
     *
     * @param catalog the catalog the scorecards were evaluated against
     * @return the drawer
     */
    public static ScorecardChart of(Catalog catalog) {
        return new ScorecardChart(Objects.requireNonNull(catalog, "catalog"));
    }

    /**
     * Returns the installed font family the chart uses for Chinese, if there is one.
     *
     * @return the family, or empty when no installed font can display Chinese
     */
    public static Optional<String> cjkFontFamily() {
        List<String> installed = Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT));
        for (String family : PREFERRED_FONTS) {
            if (installed.contains(family) && displaysChinese(family)) {
                return Optional.of(family);
            }
        }
        for (String family : installed) {
            if (!isLogical(family) && displaysChinese(family)) {
                return Optional.of(family);
            }
        }
        return Optional.empty();
    }

    /**
     * Writes the chart of a scorecard as a PNG file.
     *
     * @param scorecard the scorecard
     * @param file      the file to write, replaced if it exists
     * @param language  the language of the titles and labels; Chinese falls back to English
     *                  where no installed font can display it
     * @return the file
     * @throws IOException if the file cannot be written
     */
    public Path write(Scorecard scorecard, Path file, Language language) throws IOException {
        Objects.requireNonNull(file, "file");
        JFreeChart chart = chart(scorecard, language);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, height(scorecard));
        return file;
    }

    /**
     * Returns the height in pixels {@link #write} draws a scorecard at: a row per target.
     *
     * @param scorecard the scorecard
     * @return the height
     */
    public static int height(Scorecard scorecard) {
        return CHROME_HEIGHT + ROW_HEIGHT * scorecard.attainments().size();
    }

    /**
     * Builds the chart of a scorecard, to embed or draw elsewhere.
     *
     * @param scorecard the scorecard
     * @param language  the language; Chinese falls back to English where no font can display it
     * @return the chart
     */
    public JFreeChart chart(Scorecard scorecard, Language language) {
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(language, "language");
        Optional<String> cjk = cjkFontFamily();
        Language lang = language;
        if (cjk.isEmpty() && han(Texts.get(language, "chart.ratioAxis"))) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "no installed font displays Chinese (install fonts-wqy-microhei "
                            + "or fonts-noto-cjk): drawing the scorecard chart in English");
            lang = Language.EN;
        }
        String family = cjk.orElse(Font.SANS_SERIF);

        NumberAxis ratioAxis = new NumberAxis(Texts.get(lang, "chart.ratioAxis"));
        ratioAxis.setRange(0.0, DISPLAY_CAP.doubleValue() + 0.12);
        ratioAxis.setTickUnit(new NumberTickUnit(0.25, NumberFormat.getPercentInstance(Locale.ROOT)));
        CombinedRangeCategoryPlot plot = new CombinedRangeCategoryPlot(ratioAxis);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setGap(14.0);

        Map<String, List<Attainment>> byPlan = new LinkedHashMap<>();
        for (Plan p : catalog.plans()) {
            byPlan.put(p.id(), new ArrayList<>());
        }
        for (Attainment a : scorecard.attainments()) {
            byPlan.get(catalog.planOf(a.target().id()).id()).add(a);
        }
        Font small = new Font(family, Font.PLAIN, 11);
        for (Plan p : catalog.plans()) {
            List<Attainment> rows = byPlan.get(p.id());
            if (!rows.isEmpty()) {
                plot.add(subplot(p, rows, lang, family, small), rows.size());
            }
        }

        LegendItemCollection legend = new LegendItemCollection();
        for (Attainment.Verdict v : LEGEND_ORDER) {
            legend.add(
                    new LegendItem(verdict(v, lang) + " " + scorecard.overall().count(v), COLOURS.get(v)));
        }
        plot.setFixedLegendItems(legend);

        // the notice number is Chinese too: left out where no font can draw it
        String number = cjk.isPresent() ? catalog.notice().number() + " " : "";
        String title =
                Texts.get(lang, cjk.isPresent() ? "chart.titleNumbered" : "chart.title", number, scorecard.asOf());
        JFreeChart chart = new JFreeChart(title, new Font(family, Font.BOLD, 22), plot, true);
        theme(family).apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle(Texts.get(lang, "chart.subtitle"), new Font(family, Font.PLAIN, 13)));
        LegendTitle legendTitle = chart.getLegend();
        legendTitle.setPosition(RectangleEdge.TOP);
        legendTitle.setItemFont(new Font(family, Font.PLAIN, 13));
        legendTitle.setFrame(BlockBorder.NONE);
        return chart;
    }

    private CategoryPlot subplot(Plan plan, List<Attainment> rows, Language lang, String family, Font small) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Attainment.Verdict> verdicts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Attainment a : rows) {
            // display only: the exact ratio, capped and floored in BigDecimal, becomes a double here;
            // at least a stub, so that every row shows its verdict's colour (its label says 0.0%)
            BigDecimal length = a.ratio().map(r -> r.max(STUB).min(DISPLAY_CAP)).orElse(STUB);
            data.addValue(length.doubleValue(), "ratio", new Row(a.target().id(), rowLabel(a, lang)));
            verdicts.add(a.verdict());
            labels.add(a.ratio().map(ScorecardChart::percent).orElse(verdict(a.verdict(), lang)));
        }
        CategoryAxis axis = new CategoryAxis(planLabel(plan, lang));
        axis.setLabelFont(new Font(family, Font.BOLD, 14));
        axis.setTickLabelFont(small);
        axis.setMaximumCategoryLabelLines(1);
        axis.setMaximumCategoryLabelWidthRatio(0.42f);
        axis.setCategoryMargin(0.18);
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);

        VerdictRenderer renderer = new VerdictRenderer(verdicts, labels);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.9);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(small);
        renderer.setDefaultItemLabelPaint(Color.DARK_GRAY);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));

        CategoryPlot sub = new CategoryPlot(data, axis, null, renderer);
        sub.setOrientation(PlotOrientation.HORIZONTAL);
        sub.setDomainGridlinesVisible(false);
        sub.addRangeMarker(new ValueMarker(1.0, new Color(0x424242), new BasicStroke(1.6f)));
        return sub;
    }

    /** Fonts with CJK glyphs for every text the theme sets; colours are set per chart. */
    private static StandardChartTheme theme(String family) {
        StandardChartTheme theme = new StandardChartTheme("zhengce");
        theme.setExtraLargeFont(new Font(family, Font.BOLD, 22));
        theme.setLargeFont(new Font(family, Font.BOLD, 14));
        theme.setRegularFont(new Font(family, Font.PLAIN, 12));
        theme.setSmallFont(new Font(family, Font.PLAIN, 11));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.setPlotBackgroundPaint(new Color(0xF7F7F7));
        theme.setRangeGridlinePaint(new Color(0xCCCCCC));
        theme.setItemLabelPaint(Color.DARK_GRAY);
        theme.setAxisLabelPaint(new Color(0x212121));
        theme.setTickLabelPaint(new Color(0x212121));
        return theme;
    }

    private static String rowLabel(Attainment a, Language lang) {
        // the bundle chooses what names a row: the description in Chinese, the id in English
        String text = Texts.get(
                lang, "chart.row", a.target().description().zh(), a.target().id());
        int max = Integer.parseInt(Texts.get(lang, "chart.rowWidth"));
        String shown = text.length() <= max ? text : text.substring(0, max - 1) + "…";
        String year = Integer.toString(a.target().year());
        String label = shown.contains(year) ? shown : shown + " · " + year;
        return a.aspirational() ? Texts.get(lang, "chart.aspirational", label) : label;
    }

    private static String planLabel(Plan plan, Language lang) {
        String t = plan.title().zh();
        t = t.startsWith("孟州市推进") ? t.substring("孟州市推进".length()) : t;
        t = t.endsWith("攻坚方案") ? t.substring(0, t.length() - "攻坚方案".length()) : t;
        // the short title in Chinese, the id in English
        return Texts.get(lang, "chart.plan", t, plan.id().replace('-', ' '));
    }

    /** Returns a ratio as a percentage with one decimal, from the exact value: {@code 106.7%}. */
    static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /**
     * Returns the name of a verdict.
     *
     * @param verdict  the verdict
     * @param language the language
     * @return the name, such as {@code 已完成} or {@code met}
     */
    public static String verdict(Attainment.Verdict verdict, Language language) {
        return verdict.displayName(language.locale());
    }

    /**
     * Returns the colour of a verdict on the chart.
     *
     * @param verdict the verdict
     * @return the colour
     */
    public static Color colour(Attainment.Verdict verdict) {
        return COLOURS.get(Objects.requireNonNull(verdict, "verdict"));
    }

    private static Map<Attainment.Verdict, Color> colours() {
        Map<Attainment.Verdict, Color> m = new EnumMap<>(Attainment.Verdict.class);
        m.put(Attainment.Verdict.MET, new Color(0x2E7D32));
        m.put(Attainment.Verdict.ON_TRACK, new Color(0x1E88E5));
        m.put(Attainment.Verdict.BEHIND, new Color(0xFB8C00));
        m.put(Attainment.Verdict.NOT_MET, new Color(0xC62828));
        m.put(Attainment.Verdict.NEEDS_JUDGEMENT, new Color(0x8E24AA));
        m.put(Attainment.Verdict.NO_DATA, new Color(0x9E9E9E));
        return m;
    }

    /** {@return whether a text is written in Chinese characters, which only a CJK font draws} */
    private static boolean han(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static boolean displaysChinese(String family) {
        return new Font(family, Font.PLAIN, 12).canDisplayUpTo(PROBE) == -1;
    }

    private static boolean isLogical(String family) {
        return List.of(Font.DIALOG, Font.DIALOG_INPUT, Font.SANS_SERIF, Font.SERIF, Font.MONOSPACED)
                .contains(family);
    }

    /**
     * Draws a chart from the command line.
     *
     * @param args an observations JSON file (an array of observations), the year the scorecard
     *             is as of, the PNG file to write, and optionally {@code zh} (default) or {@code en}
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4 || !args[1].matches("[0-9]{4}")) {
            System.err.println("usage: ScorecardChart observations.json asOfYear scorecard.png [zh|en]");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        Language language = args.length == 4 ? Language.valueOf(args[3].toUpperCase(Locale.ROOT)) : Language.ZH;
        Catalog catalog = Mengzhou.catalog();
        Observation[] observations;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            observations = PolicyJson.read(in, Observation[].class);
        }
        Scorecard card =
                AttainmentEvaluator.of(catalog).scorecard(Arrays.asList(observations), Integer.parseInt(args[1]));
        System.out.println(of(catalog).write(card, Path.of(args[2]), language));
    }

    /** A row of the chart: compared by target id (two targets may read alike), shown by its label. */
    private static final class Row implements Comparable<Row>, Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final String label;

        Row(String id, String label) {
            this.id = id;
            this.label = label;
        }

        @Override
        public int compareTo(Row other) {
            return id.compareTo(other.id);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Row && ((Row) o).id.equals(id);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Paints each bar in its verdict's colour and writes its exact percentage or its verdict beside it. */
    private static final class VerdictRenderer extends BarRenderer implements CategoryItemLabelGenerator {
        private static final long serialVersionUID = 1L;
        private final ArrayList<Attainment.Verdict> verdicts;
        private final ArrayList<String> labels;

        VerdictRenderer(List<Attainment.Verdict> verdicts, List<String> labels) {
            this.verdicts = new ArrayList<>(verdicts);
            this.labels = new ArrayList<>(labels);
            setDefaultItemLabelGenerator(this);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return COLOURS.get(verdicts.get(column));
        }

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            return labels.get(column);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof VerdictRenderer
                    && super.equals(o)
                    && verdicts.equals(((VerdictRenderer) o).verdicts)
                    && labels.equals(((VerdictRenderer) o).labels);
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + verdicts.hashCode();
        }
    }
}
