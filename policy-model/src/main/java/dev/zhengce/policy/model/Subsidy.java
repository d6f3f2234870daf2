package dev.zhengce.policy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A money rule of the notice, as data: what it is a share of, the rate, the cap and the period
 * the cap applies to, eligibility conditions, the support window, one-time amounts, who pays,
 * and the numbers the text leaves to local decision ({@link LocalParameter}).
 *
 * <p>A rule states each number or marks it local, never both, never neither: the 8% rate of
 * the intelligent-transformation subsidy is {@link #rate()}; the 一定比例 of the green
 * demonstration subsidy is a {@link LocalParameter.Kind#RATE} local parameter.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSubsidy.class)
@JsonDeserialize(as = ImmutableSubsidy.class)
public abstract class Subsidy {
    /** The shape of a rule's arithmetic. */
    public enum Kind {
        /** A rate times the sum of the cost categories in {@link #basis()}, possibly capped. */
        PROPORTIONAL,
        /** A fixed amount ({@link #amount()}), possibly left to local decision. */
        FIXED_AMOUNT,
        /** A surcharge on the enterprise (差别电价), not a payment to it. */
        SURCHARGE,
        /**
         * Support whose form and size the notice does not state (重点扶持, 重点支持): who is eligible
         * is data ({@link #conditions()}), what is given is not, so nothing is computed.
         */
        SUPPORT,
        /**
         * Terms set by another document (有关支持政策按《…》文件执行), named in {@link #setBy()}:
         * nothing is computed from this notice.
         */
        SET_BY_DOCUMENT;

        /** {@return whether the notice states enough of the arithmetic to compute an amount, given its local numbers} */
        public boolean computed() {
            return this == PROPORTIONAL || this == FIXED_AMOUNT;
        }

        /**
         * {@return the name a person reads, in a locale's language: {@code 按比例} or {@code proportional}}
         *
         * @param locale the locale
         */
        public String displayName(java.util.Locale locale) {
            return Messages.get(locale, "kind." + name());
        }
    }

    /** What a cap is counted over. */
    public enum CapPeriod {
        /** Per project (最高不超过1000万元 for one project). */
        PER_PROJECT,
        /** Per year (年度补助金额最高不超过300万元). */
        PER_YEAR;

        /**
         * {@return the name a person reads, in a locale's language: {@code 每个项目} or {@code per project}}
         *
         * @param locale the locale
         */
        public String displayName(java.util.Locale locale) {
            return Messages.get(locale, "capPeriod." + name());
        }
    }

    /** Who pays. */
    public enum Payer {
        /** The provincial treasury (省财政). */
        PROVINCE,
        /** The city treasury (市财政). */
        CITY
    }

    /** {@return the stable id, such as {@code intelligent-transformation-subsidy}} */
    public abstract String id();

    /** {@return the name} */
    public abstract Bilingual name();

    /** {@return the shape of the arithmetic} */
    public abstract Kind kind();

    /** {@return who receives it, as the text says} */
    public abstract Bilingual recipient();

    /** {@return the status the recipient must hold, such as {@code cultivation-listed}} */
    public abstract Optional<String> status();

    /**
     * Returns the stage of a recipient's history the rule pays for, where it is one rule of a
     * year-by-year schedule (listed, certified, promoted): a schedule finds its rules by stage.
     *
     * @return the stage; empty for a rule outside any schedule
     */
    public abstract Optional<Stage> stage();

    /** {@return the cost categories the rate applies to, summed, such as {@code software-investment}} */
    public abstract List<String> basis();

    /** {@return the rate, exact, where the text states it} */
    public abstract Optional<BigDecimal> rate();

    /** {@return the cap, inclusive (最高不超过: the cap itself may be paid)} */
    public abstract Optional<MonetaryAmount> cap();

    /** {@return what the cap is counted over; stated exactly when there is a cap} */
    public abstract Optional<CapPeriod> capPeriod();

    /** {@return the fixed amount where the text states it} */
    public abstract Optional<MonetaryAmount> amount();

    /** {@return whether it is paid at most once per recipient (一次性)} */
    @Value.Default
    public boolean oneTime() {
        return false;
    }

    /**
     * Returns whether it is granted every year (市财政每年安排专项经费): a standing yearly grant,
     * not bounded by a support window.
     *
     * @return whether it is a standing yearly grant; {@code false} unless the catalog says so
     */
    @Value.Default
    public boolean everyYear() {
        return false;
    }

    /** {@return the eligibility conditions on amounts, all of which must hold} */
    public abstract List<Condition> conditions();

    /** {@return the years in which it is paid, for yearly rules} */
    public abstract Optional<SupportWindow> window();

    /** {@return who pays, in the text's order; empty where the text does not say} */
    public abstract List<Payer> payers();

    /**
     * Returns why the payers are as recorded, where a reader might expect otherwise: a city
     * programme whose sentence names no 财政 has no payer, not a guessed one.
     *
     * @return the note, in Chinese and English; empty where the payers need none
     */
    public abstract Optional<Bilingual> payerNote();

    /**
     * Returns whom the text asks to grant it, where that is not the notice's issuer: 鼓励有条件的地方
     * … 给予补助 is addressed to the localities that have the means, and only encourages them.
     *
     * @return the addressee, in Chinese and English; empty where it is the issuer
     */
    public abstract Optional<Bilingual> addressee();

    /**
     * Returns the document that sets the terms of a {@link Kind#SET_BY_DOCUMENT} rule, as the
     * notice's {@link Notice#references()} name it.
     *
     * @return the document; empty unless the rule is set by another document
     */
    public abstract Optional<String> setBy();

    /** {@return the numbers the text leaves to local decision} */
    public abstract List<LocalParameter> localParameters();

    /** {@return the distinctions that earn it, for awards given per honour} */
    public abstract List<Bilingual> awardsFor();

    /** {@return the sentence of the rule} */
    public abstract Citation citation();

    /** {@return the cap in yuan with two decimals (computed once), where there is a cap} */
    @Value.Lazy
    public Optional<BigDecimal> capYuan() {
        return cap().map(c -> Checks.money("cap", c));
    }

    /** {@return the fixed amount in yuan with two decimals (computed once), where the text states one} */
    @Value.Lazy
    public Optional<BigDecimal> amountYuan() {
        return amount().map(a -> Checks.money("amount", a));
    }

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns whether the text leaves a number of this kind to local decision.
     *
     * @param kind the kind of number
     * @return whether a caller must supply it
     */
    public boolean isLocal(LocalParameter.Kind kind) {
        return localParameters().stream().anyMatch(p -> p.kind() == kind);
    }

    @Value.Check
    void check() {
        Checks.id("id", id());
        status().ifPresent(s -> Checks.id("status", s));
        for (int i = 0; i < basis().size(); i++) {
            Checks.id("basis[" + i + "]", basis().get(i));
        }
        if (basis().size() != basis().stream().distinct().count()) {
            throw Checks.data("basis", basis(), "each cost category is named once");
        }
        rate().ifPresent(r -> Checks.rate("rate", r));
        cap().ifPresent(c -> Checks.money("cap", c));
        amount().ifPresent(a -> Checks.money("amount", a));
        if (cap().isPresent() != capPeriod().isPresent()) {
            throw Checks.data("capPeriod", capPeriod().orElse(null), "a cap and its period are stated together");
        }
        stage().ifPresent(st -> {
            if (st.step() == Stage.Step.PROMOTED ? !oneTime() : window().isEmpty()) {
                throw Checks.data(
                        "stage",
                        st.step(),
                        st.step() == Stage.Step.PROMOTED
                                ? "a promotion is paid once: the rule is oneTime"
                                : "a stage paid year by year has a support window");
            }
        });
        if (payers().size() != payers().stream().distinct().count()) {
            throw Checks.data("payers", payers(), "each payer is named once");
        }
        boolean localRate = isLocal(LocalParameter.Kind.RATE);
        boolean localAmount = isLocal(LocalParameter.Kind.AMOUNT);
        setBy().ifPresent(d -> Checks.text("setBy", d));
        if ((kind() == Kind.SET_BY_DOCUMENT) != setBy().isPresent()) {
            throw Checks.data(
                    "setBy",
                    setBy().orElse(null),
                    "exactly the SET_BY_DOCUMENT rules name the document that sets them");
        }
        switch (kind()) {
            case PROPORTIONAL:
                if (basis().isEmpty()) {
                    throw Checks.data(
                            "basis", basis(), "a PROPORTIONAL rule names the cost categories it is a share of");
                }
                exactlyOne("rate", rate().isPresent(), localRate);
                none("amount", amount().isPresent() || localAmount, kind());
                break;
            case FIXED_AMOUNT:
                exactlyOne("amount", amount().isPresent(), localAmount);
                none("rate", rate().isPresent() || localRate || !basis().isEmpty() || cap().isPresent(), kind());
                break;
            case SURCHARGE:
                // a rate of the price, or an amount per kWh left to local decision (元/千瓦时)
                none("amount", amount().isPresent() || cap().isPresent(), kind());
                if (localAmount) {
                    none("rate", rate().isPresent() || localRate, kind());
                } else {
                    exactlyOne("rate", rate().isPresent(), localRate);
                }
                break;
            case SUPPORT:
            case SET_BY_DOCUMENT:
                none("rate", rate().isPresent() || localRate || !basis().isEmpty() || cap().isPresent(), kind());
                none("amount", amount().isPresent() || localAmount || oneTime(), kind());
                break;
            default:
                throw new IllegalStateException(kind().name());
        }
    }

    private static void exactlyOne(String field, boolean stated, boolean local) {
        if (stated == local) {
            throw Checks.data(
                    field,
                    null,
                    stated
                            ? "a number is either stated or left to local decision, not both"
                            : "state the " + field + " or mark it as a local parameter; never leave it silent");
        }
    }

    private static void none(String field, boolean present, Kind kind) {
        if (present) {
            throw Checks.data(field, null, "a " + kind + " rule has no " + field);
        }
    }

    /** Returns a one-line summary, such as {@code intelligent-transformation-subsidy: 8% of [...], cap ...}. */
    @Override
    public String toString() {
        StringBuilder b =
                new StringBuilder(id()).append(": ").append(name().zh()).append(" — ");
        switch (kind()) {
            case PROPORTIONAL:
            case SURCHARGE:
                b.append(rate().map(
                                r -> r.movePointRight(2).stripTrailingZeros().toPlainString() + "%")
                        .orElseGet(() -> localParameters().stream()
                                .filter(p -> p.kind() == LocalParameter.Kind.RATE)
                                .findFirst()
                                .map(p -> p.wording() + " (local)")
                                .orElse("amount per unit left to local decision")));
                if (!basis().isEmpty()) {
                    b.append(" of ").append(String.join(" + ", basis()));
                }
                break;
            case SUPPORT:
                b.append("support of a form the notice does not state");
                break;
            case SET_BY_DOCUMENT:
                b.append("set by 《").append(setBy().orElseThrow()).append("》");
                break;
            default:
                b.append(amount().map(a -> Cny.format(Checks.money("amount", a)))
                        .orElse("amount left to local decision"));
        }
        cap().ifPresent(c -> b.append(", cap ")
                .append(Cny.format(Checks.money("cap", c)))
                .append(' ')
                .append(capPeriod().orElseThrow()));
        conditions().forEach(c -> b.append(", if ").append(c));
        window().ifPresent(w -> b.append(", ").append(w));
        if (oneTime()) {
            b.append(", once");
        }
        if (everyYear()) {
            b.append(", every year");
        }
        return b.toString();
    }

    /** Builds a {@link Subsidy}. */
    public static final class Builder extends ImmutableSubsidy.Builder {}
}
