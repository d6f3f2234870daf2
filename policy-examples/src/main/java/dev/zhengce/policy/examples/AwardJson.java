package dev.zhengce.policy.examples;

import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.Finding;
import dev.zhengce.policy.calc.Grant;
import dev.zhengce.policy.model.Citation;
import dev.zhengce.policy.model.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON form of an award, written by the command-line tool ({@code zhengce subsidy
 * --format json}) and by the service ({@code POST /awards}), as an ordered map for
 * {@code PolicyJson.write}.
 *
 * <p><b>Every decimal is a string</b> in plain notation, exactly as the SDK computed it
 * ({@code "amount" : "960000.00"}, {@code "rate" : "0.08"}): a JSON number is read as a binary
 * floating-point number by most clients, and money must not be. The fields, in this order:
 * <ul>
 * <li>{@code id}, {@code recipient} (the applicant, or the id where none is named),
 *     {@code rule}, {@code status} ({@code PAYABLE}, {@code NOT_ELIGIBLE}, {@code UNDETERMINED});
 * <li>{@code repeat}: {@code true} for a retry the ledger answered again (absent otherwise);
 * <li>{@code amount} in yuan with two decimals (absent when undetermined), {@code capBound};
 * <li>for shares: {@code base} (yuan), {@code rate}, {@code uncapped} (rate × base, exact);
 * <li>{@code remaining}: what a yearly cap left, and {@code earlier}: the grants that limited
 *     the award ({@code application}, {@code rule}, {@code amount}), where a ledger gave them;
 * <li>{@code findings}: {@code kind}, {@code subject}, the text in Chinese ({@code zh}) and
 *     English ({@code en}), and the {@code citation} where a sentence backs it;
 * <li>{@code explanation}: the whole explanation, {@code zh} and {@code en}, when asked for;
 * <li>{@code citations}: the source sentences the award rests on;
 * <li>{@code provenance}: the notice, catalog version and hash, SDK version and overrides — on
 *     each award where awards stand alone (the service's replies), once for the document where
 *     they are in one (the tool's output).
 * </ul>
 */
public final class AwardJson {
    private AwardJson() {}

    /**
     * Writes an award.
     *
     * @param award      the award
     * @param explain    whether to add the explanation in both languages
     * @param provenance whether to add the provenance stamp to the award itself
     * @return the award's fields, in the documented order
     */
    public static Map<String, Object> of(Award award, boolean explain, boolean provenance) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", award.application().id());
        m.put("recipient", award.application().recipient());
        m.put("rule", award.rule().id());
        m.put("status", award.status().name());
        if (award.repeat()) {
            m.put("repeat", true);
        }
        award.amount().ifPresent(a -> m.put("amount", a.toPlainString()));
        m.put("capBound", award.capBound());
        award.base().ifPresent(b -> m.put("base", yuan(b)));
        award.rate().ifPresent(r -> m.put("rate", r.toPlainString()));
        award.uncapped().ifPresent(u -> m.put("uncapped", u.toPlainString()));
        award.remaining().ifPresent(r -> m.put("remaining", yuan(r)));
        if (!award.earlier().isEmpty()) {
            List<Object> earlier = new ArrayList<>();
            for (Grant g : award.earlier()) {
                Map<String, Object> gm = new LinkedHashMap<>();
                gm.put("application", g.application());
                gm.put("rule", g.rule());
                gm.put("amount", g.amount().toPlainString());
                earlier.add(gm);
            }
            m.put("earlier", earlier);
        }
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
        if (explain) {
            Map<String, Object> explanation = new LinkedHashMap<>();
            explanation.put("zh", award.explain(Language.ZH));
            explanation.put("en", award.explain(Language.EN));
            m.put("explanation", explanation);
        }
        List<Object> citations = new ArrayList<>();
        for (Citation c : award.citations()) {
            citations.add(c.sentence());
        }
        m.put("citations", citations);
        if (provenance) {
            m.put("provenance", award.provenance().asMap());
        }
        return m;
    }

    /**
     * Writes an amount in yuan as this form does: plain notation, at least two decimals.
     *
     * @param value the amount
     * @return the text, such as {@code "12000000.00"}
     */
    public static String yuan(BigDecimal value) {
        return (value.scale() < 2 ? value.setScale(2) : value).toPlainString();
    }

    /**
     * Writes amounts by key as this form does, each {@link #yuan(BigDecimal)}, keys in order.
     *
     * @param amounts the amounts
     * @param <K>     the key's type
     * @return the texts, by key, in the map's order
     */
    public static <K> Map<K, String> yuan(Map<K, BigDecimal> amounts) {
        Map<K, String> m = new LinkedHashMap<>();
        amounts.forEach((k, v) -> m.put(k, yuan(v)));
        return m;
    }
}
