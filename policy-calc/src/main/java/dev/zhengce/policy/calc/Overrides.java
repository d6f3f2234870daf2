package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Cny;
import dev.zhengce.policy.model.Condition;
import dev.zhengce.policy.model.InvalidInputException;
import dev.zhengce.policy.model.LocalParameter;
import dev.zhengce.policy.model.Subsidy;
import dev.zhengce.policy.model.SupportWindow;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What-if changes to rules' numbers — rate, cap, threshold, support window, a caller-supplied
 * ratio or amount — for one calculator, without touching the catalog.
 *
 * <p>Written {@code rule.parameter=value}, as on the command line:
 * {@code intelligent-transformation-subsidy.rate=0.10}, {@code robot-subsidy.rate=0.3},
 * {@code innovation-center-cultivation-subsidy.window-years=3},
 * {@code intelligent-transformation-subsidy.applies-through=2021} (the caller confirms that the rule
 * still applies in 2021, a year the notice does not cover). Immutable.
 */
public final class Overrides {
    /** The numbers of a rule that can be changed. */
    public enum Parameter {
        /** The rate, a fraction in [0, 1]; fills a rate left to local decision. */
        RATE("rate"),
        /** The cap in yuan; adds one (per project, or per year for yearly rules) where there is none. */
        CAP("cap"),
        /** The amount of every eligibility condition, in yuan. */
        THRESHOLD("threshold"),
        /** The number of years of the support window. */
        WINDOW_YEARS("window-years"),
        /** The fixed amount in yuan; fills an amount left to local decision. */
        AMOUNT("amount"),
        /**
         * The last year in which the caller states the rule applies, a whole year: the notice's
         * plans run to 2020 and the text does not say whether its rules apply after that, so a
         * later year is undetermined until the caller confirms it ({@link InForce}).
         */
        APPLIES_THROUGH("applies-through");

        private final String key;

        Parameter(String key) {
            this.key = key;
        }

        /** {@return the name used in {@code rule.parameter=value}} */
        public String key() {
            return key;
        }

        static Parameter of(String field, String key) {
            for (Parameter p : values()) {
                if (p.key.equals(key)) {
                    return p;
                }
            }
            throw new InvalidInputException(
                    field,
                    key,
                    "unknown parameter; one of rate, cap, threshold, window-years, amount, applies-through");
        }
    }

    private static final Overrides NONE = new Overrides(Collections.emptyMap());

    private final Map<String, Map<Parameter, BigDecimal>> byRule;

    private Overrides(Map<String, Map<Parameter, BigDecimal>> byRule) {
        this.byRule = byRule;
    }

    /** {@return no overrides: the notice as written} */
    public static Overrides none() {
        return NONE;
    }

    /**
     * Parses overrides written {@code rule.parameter=value}.
     *
     * @param assignments the overrides
     * @return the overrides
     * @throws InvalidInputException naming the assignment that cannot be read
     */
    public static Overrides parse(String... assignments) {
        Overrides o = NONE;
        for (String a : assignments) {
            Objects.requireNonNull(a, "assignment");
            int eq = a.indexOf('=');
            int dot = eq < 0 ? -1 : a.lastIndexOf('.', eq);
            if (eq < 0 || dot < 0) {
                throw new InvalidInputException(
                        "override", a, "write rule.parameter=value, such as robot-subsidy.rate=0.3");
            }
            String rule = a.substring(0, dot).strip();
            o = o.with(
                    rule,
                    Parameter.of(a, a.substring(dot + 1, eq).strip().toLowerCase(Locale.ROOT)),
                    Inputs.decimal(a, a.substring(eq + 1).strip()));
        }
        return o;
    }

    /**
     * Returns these overrides with one more.
     *
     * @param rule      the rule id
     * @param parameter the parameter
     * @param value     the value: a fraction for rates, yuan for amounts, years for windows
     * @return the overrides
     * @throws InvalidInputException if the value is not valid for the parameter
     */
    public Overrides with(String rule, Parameter parameter, BigDecimal value) {
        String field = rule + "." + parameter.key();
        Inputs.text("override", rule);
        switch (parameter) {
            case RATE:
                Inputs.rate(field, value);
                break;
            case WINDOW_YEARS:
                if (value.stripTrailingZeros().scale() > 0
                        || value.compareTo(BigDecimal.ONE) < 0
                        || value.compareTo(BigDecimal.valueOf(50)) > 0) {
                    throw new InvalidInputException(field, value.toString(), "a window lasts 1 to 50 whole years");
                }
                break;
            case APPLIES_THROUGH:
                if (value.stripTrailingZeros().scale() > 0
                        || value.compareTo(BigDecimal.valueOf(Inputs.FIRST_YEAR)) < 0
                        || value.compareTo(BigDecimal.valueOf(Inputs.LAST_YEAR)) > 0) {
                    throw new InvalidInputException(
                            field,
                            value.toString(),
                            "a whole year within " + Inputs.FIRST_YEAR + ".." + Inputs.LAST_YEAR);
                }
                value = new BigDecimal(value.toBigIntegerExact());
                break;
            default:
                value = Cny.yuan(field, value);
        }
        Map<String, Map<Parameter, BigDecimal>> copy = new TreeMap<>(byRule);
        Map<Parameter, BigDecimal> params = new EnumMap<>(Parameter.class);
        params.putAll(copy.getOrDefault(rule, Map.of()));
        params.put(parameter, value);
        copy.put(rule, Collections.unmodifiableMap(params));
        return new Overrides(Collections.unmodifiableMap(copy));
    }

