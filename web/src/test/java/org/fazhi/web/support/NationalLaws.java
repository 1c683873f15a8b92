package org.fazhi.web.support;

/**
 * A few rows in the layout of the national law catalogue (level,category,name,published,expired), with a BOM:
 * two titles the built-in catalogue already has, one listed twice (an expired and a current version), and
 * {@link #NEW_TITLES} titles it lacks. The tests carry this themselves; nothing outside the repository is read.
 */
public final class NationalLaws {
    /** Distinct titles in {@link #CSV} that the built-in catalogue does not hold. */
    public static final int NEW_TITLES = 3;

    public static final String CSV = "\uFEFFlevel,category,name,published,expired\n"
            + "\"法律\",\"行政法\",\"中华人民共和国行政复议法\",2023-09-01,0\n"
            + "\"行政法规\",\"行政法规\",\"优化营商环境条例\",2019-10-22,0\n"
            + "\"司法解释\",\"司法解释\",\"人民检察院刑事诉讼规则\",2019-12-02,0\n"
            + "\"司法解释\",\"司法解释\",\"人民检察院刑事诉讼规则\",2012-11-22,1\n"
            + "\"司法解释\",\"司法解释\",\"最高人民法院关于行政机关负责人出庭应诉若干问题的规定\",2020-06-22,0\n"
            + "\"地方性法规\",\"地方性法规\",\"某省行政执法条例（2020年修订, 含附则）\",2020-07-30,0\n";

    private NationalLaws() {
    }
}
