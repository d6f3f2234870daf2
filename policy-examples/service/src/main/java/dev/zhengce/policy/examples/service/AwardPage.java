package dev.zhengce.policy.examples.service;

import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.Overrides;
import dev.zhengce.policy.calc.Policy;
import dev.zhengce.policy.calc.SubsidyCalculator;
import dev.zhengce.policy.calc.WhatIf;
import dev.zhengce.policy.examples.ledger.LedgerException;
import dev.zhengce.policy.model.Condition;
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
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * An award, {@code GET /web/award?rule=…}: the application's facts (named as the API's
 * application fields: {@code id}, {@code applicant}, {@code costs.software-investment},
 * {@code year}, {@code listingYear}, {@code rate}, {@code amount}, {@code honour}) give the
 * award step by step, its amount in figures and in 大写; the what-if overrides of the rule
 * ({@code whatIf.rate}, {@code whatIf.cap}, {@code whatIf.threshold}, {@code whatIf.window-years})
 * put the alternative beside the baseline. {@code POST /web/award/record} records the notice's
 * award (never the what-if) in the ledger as the signed-in account, which needs the role
 * {@code LEDGER_WRITER} ({@link PageSecurity}).
 */
@Controller
public class AwardPage {
    /** The what-if parameters the page offers. */
    static final List<Overrides.Parameter> WHAT_IF = List.of(
            Overrides.Parameter.RATE,
            Overrides.Parameter.CAP,
            Overrides.Parameter.THRESHOLD,
            Overrides.Parameter.WINDOW_YEARS);

    private static final Logger LOG = LoggerFactory.getLogger(AwardPage.class);

    private final Policy policy;
    private final NoticeText notice;
    private final LedgerSource ledger;

    /**
     * Creates the page.
     *
     * @param policy the policy
     * @param notice the notice's anchored text
     * @param ledger where awards are recorded
     */
    public AwardPage(Policy policy, NoticeText notice, LedgerSource ledger) {
        this.policy = policy;
        this.notice = notice;
        this.ledger = ledger;
    }

