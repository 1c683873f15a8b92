package org.fazhi.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The province's units and their people: a province government, its cities (each with its departments
 * and counties), and under every county its departments, townships, a development zone and 局属单位
 * hanging under the departments. Every unit has ten people: its principal, three other heads and six
 * staff. Held in memory (2,000 units and 20,000 people at scale 1) for the ledgers that hang on it.
 */
final class ProvinceTree {
    /** Ten people a unit: what the province's figures (20,000 people for 2,000 units) come from. */
    static final int PEOPLE_PER_UNIT = 10;
    private static final String[] CITIES = {"江城", "临川", "青阳", "安平", "永宁", "长乐", "云山", "白石", "丰源", "平湖",
        "宁远", "东海", "北川"};
    private static final String COUNTY_FIRST = "东西南北新安永长青白金宝清平高丰";
    private static final String COUNTY_SECOND = "安平阳山河川宁城林源";
    private static final String[] DEPARTMENTS = {"司法局", "财政局", "公安局", "教育局", "民政局", "人力资源和社会保障局",
        "自然资源和规划局", "生态环境局", "住房和城乡建设局", "交通运输局", "农业农村局", "商务局", "文化广电和旅游局",
        "卫生健康委员会", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局", "城市管理局", "水利局",
        "发展和改革委员会", "工业和信息化局", "退役军人事务局", "林业局", "行政审批局", "信访局", "体育局", "档案局", "科学技术局"};
    private static final String[] TOWNSHIPS = {"城关镇", "东关镇", "新桥镇", "石桥乡", "双河镇", "三里镇", "柳林镇", "杨庄乡",
        "黄土乡", "清水镇", "马村镇", "白杨乡"};
    private static final String[] DEV_ZONES = {"经济开发区管理委员会", "高新技术产业开发区管理委员会"};
    private static final String[] SUB_UNITS = {"法制科", "办公室", "综合行政执法大队", "政务服务科", "信息中心", "执法监察支队",
        "事务服务中心", "档案室"};
    /** What a county's children are, in the order they are made: D 部门, T 乡镇, Z 开发区, U 局属单位 (under the last 部门). */
    private static final String COUNTY_PATTERN = "DDTDUDTDUDZU";
    private static final String COUNTY_MORE = "DTDU";
    private static final String[] STAFF_POSTS = {"法制科科长", "办公室主任", "科员", "科员", "副科长", "一级科员"};

    record Unit(long id, String name, OrgKind kind, Long parentId, Long cityId, Long countyId) {
        /** Whether this is one of the governments that organise pre-appointment tests for their area. */
        boolean government() {
            return kind == OrgKind.CITY_GOV || kind == OrgKind.COUNTY_GOV || parentId == null;
        }
    }

    record Person(long id, long orgId, String name, String position, LeaderCategory category) {
    }

    private final List<Unit> units = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final PersonNames names;

    private ProvinceTree(Random random) {
        this.names = new PersonNames(random);
    }

    /**
     * Plans the tree for {@code scale} (1 = 2,000 units, 13 cities, 130 counties); at least one city,
     * one county and a few units under it at any scale.
     */
    static ProvinceTree plan(double scale, Random random) {
        int cities = Math.max(1, (int) Math.round(13 * scale));
        int counties = Math.max(cities, (int) Math.round(130 * scale));
        int cityDepartments = Math.max(cities, (int) Math.round(130 * scale));
        int total = Math.max(1 + cities + cityDepartments + 4 * counties, (int) Math.round(2000 * scale));
        ProvinceTree t = new ProvinceTree(random);
        Unit root = t.add("基准省人民政府", OrgKind.OTHER, null, null, null);
        List<Unit> cityGovs = new ArrayList<>();
        for (int c = 0; c < cities; c++) {
            String name = CITIES[c % CITIES.length] + (c < CITIES.length ? "" : String.valueOf(c / CITIES.length + 1)) + "市";
            cityGovs.add(t.add(name + "人民政府", OrgKind.CITY_GOV, root.id(), null, null));
        }
        for (int d = 0; d < cityDepartments; d++) {
            Unit city = cityGovs.get(d % cities);
            t.add(cityName(city) + numbered(DEPARTMENTS, d / cities), OrgKind.DEPARTMENT, city.id(), city.id(), null);
        }
        List<Unit> countyGovs = new ArrayList<>();
        for (int k = 0; k < counties; k++) {
            Unit city = cityGovs.get(k % cities);
            countyGovs.add(t.add(countyName(k) + "人民政府", OrgKind.COUNTY_GOV, city.id(), city.id(), null));
        }
        int rest = total - t.units.size();
        for (int k = 0; k < counties; k++) {
            t.countyChildren(countyGovs.get(k), rest / counties + (k < rest % counties ? 1 : 0));
        }
        return t;
    }

    /** Inserts the units (parents first) and people; {@code at} stamps the rows. */
    void insert(Handle h, Instant at) {
        PreparedBatch orgs = h.prepareBatch("INSERT INTO orgs (id, name, kind, parent_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)");
        for (Unit u : units) {
            orgs.add(u.id(), u.name(), u.kind().name(), u.parentId(), at, at);
        }
        orgs.execute();
        PreparedBatch persons = h.prepareBatch("INSERT INTO people (id, org_id, name, position, category, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (Person p : people) {
            persons.add(p.id(), p.orgId(), p.name(), p.position(), p.category().name(), at, at);
        }
        persons.execute();
    }

    List<Unit> units() {
        return units;
    }

    List<Person> people() {
        return people;
    }

    Unit unit(long id) {
        return units.get((int) id - 1);
    }

    /** The unit's ten people: principal first, then the other three heads, then the staff. */
    List<Person> peopleOf(Unit u) {
        int from = (int) (u.id() - 1) * PEOPLE_PER_UNIT;
        return people.subList(from, from + PEOPLE_PER_UNIT);
    }

