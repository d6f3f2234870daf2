/**
 * Subsidy calculators: {@link dev.zhengce.policy.calc.SubsidyCalculator} computes every money
 * rule of a catalog from an {@link dev.zhengce.policy.calc.Application}'s facts and returns an
 * {@link dev.zhengce.policy.calc.Award}: the amount in CNY rounded once, half up, to the fen;
 * whether a cap bound; the eligibility verdict with reasons; the citations; the steps, in
 * Chinese and English; and a provenance stamp.
 *
 * <p>Numbers the notice leaves open (一定比例, awards without an amount) come from the caller;
 * without them an award is {@link dev.zhengce.policy.calc.Award.Status#UNDETERMINED}, naming
 * what is missing — never zero. What-if {@link dev.zhengce.policy.calc.Overrides} change a
 * rule's numbers for one calculator, never the catalog. Bad input is an
 * {@link dev.zhengce.policy.model.InvalidInputException} naming the field and the rule. No
 * method accepts or returns {@code null}; everything here is immutable and thread-safe.
 */
@PolicyStyle
package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.PolicyStyle;
