/**
 * The embedding example: a Spring Boot service over the SDK, the way a government application
 * would embed it.
 *
 * <ul>
 *   <li>{@code POST /awards} — a batch of applications through the persistent ledger (an
 *       authenticated caller with the role {@code LEDGER_WRITER});</li>
 *   <li>{@code POST /match}, {@code POST /attainment?asOf=}, {@code GET /catalog/rules/{id}},
 *       {@code /catalog/targets/{id}}, {@code /catalog/departments/{id}} — open;</li>
 *   <li>{@code GET /actuator/health}, metrics, the OpenAPI document and Swagger UI;</li>
 *   <li>the pages under {@code /web/} for people ({@link dev.zhengce.policy.examples.service.CalculatorPage}
 *       政策计算器, {@link dev.zhengce.policy.examples.service.AwardPage},
 *       {@link dev.zhengce.policy.examples.service.ScorecardPage},
 *       {@link dev.zhengce.policy.examples.service.NoticePage}), server-rendered, Chinese by default and
 *       English by {@code ?lang=en}, in a security filter chain of their own
 *       ({@link dev.zhengce.policy.examples.service.PageSecurity}).</li>
 * </ul>
 *
 * <p>Every request body is read by the SDK's own {@link dev.zhengce.policy.model.PolicyJson}
 * ({@link dev.zhengce.policy.examples.service.PolicyJsonConverter}); every error is an RFC 9457
 * problem detail naming the row and the field, never a stack trace. Decimals travel as JSON
 * strings, exact to the fen.
 */
package dev.zhengce.policy.examples.service;
