package dev.zhengce.policy.examples.http;

import dev.zhengce.policy.calc.Attainment;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.Finding;
import dev.zhengce.policy.calc.Scorecard;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Citation;
import dev.zhengce.policy.model.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON documents the server replies with, as ordered maps for {@code PolicyJson.write}.
 * Every decimal is written as a string in plain notation ({@code "960000.00"}), exactly as the
 * library computed it: no client has to parse money as a binary floating-point number.
 */
final class Replies {
    private Replies() {
    }

    static Map<String, Object> award(Award award) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", award.application().id());
        m.put("applicant", award.application().recipient());
        m.put("rule", award.rule().id());
        m.put("status", award.status().name());
        award.amount().ifPresent(a -> m.put("amount", a.toPlainString()));
        m.put("capBound", award.capBound());
        award.base().ifPresent(b -> m.put("base", yuan(b)));
        award.rate().ifPresent(r -> m.put("rate", r.toPlainString()));
        award.uncapped().ifPresent(u -> m.put("uncapped", u.toPlainString()));
        List<Object> findings = new ArrayList<>();
        for (Finding f : award.findings()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("kind", f.kind().name());
            fm.put("subject", f.subject());
            fm.put("zh", f.text().zh());
            fm.put("en", f.text().en());
            f.citation().ifPresent(c -> fm.put("citation", c.sentence()));
            findings.add(fm);
        }
        m.put("findings", findings);
        Map<String, Object> explanation = new LinkedHashMap<>();
        explanation.put("zh", award.explain(Language.ZH));
        explanation.put("en", award.explain(Language.EN));
        m.put("explanation", explanation);
        List<Object> citations = new ArrayList<>();
        for (Citation c : award.citations()) {
            citations.add(c.sentence());
        }
        m.put("citations", citations);
        m.put("provenance", award.provenance().asMap());
        return m;
    }

    static Map<String, Object> scorecard(Scorecard card, Catalog catalog) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("notice", catalog.notice().number());
        m.put("asOf", card.asOf());
        m.put("overall", tally(card.overall()));
        Map<String, Object> byPlan = new LinkedHashMap<>();
        card.byPlan().forEach((plan, t) -> byPlan.put(plan, tally(t)));
        m.put("byPlan", byPlan);
        Map<String, Object> byLead = new LinkedHashMap<>();
        card.byLeadDepartment().forEach((d, t) -> byLead.put(d, tally(t)));
        m.put("byLeadDepartment", byLead);
        List<Object> attainments = new ArrayList<>();
        for (Attainment a : card.attainments()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("target", a.target().id());
            am.put("plan", catalog.planOf(a.target().id()).id());
            am.put("year", a.target().year());
            am.put("verdict", a.verdict().name());
            am.put("aspirational", a.aspirational());
            a.observed().ifPresent(v -> am.put("observed", plain(v)));
            a.expected().ifPresent(v -> am.put("expected", plain(v)));
            a.ratio().ifPresent(v -> am.put("ratio", v.toPlainString()));
            a.gap().ifPresent(v -> am.put("gap", plain(v)));
            Map<String, Object> reason = new LinkedHashMap<>();
            reason.put("zh", a.reason().zh());
            reason.put("en", a.reason().en());
            am.put("reason", reason);
            am.put("citation", a.target().citation().sentence());
            attainments.add(am);
        }
        m.put("attainments", attainments);
        return m;
    }

    static Map<String, Object> health(Catalog catalog) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "ok");
        m.put("notice", catalog.notice().number());
        m.put("catalogVersion", catalog.notice().version());
        m.put("catalogSha256", catalog.sha256());
        return m;
    }

    static Map<String, Object> error(String message, String field) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", message);
        if (field != null && !field.isEmpty()) {
            m.put("field", field);
        }
        return m;
    }

    private static Map<String, Object> tally(Scorecard.Tally t) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Attainment.Verdict v : Attainment.Verdict.values()) {
            m.put(v.name(), t.count(v));
        }
        m.put("total", t.total());
        return m;
    }

    /** A sum of amounts in yuan, with at least two decimals: {@code 12000000.00}. Exact, never rounded. */
    private static String yuan(BigDecimal value) {
        return (value.scale() < 2 ? value.setScale(2) : value).toPlainString();
    }

    /** Observed figures and gaps in the target's unit, without trailing zeros: {@code 15}, not {@code 15.0000}. */
    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
