package dev.zhengce.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks the bundled catalog against the source text and against DOMAIN.md's reading of it:
 * shape, departments in the text's order, every money rule and the targets whose wording is
 * the hardest to read.
 */
class MengzhouCatalogTest {
    private static final Catalog CATALOG = Catalog.mengzhou();
    private static final String TEXT = SourceText.mengzhou().text();

    @Test
    void theNoticeIsDescribedAsIssued() {
        Notice n = CATALOG.notice();
        assertEquals("孟政〔2017〕25号", n.number());
        assertEquals(java.time.LocalDate.of(2017, 11, 24), n.date());
        assertTrue(TEXT.contains(n.number() + " " + n.title().zh()), "number and title as in the source");
        assertTrue(TEXT.contains(n.issuer().zh()));
        assertEquals(List.of("green-transformation", "intelligent-transformation", "technical-renovation",
                "technological-innovation"), CATALOG.plans().stream().map(Plan::id).collect(Collectors.toList()));
        for (Plan plan : CATALOG.plans()) {
            assertTrue(TEXT.contains("《" + plan.title().zh() + "》"), plan.id() + " is announced by the notice");
        }
    }

    @Test
    void everyKeyTaskAndSafeguardOfTheTextIsThere() {
        assertEquals(List.of(4, 3, 7, 3), keyTasks(), "key tasks per plan (DOMAIN.md §2)");
        for (Task task : CATALOG.tasks()) {
            assertTrue(task.kind() == Task.Kind.SAFEGUARD || task.responsibility().isPresent(),
                    task.id() + ": every key task names its responsible departments");
        }
    }

    private static List<Integer> keyTasks() {
        return CATALOG.plans().stream()
                .map(p -> (int) p.tasks().stream().filter(t -> t.kind() == Task.Kind.KEY_TASK).count())
                .collect(Collectors.toList());
    }

    @Test
    void twentyFiveDepartmentsEachNamedInTheTextAndEachResponsibleSomewhere() {
        assertEquals(25, CATALOG.departments().size());
        Set<String> used = CATALOG.tasks().stream().flatMap(t -> t.departments().stream()).collect(Collectors.toSet());
        for (Department d : CATALOG.departments()) {
            assertTrue(TEXT.contains(d.name().zh()), d.id() + " is named in the text");
            d.aliases().forEach(a -> assertTrue(TEXT.contains(a), d.id() + " alias " + a));
            assertTrue(used.contains(d.id()), d.id() + " is responsible for some task");
        }
    }

    /** Reads the 责任单位 sentence independently of the catalog's lists and compares the order. */
    @Test
    void responsibleDepartmentsAreInTheOrderOfTheirSentenceLeadFirst() {
        for (Task task : CATALOG.tasks()) {
            if (task.responsibility().isEmpty()) {
                continue;
            }
            String sentence = task.responsibility().orElseThrow().sentence();
            assertTrue(sentence.startsWith("责任单位:"), sentence);
            List<String> read = new ArrayList<>();
            for (String name : sentence.substring("责任单位:".length()).split("、")) {
                read.add(CATALOG.departments().stream()
                        .filter(d -> d.name().zh().equals(name) || d.aliases().contains(name)
                                || ("市" + d.name().zh()).equals(name))
                        .map(Department::id).findFirst()
                        .orElseThrow(() -> new AssertionError(task.id() + ": no department is called " + name)));
            }
            assertEquals(read, task.departments(), task.id());
        }
        assertEquals("industry-it", CATALOG.task("smart-workshops").lead().orElseThrow());
        assertEquals("environmental-protection", CATALOG.task("clean-production").lead().orElseThrow());
        assertEquals("quality-supervision", CATALOG.task("quality-brands-standards").lead().orElseThrow());
        assertEquals("staffing-office", CATALOG.task("innovation-talents").lead().orElseThrow());
    }

    /** Each item's sentence is found in the part of the text that belongs to its own plan. */
    @Test
    void everyCitationIsVerbatimInItsOwnPlan() {
        SourceText source = SourceText.mengzhou();
        CATALOG.citations().forEach(c -> assertTrue(source.contains(c), () -> "not in the source: " + c));
        List<Plan> plans = CATALOG.plans();
        for (int i = 0; i < plans.size(); i++) {
            int start = body(plans.get(i));
            int end = i + 1 < plans.size() ? body(plans.get(i + 1)) : TEXT.length();
            String section = TEXT.substring(start, end);
            Plan plan = plans.get(i);
            List<Citation> own = new ArrayList<>();
            plan.targets().forEach(t -> own.add(t.citation()));
            for (Task task : plan.tasks()) {
                own.add(task.citation());
                task.responsibility().ifPresent(own::add);
                task.milestones().forEach(m -> own.add(m.citation()));
                task.targets().forEach(t -> own.add(t.citation()));
                for (Subsidy s : task.subsidies()) {
                    own.add(s.citation());
                    s.conditions().forEach(c -> own.add(c.citation()));
                    s.window().ifPresent(w -> own.add(w.citation()));
                }
            }
            own.forEach(c -> assertTrue(section.contains(c.sentence()), () -> plan.id() + " cites outside its text: " + c));
        }
    }

