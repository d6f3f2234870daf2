package dev.zhengce.policy.examples.service;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what on the pages under {@code /web/}, in a filter chain of their own (the JSON
 * API keeps its own, {@link ServiceSecurity}): every page that only reads is open; recording an
 * award in the ledger ({@code POST /web/award/record}) needs a signed-in account with the role
 * {@code LEDGER_WRITER}, the same accounts as the API's ({@link Accounts}: from the environment,
 * or generated on first start; none in the repository). Sign-in is a form
 * ({@code /web/login}) with a session cookie, so CSRF protection is on: every form that posts
 * carries the token.
 */
@Configuration(proxyBeanMethods = false)
public class PageSecurity {
    /** The page that records an award. */
    static final String RECORD = "/web/award/record";
    /** The page that asks for sign-in, then returns to the award. */
    static final String SIGN_IN = "/web/award/sign-in";

    /**
     * The pages' access rules, before the API's chain.
     *
     * @param http Spring Security's builder
     * @return the filter chain
     * @throws Exception as Spring Security's builder does
     */
    @Bean
    @Order(1)
    public SecurityFilterChain pageFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/web/**")
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, RECORD)
                        .hasRole(Accounts.WRITER)
                        .requestMatchers(RECORD, SIGN_IN)
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .formLogin(f -> f.loginPage("/web/login")
                        .loginProcessingUrl("/web/login")
                        .defaultSuccessUrl("/web/award", false)
                        .failureUrl("/web/login?error")
                        .permitAll())
                .logout(l -> l.logoutUrl("/web/logout").logoutSuccessUrl("/web/calculator"))
                .exceptionHandling(e -> e.accessDeniedPage("/web/denied"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; form-action 'self'; "
                                + "frame-ancestors 'none'")))
                .build();
    }
}
