package dev.zhengce.policy.examples.service;

import dev.zhengce.policy.calc.EnterpriseProfile;
import dev.zhengce.policy.calc.Match;
import dev.zhengce.policy.calc.Policy;
import dev.zhengce.policy.model.Bilingual;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Condition;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.LocalParameter;
import dev.zhengce.policy.model.PolicyException;
import dev.zhengce.policy.model.Subsidy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 政策计算器, {@code GET /web/calculator}: an enterprise enters what it knows (statuses, the
 * year, facts and planned investments by category, rates or amounts the city decided, honours
 * won) and sees every money rule with its verdict (QUALIFIES, MAY_QUALIFY, DOES_NOT_QUALIFY), the
 * estimate where it can be computed, the unmet conditions and missing facts, and the rule's
 * source sentence, a link away in the notice. A GET form: an enquiry records nothing and can be
 * bookmarked. The inputs are named as the API's profile fields ({@code statuses},
 * {@code facts.software-investment}, {@code rates.robot-subsidy}, …).
 */
@Controller
public class CalculatorPage {
    private final Policy policy;
    private final NoticeText notice;
    private final List<String> statuses;
    private final List<String> facts;
    private final List<Subsidy> localRates;
    private final List<Subsidy> localAmounts;
    private final List<Bilingual> honours;

    /**
     * Creates the page.
     *
     * @param policy the policy
     * @param notice the notice's anchored text
     */
    public CalculatorPage(Policy policy, NoticeText notice) {
        this.policy = policy;
        this.notice = notice;
        Set<String> s = new LinkedHashSet<>();
        Set<String> f = new LinkedHashSet<>();
        List<Subsidy> rates = new ArrayList<>();
        List<Subsidy> amounts = new ArrayList<>();
        List<Bilingual> won = new ArrayList<>();
        for (Subsidy rule : policy.catalog().subsidies()) {
            if (rule.kind() == Subsidy.Kind.SURCHARGE) {
                continue;
            }
            rule.status().ifPresent(s::add);
            f.addAll(rule.basis());
            rule.conditions().forEach(c -> f.add(c.fact()));
            if (rule.isLocal(LocalParameter.Kind.RATE)) {
                rates.add(rule);
            }
            if (rule.isLocal(LocalParameter.Kind.AMOUNT)) {
                amounts.add(rule);
            }
            won.addAll(rule.awardsFor());
        }
        // what the form offers, fixed once: the catalog does not change while the service runs
        statuses = List.copyOf(s);
        facts = List.copyOf(f);
        localRates = List.copyOf(rates);
        localAmounts = List.copyOf(amounts);
        honours = List.copyOf(won);
    }

