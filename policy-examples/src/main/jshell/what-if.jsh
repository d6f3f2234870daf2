// zhengce ready session: what-if on the sample applications (illustrative, not official data):
// the notice as written (the baseline) against overrides of its rates, caps, thresholds,
// support windows and amounts.
//   in policy-examples/jshell:  /open policy-examples/src/main/jshell/what-if.jsh
//   then:  whatIf("intelligent-transformation-subsidy.cap=5000000", "innovation-center-cultivation-subsidy.window-years=6")
import java.math.BigDecimal;
import java.util.stream.Collectors;
import dev.zhengce.policy.model.*;
import dev.zhengce.policy.calc.*;
import dev.zhengce.policy.examples.Samples;
var policy = Policy.mengzhou();
var catalog = policy.catalog();
var applications = Samples.applications();
// the applications whose award changes, and the change in the total; RULE.PARAMETER=VALUE as zhengce subsidy --set takes them
void whatIf(String... overrides) {
    System.out.println("what-if 假设情形: " + String.join(" ", overrides));
    java.util.List<WhatIf.Difference> diffs;
    try {
        diffs = WhatIf.of(policy.subsidies(), Overrides.parse(overrides)).compare(applications.stream()).
                collect(Collectors.toList());
    } catch (PolicyException e) {
        System.out.println("  refused 不能计算: " + e.getMessage());
        return;
    }
    diffs.stream().filter(d -> !d.baseline().amount().equals(d.alternative().amount())
            || d.baseline().status() != d.alternative().status()).forEach(d -> System.out.println("  " + d));
    BigDecimal baseline = Totals.of(catalog, diffs.stream().map(WhatIf.Difference::baseline)).total();
    BigDecimal alternative = Totals.of(catalog, diffs.stream().map(WhatIf.Difference::alternative)).total();
    System.out.println("total 合计: " + Cny.format(baseline) + " → " + Cny.format(alternative)
            + " (" + (alternative.compareTo(baseline) >= 0 ? "+" : "") + alternative.subtract(baseline).toPlainString() + ")");
}
whatIf("intelligent-transformation-subsidy.rate=0.10");
