package dev.zhengce.policy.examples.service;

import dev.zhengce.policy.calc.AttainmentEvaluator;
import dev.zhengce.policy.calc.Policy;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The service's entry point and its SDK objects: one {@link Policy} of Mengzhou's notice serves
 * every request (the calculators are immutable and thread-safe).
 */
@SpringBootApplication
public class PolicyService {
    /** The most applications one {@code POST /awards} takes. */
    public static final int MAX_APPLICATIONS = 1000;
    /** The largest request body accepted, in bytes: 1 MiB. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    /**
     * Returns the policy the service evaluates: Mengzhou's notice as written.
     *
     * @return the policy
     */
    @Bean
    public Policy policy() {
        return Policy.mengzhou();
    }

    /**
     * Returns the attainment evaluator of the policy's catalog.
     *
     * @param policy the policy
     * @return the evaluator
     */
    @Bean
    public AttainmentEvaluator attainmentEvaluator(Policy policy) {
        return policy.attainment();
    }

    /**
     * Starts the service.
     *
     * @param args Spring Boot's arguments, such as {@code --server.port=8081}
     */
    public static void main(String[] args) {
        SpringApplication.run(PolicyService.class, args);
    }
}
