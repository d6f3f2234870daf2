package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Bilingual;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Citation;
import dev.zhengce.policy.model.Comparison;
import dev.zhengce.policy.model.Department;
import dev.zhengce.policy.model.Notice;
import dev.zhengce.policy.model.Period;
import dev.zhengce.policy.model.Plan;
import dev.zhengce.policy.model.Target;
import dev.zhengce.policy.model.Task;
import dev.zhengce.policy.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Small catalogs built in code, for tests that must not depend on the Mengzhou data. */
final class TestCatalogs {
    private TestCatalogs() {}

    static Target.Builder target(String id, String indicator, Comparison c, String value, int year) {
        Target.Builder b = Target.builder()
                .id(id)
                .indicator(indicator)
                .description(Bilingual.of("指标", "indicator"))
                .comparison(c)
                .unit(c == Comparison.QUALITATIVE ? Unit.NONE : Unit.COUNT)
                .year(year)
                .citation(Citation.of("句子" + id));
        if (value != null) {
            b.value(new BigDecimal(value));
        }
        return b;
    }

    static Target each(String id, String indicator, String value, int from, int to) {
        return target(id, indicator, Comparison.AT_LEAST, value, to)
                .period(Period.EACH_YEAR)
                .fromYear(from)
                .build();
    }

    /** A notice with two plans: the first has the given plan-level targets, the second a task with the task targets. */
    static Catalog of(List<Target> planTargets, List<Target> taskTargets) {
        Department d = Department.builder()
                .id("industry-it")
                .name(Bilingual.of("工信委", "Industry and IT"))
                .build();
        Task task = Task.builder()
                .id("task")
                .kind(Task.Kind.KEY_TASK)
                .title(Bilingual.of("任务", "task"))
                .addDepartments("industry-it")
                .responsibility(Citation.of("责任单位:工信委"))
                .citation(Citation.of("任务"))
                .targets(taskTargets)
                .build();
        Plan first = Plan.builder()
                .id("first")
                .title(Bilingual.of("方案一", "plan one"))
                .citation(Citation.of("方案一"))
                .targets(planTargets)
                .build();
        Plan second = Plan.builder()
                .id("second")
                .title(Bilingual.of("方案二", "plan two"))
                .citation(Citation.of("方案二"))
                .addTasks(task)
                .build();
        return Catalog.of(Notice.builder()
                .number("测〔2017〕1号")
                .title(Bilingual.of("通知", "notice"))
                .issuer(Bilingual.of("市政府", "city"))
                .date(LocalDate.of(2017, 11, 24))
                .firstYear(2017)
                .lastYear(2020)
                .version("test")
                .addDepartments(d)
                .addPlans(first, second)
                .build());
    }
}
