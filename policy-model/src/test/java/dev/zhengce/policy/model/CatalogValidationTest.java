package dev.zhengce.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Loading refuses notices that break the rules spanning their parts, naming the field. */
class CatalogValidationTest {
    private static final Department FINANCE = Department.builder()
            .id("finance")
            .name(Bilingual.of("财政局", "Finance Bureau"))
            .build();

    private static Target target(String id, int year) {
        return Target.builder()
                .id(id)
                .indicator("smart-workshops")
                .description(Bilingual.of("智能车间", "smart workshops"))
                .comparison(Comparison.AT_LEAST)
                .value(BigDecimal.ONE)
                .unit(Unit.COUNT)
                .year(year)
                .citation(Citation.of("培育1个智能车间"))
                .build();
    }

    private static Task task(String id, String department) {
        return Task.builder()
                .id(id)
                .kind(Task.Kind.KEY_TASK)
                .title(Bilingual.of("任务", "task"))
                .addDepartments(department)
                .responsibility(Citation.of("责任单位:财政局"))
                .citation(Citation.of("任务"))
                .build();
    }

    private static Notice notice(UnaryOperator<Plan.Builder> plan) {
        Plan.Builder p =
                Plan.builder().id("plan").title(Bilingual.of("方案", "plan")).citation(Citation.of("方案"));
        return Notice.builder()
                .number("测〔2017〕1号")
                .title(Bilingual.of("通知", "notice"))
                .issuer(Bilingual.of("市政府", "city"))
                .date(LocalDate.of(2017, 11, 24))
                .firstYear(2017)
                .lastYear(2020)
                .version("test")
                .addDepartments(FINANCE)
                .addPlans(plan.apply(p).build())
                .build();
    }

    @Test
    void acceptsACleanNotice() {
        Catalog c = Catalog.of(notice(p -> p.addTargets(target("t1", 2018)).addTasks(task("k1", "finance"))));
        assertEquals("plan", c.planOf("t1").id());
        assertEquals("finance", c.task("k1").lead().orElseThrow());
        assertEquals(64, c.sha256().length());
    }

    @Test
    void rejectsACostCategoryNamedTwice() {
        InvalidDataException e = assertThrows(
                InvalidDataException.class,
                () -> Subsidy.builder()
                        .id("twice")
                        .name(Bilingual.of("补助", "subsidy"))
                        .kind(Subsidy.Kind.PROPORTIONAL)
                        .recipient(Bilingual.of("企业", "enterprises"))
                        .addBasis("equipment", "equipment")
                        .rate(new java.math.BigDecimal("0.1"))
                        .citation(Citation.of("按照设备投资的10%给予补助"))
                        .build());
        assertEquals("basis", e.field());
        assertTrue(e.rule().contains("named once"), e.getMessage());
    }

    @Test
    void rejectsUnknownDepartment() {
        InvalidDataException e = assertThrows(
                InvalidDataException.class, () -> Catalog.of(notice(p -> p.addTasks(task("k1", "tax-office")))));
        assertEquals("plans[0].tasks[0].departments[0]", e.field());
        assertEquals(Optional.of("tax-office"), e.value());
    }

    @Test
    void rejectsDuplicateIdsAcrossKinds() {
        InvalidDataException e = assertThrows(
                InvalidDataException.class,
                () -> Catalog.of(notice(p -> p.addTargets(target("k1", 2018)).addTasks(task("k1", "finance")))));
        assertEquals("plans[0].tasks[0].id", e.field());
        assertTrue(e.rule().contains("plans[0].targets[0].id"), e.getMessage());
    }

    @Test
    void rejectsYearOutsideTheHorizon() {
        InvalidDataException e = assertThrows(
                InvalidDataException.class, () -> Catalog.of(notice(p -> p.addTargets(target("t1", 2021)))));
        assertEquals("plans[0].targets[0].year", e.field());
        assertTrue(e.rule().contains("2017..2020"));
    }

    @Test
    void rejectsOneIndicatorInTwoUnits() {
        Target percent =
                Target.builder().from(target("t2", 2019)).unit(Unit.PERCENT).build();
        InvalidDataException e = assertThrows(
                InvalidDataException.class, () -> Catalog.of(notice(p -> p.addTargets(target("t1", 2018), percent))));
        assertEquals("plans[0].targets[1].unit", e.field());
    }

    @Test
    void rejectsRateAboveOne() {
        InvalidDataException e = assertThrows(
                InvalidDataException.class,
                () -> Subsidy.builder()
                        .id("r")
                        .kind(Subsidy.Kind.PROPORTIONAL)
                        .name(Bilingual.of("补助", "subsidy"))
                        .recipient(Bilingual.of("企业", "enterprises"))
                        .addBasis("investment")
                        .rate(new BigDecimal("1.08"))
                        .citation(Citation.of("补助"))
                        .build());
        assertEquals("rate", e.field());
    }

