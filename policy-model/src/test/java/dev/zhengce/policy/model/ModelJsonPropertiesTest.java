package dev.zhengce.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** JSON round trips of generated model values: what is written reads back equal. */
class ModelJsonPropertiesTest {
    private static final List<String> WORDS = List.of("智能车间", "贯标企业", "研发平台", "领跑者", "高新技术企业");

    /** Exact decimals with 0 to 4 decimals, never from a double. */
    private static Gen<BigDecimal> decimals(int maxScale) {
        return longs().between(0, 10_000_000_000L).zip(integers().between(0, maxScale), BigDecimal::valueOf);
    }

    private static Gen<Bilingual> texts() {
        return arbitrary().pick(WORDS).zip(integers().between(1, 999), (w, n) -> Bilingual.of(w + n, "text " + n));
    }

    private static Gen<Target> targets() {
        Gen<Comparison> comparisons = arbitrary().enumValues(Comparison.class);
        Gen<Period> periods = arbitrary().enumValues(Period.class);
        Gen<Unit> units = arbitrary().pick(List.of(Unit.COUNT, Unit.PERCENT, Unit.PERCENTAGE_POINTS, Unit.YUAN));
        return comparisons
                .zip(periods, units, texts(), (c, p, u, text) -> new Object[] {c, p, u, text})
                .zip(decimals(4), decimals(4), integers().between(2017, 2020), (o, a, b, year) -> {
                    Comparison c = (Comparison) o[0];
                    Period p = (Period) o[1];
                    Unit u = c == Comparison.QUALITATIVE ? Unit.NONE : (Unit) o[2];
                    BigDecimal value = u == Unit.COUNT ? new BigDecimal(a.unscaledValue()) : a;
                    Target.Builder t = Target.builder()
                            .id("t-" + year)
                            .indicator("indicator-" + c.ordinal())
                            .description((Bilingual) o[3])
                            .comparison(c)
                            .unit(u)
                            .year(year)
                            .period(p)
                            .aspirational(b.signum() % 2 == 0)
                            .citation(Citation.of(((Bilingual) o[3]).zh() + "。"));
                    if (c.hasValue()) {
                        t.value(value);
                    }
                    if (c == Comparison.BETWEEN) {
                        t.upper(value.add(u == Unit.COUNT ? new BigDecimal(b.unscaledValue()) : b));
                    }
                    if (c == Comparison.ABOUT) {
                        t.tolerance(u == Unit.COUNT ? new BigDecimal(b.unscaledValue()) : b);
                    }
                    if (c == Comparison.REDUCTION) {
                        t.baseline(Baseline.builder().year(2016).build()).levelUnit(Unit.TCE_PER_10K_YUAN);
                    }
                    if (c == Comparison.FROM_TO) {
                        t.baseline(Baseline.builder().value(b).year(2016).build());
                    }
                    if (!p.isSingleYear()) {
                        t.fromYear(2017);
                    }
                    return t.build();
                });
    }

    private static Gen<Subsidy> subsidies() {
        return arbitrary()
                .enumValues(Subsidy.Kind.class)
                .zip(decimals(2), decimals(2), booleans().all(), (kind, money, rate, stated) -> {
                    Subsidy.Builder s = Subsidy.builder()
                            .id("rule-" + kind.ordinal())
                            .kind(kind)
                            .name(Bilingual.of("补助", "subsidy"))
                            .recipient(Bilingual.of("企业", "enterprises"))
                            .citation(Citation.of("给予补助"))
                            .oneTime(stated);
                    BigDecimal fraction = rate.movePointLeft(10).min(BigDecimal.ONE);
                    if (kind == Subsidy.Kind.FIXED_AMOUNT) {
                        if (stated) {
                            s.amount(Cny.of(money));
                        } else {
                            s.addLocalParameters(LocalParameter.builder()
                                    .kind(LocalParameter.Kind.AMOUNT)
                                    .wording("给予资金奖励")
                                    .note(Bilingual.of("未定", "not stated"))
                                    .build());
                        }
                    } else if (kind == Subsidy.Kind.SUPPORT || kind == Subsidy.Kind.SET_BY_DOCUMENT) {
                        s.oneTime(false)
                                .everyYear(stated)
                                .payerNote(Bilingual.of("未定", "not stated"))
                                .addConditions(Condition.builder()
                                        .fact("annual-revenue")
                                        .comparison(Comparison.AT_MOST)
                                        .amount(Cny.of(money))
                                        .citation(Citation.of("以下", 2))
                                        .build());
                        if (kind == Subsidy.Kind.SET_BY_DOCUMENT) {
                            s.setBy("另一文件");
                        }
                    } else {
                        s.addBasis("investment");
                        if (stated) {
                            s.rate(fraction);
                        } else {
                            s.addLocalParameters(LocalParameter.builder()
                                    .kind(LocalParameter.Kind.RATE)
                                    .wording("一定比例")
                                    .note(Bilingual.of("未定", "not stated"))
                                    .build());
                        }
                        if (kind == Subsidy.Kind.PROPORTIONAL) {
                            s.cap(Cny.of(money))
                                    .capPeriod(Subsidy.CapPeriod.PER_YEAR)
                                    .addConditions(Condition.builder()
                                            .fact("new-investment")
                                            .comparison(Comparison.AT_LEAST)
                                            .amount(Cny.of(money))
                                            .citation(Citation.of("以上"))
                                            .build())
                                    .window(SupportWindow.builder()
                                            .years(5)
                                            .anchor("listing-year")
                                            .citation(Citation.of("连续支持5年"))
                                            .build())
                                    .addPayers(Subsidy.Payer.PROVINCE, Subsidy.Payer.CITY);
                        }
                    }
                    return s.build();
                });
    }

    @Test
    void everyGeneratedTargetReadsBackEqual() {
        qt().withExamples(500)
                .forAll(targets())
                .checkAssert(t -> assertEquals(t, PolicyJson.read(PolicyJson.write(t), Target.class)));
    }

    @Test
    void everyGeneratedSubsidyReadsBackEqual() {
        qt().withExamples(500).forAll(subsidies()).checkAssert(s -> {
            Subsidy back = PolicyJson.read(PolicyJson.write(s), Subsidy.class);
            assertEquals(PolicyJson.write(s), PolicyJson.write(back));
            assertEquals(s.cap().map(c -> Cny.yuan("cap", c)), back.cap().map(c -> Cny.yuan("cap", c)));
            assertEquals(s.rate(), back.rate());
        });
    }

    @Test
    void everyAmountKeepsItsExactValue() {
        qt().withExamples(1000).forAll(decimals(2)).checkAssert(yuan -> {
            Condition c = Condition.builder()
                    .fact("annual-revenue")
                    .comparison(Comparison.MORE_THAN)
                    .amount(Cny.of(yuan))
                    .citation(Citation.of("超亿元"))
                    .build();
            Condition back = PolicyJson.read(PolicyJson.write(c), Condition.class);
            assertEquals(0, yuan.compareTo(back.yuan()), () -> yuan + " came back as " + back.yuan());
        });
    }
}