    /**
     * The award: the rule chosen, the form of its facts, and with them the award and the what-if.
     *
     * @param request  the request
     * @param response the response (400 when the application is refused)
     * @param model    the page's model
     * @return the template
     */
    @GetMapping("/web/award")
    public String award(HttpServletRequest request, HttpServletResponse response, Model model) {
        PageForm form = form(request, model);
        Subsidy rule = rule(form, model);
        if (rule != null && form.values().containsKey("id")) {
            Application application = application(rule, form);
            if (application != null) {
                compute(rule, application, form, model);
            }
        }
        if (form.failed()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "web/award";
    }

    /**
     * Asks a person to sign in, then returns to the award with the same facts.
     *
     * @param request the request
     * @return the redirect
     */
    @GetMapping(PageSecurity.SIGN_IN)
    public String signIn(HttpServletRequest request) {
        String query = request.getQueryString();
        return "redirect:/web/award" + (query == null ? "" : "?" + query);
    }

    /**
     * Records the notice's award of the application in the ledger as the signed-in account.
     *
     * @param request  the request
     * @param response the response (400 when the application is refused, 503 when the ledger fails)
     * @param model    the page's model
     * @return the template
     */
    @PostMapping(PageSecurity.RECORD)
    public String record(HttpServletRequest request, HttpServletResponse response, Model model) {
        PageForm form = form(request, model);
        Subsidy rule = rule(form, model);
        Application application = rule == null ? null : application(rule, form);
        if (application != null) {
            compute(rule, application, form, model);
            if (!form.failed()) {
                try {
                    Award recorded = ledger.recordingAs(
                                    request.getUserPrincipal().getName())
                            .settle(policy.subsidies().claim(application));
                    model.addAttribute("recorded", recorded);
                    // what the ledger settled (earlier grants may have limited it), not the estimate
                    model.addAttribute("award", recorded);
                    model.addAttribute("difference", null);
                } catch (LedgerException e) {
                    LOG.error("the ledger failed on {}", PageSecurity.RECORD, e);
                    form.refuse(
                            "ledger", null, "the ledger's database is unavailable; nothing was recorded; try again");
                    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                    return "web/award";
                } catch (PolicyException e) {
                    form.refuse(e, "");
                }
            }
        }
        if (form.failed()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "web/award";
    }

    private PageForm form(HttpServletRequest request, Model model) {
        PageForm form = PageForm.of(request);
        model.addAttribute("values", form.values());
        model.addAttribute("errors", form.errors());
        model.addAttribute("rules", computedRules());
        model.addAttribute("notice", notice);
        model.addAttribute("whatIfParameters", WHAT_IF);
        model.addAttribute("mayRecord", request.isUserInRole(Accounts.WRITER));
        Map<String, String> query = new LinkedHashMap<>(form.values());
        query.remove("lang");
        model.addAttribute("signInLink", Pages.link(PageSecurity.SIGN_IN, Pages.language(request), query));
        model.addAttribute("calculatorLink", Pages.link("/web/calculator", Pages.language(request), Map.of()));
        return form;
    }

    /** The rules an award is computed for (not surcharges). */
    private List<Subsidy> computedRules() {
        List<Subsidy> rules = new ArrayList<>();
        for (Subsidy rule : policy.catalog().subsidies()) {
            if (rule.kind() != Subsidy.Kind.SURCHARGE) {
                rules.add(rule);
            }
        }
        return rules;
    }

    /** The rule chosen, and the fields of its form, or {@code null}. */
    private Subsidy rule(PageForm form, Model model) {
        Optional<String> id = form.text("rule");
        if (id.isEmpty()) {
            return null;
        }
        Subsidy rule;
        try {
            rule = policy.subsidies().rule(id.get());
        } catch (PolicyException e) {
            form.refuse("rule", id.get(), "not a rule of the notice that pays; choose one of the list");
            return null;
        }
        if (rule.kind() == Subsidy.Kind.SURCHARGE) {
            form.refuse("rule", id.get(), "a surcharge on the enterprise, not a payment: there is nothing to award");
            return null;
        }
        model.addAttribute("rule", rule);
        model.addAttribute("costs", costs(rule));
        model.addAttribute("window", rule.window().isPresent());
        model.addAttribute("localRate", rule.isLocal(LocalParameter.Kind.RATE));
        model.addAttribute("localAmount", rule.isLocal(LocalParameter.Kind.AMOUNT));
        return rule;
    }

    /** The cost categories and facts a rule takes: its basis under every reading, its conditions' facts. */
    private List<String> costs(Subsidy rule) {
        Set<String> takes = new LinkedHashSet<>(policy.catalog().basisOfEveryReading(rule.id()));
        rule.conditions().stream().map(Condition::fact).forEach(takes::add);
        return new ArrayList<>(takes);
    }

    /** The application the form describes, or {@code null} with the messages in the form. */
    private Application application(Subsidy rule, PageForm form) {
        Application.Builder b = Application.builder().rule(rule.id());
        b.id(form.text("id").orElse("application"));
        form.text("applicant").ifPresent(b::applicant);
        for (String cost : costs(rule)) {
            form.decimal("costs." + cost).ifPresent(v -> b.cost(cost, v));
        }
        form.year("year").ifPresent(b::year);
        form.year("listingYear").ifPresent(b::listingYear);
        form.decimal("rate").ifPresent(b::rate);
        form.decimal("amount").ifPresent(b::amount);
        form.text("honour").ifPresent(b::honour);
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

    /** The award under the notice, and under the what-if overrides given. */
    private void compute(Subsidy rule, Application application, PageForm form, Model model) {
        Overrides overrides = Overrides.none();
        for (Overrides.Parameter p : WHAT_IF) {
            String field = "whatIf." + p.key();
            Optional<BigDecimal> value = form.decimal(field);
            if (value.isPresent()) {
                try {
                    overrides = overrides.with(rule.id(), p, value.get());
                } catch (PolicyException e) {
                    form.refuse(field, e.value().orElse(null), e.rule());
                }
            }
        }
        if (form.failed()) {
            return;
        }
        SubsidyCalculator baseline = policy.subsidies();
        try {
            model.addAttribute("award", baseline.award(application));
            if (!overrides.isEmpty()) {
                model.addAttribute("difference", WhatIf.of(baseline, overrides).compare(application));
                model.addAttribute("overrides", overrides);
            }
        } catch (PolicyException e) {
            form.refuse(e, "");
        }
    }
}