    @Test
    void rejectsARateBothStatedAndLocal() {
        InvalidDataException e = assertThrows(
                InvalidDataException.class,
                () -> Subsidy.builder()
                        .id("r")
                        .kind(Subsidy.Kind.PROPORTIONAL)
                        .name(Bilingual.of("补助", "subsidy"))
                        .recipient(Bilingual.of("企业", "enterprises"))
                        .addBasis("investment")
                        .rate(new BigDecimal("0.08"))
                        .addLocalParameters(LocalParameter.builder()
                                .kind(LocalParameter.Kind.RATE)
                                .wording("一定比例")
                                .note(Bilingual.of("未定", "open"))
                                .build())
                        .citation(Citation.of("补助"))
                        .build());
        assertEquals("rate", e.field());
    }

    @Test
    void rejectsARateNeitherStatedNorLocal() {
        InvalidDataException e = assertThrows(
                InvalidDataException.class,
                () -> Subsidy.builder()
                        .id("r")
                        .kind(Subsidy.Kind.PROPORTIONAL)
                        .name(Bilingual.of("补助", "subsidy"))
                        .recipient(Bilingual.of("企业", "enterprises"))
                        .addBasis("investment")
                        .citation(Citation.of("补助"))
                        .build());
        assertTrue(e.rule().contains("never leave it silent"), e.getMessage());
    }

    @Test
    void rejectsACapInAnotherCurrency() {
        javax.money.MonetaryAmount usd = javax.money.Monetary.getDefaultAmountFactory()
                .setCurrency("USD")
                .setNumber(1000)
                .create();
        InvalidDataException e = assertThrows(
                InvalidDataException.class,
                () -> Subsidy.builder()
                        .id("r")
                        .kind(Subsidy.Kind.PROPORTIONAL)
                        .name(Bilingual.of("补助", "subsidy"))
                        .recipient(Bilingual.of("企业", "enterprises"))
                        .addBasis("investment")
                        .rate(new BigDecimal("0.08"))
                        .cap(usd)
                        .capPeriod(Subsidy.CapPeriod.PER_PROJECT)
                        .citation(Citation.of("补助"))
                        .build());
        assertEquals("cap", e.field());
    }

