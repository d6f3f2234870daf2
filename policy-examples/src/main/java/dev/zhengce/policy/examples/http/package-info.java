/**
 * Embedding the SDK over HTTP: {@link dev.zhengce.policy.examples.http.PolicyServer}, a small
 * JSON endpoint on the JDK's own {@code com.sun.net.httpserver} that evaluates posted
 * applications ({@code POST /awards}) and observations ({@code POST /attainment?asOf=2019}).
 *
 * <p>Every request body is read with the library's hardened {@link dev.zhengce.policy.model.PolicyJson};
 * a client's mistake is answered with a 4xx status and {@code {"error": …, "field": …}}, never
 * with a stack trace. Decimals are written as JSON strings, so that no client parses money as a
 * binary floating-point number.
 */
package dev.zhengce.policy.examples.http;
