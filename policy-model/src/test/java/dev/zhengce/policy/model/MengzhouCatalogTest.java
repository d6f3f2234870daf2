package dev.zhengce.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.mengzhou.Mengzhou;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks the bundled catalog against the source text and against the reading rules of
 * {@code docs/reading.md}: shape, departments in the text's order, every citation at its own
 * place in the text, every money rule and the targets whose wording is the hardest to read.
 */
class MengzhouCatalogTest {
    private static final Catalog CATALOG = Mengzhou.catalog();
    private static final String TEXT = Mengzhou.text().text();

    @Test
    void theNoticeIsDescribedAsIssued() {
        Notice n = CATALOG.notice();
        assertEquals("孟政〔2017〕25号", n.number());
        assertEquals(java.time.LocalDate.of(2017, 11, 24), n.date());
        assertTrue(TEXT.contains(n.number() + " " + n.title().zh()), "number and title as in the source");
        assertTrue(TEXT.contains(n.issuer().zh()));
        assertEquals(
                List.of(
                        "green-transformation",
                        "intelligent-transformation",
                        "technical-renovation",
                        "technological-innovation"),
                CATALOG.plans().stream().map(Plan::id).collect(Collectors.toList()));
        for (Plan plan : CATALOG.plans()) {
            assertTrue(TEXT.contains("《" + plan.title().zh() + "》"), plan.id() + " is announced by the notice");
        }
    }

    @Test
    void theValiditySaysWhereTheDateAndTheYearsComeFromAndWhatIsUnknown() {
        Validity v = CATALOG.notice().validity().orElseThrow();
        assertTrue(v.issued().sentence().contains("2017年11月24日印发"), "issued on the notice's date");
        assertEquals(List.of(CATALOG.notice().firstYear(), CATALOG.notice().lastYear()), List.of(2017, 2020));
        assertTrue(v.years().get(0).sentence().startsWith("——2017年"), "the first yearly target is of 2017");
        assertTrue(v.years().get(v.years().size() - 1).sentence().startsWith("——2020年前"), "the last runs to 2020");
        assertTrue(v.unknown().en().contains("after 2020"));
        Ending parent = v.endings().get(0);
        assertEquals(
                List.of("豫政〔2017〕22号", "豫政〔2023〕7号", 2023),
                List.of(parent.document(), parent.endedBy(), parent.year().orElseThrow()));
        assertTrue(parent.date().isEmpty(), "the day was not checked: not recorded");
        assertFalse(TEXT.contains(parent.document()), "the ending is known from outside the notice, not from its text");
        assertTrue(
                parent.source().zh().contains("河南省人民政府") && parent.source().en().contains("issue 15"));
        assertEquals(List.of(), CATALOG.notice().amendments(), "no later document is known to amend the notice");
    }

    /** Every document the text names is among the references, and every reference is named in the text. */
    @Test
    void everyDocumentTheTextNamesIsAReference() {
        List<String> references = CATALOG.notice().references();
        java.util.regex.Matcher titles =
                java.util.regex.Pattern.compile("《([^》]+)》").matcher(TEXT);
        while (titles.find()) {
            String title = titles.group(1);
            boolean plan = CATALOG.plans().stream().anyMatch(p -> p.title().zh().equals(title));
            assertTrue(
                    plan || references.stream().anyMatch(r -> r.endsWith(title)), "《" + title + "》 is not a reference");
        }
        assertTrue(references.contains("省实施“三品”专项加快工业新产品开发和推广应用的意见"), "named without 《》 in new-products");
        for (String r : references) {
            String title = r.contains(" ") && r.indexOf('号') < r.indexOf(' ') ? r.substring(r.indexOf(' ') + 1) : r;
            assertTrue(TEXT.contains(title), r);
        }
    }

    @Test
    void everyKeyTaskAndSafeguardOfTheTextIsThere() {
        assertEquals(List.of(4, 3, 7, 3), keyTasks(), "key tasks per plan");
        for (Task task : CATALOG.tasks()) {
            assertTrue(
                    task.kind() == Task.Kind.SAFEGUARD || task.responsibility().isPresent(),
                    task.id() + ": every key task names its responsible departments");
        }
    }

