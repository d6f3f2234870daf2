package dev.zhengce.policy.examples.service;

import dev.zhengce.policy.calc.Ledger;
import dev.zhengce.policy.calc.Policy;
import dev.zhengce.policy.examples.ledger.JdbcLedger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web side: the SDK's JSON mapping as Spring's JSON converter, the body limit in front of
 * everything, Tomcat's refusals as problem details, the JDBC ledger, and the catalog in the
 * health report.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceConfiguration implements WebMvcConfigurer {
    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.addCustomConverter(new PolicyJsonConverter());
    }

    /**
     * Tomcat's error page as a problem detail (added after Spring Boot's own valve, so that it
     * answers first).
     *
     * @return the customizer
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
        return factory -> factory.addContextCustomizers(
                context -> context.getParent().getPipeline().addValve(new ProblemReportValve()));
    }

    /**
     * The body limit, before the security filters and everything else.
     *
     * @return the filter's registration
     */
    @Bean
    public FilterRegistrationBean<BodyLimit> bodyLimit() {
        FilterRegistrationBean<BodyLimit> registration =
                new FilterRegistrationBean<>(new BodyLimit(PolicyService.MAX_BODY_BYTES));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * The ledger: the JDBC ledger in Spring's {@code DataSource} (an H2 file by default,
     * PostgreSQL by URL), its tables created or migrated by Flyway when the service starts.
     *
     * @param dataSource the database
     * @return the ledger; closing it leaves the data source to Spring
     */
    @Bean(destroyMethod = "close")
    public JdbcLedger jdbcLedger(DataSource dataSource) {
        return JdbcLedger.open(dataSource);
    }

    /**
     * Where the service records: the JDBC ledger, each award recorded as the authenticated caller.
     *
     * @param ledger the JDBC ledger
     * @return the ledger source
     */
    @Bean
    public LedgerSource ledgerSource(JdbcLedger ledger) {
        return new LedgerSource() {
            @Override
            public Ledger recordingAs(String who) {
                return ledger.recordingAs(who);
            }

            @Override
            public List<Map<String, Object>> records(String recipient) {
                List<Map<String, Object>> list = new ArrayList<>();
                ledger.records(recipient).forEach(r -> list.add(Replies.record(r)));
                return list;
            }
        };
    }

    /**
     * The catalog the service computes with, in the health report: notice, version, SHA-256.
     *
     * @param policy the policy
     * @return the health indicator
     */
    @Bean
    public HealthIndicator catalogHealthIndicator(Policy policy) {
        Health health = Health.up()
                .withDetail("notice", policy.catalog().notice().number())
                .withDetail("catalogVersion", policy.catalog().notice().version())
                .withDetail("catalogSha256", policy.catalog().sha256())
                .build();
        return () -> health;
    }
}
