package dev.zhengce.policy.examples.service;

import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.Claim;
import dev.zhengce.policy.calc.Ledger;
import dev.zhengce.policy.calc.Policy;
import dev.zhengce.policy.calc.SubsidyCalculator;
import dev.zhengce.policy.model.InvalidInputException;
import dev.zhengce.policy.model.PolicyException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /awards}: a batch of applications through the ledger, recorded as the
 * authenticated caller; {@code GET /ledger/{recipient}}: what the ledger holds for a recipient.
 *
 * <p>A batch is checked whole before anything is recorded: a row the SDK refuses (a wrong rule,
 * a cost category the rule does not have, a missing applicant where a yearly cap or a once-only
 * award needs one), or an id given twice in the batch with different facts, refuses the whole
 * request with 400 naming the row and the field, and nothing is recorded. Then the claims are
 * settled in the ledger in order, in one transaction ({@link Ledger#settleAll}): a row refused
 * by the ledger itself (its id settled before with other facts) refuses the whole request with
 * 400 naming that row, and nothing of the batch is recorded; a retry of a recorded batch is
 * answered with the same awards, marked as repeats.
 */
@RestController
public class AwardsController {
    private final SubsidyCalculator subsidies;
    private final LedgerSource ledger;
    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    /**
     * Creates the controller.
     *
     * @param policy   the policy
     * @param ledger   where awards are recorded
     * @param registry the metrics
     */
    public AwardsController(Policy policy, LedgerSource ledger, MeterRegistry registry) {
        this.subsidies = policy.subsidies();
        this.ledger = ledger;
        this.registry = registry;
    }

    /**
     * Computes a batch of awards through the ledger, in order.
     *
     * @param applications the applications, at most {@link PolicyService#MAX_APPLICATIONS}
     * @param caller       the authenticated caller, recorded with each award
     * @param request      the request ({@code ?explain=false} leaves the explanation text out)
     * @return the awards, one per application, in the same order
     */
    @PostMapping(
            path = "/awards",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Map<String, Object>> awards(
            @RequestBody Application[] applications, Principal caller, HttpServletRequest request) {
        boolean explain = Queries.flag(Queries.one(request, "explain", "explain"), "explain", true);
        if (applications.length > PolicyService.MAX_APPLICATIONS) {
            throw new InvalidInputException(
                    "[" + PolicyService.MAX_APPLICATIONS + "]",
                    null,
                    applications.length + " applications: at most " + PolicyService.MAX_APPLICATIONS
                            + " in one request; send the rest in another");
        }
        List<Claim> claims = new ArrayList<>(applications.length);
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < applications.length; i++) {
            Claim claim;
            try {
                claim = subsidies.claim(applications[i]);
            } catch (PolicyException e) {
                throw InvalidInputException.inRow(i, e);
            }
            Integer first = ids.putIfAbsent(claim.application().id(), i);
            if (first != null && !claims.get(first).fingerprint().equals(claim.fingerprint())) {
                throw new InvalidInputException(
                        "[" + i + "].id",
                        claim.application().id(),
                        "the same id as row [" + first + "] with other facts; an id names one application");
            }
            claims.add(claim);
        }
        List<Award> awards = ledger.recordingAs(caller.getName()).settleAll(claims);
        List<Map<String, Object>> replies = new ArrayList<>(awards.size());
        for (Award award : awards) {
            count(award);
            replies.add(Replies.award(award, explain));
        }
        return replies;
    }

    /**
     * Returns what the ledger holds for a recipient.
     *
     * @param recipient the recipient
     * @param request   the request
     * @return the records, in the order recorded
     */
    @GetMapping(path = "/ledger/{recipient}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> records(@PathVariable("recipient") String recipient, HttpServletRequest request) {
        Queries.none(request);
        Map<String, Object> doc = new java.util.LinkedHashMap<>();
        doc.put("recipient", recipient);
        doc.put("records", ledger.records(recipient));
        return doc;
    }

    private void count(Award award) {
        String key = award.rule().id() + ' ' + award.status().name() + ' ' + award.repeat();
        counters.computeIfAbsent(
                        key,
                        k -> Counter.builder("zhengce.awards")
                                .description(
                                        "awards computed through the ledger, by rule and status (repeat: the answer to a retry)")
                                .tag("rule", award.rule().id())
                                .tag("status", award.status().name())
                                .tag("repeat", Boolean.toString(award.repeat()))
                                .register(registry))
                .increment();
    }
}
