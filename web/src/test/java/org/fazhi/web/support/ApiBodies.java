package org.fazhi.web.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON bodies the API takes, valid as they stand, for tests whose point lies elsewhere (a crash, a full
 * disk, two nodes, the clock). Each is a new mutable map, so a test adds or changes the fields it is about.
 */
public final class ApiBodies {
    private ApiBodies() {
    }

    /** A unit for {@code POST /api/orgs}: {@code kind} an OrgKind name, {@code parentId} null for a top unit. */
    public static Map<String, Object> org(String name, String kind, Long parentId) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("kind", kind);
        m.put("parentId", parentId);
        return m;
    }

    /** A 集体学法 session for {@code POST /api/study-sessions}: 宪法 taught by 张律师, 60 minutes, 18 of 20 there. */
    public static Map<String, Object> studySession(long orgId, String date, String topic) {
        Map<String, Object> m = new HashMap<>();
        m.put("orgId", orgId);
        m.put("date", date);
        m.put("kind", "COLLECTIVE");
        m.put("topic", topic);
        m.put("laws", List.of("中华人民共和国宪法"));
        m.put("lecturer", "张律师");
        m.put("minutes", 60);
        m.put("expected", 20);
        m.put("attended", 18);
        return m;
    }

    /** A first-instance 行政许可 case for {@code POST /api/court-cases}, filed 2024-03-01 at 清河县人民法院. */
    public static Map<String, Object> courtCase(long orgId, String caseNo) {
        Map<String, Object> m = new HashMap<>();
        m.put("caseNo", caseNo);
        m.put("court", "清河县人民法院");
        m.put("instance", "FIRST");
        m.put("defendantOrgId", orgId);
        m.put("cause", "行政许可");
        m.put("filedOn", "2024-03-01");
        return m;
    }
}
