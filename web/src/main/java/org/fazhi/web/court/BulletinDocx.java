package org.fazhi.web.court;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.report.docx.OfficialDocx;

/** The monthly 通报 as a Word file in the layout of official documents: what the page shows, part by part. */
final class BulletinDocx {
    private BulletinDocx() {
    }

    static void write(Bulletin b, OutputStream out) throws IOException {
        try (OfficialDocx doc = new OfficialDocx()) {
            doc.title(b.title());
            doc.body(b.opening());
            doc.heading("一、各单位出庭应诉情况");
            if (b.lines().isEmpty()) {
                doc.body("本期没有单位有案件开庭。");
            } else {
                List<List<String>> rows = new ArrayList<>();
                for (Ranking.Line l : b.lines()) {
                    rows.add(List.of(l.rank(), l.orgName(), String.valueOf(l.heard()), String.valueOf(l.appeared()), l.rate(),
                            l.spokeRate(), String.valueOf(l.noShows())));
                }
                doc.table(List.of("排名", "单位", b.summary().denominator(), "负责人出庭", "出庭率", "出声率", "无正当理由未出庭"),
                        rows);
            }
            doc.body(b.rankingNote());
            doc.heading("二、负责人未出庭情况");
            if (!b.hasAbsences()) {
                doc.body("本期开庭的案件,行政机关负责人均出庭应诉。");
            }
            for (int i = 0; i < b.absences().size(); i++) {
                doc.body((i + 1) + "." + b.absences().get(i) + "。");
            }
            doc.heading("三、约谈单位");
            if (b.hasFlags()) {
                doc.body(b.flagsIntro());
                for (int i = 0; i < b.flags().size(); i++) {
                    Ranking.Flag f = b.flags().get(i);
                    doc.body((i + 1) + "." + f.orgName() + ":" + f.reasons() + "。");
                }
            } else {
                doc.body("本期没有需要约谈的单位。");
            }
            doc.heading("四、工作要求");
            doc.body(b.requirements());
            doc.signature(b.issuer(), b.today());
            doc.write(out);
        }
    }
}