    /**
     * The calculator: the form, and with what was entered, the matches.
     *
     * @param request  the request
     * @param response the response (400 when the entry is refused)
     * @param model    the page's model
     * @return the template
     */
    @GetMapping({"/web", "/web/", "/web/calculator"})
    public String calculator(HttpServletRequest request, HttpServletResponse response, Model model) {
        Language language = Pages.language(request);
        PageForm form = PageForm.of(request);
        Map<String, String> values = form.values();
        model.addAttribute("catalog", policy.catalog());
        model.addAttribute("statuses", statuses);
        model.addAttribute("statusRules", statusRules());
        model.addAttribute("facts", facts);
        model.addAttribute("localRates", localRates);
        model.addAttribute("localAmounts", localAmounts);
        model.addAttribute("honours", honours);
        model.addAttribute("values", values);
        model.addAttribute("checked", checked(request));
        model.addAttribute("notice", notice);
        model.addAttribute("errors", form.errors());
        if (!values.containsKey("id")) {
            return "web/calculator";
        }
        EnterpriseProfile profile = profile(request, form);
        if (profile != null) {
            try {
                List<Match> matches = policy.subsidies().match(profile);
                model.addAttribute("matches", matches);
                model.addAttribute("awardLinks", awardLinks(profile, matches, language));
            } catch (PolicyException e) {
                form.refuse(e, "");
            }
        }
        if (form.failed()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "web/calculator";
    }

    /** The profile the form describes, or {@code null} with the messages in the form. */
    private EnterpriseProfile profile(HttpServletRequest request, PageForm form) {
        EnterpriseProfile.Builder b = EnterpriseProfile.builder();
        b.id(form.text("id").orElse("enterprise"));
        String[] chosen = request.getParameterValues("statuses");
        if (chosen != null) {
            for (String status : chosen) {
                b.addStatuses(status);
            }
        }
        form.year("year").ifPresent(b::year);
        for (String fact : facts) {
            form.decimal("facts." + fact).ifPresent(v -> b.fact(fact, v));
        }
        for (Subsidy rule : localRates) {
            form.decimal("rates." + rule.id()).ifPresent(v -> b.putRates(rule.id(), v));
        }
        for (Subsidy rule : localAmounts) {
            form.decimal("amounts." + rule.id()).ifPresent(v -> b.putAmounts(rule.id(), v));
        }
        String[] won = request.getParameterValues("honours");
        if (won != null) {
            for (String honour : won) {
                b.addHonours(honour);
            }
        }
        if (form.failed()) {
            return null;
        }
        try {
            return b.build();
        } catch (PolicyException e) {
            form.refuse(e, "");
            return null;
        }
    }

    /** The rules that need each status, for its label. */
    private Map<String, List<Subsidy>> statusRules() {
        Map<String, List<Subsidy>> m = new LinkedHashMap<>();
        for (Subsidy rule : policy.catalog().subsidies()) {
            rule.status()
                    .ifPresent(s -> m.computeIfAbsent(s, k -> new ArrayList<>()).add(rule));
        }
        return m;
    }

    /** The checkboxes ticked: statuses and honours. */
    private static Set<String> checked(HttpServletRequest request) {
        Set<String> set = new LinkedHashSet<>();
        for (String name : List.of("statuses", "honours")) {
            String[] v = request.getParameterValues(name);
            if (v != null) {
                for (String s : v) {
                    set.add(name + ":" + s);
                }
            }
        }
        return set;
    }

    /**
     * The award page of each rule that can be estimated, its form filled from the profile: the
     * costs the rule takes, the year, the rate or amount decided, the honour won.
     */
    private Map<String, String> awardLinks(EnterpriseProfile profile, List<Match> matches, Language language) {
        Catalog catalog = policy.catalog();
        Map<String, String> links = new LinkedHashMap<>();
        for (Match m : matches) {
            if (m.verdict() == Match.Verdict.DOES_NOT_QUALIFY) {
                continue;
            }
            Subsidy rule = m.rule();
            Map<String, String> p = new LinkedHashMap<>();
            p.put("rule", rule.id());
            p.put("id", profile.id() + "-" + rule.id());
            p.put("applicant", profile.id());
            profile.year().ifPresent(y -> p.put("year", y.toString()));
            Set<String> takes = new LinkedHashSet<>(catalog.basisOfEveryReading(rule.id()));
            rule.conditions().stream().map(Condition::fact).forEach(takes::add);
            for (String cost : takes) {
                BigDecimal v = profile.facts().get(cost);
                if (v != null) {
                    p.put("costs." + cost, v.toPlainString());
                }
            }
            BigDecimal rate = profile.rates().get(rule.id());
            if (rate != null) {
                p.put("rate", rate.toPlainString());
            }
            BigDecimal amount = profile.amounts().get(rule.id());
            if (amount != null) {
                p.put("amount", amount.toPlainString());
            }
            rule.awardsFor().stream()
                    .filter(h -> profile.honours().contains(h.zh())
                            || profile.honours().contains(h.en()))
                    .findFirst()
                    .ifPresent(h -> p.put("honour", h.zh()));
            links.put(rule.id(), Pages.link("/web/award", language, p));
        }
        return links;
    }
}
