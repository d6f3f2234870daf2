// zhengce ready session: the sample applications, their awards and totals. The samples are
// illustrative, not official data (policy-examples/src/main/resources/.../samples/README.md).
//   in policy-examples/jshell:  /open policy-examples/src/main/jshell/awards.jsh
//   then:  explain("A-05")   awards   totals   language = Language.EN
import java.math.BigDecimal;
import java.util.stream.Collectors;
import dev.zhengce.policy.model.*;
import dev.zhengce.policy.calc.*;
import dev.zhengce.policy.examples.Samples;
import dev.zhengce.policy.examples.Texts;
var policy = Policy.mengzhou();
var catalog = policy.catalog();
var language = Language.ZH;
var applications = Samples.applications();
var awards = policy.subsidies().awards(applications.stream()).collect(Collectors.toList());
var totals = Totals.of(catalog, awards.stream());
// one line an award: id, rule, status, amount, and the amount paid in Chinese capitals (大写)
void table() {
    for (Award a : awards) {
        System.out.println(String.format("%-5s %-38s %-12s %18s  ", a.application().id(), a.rule().id(),
                a.status(), a.amount().map(Cny::format).orElse("—")) + (a.status() == Award.Status.PAYABLE
                ? ChineseAmount.write(a.amount().orElseThrow()) : ""));
    }
    System.out.println(Texts.totals(totals, language));
}
// the steps of one award, in the session's language
void explain(String id) {
    awards.stream().filter(a -> a.application().id().equals(id)).forEach(a -> System.out.println(a.explain(language)));
}
table();