    private static int body(Plan plan) {
        int at = TEXT.indexOf(plan.title().zh());
        while (at > 0 && TEXT.charAt(at - 1) == '《') {
            at = TEXT.indexOf(plan.title().zh(), at + 1);
        }
        assertTrue(at > 0, plan.id());
        return at;
    }

    /** The number of every target is written in its sentence (40亿元 for 4000000000 元). */
    @Test
    void everyTargetNumberIsWrittenInItsSentence() {
        for (Target t : CATALOG.targets()) {
            List<BigDecimal> numbers = new ArrayList<>();
            t.value().ifPresent(numbers::add);
            t.upper().ifPresent(numbers::add);
            t.baseline().flatMap(Baseline::value).ifPresent(numbers::add);
            for (BigDecimal v : numbers) {
                String written = t.unit() == Unit.YUAN
                        ? v.divide(Cny.YI).stripTrailingZeros().toPlainString() + "亿元"
                        : v.stripTrailingZeros().toPlainString() + (t.unit() == Unit.PERCENT ? "%"
                                : t.unit() == Unit.PERCENTAGE_POINTS ? "个百分点" : "");
                // a count is written with its measure word (家, 个, 人, 台) or as the low end of A至B
                boolean found = t.unit() == Unit.COUNT
                        ? java.util.regex.Pattern.compile("(?<![0-9])" + written + "[家个人台至]").matcher(t.citation().sentence()).find()
                        : t.citation().sentence().contains(written);
                assertTrue(found, () -> t.id() + ": " + written + " in " + t.citation());
            }
            t.baseline().flatMap(Baseline::year).ifPresent(y ->
                    assertTrue(t.citation().sentence().contains(y + "年"), t.id()));
        }
    }

    @Test
    void theHardestWordingsAreReadAsDomainMdSays() {
        Target energy = CATALOG.target("green-energy-intensity-2020");
        assertEquals(Comparison.REDUCTION, energy.comparison());
        assertEquals(0, new BigDecimal("18").compareTo(energy.value().orElseThrow()));
        assertEquals(2016, energy.baseline().flatMap(Baseline::year).orElseThrow());
        Target audits = CATALOG.target("voluntary-audits-2020");
        assertEquals(Comparison.BETWEEN, audits.comparison(), "2至4家");
        assertEquals(List.of(2, 4), List.of(audits.value().orElseThrow().intValueExact(), audits.upper().orElseThrow().intValueExact()));
        Target about = CATALOG.target("intelligent-enterprises-2020");
        assertEquals(Comparison.ABOUT, about.comparison(), "5家左右");
        assertTrue(about.tolerance().isEmpty(), "左右 states no tolerance: the analyst supplies one");
        assertEquals(Comparison.MORE_THAN, CATALOG.target("high-tech-enterprises-2018").comparison(), "突破15家");
        assertEquals(Comparison.MORE_THAN, CATALOG.target("renovation-share-2018").comparison(), "超过20%");
        assertEquals(Comparison.FROM_TO, CATALOG.target("renovation-share-from-to-2020").comparison(), "由10%提高到30%以上");
        assertEquals(Period.MAINTAIN, CATALOG.target("leading-enterprises-2020").period(), "保持2家");
        assertEquals(Period.CUMULATIVE, CATALOG.target("leading-talents-2020").period(), "累计");
        assertEquals(Period.EACH_YEAR, CATALOG.target("smart-workshops-each-year").period(), "每年滚动");
        assertEquals(2018, CATALOG.target("iim-certified-each-year").fromYear().orElseThrow(), "从2018年起");
        Target index = CATALOG.target("integration-index-2020");
        assertEquals(Comparison.QUALITATIVE, index.comparison());
        assertTrue(index.aspirational(), "力争");
        assertEquals(Comparison.WITHIN_QUOTA, CATALOG.target("green-so2-emissions-2020").comparison());
        assertEquals(Comparison.FULL_COVERAGE, CATALOG.target("rd-institution-coverage-2020").comparison(), "基本实现全覆盖");
    }

    @Test
    void targetsStatedTwiceKeepBothStatementsWithTheirOwnSentences() {
        List<Target> benchmarked2020 = CATALOG.targets().stream()
                .filter(t -> t.indicator().equals("iim-benchmarked-enterprises") && t.year() == 2020
                        && t.period() == Period.BY_YEAR)
                .collect(Collectors.toList());
        assertEquals(Set.of(new BigDecimal("10"), new BigDecimal("15")),
                benchmarked2020.stream().map(t -> t.value().orElseThrow()).collect(Collectors.toSet()));
        assertEquals(2, benchmarked2020.stream().map(Target::citation).distinct().count());
        assertEquals("green-transformation", CATALOG.planOf("green-block-iim-benchmarked-2020").id(),
                "the 智能化改造 yearly block printed in the green plan stays in the green plan");
    }

