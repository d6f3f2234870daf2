package dev.zhengce.policy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The consecutive years in which a yearly subsidy is paid, counted from an anchor year
 * (创新中心从列入培育名单年度起……连续支持5年: anchor year Y gives years Y … Y+4).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSupportWindow.class)
@JsonDeserialize(as = ImmutableSupportWindow.class)
public abstract class SupportWindow {
    /** {@return the number of consecutive years} */
    public abstract int years();

    /** {@return the fact that fixes the first year, such as {@code listing-year}} */
    public abstract String anchor();

    /** {@return the source sentence} */
    public abstract Citation citation();

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns whether a year is inside the window.
     *
     * @param anchorYear the first year
     * @param year       the year asked about
     * @return whether {@code anchorYear <= year < anchorYear + years()}
     */
    public boolean contains(int anchorYear, int year) {
        return year >= anchorYear && year - anchorYear < years();
    }

    @Value.Check
    void check() {
        if (years() < 1 || years() > 50) {
            throw Checks.data("years", years(), "a support window lasts 1 to 50 years");
        }
        Checks.id("anchor", anchor());
    }

    /** Returns the window, such as {@code 5 years from listing-year}. */
    @Override
    public String toString() {
        return years() + " years from " + anchor();
    }

    /** Builds a {@link SupportWindow}. */
    public static final class Builder extends ImmutableSupportWindow.Builder {}
}
