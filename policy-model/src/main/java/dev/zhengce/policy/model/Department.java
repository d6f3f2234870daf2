package dev.zhengce.policy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** A responsible department (责任单位) of the city government. */
@Value.Immutable
@JsonSerialize(as = ImmutableDepartment.class)
@JsonDeserialize(as = ImmutableDepartment.class)
public abstract class Department {
    /** {@return the stable id, such as {@code industry-it}} */
    public abstract String id();

    /** {@return the name, in Chinese as written and in English} */
    public abstract Bilingual name();

    /** {@return the other ways the text writes the name, such as {@code 环保局} or with {@code 市}} */
    public abstract List<String> aliases();

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.id("id", id());
        for (int i = 0; i < aliases().size(); i++) {
            Checks.text("aliases[" + i + "]", aliases().get(i));
        }
    }

    /** Returns {@code id: 中文名 (English name)}. */
    @Override
    public String toString() {
        return id() + ": " + name();
    }

    /** Builds a {@link Department}. */
    public static final class Builder extends ImmutableDepartment.Builder {}
}