    @Test
    void unknownIdsAreInputErrors() {
        Catalog c = Catalog.of(notice(p -> p));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> c.subsidy("no-such-rule"));
        assertEquals(Optional.of("no-such-rule"), e.value());
    }

    private static Subsidy.Builder rule(String id, Subsidy.Kind kind) {
        return Subsidy.builder()
                .id(id)
                .kind(kind)
                .name(Bilingual.of("支持", "support"))
                .recipient(Bilingual.of("企业", "enterprises"))
                .citation(Citation.of("重点扶持"));
    }

    @Test
    void supportAndRulesSetByAnotherDocumentComputeNothing() {
        rule("s", Subsidy.Kind.SUPPORT).build();
        assertEquals(
                "rate",
                assertThrows(
                                InvalidDataException.class,
                                () -> rule("s", Subsidy.Kind.SUPPORT)
                                        .rate(new BigDecimal("0.1"))
                                        .build())
                        .field());
        assertEquals(
                "amount",
                assertThrows(
                                InvalidDataException.class,
                                () -> rule("s", Subsidy.Kind.SUPPORT)
                                        .amount(Cny.of(BigDecimal.TEN))
                                        .build())
                        .field());
        assertEquals(
                "setBy",
                assertThrows(
                                InvalidDataException.class,
                                () -> rule("d", Subsidy.Kind.SET_BY_DOCUMENT).build())
                        .field());
        assertEquals(
                "setBy",
                assertThrows(
                                InvalidDataException.class,
                                () -> rule("s", Subsidy.Kind.SUPPORT)
                                        .setBy("另一文件")
                                        .build())
                        .field());
        Subsidy byDocument =
                rule("d", Subsidy.Kind.SET_BY_DOCUMENT).setBy("另一文件").build();
        assertTrue(byDocument.toString().contains("set by 《另一文件》"), byDocument::toString);
        assertEquals(
                List.of(false, false, true, true),
                List.of(
                        Subsidy.Kind.SUPPORT.computed(),
                        Subsidy.Kind.SET_BY_DOCUMENT.computed(),
                        Subsidy.Kind.PROPORTIONAL.computed(),
                        Subsidy.Kind.FIXED_AMOUNT.computed()));
        Task task = Task.builder()
                .from(task("k1", "finance"))
                .addSubsidies(byDocument)
                .build();
        InvalidDataException e =
                assertThrows(InvalidDataException.class, () -> Catalog.of(notice(p -> p.addTasks(task))));
        assertEquals("plans[0].tasks[0].subsidies[0].setBy", e.field());
        Catalog ok = Catalog.of(Notice.builder()
                .from(notice(p -> p.addTasks(task)))
                .addReferences("另一文件")
                .build());
        assertEquals(Subsidy.Kind.SET_BY_DOCUMENT, ok.subsidy("d").kind());
    }

    @Test
    void aSurchargeIsARateOrAnAmountPerUnitLeftOpen() {
        LocalParameter perKwh = LocalParameter.builder()
                .kind(LocalParameter.Kind.AMOUNT)
                .wording("差别电价")
                .note(Bilingual.of("元/千瓦时", "yuan per kWh"))
                .build();
        Subsidy s = rule("p", Subsidy.Kind.SURCHARGE)
                .addBasis("electricity-consumption")
                .addLocalParameters(perKwh)
                .build();
        assertTrue(s.toString().contains("amount per unit left to local decision"), s::toString);
        assertEquals(
                "rate",
                assertThrows(
                                InvalidDataException.class,
                                () -> Subsidy.builder()
                                        .from(s)
                                        .rate(new BigDecimal("0.1"))
                                        .build())
                        .field());
    }

    @Test
    void aTasksIndicatorIsMeasuredSomewhere() {
        Task k = Task.builder()
                .from(task("k1", "finance"))
                .addIndicators("smart-factories")
                .build();
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> Catalog.of(notice(p -> p.addTasks(k))));
        assertEquals("plans[0].tasks[0].indicators[0]", e.field());
        Task workshops = Task.builder()
                .from(task("k1", "finance"))
                .addIndicators("smart-workshops")
                .build();
        assertEquals(
                List.of("smart-workshops"),
                Catalog.of(notice(p -> p.addTargets(target("t1", 2018)).addTasks(workshops)))
                        .task("k1")
                        .indicators());
    }

    @Test
    void aReductionStatesTheUnitOfTheLevelItObserves() {
        Target.Builder reduction = Target.builder()
                .id("r")
                .indicator("energy-intensity")
                .description(Bilingual.of("能耗", "energy"))
                .comparison(Comparison.REDUCTION)
                .value(new BigDecimal("18"))
                .unit(Unit.PERCENT)
                .baseline(Baseline.builder().year(2016).build())
                .year(2020)
                .citation(Citation.of("降低18%"));
        assertEquals(
                "levelUnit",
                assertThrows(InvalidDataException.class, () -> reduction.build())
                        .field());
        assertEquals(
                Unit.TCE_PER_10K_YUAN,
                reduction.levelUnit(Unit.TCE_PER_10K_YUAN).build().observedUnit());
        assertEquals(
                "levelUnit",
                assertThrows(
                                InvalidDataException.class,
                                () -> Target.builder()
                                        .from(target("t", 2018))
                                        .levelUnit(Unit.COUNT)
                                        .build())
                        .field());
        assertEquals(Unit.COUNT, target("t", 2018).observedUnit());
    }

    @Test
    void aCitationCountsItsOccurrencesFromOne() {
        assertEquals(
                "occurrence",
                assertThrows(InvalidDataException.class, () -> Citation.of("句子", 0))
                        .field());
        SourceText text = SourceText.of("甲乙。甲乙。丙");
        assertEquals(2, text.occurrences("甲乙"));
        assertEquals(-1, text.locate(Citation.of("甲乙")));
        assertEquals(3, text.locate(Citation.of("甲乙", 2)));
        assertEquals(6, text.locate(Citation.of("丙")));
        assertEquals(-1, text.locate(Citation.of("丙", 2)));
        assertEquals(-1, text.locate(Citation.of("丁")));
    }

    @Test
    void anEndingIsOfAYearItsDateFallsIn() {
        Ending.Builder b = Ending.builder()
                .document("豫政〔2017〕22号")
                .relation(Bilingual.of("上位文件", "parent"))
                .endedBy("豫政〔2023〕7号")
                .year(2023)
                .source(Bilingual.of("来源", "source"));
        assertEquals("豫政〔2017〕22号 ended by 豫政〔2023〕7号 (2023)", b.build().toString());
        assertEquals(
                "date",
                assertThrows(
                                InvalidDataException.class,
                                () -> b.date(LocalDate.of(2022, 1, 1)).build())
                        .field());
    }
}
