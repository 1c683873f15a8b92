/**
 * The 行政复议 ledger (fazhi-reconsideration): applications, acceptance, the deadlines of the 2023 law, decisions and
 * the lawsuits that followed, with the year's 受理率, 按期结案率, 直接纠错率 and 综合纠错率. Start at {@link
 * org.fazhi.reconsideration.Reconsiderations}; the tables are {@link org.fazhi.reconsideration.ReconsiderationSchema}.
 */
package org.fazhi.reconsideration;
