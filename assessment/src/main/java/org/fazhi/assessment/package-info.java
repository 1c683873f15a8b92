/**
 * 示范创建 indicator assessment: indicator systems kept as versioned data (a tree of up to three levels),
 * rounds opened by an assessing unit over the units below it, self-assessment with evidence drawn from the
 * unit's own ledgers, review with reasons for every deduction, and the results (totals, grades, ranks, the
 * share of units meeting the standard). Its tables, migrations and DAOs live here; it depends on
 * {@code model}, {@code storage}, {@code sheets}, {@code law-training} and {@code duty-tracking}, and on no
 * web framework.
 */
package org.fazhi.assessment;
