package dev.zhengce.policy.calc;

/** The ids of the Mengzhou money rules, as the tests use them. */
final class Rules {
    static final String INTELLIGENT = "intelligent-transformation-subsidy";
    static final String CULTIVATION = "innovation-center-cultivation-subsidy";
    static final String CERTIFIED = "innovation-center-certified-subsidy";
    static final String PROMOTION = "provincial-innovation-center-award";
    static final String GREEN = "green-demonstration-subsidy";
    static final String ROBOT = "robot-subsidy";
    static final String QUALITY = "quality-brand-award";
    static final String LITTLE_GIANT = "little-giant-award";
    static final String ELECTRICITY = "differential-electricity-price";

    private Rules() {}
}
