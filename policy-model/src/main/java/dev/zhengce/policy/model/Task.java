package dev.zhengce.policy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A key task (重点任务) or safeguard measure (保障措施, 组织保障, 支撑措施) of a plan, with its
 * responsible departments (责任单位) in the text's order — the first one leads — its timeline
 * and the money rules it carries.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTask.class)
@JsonDeserialize(as = ImmutableTask.class)
public abstract class Task {
    /** Key task or safeguard. */
    public enum Kind {
        /** 重点任务. */
        KEY_TASK,
        /** 保障措施, 组织保障, 支撑措施. */
        SAFEGUARD
    }

    /** {@return the stable id, such as {@code smart-workshops}} */
    public abstract String id();

    /** {@return key task or safeguard} */
    public abstract Kind kind();

    /** {@return the title} */
    public abstract Bilingual title();

    /** {@return the ids of the responsible departments, lead first; empty where the text names none} */
    public abstract List<String> departments();

    /** {@return the responsible-units sentence (责任单位:…), where the text has one} */
    public abstract Optional<Citation> responsibility();

    /** {@return the timeline steps that are actions, not numbers} */
    public abstract List<Milestone> milestones();

    /** {@return the measurable timeline steps} */
    public abstract List<Target> targets();

    /**
     * Returns the indicators the task is about that none of its own targets measures: 建设智能车间智能工厂
     * is about smart factories though its timeline counts only workshops. A target of such an
     * indicator stated under another plan is traced back to this task.
     *
     * @return the indicator ids; empty where the targets measure everything the task is about
     */
    public abstract List<String> indicators();

    /** {@return the money rules of the task} */
    public abstract List<Subsidy> subsidies();

    /** {@return the title sentence as it appears in the text} */
    public abstract Citation citation();

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the lead department's id, if the text names responsible departments} */
    public Optional<String> lead() {
        return departments().isEmpty()
                ? Optional.empty()
                : Optional.of(departments().get(0));
    }

    @Value.Check
    void check() {
        Checks.id("id", id());
        for (int i = 0; i < departments().size(); i++) {
            Checks.id("departments[" + i + "]", departments().get(i));
        }
        for (int i = 0; i < indicators().size(); i++) {
            Checks.id("indicators[" + i + "]", indicators().get(i));
        }
        if (departments().size() != departments().stream().distinct().count()) {
            throw Checks.data("departments", departments(), "each department is named once");
        }
        if (departments().isEmpty() != responsibility().isEmpty()) {
            throw Checks.data(
                    "responsibility",
                    responsibility().orElse(null),
                    "departments and the responsible-units sentence are stated together");
        }
    }

    /** Returns {@code id: title [lead, ...]}. */
    @Override
    public String toString() {
        return id() + ": " + title().zh() + " " + departments();
    }

    /** Builds a {@link Task}. */
    public static final class Builder extends ImmutableTask.Builder {}
}