    /** {@return whether there are none} */
    public boolean isEmpty() {
        return byRule.isEmpty();
    }

    /** {@return the ids of the rules changed} */
    public java.util.Set<String> rules() {
        return byRule.keySet();
    }

    /**
     * Returns the last year the caller confirms a rule applies in, where the caller stated one.
     *
     * @param rule the rule id
     * @return the year, from {@code rule.applies-through=YEAR}
     */
    public java.util.Optional<Integer> appliesThrough(String rule) {
        return java.util.Optional.ofNullable(byRule.getOrDefault(rule, Map.of()).get(Parameter.APPLIES_THROUGH))
                .map(BigDecimal::intValueExact);
    }

    /** Applies the overrides of one rule, returning the rule as changed (the catalog keeps its own). */
    Subsidy apply(Subsidy rule) {
        Map<Parameter, BigDecimal> params = byRule.get(rule.id());
        if (params == null) {
            return rule;
        }
        Subsidy.Builder b = Subsidy.builder().from(rule);
        for (Map.Entry<Parameter, BigDecimal> e : params.entrySet()) {
            String field = rule.id() + "." + e.getKey().key();
            BigDecimal v = e.getValue();
            switch (e.getKey()) {
                case RATE:
                    if (rule.kind() == Subsidy.Kind.FIXED_AMOUNT) {
                        throw new InvalidInputException(
                                field, v.toPlainString(), "rule " + rule.id() + " pays a fixed amount, it has no rate");
                    }
                    b.rate(v)
                            .localParameters(rule.localParameters().stream()
                                    .filter(p -> p.kind() != LocalParameter.Kind.RATE)
                                    .collect(Collectors.toList()));
                    break;
                case AMOUNT:
                    if (rule.kind() != Subsidy.Kind.FIXED_AMOUNT) {
                        throw new InvalidInputException(
                                field, v.toPlainString(), "rule " + rule.id() + " is not a fixed amount");
                    }
                    b.amount(Cny.of(v))
                            .localParameters(rule.localParameters().stream()
                                    .filter(p -> p.kind() != LocalParameter.Kind.AMOUNT)
                                    .collect(Collectors.toList()));
                    break;
                case CAP:
                    if (rule.kind() != Subsidy.Kind.PROPORTIONAL) {
                        throw new InvalidInputException(field, v.toPlainString(), "only proportional rules have a cap");
                    }
                    b.cap(Cny.of(v))
                            .capPeriod(rule.capPeriod()
                                    .orElse(
                                            rule.window().isPresent()
                                                    ? Subsidy.CapPeriod.PER_YEAR
                                                    : Subsidy.CapPeriod.PER_PROJECT));
                    break;
                case THRESHOLD:
                    if (rule.conditions().isEmpty()) {
                        throw new InvalidInputException(
                                field, v.toPlainString(), "rule " + rule.id() + " has no threshold");
                    }
                    b.conditions(rule.conditions().stream()
                            .map(c -> Condition.builder()
                                    .from(c)
                                    .amount(Cny.of(v))
                                    .build())
                            .collect(Collectors.toList()));
                    break;
                case WINDOW_YEARS:
                    SupportWindow w = rule.window()
                            .orElseThrow(() -> new InvalidInputException(
                                    field, v.toPlainString(), "rule " + rule.id() + " has no support window"));
                    b.window(SupportWindow.builder()
                            .from(w)
                            .years(v.intValueExact())
                            .build());
                    break;
                case APPLIES_THROUGH:
                    // not a number of the rule: read by InForce, recorded in the provenance stamp
                    break;
                default:
                    throw new IllegalStateException(e.getKey().name());
            }
        }
        return b.build();
    }

    /** Returns the overrides as {@code rule.parameter=value, ...}, or {@code none}. */
    @Override
    public String toString() {
        if (byRule.isEmpty()) {
            return "none";
        }
        return byRule.entrySet().stream()
                .flatMap(r -> r.getValue().entrySet().stream()
                        .map(p -> r.getKey() + "." + p.getKey().key() + "="
                                + p.getValue().toPlainString()))
                .collect(Collectors.joining(", "));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Overrides && byRule.equals(((Overrides) o).byRule);
    }

    @Override
    public int hashCode() {
        return byRule.hashCode();
    }
}
