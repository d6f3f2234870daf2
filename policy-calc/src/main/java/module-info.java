/**
 * Pure calculators over the policy model: subsidy awards and target attainment. Rules and
 * facts in, values out; no files, clock, network or global state.
 */
module dev.zhengce.policy.calc {
    requires transitive dev.zhengce.policy.model;
}
