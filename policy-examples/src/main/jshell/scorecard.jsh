// zhengce ready session: the attainment of the notice's targets over the sample observations
// (illustrative, not official data), as of a year.
//   in policy-examples/jshell:  /open policy-examples/src/main/jshell/scorecard.jsh
//   then:  asOf(2020)   target("high-tech-enterprises-2018")   overdue()   scorecard   language = Language.EN
import dev.zhengce.policy.model.*;
import dev.zhengce.policy.calc.*;
import dev.zhengce.policy.examples.Samples;
var policy = Policy.mengzhou();
var language = Language.ZH;
var observations = Samples.observations();
var scorecard = policy.attainment().scorecard(observations, 2018);
// the scorecard as of a year: all targets, then plan by plan
void asOf(int year) {
    scorecard = policy.attainment().scorecard(observations, year);
    System.out.println("as of 截至 " + year + ": " + scorecard.overall());
    scorecard.byPlan().forEach((plan, tally) -> System.out.println("  " + plan + ": " + tally));
}
// one target's verdict, with what was observed and expected
void target(String id) {
    scorecard.attainments().stream().filter(a -> a.target().id().equals(id)).forEach(a -> System.out.println(a.explain(language)));
}
// the targets due before the scorecard's year and not met
void overdue() {
    scorecard.overdue(scorecard.asOf()).forEach(a -> System.out.println(a.explain(language)));
}
asOf(2018);
