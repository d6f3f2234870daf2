package dev.zhengce.policy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A policy notice (通知): its number, issuer and date, the years it covers, the departments it
 * names, and its plans. The whole document as data; {@link Catalog} adds indexes and the
 * cross-checks.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNotice.class)
@JsonDeserialize(as = ImmutableNotice.class)
public abstract class Notice {
    /** {@return the document number, such as {@code 孟政〔2017〕25号}} */
    public abstract String number();

    /** {@return the title} */
    public abstract Bilingual title();

    /** {@return the issuing authority} */
    public abstract Bilingual issuer();

    /** {@return the date of issue} */
    public abstract LocalDate date();

    /** {@return the first year the notice's targets cover} */
    public abstract int firstYear();

    /** {@return the last year the notice's targets cover} */
    public abstract int lastYear();

    /** {@return the version of this catalog data, such as {@code 2026.11.1}} */
    public abstract String version();

    /** {@return other documents the notice refers to} */
    public abstract List<String> references();

    /**
     * {@return the display names of the ids the rules use as keys (cost categories, facts,
     * statuses); an id without one is shown as itself}
     */
    public abstract List<Term> terms();

    /** {@return the departments the notice names} */
    public abstract List<Department> departments();

    /** {@return the plans, in the text's order} */
    public abstract List<Plan> plans();

    /** {@return when the notice's rules apply, as far as is known, where the catalog records it} */
    public abstract Optional<Validity> validity();

    /** {@return the places where the text can be read more than one way, with the catalog's reading and the alternatives} */
    public abstract List<Ambiguity> ambiguities();

    /** {@return the dated changes later documents made to its money rules, in date order} */
    public abstract List<Amendment> amendments();

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.text("number", number());
        Checks.text("version", version());
        if (firstYear() > lastYear() || firstYear() < 1949 || lastYear() > 2100) {
            throw Checks.data("lastYear", lastYear(), "the horizon runs forward from firstYear " + firstYear());
        }
        for (int i = 1; i < amendments().size(); i++) {
            if (amendments().get(i).effective().isBefore(amendments().get(i - 1).effective())) {
                throw Checks.data(
                        "amendments[" + i + "].effective",
                        amendments().get(i).effective(),
                        "amendments are listed in date order");
            }
        }
    }

    /** Returns {@code number title}. */
    @Override
    public String toString() {
        return number() + " " + title().zh();
    }

    /** Builds a {@link Notice}. */
    public static final class Builder extends ImmutableNotice.Builder {}
}
