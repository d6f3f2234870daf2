package dev.zhengce.policy.examples.service;

import dev.zhengce.policy.calc.Policy;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Department;
import dev.zhengce.policy.model.PolicyException;
import dev.zhengce.policy.model.Subsidy;
import dev.zhengce.policy.model.Target;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalog by id: {@code GET /catalog/rules/{id}}, {@code /catalog/targets/{id}},
 * {@code /catalog/departments/{id}} — each element as the catalog's JSON writes it, with its
 * source sentence; an unknown id is a 404.
 */
@RestController
public class CatalogController {
    private final Catalog catalog;

    /**
     * Creates the controller.
     *
     * @param policy the policy whose catalog is served
     */
    public CatalogController(Policy policy) {
        this.catalog = policy.catalog();
    }

    /**
     * Returns a money rule.
     *
     * @param id      the rule's id, such as {@code intelligent-transformation-subsidy}
     * @param request the request
     * @return the rule
     */
    @GetMapping(path = "/catalog/rules/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Subsidy rule(@PathVariable("id") String id, HttpServletRequest request) {
        return find("rule", id, catalog::subsidy, request);
    }

    /**
     * Returns a target.
     *
     * @param id      the target's id, such as {@code high-tech-enterprises-2018}
     * @param request the request
     * @return the target
     */
    @GetMapping(path = "/catalog/targets/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Target target(@PathVariable("id") String id, HttpServletRequest request) {
        return find("target", id, catalog::target, request);
    }

    /**
     * Returns a department.
     *
     * @param id      the department's id, such as {@code industry-it}
     * @param request the request
     * @return the department
     */
    @GetMapping(path = "/catalog/departments/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Department department(@PathVariable("id") String id, HttpServletRequest request) {
        return find("department", id, catalog::department, request);
    }

    private static <T> T find(String kind, String id, Function<String, T> lookup, HttpServletRequest request) {
        Queries.none(request);
        try {
            return lookup.apply(id);
        } catch (PolicyException e) {
            throw new NotInCatalog(kind, id);
        }
    }
}
