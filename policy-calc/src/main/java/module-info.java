/**
 * Pure calculators over the policy model: subsidy awards (single, yearly schedules, batches,
 * what-if comparisons, matching an enterprise to the rules) and target attainment. Rules and
 * facts in, values out; no files, clock, network or global state.
 */
module dev.zhengce.policy.calc {
    requires static transitive org.immutables.value.annotations;
    requires transitive dev.zhengce.policy.model;

    exports dev.zhengce.policy.calc;

    opens dev.zhengce.policy.calc to
            com.fasterxml.jackson.databind;
}