    @Test
    void everyMoneyRuleOfDomainMd() {
        Subsidy intelligent = CATALOG.subsidy("intelligent-transformation-subsidy");
        assertEquals(new BigDecimal("0.08"), intelligent.rate().orElseThrow());
        assertEquals(new BigDecimal("10000000.00"), intelligent.capYuan().orElseThrow());
        assertEquals(Subsidy.CapPeriod.PER_PROJECT, intelligent.capPeriod().orElseThrow());
        assertEquals(List.of(Subsidy.Payer.PROVINCE), intelligent.payers());
        assertEquals(List.of("software-investment", "hardware-investment"), intelligent.basis());

        for (String id : List.of("innovation-center-cultivation-subsidy", "innovation-center-certified-subsidy")) {
            Subsidy center = CATALOG.subsidy(id);
            assertEquals(0, new BigDecimal("0.2").compareTo(center.rate().orElseThrow()), id);
            assertEquals(new BigDecimal("3000000.00"), center.capYuan().orElseThrow(), id);
            assertEquals(Subsidy.CapPeriod.PER_YEAR, center.capPeriod().orElseThrow(), id);
            assertEquals(5, center.window().orElseThrow().years(), id);
            assertEquals("listing-year", center.window().orElseThrow().anchor(), id);
        }
        assertEquals(List.of("rd-equipment-purchase", "pilot-test-equipment-purchase"),
                CATALOG.subsidy("innovation-center-cultivation-subsidy").basis());
        assertEquals(4, CATALOG.subsidy("innovation-center-certified-subsidy").basis().size());

        Subsidy promotion = CATALOG.subsidy("provincial-innovation-center-award");
        assertEquals(new BigDecimal("5000000.00"), promotion.amountYuan().orElseThrow());
        assertTrue(promotion.oneTime());

        Subsidy green = CATALOG.subsidy("green-demonstration-subsidy");
        Condition threshold = green.conditions().get(0);
        assertEquals(Comparison.AT_LEAST, threshold.comparison(), "1000万元以上 includes 1000万元");
        assertEquals(new BigDecimal("10000000.00"), threshold.yuan());
        assertTrue(threshold.isMetBy(new BigDecimal("10000000.00")));
        assertFalse(threshold.isMetBy(new BigDecimal("9999999.99")));
        assertTrue(green.rate().isEmpty() && green.isLocal(LocalParameter.Kind.RATE), "一定比例 is never a number");

        Subsidy robot = CATALOG.subsidy("robot-subsidy");
        assertEquals(List.of(Subsidy.Payer.PROVINCE, Subsidy.Payer.CITY), robot.payers());
        assertTrue(robot.rate().isEmpty() && robot.isLocal(LocalParameter.Kind.RATE));

        Subsidy quality = CATALOG.subsidy("quality-brand-award");
        assertEquals(7, quality.awardsFor().size());
        quality.awardsFor().forEach(h -> assertTrue(quality.citation().sentence().contains(h.zh()), h.zh()));
        assertTrue(quality.amount().isEmpty() && quality.isLocal(LocalParameter.Kind.AMOUNT) && quality.oneTime());

        Condition band = CATALOG.subsidy("little-giant-award").conditions().get(0);
        assertEquals(Comparison.MORE_THAN, band.comparison(), "超亿元 excludes 1亿元");
        assertEquals(new BigDecimal("100000000.00"), band.yuan());

        assertEquals(Subsidy.Kind.SURCHARGE, CATALOG.subsidy("differential-electricity-price").kind());
        assertEquals(9, CATALOG.subsidies().size());
    }

    /** Rates and money amounts are written in their sentences (8%, 1000万元, 500万元). */
    @Test
    void everyStatedRateAndAmountIsWrittenInItsSentence() {
        for (Subsidy s : CATALOG.subsidies()) {
            String sentence = s.citation().sentence();
            s.rate().ifPresent(r -> assertTrue(sentence.contains(r.movePointRight(2).stripTrailingZeros().toPlainString() + "%"), s.id()));
            s.capYuan().ifPresent(c -> assertTrue(sentence.contains(wan(c)), s.id()));
            s.amountYuan().ifPresent(a -> assertTrue(sentence.contains(wan(a)), s.id()));
        }
    }

    private static String wan(BigDecimal yuan) {
        return yuan.divide(Cny.WAN).stripTrailingZeros().toPlainString() + "万元";
    }

    @Test
    void theWholeCatalogRoundTripsThroughJson() {
        String json = PolicyJson.write(CATALOG.notice());
        Notice again = PolicyJson.read(json, Notice.class);
        assertEquals(CATALOG.notice(), again);
        assertEquals(CATALOG.sha256(), Catalog.of(again).sha256());
        assertEquals(json, PolicyJson.write(again), "writing is deterministic");
    }
}
