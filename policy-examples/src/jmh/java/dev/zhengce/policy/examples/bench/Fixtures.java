package dev.zhengce.policy.examples.bench;

import dev.zhengce.policy.calc.Application;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs every benchmark shares: one application of each payable rule of the Mengzhou
 * catalog (the surcharge pays nothing), as an SDK {@link Application} and as the
 * {@link PlainApplication} record the baselines read. Amounts are exact decimals with fen.
 */
final class Fixtures {
    static final String INTELLIGENT = "intelligent-transformation-subsidy";
    static final String CULTIVATION = "innovation-center-cultivation-subsidy";
    static final String CERTIFIED = "innovation-center-certified-subsidy";
    static final String PROMOTION = "provincial-innovation-center-award";
    static final String GREEN = "green-demonstration-subsidy";
    static final String ROBOT = "robot-subsidy";
    static final String QUALITY = "quality-brand-award";
    static final String LITTLE_GIANT = "little-giant-award";

    /** The seven honours of the quality-brand award, as the notice lists them: one award per honour. */
    static final List<String> HONOURS =
            List.of("中国质量奖", "中国驰名商标", "国家级质量标杆企业", "制造业单项冠军企业", "省长质量奖", "河南省著名商标", "河南省质量标杆企业");

    /** The payable rules, in catalog order. */
    static final List<String> RULES =
            List.of(GREEN, INTELLIGENT, ROBOT, CULTIVATION, CERTIFIED, PROMOTION, QUALITY, LITTLE_GIANT);

    private Fixtures() {}

    /**
     * The facts of application number {@code n} for a rule: amounts vary with {@code n} (so
     * that some reach a cap and some do not), always with two decimals; the quality-brand award
     * names one of the seven honours in turn.
     */
    static PlainApplication plain(String rule, long n, String applicant) {
        String id = "A-" + n;
        BigDecimal a = yuan(3_000_000_00L + (n * 7_919_03L) % 9_000_000_00L);
        BigDecimal b = yuan(9_500_000_55L + (n * 104_729_17L) % 150_000_000_00L);
        Map<String, BigDecimal> costs = new LinkedHashMap<>();
        Integer year = null;
        Integer listing = null;
        BigDecimal rate = null;
        BigDecimal amount = null;
        String honour = null;
        switch (rule) {
            case INTELLIGENT:
                costs.put("software-investment", a);
                costs.put("hardware-investment", b);
                break;
            case CULTIVATION:
                costs.put("rd-equipment-purchase", a);
                costs.put("pilot-test-equipment-purchase", yuan(1_234_567_89L + n % 1_000_000_00L));
                year = 2018 + (int) (n % 5);
                listing = 2017;
                break;
            case CERTIFIED:
                costs.put("technology-introduction", a);
                costs.put("research-instruments", yuan(2_500_000_00L + n % 100_00L));
                costs.put("equipment-purchase", yuan(1_000_000_01L));
                costs.put("software-purchase", yuan(345_678_90L + n % 1_000_00L));
                year = 2019 + (int) (n % 4);
                listing = 2017;
                break;
            case PROMOTION:
                year = 2020;
                break;
            case GREEN:
                costs.put("new-investment", yuan(9_000_000_00L + (n * 7_919_03L) % 9_000_000_00L));
                rate = new BigDecimal("0.05");
                break;
            case ROBOT:
                costs.put("robot-purchase-fee", a);
                costs.put("robot-lease-fee", yuan(120_000_50L + n % 10_000_00L));
                rate = new BigDecimal("0.3");
                break;
            case QUALITY:
                amount = yuan(200_000_00L);
                honour = HONOURS.get((int) (n % HONOURS.size()));
                break;
            case LITTLE_GIANT:
                costs.put("annual-revenue", yuan(99_000_000_00L + (n * 104_729_17L) % 3_000_000_00L));
                amount = yuan(500_000_00L);
                break;
            default:
                throw new IllegalArgumentException(rule);
        }
        return new PlainApplication(id, applicant, rule, costs, year, listing, rate, amount, honour, "CNY");
    }

    /** The same facts as an SDK application, built (and so checked) by its builder. */
    static Application sdk(PlainApplication p) {
        Application.Builder b = Application.builder()
                .id(p.id())
                .applicant(p.applicant())
                .rule(p.rule())
                .costs(p.costs());
        if (p.year() != null) {
            b.year(p.year());
        }
        if (p.listingYear() != null) {
            b.listingYear(p.listingYear());
        }
        if (p.rate() != null) {
            b.rate(p.rate());
        }
        if (p.amount() != null) {
            b.amount(p.amount());
        }
        if (p.honour() != null) {
            b.honour(p.honour());
        }
        return b.build();
    }

    /** The rule of application number {@code n} in a mixed batch: every payable rule in turn. */
    static String ruleOf(long n) {
        return RULES.get((int) (n % RULES.size()));
    }

    private static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}
