package dev.zhengce.policy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * One of the notice's plans (方案): its goals and yearly targets (总体要求, 年度目标), key tasks
 * and safeguards.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlan.class)
@JsonDeserialize(as = ImmutablePlan.class)
public abstract class Plan {
    /** {@return the stable id, such as {@code intelligent-transformation}} */
    public abstract String id();

    /** {@return the title} */
    public abstract Bilingual title();

    /** {@return the documents the plan says it is based on (根据……文件精神)} */
    public abstract List<String> basis();

    /** {@return the targets of the plan's general requirements and yearly targets, as placed in the text} */
    public abstract List<Target> targets();

    /** {@return the key tasks and safeguards, in the text's order} */
    public abstract List<Task> tasks();

    /** {@return the title as it appears in the text} */
    public abstract Citation citation();

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.id("id", id());
    }

    /** Returns {@code id: title}. */
    @Override
    public String toString() {
        return id() + ": " + title();
    }

    /** Builds a {@link Plan}. */
    public static final class Builder extends ImmutablePlan.Builder {}
}
