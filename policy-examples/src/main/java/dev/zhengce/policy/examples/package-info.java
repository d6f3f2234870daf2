/**
 * Where users meet the SDK: {@link dev.zhengce.policy.examples.Tour}, the main job, and the
 * JShell start-up script ({@code policy-examples/jshell}).
 */
package dev.zhengce.policy.examples;
