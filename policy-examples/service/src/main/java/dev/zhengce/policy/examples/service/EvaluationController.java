package dev.zhengce.policy.examples.service;

import dev.zhengce.policy.calc.AttainmentEvaluator;
import dev.zhengce.policy.calc.EnterpriseProfile;
import dev.zhengce.policy.calc.Observation;
import dev.zhengce.policy.calc.Policy;
import dev.zhengce.policy.calc.Scorecard;
import dev.zhengce.policy.model.InvalidInputException;
import dev.zhengce.policy.model.PolicyException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reading endpoints that compute: {@code POST /match} (which rules an enterprise may qualify
 * for) and {@code POST /attainment?asOf=YEAR} (the targets' scorecard over observations). They
 * record nothing and are open.
 */
@RestController
public class EvaluationController {
    private final Policy policy;
    private final AttainmentEvaluator evaluator;

    /**
     * Creates the controller.
     *
     * @param policy    the policy
     * @param evaluator the attainment evaluator of its catalog
     */
    public EvaluationController(Policy policy, AttainmentEvaluator evaluator) {
        this.policy = policy;
        this.evaluator = evaluator;
    }

    /**
     * Matches an enterprise profile against every money rule.
     *
     * @param profile the profile
     * @param request the request
     * @return per rule the verdict, the estimate where it can be computed, what is unmet or missing
     */
    @PostMapping(
            path = "/match",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> match(@RequestBody EnterpriseProfile profile, HttpServletRequest request) {
        Queries.none(request);
        return Replies.matches(profile.id(), policy.subsidies().match(profile));
    }

    /**
     * Evaluates observations against the targets as of a year.
     *
     * @param observations the observations
     * @param request      the request, with {@code asOf}
     * @return the scorecard
     */
    @PostMapping(
            path = "/attainment",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> attainment(@RequestBody Observation[] observations, HttpServletRequest request) {
        String value = Queries.one(request, "asOf", "asOf")
                .orElseThrow(() -> new InvalidInputException(
                        "asOf", null, "required: the year the attainment is measured as of, such as ?asOf=2019"));
        int first = policy.catalog().notice().firstYear();
        if (!value.matches("[0-9]{4}") || Integer.parseInt(value) < first || Integer.parseInt(value) > 2100) {
            throw new InvalidInputException("asOf", Queries.abbreviate(value), "a year within " + first + "..2100");
        }
        Scorecard card;
        try {
            card = evaluator.scorecard(Arrays.asList(observations), Integer.parseInt(value));
        } catch (PolicyException e) {
            // a row's error names the row as the body does: [3].value
            String field = e.field();
            if (field != null && field.startsWith("observations[")) {
                throw new InvalidInputException(
                        field.substring("observations".length()), e.value().orElse(null), e.rule(), e);
            }
            throw e;
        }
        return Replies.scorecard(card, policy.catalog());
    }
}
