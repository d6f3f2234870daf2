package dev.zhengce.policy.examples.service;

import dev.zhengce.policy.calc.Attainment;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.Match;
import dev.zhengce.policy.calc.Scorecard;
import dev.zhengce.policy.examples.AwardJson;
import dev.zhengce.policy.examples.ledger.LedgerRecord;
import dev.zhengce.policy.model.Catalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON documents the service replies with, as ordered maps for {@code PolicyJson.write}.
 * Every decimal is written as a string in plain notation ({@code "960000.00"}), exactly as the
 * SDK computed it: no client has to parse money as a binary floating-point number.
 */
final class Replies {
    private Replies() {}

    /**
     * An award in its one JSON form ({@link AwardJson}, as the command-line tool writes it), with
     * its provenance stamp: the verdict, the amount, the terms that gave it, the earlier grants
     * that limited it, the findings, the explanation in both languages (when asked for) and the
     * citations.
     */
    static Map<String, Object> award(Award award, boolean explain) {
        return AwardJson.of(award, explain, true);
    }

    /** What one profile may qualify for: per rule the verdict, the estimate, what is unmet or missing. */
    static Map<String, Object> matches(String profile, List<Match> matches) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("profile", profile);
        List<Object> list = new ArrayList<>();
        for (Match match : matches) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("rule", match.rule().id());
            e.put("verdict", match.verdict().name());
            match.amount().ifPresent(a -> e.put("amount", a.toPlainString()));
            e.put("unmet", match.unmet());
            e.put("missing", match.missing());
            e.put("citation", match.rule().citation().sentence());
            list.add(e);
        }
        doc.put("matches", list);
        return doc;
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

    /** A record the ledger keeps: every stored field, who recorded it and when. */
    static Map<String, Object> record(LedgerRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", r.seq());
        m.put("application", r.application());
        m.put("recipient", r.recipient());
        m.put("rule", r.rule());
        r.limit().ifPresent(l -> m.put("limit", l));
        m.put("status", r.status().name());
        m.put("amount", r.amount().toPlainString());
        r.year().ifPresent(y -> m.put("year", y));
        m.put("recordedBy", r.recordedBy());
        m.put("recordedAt", r.recordedAt().toString());
        Map<String, Object> explanation = new LinkedHashMap<>();
        explanation.put("zh", r.explanationZh());
        explanation.put("en", r.explanationEn());
        m.put("explanation", explanation);
        m.put("provenance", r.provenance());
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

    /** Observed figures and gaps in the target's unit, without trailing zeros: {@code 15}, not {@code 15.0000}. */
    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
