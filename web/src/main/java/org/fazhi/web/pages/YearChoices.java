package org.fazhi.web.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The year pickers of every page: newest first, back to the first year of the ledgers, the chosen one marked. */
public final class YearChoices {
    /** The 2016 规定 made these ledgers common; an older year asked for is still offered. */
    public static final int FIRST_YEAR = 2016;
    /** The first year the 2019 rules asked for annual reports on the rule of law. */
    public static final int FIRST_REPORT_YEAR = 2019;

    private YearChoices() {
    }

    public static int thisYear(Clock clock) {
        return LocalDate.now(clock).getYear();
    }

    /** Next year (by {@code clock}) back to 2016, with the chosen year even when outside that range. */
    public static List<Options.Option> toNextYear(Integer selected, Clock clock) {
        return toNextYear(selected, thisYear(clock));
    }

    /** Next year back to 2016, with the chosen year even when outside that range. */
    public static List<Options.Option> toNextYear(Integer selected, int thisYear) {
        return between(selected, thisYear + 1, FIRST_YEAR, "年");
    }

    /** This year back to 2016, with the chosen year even when outside that range. */
    public static List<Options.Option> toThisYear(Integer selected, int thisYear) {
        return between(selected, thisYear, FIRST_YEAR, "年");
    }

    /** Report years ("2025年度"): this year back to 2019, with the chosen year even when outside that range. */
    public static List<Options.Option> reportYears(Integer selected, int thisYear) {
        return between(selected, thisYear, FIRST_REPORT_YEAR, "年度");
    }

    private static List<Options.Option> between(Integer selected, int newest, int oldest, String suffix) {
        int top = selected != null && selected > newest ? selected : newest;
        int bottom = selected != null && selected < oldest ? selected : oldest;
        List<Options.Option> out = new ArrayList<>();
        for (int y = top; y >= bottom; y--) {
            out.add(new Options.Option(String.valueOf(y), y + suffix, selected != null && selected == y));
        }
        return out;
    }
}
