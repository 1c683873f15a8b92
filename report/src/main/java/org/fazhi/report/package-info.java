/**
 * The 法治政府建设年度报告 (annual report on building a rule-of-law government): its five parts, the
 * statistics sentences written from the ledgers of law-training and duty-tracking with their changes from
 * the year before, the narratives people write, publishing, the deadline and the .docx. Its table,
 * migration and DAO live here; it depends on {@code model}, {@code storage}, {@code law-training} and
 * {@code duty-tracking}, and on no web framework.
 */
package org.fazhi.report;
