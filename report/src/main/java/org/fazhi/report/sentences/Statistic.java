package org.fazhi.report.sentences;

import org.fazhi.report.ReportPart;

/**
 * One statistics sentence of the report, written from a ledger.
 *
 * @param key     which ledger it comes from: study, tests, court, rectifications, duties, lawReports
 * @param part    the part of the report it is printed in
 * @param text    the sentence, ending with "。"
 * @param hasData false when the ledger has no records for the year: the sentence then says so
 *                instead of printing zeros as if they were figures
 */
public record Statistic(String key, ReportPart part, String text, boolean hasData) {
    /** The sentence of a ledger without records for the year: "台账中没有{what}。". */
    static Statistic noRecords(String key, ReportPart part, String what) {
        return new Statistic(key, part, "台账中没有" + what + "。", false);
    }

    /** The sentence written from the year's figures. */
    static Statistic of(String key, ReportPart part, Sentence sentence) {
        return new Statistic(key, part, sentence.text(), true);
    }
}
