package dev.zhengce.policy.examples.service;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Who may do what. Recording awards in the ledger ({@code POST /awards}) needs an authenticated
 * caller with the role {@code LEDGER_WRITER} (HTTP Basic); reading the ledger
 * ({@code GET /ledger/…}) a writer or a {@code LEDGER_READER}; the metrics any account. The
 * catalog, matching, attainment, health and the API documents are open: they compute from the
 * public notice and record nothing. No sessions, no cookies, so no CSRF. A refusal is a problem
 * detail: 401 with {@code WWW-Authenticate}, or 403. The pages under {@code /web/} have a chain
 * of their own, before this one ({@link PageSecurity}: form login, a session, CSRF on).
 */
@Configuration(proxyBeanMethods = false)
public class ServiceSecurity {
    /**
     * The access rules.
     *
     * @param http Spring Security's builder
     * @return the filter chain
     * @throws Exception as Spring Security's builder does
     */
    @Bean
    public SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"zhengce\", charset=\"UTF-8\"");
            Problems.write(
                    request,
                    response,
                    Problems.of(
                            HttpStatus.UNAUTHORIZED,
                            "authentication required: HTTP Basic with an account of the service",
                            "Authorization"));
        };
        AccessDeniedHandler denied = (request, response, e) -> Problems.write(
                request,
                response,
                Problems.of(
                        HttpStatus.FORBIDDEN,
                        "this account may not do this: recording awards needs the role " + Accounts.WRITER,
                        "Authorization"));
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .httpBasic(b -> b.realmName("zhengce").authenticationEntryPoint(unauthenticated))
                .exceptionHandling(
                        e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, "/awards")
                        .hasRole(Accounts.WRITER)
                        .requestMatchers("/ledger/**")
                        .hasAnyRole(Accounts.WRITER, Accounts.READER)
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .build();
    }

    /**
     * How passwords are kept and checked.
     *
     * @return the encoder
     */
    @Bean
    public PasswordEncoder passwordEncoder() {
        return new SecretDigest();
    }

    /**
     * The accounts: from the environment, or the writer's generated on first start.
     *
     * @param env     the environment
     * @param dataDir the data directory ({@code zhengce.data-dir})
     * @param encoder the password encoder
     * @return the accounts
     */
    @Bean
    public UserDetailsService accounts(
            Environment env, @Value("${zhengce.data-dir}") Path dataDir, PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(Accounts.load(env, dataDir, (SecretDigest) encoder));
    }
}
