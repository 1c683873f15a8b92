package org.fazhi.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.fazhi.training.study.StudyKind;

/**
 * A CSV of study sessions as an office would upload it to {@code POST /api/study-sessions/import}: the
 * import's Chinese headers, units by name, kinds by their labels, two laws per row, ten years of dates.
 */
final class SessionCsv {
    private static final String[] LAWS = {"中华人民共和国宪法", "中华人民共和国民法典", "中华人民共和国行政复议法",
        "中华人民共和国行政处罚法", "优化营商环境条例"};

    /** A unit the rows may name, with the kinds of study that fit it. */
    record Unit(String name, List<StudyKind> kinds) {
    }

    private SessionCsv() {
    }

    /** Writes {@code rows} sessions dated in the ten years up to {@code lastYear}; fixed seed. */
    static void write(Path csv, int rows, List<Unit> units, int lastYear) throws IOException {
        Random random = new Random(42);
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("单位,日期,类型,主题,所学法律,主讲人,时长(分钟),应到人数,实到人数\n");
            for (int i = 0; i < rows; i++) {
                LocalDate d = LocalDate.of(lastYear - random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
                int expected = 5 + random.nextInt(40);
                Unit unit = units.get(random.nextInt(units.size()));
                w.write(unit.name() + "," + d + "," + unit.kinds().get(random.nextInt(unit.kinds().size())).label()
                        + ",学习" + LAWS[random.nextInt(LAWS.length)] + "第" + i + "讲," + LAWS[random.nextInt(LAWS.length)]
                        + "、" + LAWS[random.nextInt(LAWS.length)] + ",主讲人" + random.nextInt(100) + "," + (30 + random.nextInt(90))
                        + "," + expected + "," + (expected - random.nextInt(5)) + "\n");
            }
        }
    }
}
