package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Cny;
import dev.zhengce.policy.model.Condition;
import dev.zhengce.policy.model.InvalidInputException;
import dev.zhengce.policy.model.LocalParameter;
import dev.zhengce.policy.model.Subsidy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Matches an enterprise to a calculator's rules: {@link SubsidyCalculator#match}. */
final class Matching {
    private Matching() {}

    static List<Match> match(
            SubsidyCalculator calculator, Collection<Subsidy> rules, EnterpriseProfile profile, int firstYear) {
        Set<String> statuses = new HashSet<>();
        rules.forEach(r -> r.status().ifPresent(statuses::add));
        for (String s : profile.statuses()) {
            if (!statuses.contains(s)) {
                throw new InvalidInputException(
                        "statuses", s, "unknown status; the catalog knows " + new java.util.TreeSet<>(statuses));
            }
        }
        profile.rates().keySet().forEach(calculator::rule);
        profile.amounts().keySet().forEach(calculator::rule);
        int year = profile.year().orElse(firstYear);
        List<Match> matches = new ArrayList<>();
        for (Subsidy rule : rules) {
            if (rule.kind() == Subsidy.Kind.SURCHARGE) {
                continue;
            }
            List<String> unmet = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            List<Object> unmetWords = new ArrayList<>();
            List<Object> missingWords = new ArrayList<>();
            Catalog catalog = calculator.catalog();
            rule.status().filter(s -> !profile.statuses().contains(s)).ifPresent(s -> {
                unmet.add("status " + s);
                unmetWords.add(new Text("match.status", catalog.name(s)));
            });
            Application.Builder a =
                    Application.builder().id(profile.id() + "/" + rule.id()).rule(rule.id());
            Map<String, BigDecimal> costs = new LinkedHashMap<>();
            for (Condition c : rule.conditions()) {
                BigDecimal fact = profile.facts().get(c.fact());
                if (fact == null) {
                    missing.add(c.fact());
                    missingWords.add(catalog.name(c.fact()));
                } else {
                    costs.put(c.fact(), fact);
                    if (!c.isMetBy(fact)) {
                        unmet.add(c.toString());
                        unmetWords.add(new Text(
                                "match.condition",
                                catalog.name(c.fact()),
                                c.comparison().symbol(),
                                Cny.format(c.yuan())));
                    }
                }
            }
            boolean anyCost = rule.basis().isEmpty();
            for (String category : rule.basis()) {
                BigDecimal cost = profile.facts().get(category);
                anyCost |= cost != null;
                costs.putIfAbsent(category, cost == null ? BigDecimal.ZERO : cost);
            }
            a.costs(costs);
            if (!anyCost) {
                missing.add(String.join(" / ", rule.basis()));
                missingWords.add(new Text.Joined(
                        "list.or", rule.basis().stream().map(catalog::name).toList()));
            }
            if (rule.window().isPresent()) {
                a.year(year).listingYear(year);
            }
            if (!rule.awardsFor().isEmpty()) {
                rule.awardsFor().stream()
                        .filter(h -> profile.honours().contains(h.zh())
                                || profile.honours().contains(h.en()))
                        .findFirst()
                        .ifPresentOrElse(h -> a.honour(h.zh()), () -> {
                            missing.add("honour (one of "
                                    + rule.awardsFor().stream().map(h -> h.zh()).collect(Collectors.joining("、"))
                                    + ")");
                            missingWords.add(
                                    new Text("match.honour", new Text.Joined("list.separator", rule.awardsFor())));
                        });
            }
            if (rule.isLocal(LocalParameter.Kind.RATE)) {
                Optional.ofNullable(profile.rates().get(rule.id())).ifPresentOrElse(a::rate, () -> {
                    missing.add("rate of " + rule.id() + " (" + wording(rule, LocalParameter.Kind.RATE)
                            + ", decided locally)");
                    missingWords.add(new Text("match.rate", rule.name(), wording(rule, LocalParameter.Kind.RATE)));
                });
            }
            if (rule.isLocal(LocalParameter.Kind.AMOUNT)) {
                Optional.ofNullable(profile.amounts().get(rule.id())).ifPresentOrElse(a::amount, () -> {
                    missing.add("amount of " + rule.id() + " (not stated in the notice)");
                    missingWords.add(new Text("match.amount", rule.name()));
                });
            }
            // a year the notice is not known to cover needs the caller's confirmation; a rule that
            // computes nothing may be qualified for, but never has an estimate
            if (rule.kind().computed()) {
                calculator
                        .inForce()
                        .check(rule, profile.year().orElse(null), rule.window().isPresent() ? year : null)
                        .ifPresent(c -> {
                            missing.add(c.explain(dev.zhengce.policy.model.Language.EN));
                            missingWords.add(c.words());
                        });
            }
            Match.Verdict verdict = !unmet.isEmpty()
                    ? Match.Verdict.DOES_NOT_QUALIFY
                    : !missing.isEmpty() ? Match.Verdict.MAY_QUALIFY : Match.Verdict.QUALIFIES;
            Award estimate =
                    verdict == Match.Verdict.QUALIFIES && rule.kind().computed() ? calculator.award(a.build()) : null;
            matches.add(new Match(rule, verdict, estimate, unmet, missing, unmetWords, missingWords));
        }
        matches.sort(java.util.Comparator.comparing(Match::verdict));
        return List.copyOf(matches);
    }

    private static String wording(Subsidy rule, LocalParameter.Kind kind) {
        return rule.localParameters().stream()
                .filter(p -> p.kind() == kind)
                .map(LocalParameter::wording)
                .findFirst()
                .orElse(kind.name().toLowerCase(java.util.Locale.ROOT));
    }
}