    Person principal(Unit u) {
        return peopleOf(u).get(0);
    }

    /** The principal and the other heads (who may stand in for the principal in court). */
    List<Person> heads(Unit u) {
        return peopleOf(u).subList(0, 4);
    }

    List<Person> staff(Unit u) {
        return peopleOf(u).subList(4, PEOPLE_PER_UNIT);
    }

    /** The units in a government's area (itself included): what it sees as its subtree. */
    List<Unit> area(Unit government) {
        Predicate<Unit> in = government.parentId() == null ? u -> true
                : government.kind() == OrgKind.CITY_GOV ? u -> government.id() == nz(u.cityId()) || u.id() == government.id()
                : u -> government.id() == nz(u.countyId()) || u.id() == government.id();
        return units.stream().filter(in).toList();
    }

    private static long nz(Long id) {
        return id == null ? -1 : id;
    }

    private void countyChildren(Unit county, int n) {
        String prefix = county.name().replace("人民政府", "");
        Unit lastDepartment = null;
        int departments = 0;
        int townships = 0;
        int zones = 0;
        int subUnits = 0;
        for (int i = 0; i < n; i++) {
            char kind = i < COUNTY_PATTERN.length() ? COUNTY_PATTERN.charAt(i)
                    : COUNTY_MORE.charAt((i - COUNTY_PATTERN.length()) % COUNTY_MORE.length());
            Long city = county.cityId();
            switch (kind) {
                case 'D' -> lastDepartment = add(prefix + numbered(DEPARTMENTS, departments++), OrgKind.DEPARTMENT, county.id(), city,
                        county.id());
                case 'T' -> add(prefix + numbered(TOWNSHIPS, townships++).replace("镇", "镇人民政府").replace("乡", "乡人民政府"),
                        OrgKind.TOWNSHIP, county.id(), city, county.id());
                case 'Z' -> add(prefix + numbered(DEV_ZONES, zones++), OrgKind.DEV_ZONE, county.id(), city, county.id());
                default -> {
                    Unit parent = lastDepartment == null ? county : lastDepartment;
                    add(parent.name().replace("人民政府", "政府") + numbered(SUB_UNITS, subUnits++), OrgKind.UNIT, parent.id(), city,
                            county.id());
                }
            }
        }
    }

    private Unit add(String name, OrgKind kind, Long parentId, Long cityId, Long countyId) {
        Unit u = new Unit(units.size() + 1, name, kind, parentId, cityId, countyId);
        units.add(u);
        String[] posts = posts(u);
        long first = (u.id() - 1) * PEOPLE_PER_UNIT + 1;
        LeaderCategory second = kind == OrgKind.CITY_GOV ? LeaderCategory.SECRETARY_GENERAL : LeaderCategory.OTHER_IN_CHARGE;
        LeaderCategory[] heads = {LeaderCategory.PRINCIPAL, LeaderCategory.DEPUTY_IN_CHARGE, LeaderCategory.DEPUTY, second};
        for (int i = 0; i < PEOPLE_PER_UNIT; i++) {
            boolean head = i < heads.length;
            people.add(new Person(first + i, u.id(), names.next(), head ? posts[i] : STAFF_POSTS[(i - heads.length) % STAFF_POSTS.length],
                    head ? heads[i] : LeaderCategory.STAFF));
        }
        return u;
    }

    /** Titles of the principal, the deputy in charge, another deputy and the fourth head, by kind of unit. */
    private static String[] posts(Unit u) {
        if (u.parentId() == null) {
            return new String[] {"省长", "常务副省长", "副省长", "省政府党组成员"};
        }
        return switch (u.kind()) {
            case CITY_GOV -> new String[] {"市长", "常务副市长", "副市长", "市政府秘书长"};
            case COUNTY_GOV -> u.name().contains("区人民政府") ? new String[] {"区长", "常务副区长", "副区长", "区政府党组成员"}
                    : new String[] {"县长", "常务副县长", "副县长", "县政府党组成员"};
            case DEPARTMENT -> u.name().endsWith("委员会") ? new String[] {"主任", "常务副主任", "副主任", "党组成员"}
                    : new String[] {"局长", "常务副局长", "副局长", "党组成员"};
            case TOWNSHIP -> u.name().contains("乡人民政府") ? new String[] {"乡长", "常务副乡长", "副乡长", "党委委员"}
                    : new String[] {"镇长", "常务副镇长", "副镇长", "党委委员"};
            case DEV_ZONE -> new String[] {"管委会主任", "常务副主任", "副主任", "党工委委员"};
            default -> new String[] {"负责人", "副职负责人", "副职负责人", "班子成员"};
        };
    }

    private static String cityName(Unit city) {
        return city.name().replace("人民政府", "");
    }

    /** County names from two characters (东阳县, 西宁区 …), unique for the first 150. */
    private static String countyName(int k) {
        int n = 0;
        for (int a = 0; a < COUNTY_FIRST.length(); a++) {
            for (int b = 0; b < COUNTY_SECOND.length(); b++) {
                if (COUNTY_FIRST.charAt(a) == COUNTY_SECOND.charAt(b)) {
                    continue;
                }
                if (n++ == k) {
                    return "" + COUNTY_FIRST.charAt(a) + COUNTY_SECOND.charAt(b) + (k % 4 == 3 ? "区" : "县");
                }
            }
        }
        return "第" + (k + 1) + "县";
    }

    /** The i-th name of the list, numbered once the list runs out (财政局, …, 财政局二). */
    private static String numbered(String[] list, int i) {
        String base = list[i % list.length];
        return i < list.length ? base : base + "(" + (i / list.length + 1) + ")";
    }
}
