package dev.zhengce.policy.examples.ledger;

import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.Bilingual;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random applications of a few recipients under the rules with recipient limits (the yearly
 * cap of the innovation-center programme, the once-only promotion award, the quality-brand award
 * per honour) and some without (per project, per application), for the ledger's tests.
 */
final class Sequences {
    private static final List<Bilingual> HONOURS =
            Mengzhou.catalog().subsidy("quality-brand-award").awardsFor();

    private Sequences() {}

    /**
     * Returns {@code count} applications with ids {@code S-0}, {@code S-1}, … drawn from a
     * generator.
     *
     * @param random the generator
     * @param count  how many
     * @return the applications
     */
    static List<Application> random(Random random, int count) {
        List<Application> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(application(random, "S-" + i));
        }
        return list;
    }

    static Application application(Random random, String id) {
        String who = "center-" + (char) ('a' + random.nextInt(4));
        int year = 2018 + random.nextInt(4);
        Application.Builder b = Application.builder().id(id).applicant(who).year(year);
        switch (random.nextInt(7)) {
            case 0:
            case 1:
                return b.rule("innovation-center-cultivation-subsidy")
                        .listingYear(2017 + random.nextInt(2))
                        .cost("rd-equipment-purchase", yuan(random, 12_000_000))
                        .cost("pilot-test-equipment-purchase", yuan(random, 3_000_000))
                        .build();
            case 2:
                return b.rule("innovation-center-certified-subsidy")
                        .listingYear(2017 + random.nextInt(2))
                        .cost("technology-introduction", yuan(random, 4_000_000))
                        .cost("research-instruments", yuan(random, 4_000_000))
                        .cost("equipment-purchase", yuan(random, 4_000_000))
                        .cost("software-purchase", yuan(random, 1_000_000))
                        .build();
            case 3:
                return b.rule("provincial-innovation-center-award").build();
            case 4:
                return b.rule("quality-brand-award")
                        .honour(HONOURS.get(random.nextInt(3)).zh())
                        .amount(new BigDecimal(yuan(random, 500_000)))
                        .build();
            case 5:
                return b.rule("intelligent-transformation-subsidy")
                        .cost("software-investment", yuan(random, 60_000_000))
                        .cost("hardware-investment", yuan(random, 80_000_000))
                        .build();
            default:
                return b.rule("robot-subsidy")
                        .rate(new BigDecimal("0.15"))
                        .cost("robot-purchase-fee", yuan(random, 5_000_000))
                        .cost("robot-lease-fee", yuan(random, 500_000))
                        .build();
        }
    }

    /** An amount in yuan with two decimals, below a bound, now and then a round one or zero. */
    private static String yuan(Random random, int below) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return "0";
        }
        long fen = (long) (random.nextDouble() * below * 100L);
        return kind < 4 ? Long.toString(fen / 100) : BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