    private static List<Integer> keyTasks() {
        return CATALOG.plans().stream()
                .map(p -> (int) p.tasks().stream()
                        .filter(t -> t.kind() == Task.Kind.KEY_TASK)
                        .count())
                .collect(Collectors.toList());
    }

    @Test
    void twentyFiveDepartmentsEachNamedInTheTextAndEachResponsibleSomewhere() {
        assertEquals(25, CATALOG.departments().size());
        Set<String> used =
                CATALOG.tasks().stream().flatMap(t -> t.departments().stream()).collect(Collectors.toSet());
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
                        .filter(d -> d.name().zh().equals(name)
                                || d.aliases().contains(name)
                                || ("市" + d.name().zh()).equals(name))
                        .map(Department::id)
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(task.id() + ": no department is called " + name)));
            }
            assertEquals(read, task.departments(), task.id());
        }
        assertEquals("industry-it", CATALOG.task("smart-workshops").lead().orElseThrow());
        assertEquals(
                "environmental-protection",
                CATALOG.task("clean-production").lead().orElseThrow());
        assertEquals(
                "quality-supervision",
                CATALOG.task("quality-brands-standards").lead().orElseThrow());
        assertEquals(
                "staffing-office", CATALOG.task("innovation-talents").lead().orElseThrow());
    }

    /**
     * Every citation identifies one place of the text — a sentence that occurs more than once
     * names its occurrence — and that place is its own: a plan's title starts the plan's part of
     * the text, its targets come before its first task, each task's title comes in order, and
     * each task's departments, milestones, targets, rules, conditions and windows lie between its
     * title and the next task's.
     */
    @Test
    void everyCitationIsVerbatimAtItsOwnPlaceInTheText() {
        SourceText source = Mengzhou.text();
        for (Citation c : CATALOG.citations()) {
            int times = source.occurrences(c.sentence());
            assertTrue(times > 0, () -> "not in the source: " + c);
            assertEquals(
                    times > 1,
                    c.occurrence().isPresent(),
                    () -> c + " occurs " + times
                            + " times: a citation names its occurrence exactly when there are several");
            assertTrue(
                    source.contains(c),
                    () -> c + " names occurrence " + c.occurrence().orElseThrow() + " of " + times);
        }
        List<Plan> plans = CATALOG.plans();
        for (int i = 0; i < plans.size(); i++) {
            Plan plan = plans.get(i);
            int start = source.locate(plan.citation());
            int end = i + 1 < plans.size() ? source.locate(plans.get(i + 1).citation()) : TEXT.length();
            assertTrue(
                    start > 0 && TEXT.charAt(start + plan.citation().sentence().length()) == '\n',
                    plan.id() + " cites its own heading");
            int[] tasks = new int[plan.tasks().size() + 1];
            int previous = start;
            for (int t = 0; t < plan.tasks().size(); t++) {
                tasks[t] = source.locate(plan.tasks().get(t).citation());
                assertTrue(
                        tasks[t] > previous && tasks[t] < end,
                        plan.tasks().get(t).id() + " comes in order");
                previous = tasks[t];
            }
            tasks[plan.tasks().size()] = end;
            int firstTask = plan.tasks().isEmpty() ? end : tasks[0];
            plan.targets().forEach(x -> within(source, x.citation(), start, firstTask, x.id()));
            for (int t = 0; t < plan.tasks().size(); t++) {
                Task task = plan.tasks().get(t);
                List<Citation> own = new ArrayList<>();
                task.responsibility().ifPresent(own::add);
                task.milestones().forEach(m -> own.add(m.citation()));
                task.targets().forEach(x -> own.add(x.citation()));
                for (Subsidy r : task.subsidies()) {
                    own.add(r.citation());
                    r.conditions().forEach(x -> own.add(x.citation()));
                    r.window().ifPresent(w -> own.add(w.citation()));
                }
                for (Citation c : own) {
                    within(source, c, tasks[t], tasks[t + 1], task.id());
                }
            }
        }
    }

    private static void within(SourceText source, Citation c, int from, int to, String owner) {
        int at = source.locate(c);
        assertTrue(
                at >= from && at < to,
                () -> owner + " cites " + c
                        + c.occurrence().map(n -> " (occurrence " + n + ")").orElse("") + " at " + at
                        + ", outside its part of the text " + from + ".." + to);
    }

    @Test
    void aCitationOfASentenceThatOccursTwiceNamesWhichOccurrence() {
        Citation repeated =
                CATALOG.target("provincial-innovation-centers-plan-2020").citation();
        assertEquals("力争培育1家省级制造业创新中心、3家左右市级制造业创新中心。", repeated.sentence());
        assertEquals(2, Mengzhou.text().occurrences(repeated.sentence()));
        assertEquals(1, repeated.occurrence().orElseThrow(), "the yearly block, before the task says it again");
        SourceText source = Mengzhou.text();
        assertTrue(source.locate(repeated)
                < source.locate(CATALOG.task("innovation-centers").citation()));
        assertEquals(-1, source.locate(Citation.of(repeated.sentence())), "without its occurrence it is ambiguous");
        assertEquals(-1, source.locate(Citation.of(repeated.sentence(), 3)), "there is no third");
        assertTrue(source.locate(Citation.of(repeated.sentence(), 2)) > source.locate(repeated));
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
                        : v.stripTrailingZeros().toPlainString()
                                + (t.unit() == Unit.PERCENT ? "%" : t.unit() == Unit.PERCENTAGE_POINTS ? "个百分点" : "");
                // a count is written with its measure word (家, 个, 人, 台) or as the low end of A至B
                boolean found = t.unit() == Unit.COUNT
                        ? java.util.regex.Pattern.compile("(?<![0-9])" + written + "[家个人台至]")
                                .matcher(t.citation().sentence())
                                .find()
                        : t.citation().sentence().contains(written);
                assertTrue(found, () -> t.id() + ": " + written + " in " + t.citation());
            }
            t.baseline()
                    .flatMap(Baseline::year)
                    .ifPresent(y -> assertTrue(t.citation().sentence().contains(y + "年"), t.id()));
        }
    }

    @Test
    void theHardestWordingsAreReadAsReadingMdSays() {
        Target energy = CATALOG.target("green-energy-intensity-2020");
        assertEquals(Comparison.REDUCTION, energy.comparison());
        assertEquals(Unit.PERCENT, energy.unit(), "the reduction is in percent");
        assertEquals(Unit.TCE_PER_10K_YUAN, energy.observedUnit(), "the level it observes is in 吨标准煤/万元");
        assertEquals(0, new BigDecimal("18").compareTo(energy.value().orElseThrow()));
        assertEquals(2016, energy.baseline().flatMap(Baseline::year).orElseThrow());
        assertEquals(Period.IN_YEAR, CATALOG.target("voluntary-audits-2018").period(), "2018年推动1家企业开展: a flow of 2018");
        Target audits = CATALOG.target("voluntary-audits-2020");
        assertEquals(Comparison.BETWEEN, audits.comparison(), "2至4家");
        assertEquals(
                List.of(2, 4),
                List.of(
                        audits.value().orElseThrow().intValueExact(),
                        audits.upper().orElseThrow().intValueExact()));
        Target about = CATALOG.target("intelligent-enterprises-2020");
        assertEquals(Comparison.ABOUT, about.comparison(), "5家左右");
        assertTrue(about.tolerance().isEmpty(), "左右 states no tolerance: the analyst supplies one");
        assertEquals(
                Comparison.MORE_THAN,
                CATALOG.target("high-tech-enterprises-2018").comparison(),
                "突破15家");
        assertEquals(
                Comparison.MORE_THAN, CATALOG.target("renovation-share-2018").comparison(), "超过20%");
        assertEquals(
                Comparison.FROM_TO,
                CATALOG.target("renovation-share-from-to-2020").comparison(),
                "由10%提高到30%以上");
        assertEquals(Period.MAINTAIN, CATALOG.target("leading-enterprises-2020").period(), "保持2家");
        assertEquals(Period.CUMULATIVE, CATALOG.target("leading-talents-2020").period(), "累计");
        assertEquals(
                Period.EACH_YEAR, CATALOG.target("smart-workshops-each-year").period(), "每年滚动");
        assertEquals(2018, CATALOG.target("iim-certified-each-year").fromYear().orElseThrow(), "从2018年起");
        Target index = CATALOG.target("integration-index-2020");
        assertEquals(Comparison.QUALITATIVE, index.comparison());
        assertTrue(index.aspirational(), "力争");
        assertEquals(
                Comparison.WITHIN_QUOTA,
                CATALOG.target("green-so2-emissions-2020").comparison());
        assertEquals(
                Comparison.FULL_COVERAGE,
                CATALOG.target("rd-institution-coverage-2020").comparison(),
                "基本实现全覆盖");
    }

    @Test
    void targetsStatedTwiceKeepBothStatementsWithTheirOwnSentences() {
        List<Target> benchmarked2020 = CATALOG.targets().stream()
                .filter(t -> t.indicator().equals("iim-benchmarked-enterprises")
                        && t.year() == 2020
                        && t.period() == Period.BY_YEAR)
                .collect(Collectors.toList());
        assertEquals(
                Set.of(new BigDecimal("10"), new BigDecimal("15")),
                benchmarked2020.stream().map(t -> t.value().orElseThrow()).collect(Collectors.toSet()));
        assertEquals(
                2, benchmarked2020.stream().map(Target::citation).distinct().count());
        assertEquals(
                "green-transformation",
                CATALOG.planOf("green-block-iim-benchmarked-2020").id(),
                "the 智能化改造 yearly block printed in the green plan stays in the green plan");
    }

    @Test
    void everyMoneyRuleOfTheNotice() {
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
        assertEquals(
                List.of("rd-equipment-purchase", "pilot-test-equipment-purchase"),
                CATALOG.subsidy("innovation-center-cultivation-subsidy").basis());
        assertEquals(
                4,
                CATALOG.subsidy("innovation-center-certified-subsidy").basis().size());

        for (String id : List.of(
                "innovation-center-cultivation-subsidy",
                "innovation-center-certified-subsidy",
                "provincial-innovation-center-award",
                "green-demonstration-subsidy",
                "little-giant-award")) {
            Subsidy rule = CATALOG.subsidy(id);
            assertEquals(List.of(), rule.payers(), id + ": its sentence names no 财政");
            assertFalse(rule.citation().sentence().contains("财政"), id);
            assertTrue(rule.payerNote().isPresent(), id + " says why it has no payer");
        }
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
        quality.awardsFor()
                .forEach(h -> assertTrue(quality.citation().sentence().contains(h.zh()), h.zh()));
        assertTrue(quality.amount().isEmpty() && quality.isLocal(LocalParameter.Kind.AMOUNT) && quality.oneTime());

        Condition band = CATALOG.subsidy("little-giant-award").conditions().get(0);
        assertEquals(Comparison.MORE_THAN, band.comparison(), "超亿元 excludes 1亿元");
        assertEquals(new BigDecimal("100000000.00"), band.yuan());
        assertEquals("帮助其发展成为年营业收入超亿元的“科技小巨人”企业", band.citation().sentence(), "the defining clause");
        Subsidy candidates = CATALOG.subsidy("little-giant-candidate-support");
        Condition candidateBand = candidates.conditions().get(0);
        assertEquals(Subsidy.Kind.SUPPORT, candidates.kind());
        assertEquals(Comparison.AT_MOST, candidateBand.comparison(), "1亿元以下 includes 1亿元");
        assertTrue(
                candidateBand.isMetBy(new BigDecimal("100000000.00")) && !band.isMetBy(new BigDecimal("100000000.00")),
                "revenue of exactly 1亿元 is a candidate's, not a little giant's");
        assertTrue(candidateBand.citation().sentence().contains("年营业收入1亿元以下"));
        assertEquals(
                Comparison.MORE_THAN,
                CATALOG.subsidy("little-giant-support").conditions().get(0).comparison());

        Subsidy office = CATALOG.subsidy("office-costs-subsidy");
        assertTrue(office.isLocal(LocalParameter.Kind.RATE) && office.rate().isEmpty(), "the share is left open");
        assertTrue(office.addressee().orElseThrow().zh().startsWith("有条件的地方"));
        assertEquals(List.of(), office.payers());
        Subsidy setBy = CATALOG.subsidy("iim-certified-support");
        assertEquals(Subsidy.Kind.SET_BY_DOCUMENT, setBy.kind());
        assertTrue(CATALOG.notice().references().contains(setBy.setBy().orElseThrow()));
        assertTrue(setBy.citation().sentence().contains("《" + setBy.setBy().orElseThrow() + "》"));
        Subsidy fund = CATALOG.subsidy("science-innovation-award-fund");
        assertTrue(fund.everyYear() && fund.isLocal(LocalParameter.Kind.AMOUNT) && !fund.oneTime());
        assertEquals(List.of(Subsidy.Payer.CITY), fund.payers(), "市财政每年安排");

        assertEquals(
                Subsidy.Kind.SURCHARGE,
                CATALOG.subsidy("differential-electricity-price").kind());
        assertEquals(14, CATALOG.subsidies().size());
    }

    @Test
    void theQualitativeGoalsAndTheYearlyMilestonesAreThere() {
        for (String id : List.of(
                "green-scope-2020",
                "innovation-breakthrough-2018",
                "innovation-progress-2020",
                "innovative-mengzhou-2020")) {
            Target goal = CATALOG.target(id);
            assertEquals(Comparison.QUALITATIVE, goal.comparison(), id);
            assertTrue(goal.citation().sentence().contains(goal.description().zh()), id);
        }
        assertEquals(78, CATALOG.targets().size());
        Milestone plan = CATALOG.task("renovation-organisation").milestones().get(0);
        assertTrue(plan.everyYear() && plan.year().isEmpty());
        assertTrue(plan.citation().sentence().startsWith("每年制定全市技术改造工作方案"));
        for (Task task : CATALOG.tasks()) {
            for (Milestone m : task.milestones()) {
                assertEquals(m.citation().sentence().contains("每年"), m.everyYear(), m::toString);
            }
        }
        assertEquals(List.of("smart-factories"), CATALOG.task("smart-workshops").indicators(), "建设智能车间智能工厂");
    }

    /** Rates and money amounts are written in their sentences (8%, 1000万元, 500万元). */
    @Test
    void everyStatedRateAndAmountIsWrittenInItsSentence() {
        for (Subsidy s : CATALOG.subsidies()) {
            String sentence = s.citation().sentence();
            s.rate()
                    .ifPresent(r -> assertTrue(
                            sentence.contains(
                                    r.movePointRight(2).stripTrailingZeros().toPlainString() + "%"),
                            s.id()));
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

    @Test
    void aTargetsFigureReadsInEitherLanguageAndTheChineseStatementKeepsIt() {
        Target t = CATALOG.target("high-tech-enterprises-2018");
        assertEquals("> 15个", t.figure(java.util.Locale.SIMPLIFIED_CHINESE));
        assertEquals("> 15 count", t.figure(java.util.Locale.ENGLISH));
        assertTrue(t.statement().startsWith(t.description().zh() + " > 15个 ("), t.statement());
        for (Target any : CATALOG.targets()) {
            String zh = any.figure(java.util.Locale.SIMPLIFIED_CHINESE);
            String en = any.figure(java.util.Locale.ENGLISH);
            assertTrue(
                    zh.startsWith(any.comparison().symbol())
                            && en.startsWith(any.comparison().symbol()),
                    any.id());
            assertTrue(
                    any.unit().symbol(java.util.Locale.ENGLISH).isEmpty()
                            ? en.equals(zh)
                            : en.endsWith(" " + any.unit().symbol(java.util.Locale.ENGLISH)),
                    any.id() + ": " + en);
        }
    }
}
