package org.fazhi.storage.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.fazhi.model.Checks;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.core.CoreServices;

/**
 * Fills an empty ledger with 清河县, a fictional county, so that {@code java -jar web.jar --demo}
 * shows real-looking pages on first run: the county government, its departments, townships and
 * streets, a development zone, a few 局属单位, and their leaders and staff.
 *
 * <p>Units and posts are data, in {@value #RESOURCE}. Names are drawn here from a fixed seed, so the
 * demo comes out the same every time and a bug report can name a demo person. Every record goes
 * through the services as {@link Actor#SYSTEM}, so the audit log shows the demo like any other
 * change and the services' own checks apply.
 */
public final class DemoCounty {
    static final String RESOURCE = "/demo/county.txt";
    /** Changing the seed changes every name in the demo; screenshots and docs would go stale. */
    private static final long SEED = 20_240_101L;

    public record Result(int orgs, int people) {
    }

    private record PersonSpec(String position, LeaderCategory category) {
    }

    /** {@code parent} is the index of the parent in the parsed list, -1 for the root. */
    private record OrgSpec(String name, OrgKind kind, int parent, List<PersonSpec> people) {
    }

    private final CoreServices services;

    public DemoCounty(CoreServices services) {
        this.services = Objects.requireNonNull(services, "services");
    }

    /**
     * Creates the demo county.
     *
     * @throws IllegalStateException if the ledger already has a unit: the demo would mix with real
     *                               data, and nothing here could tell the two apart afterwards
     */
    public Result load() {
        if (!services.orgs().visible(Actor.SYSTEM).isEmpty()) {
            throw new IllegalStateException("数据库中已有单位,不能载入演示数据。演示数据只能载入空的数据目录,"
                    + "请换一个新的数据目录再使用 --demo。");
        }
        // Parsed in full before the first write, so a mistake in the resource leaves the ledger empty.
        List<OrgSpec> specs = parse(readResource());
        Names names = new Names(new Random(SEED));
        long[] ids = new long[specs.size()];
        int people = 0;
        for (int i = 0; i < specs.size(); i++) {
            OrgSpec spec = specs.get(i);
            Long parentId = spec.parent() < 0 ? null : ids[spec.parent()];
            ids[i] = services.orgs().create(Actor.SYSTEM, Org.draft(spec.name(), spec.kind(), parentId)).id();
            for (PersonSpec p : spec.people()) {
                services.people().create(Actor.SYSTEM, Person.draft(ids[i], names.next(), p.position(), p.category()));
                people++;
            }
        }
        return new Result(specs.size(), people);
    }

    /** Reads the tree format described at the top of the resource; one root, two spaces per level. */
    private static List<OrgSpec> parse(List<String> lines) {
        List<OrgSpec> orgs = new ArrayList<>();
        List<Integer> path = new ArrayList<>(); // index of the open unit at each depth
        for (int n = 0; n < lines.size(); n++) {
            String raw = lines.get(n);
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "演示数据 " + RESOURCE + " 第" + (n + 1) + "行";
            try {
                if (line.startsWith("-")) {
                    if (orgs.isEmpty()) {
                        throw new IllegalStateException(where + ":人员行之前还没有单位");
                    }
                    String[] f = fields(line.substring(1), 2, 3, where);
                    String position = Checks.requiredText(f[0], "position", "职务", Person.POSITION_MAX);
                    LeaderCategory category = LeaderCategory.parse(f[1]);
                    int count = f.length == 3 ? Integer.parseInt(f[2]) : 1;
                    for (int k = 0; k < count; k++) {
                        orgs.get(orgs.size() - 1).people().add(new PersonSpec(position, category));
                    }
                } else {
                    int indent = 0;
                    while (raw.charAt(indent) == ' ') {
                        indent++;
                    }
                    int depth = indent / 2;
                    if (indent % 2 != 0 || depth > path.size() || (depth == 0) != orgs.isEmpty()) {
                        throw new IllegalStateException(where + ":缩进不对(每级两个空格,只能有一个顶层单位)");
                    }
                    String[] f = fields(line, 2, 2, where);
                    String name = Checks.requiredText(f[0], "name", "单位名称", Org.NAME_MAX);
                    path.subList(depth, path.size()).clear();
                    int parent = depth == 0 ? -1 : path.get(depth - 1);
                    orgs.add(new OrgSpec(name, OrgKind.parse(f[1]), parent, new ArrayList<>()));
                    path.add(orgs.size() - 1);
                }
            } catch (ValidationException | NumberFormatException e) {
                throw new IllegalStateException(where + ":" + e.getMessage(), e);
            }
        }
        if (orgs.isEmpty()) {
            throw new IllegalStateException("演示数据 " + RESOURCE + " 中没有单位");
        }
        return orgs;
    }

    private static String[] fields(String text, int min, int max, String where) {
        String[] f = text.split("\\|", -1);
        if (f.length < min || f.length > max) {
            throw new IllegalStateException(where + ":应有" + min + (min == max ? "" : "~" + max) + "栏,用“|”分隔");
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
        }
        return f;
    }

    private static List<String> readResource() {
        InputStream in = DemoCounty.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("程序包中缺少演示数据 " + RESOURCE);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>(r.lines().toList());
            // Windows Notepad may save UTF-8 with a byte-order mark; it would break the first line.
            if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
                lines.set(0, lines.get(0).substring(1));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Plausible Chinese names, never the same twice in one demo: a name alone then finds one person
     * in search boxes and pickers, which keeps a guided tour of the demo unambiguous.
     */
    private static final class Names {
        /** Roughly in order of frequency in China. */
        private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"
                + "彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段"
                + "雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
        private static final String SINGLE = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚辉鹏斌燕浩凯峰宁琳婷丹雪萍亮"
                + "鑫颖岩松彬健飞翔蕾楠慧波兵蓉莉晶帆";
        // Whole given names rather than free pairs of characters: random pairs read as made up.
        private static final String[] DOUBLE = {
            "建国", "建军", "建华", "建平", "国强", "国庆", "国华", "志强", "志刚", "志勇", "志明", "海涛",
            "海燕", "海波", "红梅", "红霞", "丽华", "丽娟", "晓东", "晓明", "晓燕", "晓丽", "晓军", "卫东",
            "卫国", "文斌", "文静", "文华", "玉兰", "秀英", "桂芳", "春生", "春梅", "冬梅", "永刚", "永红",
            "振华", "德明", "明辉", "俊杰", "宏伟", "新民", "利民", "爱华", "亚平", "雪梅", "金龙", "云飞",
            "鹏飞", "立新", "立军", "光明", "学文", "学军", "少华", "思远", "佳慧", "明亮", "庆华", "长青",
            "淑珍", "凤英", "美玲", "婷婷", "静怡", "浩然", "宇航", "博文", "一鸣", "天宇", "子豪", "欣怡",
            "雨婷", "梦瑶", "嘉琪", "晨阳", "家兴", "伟华", "秀兰", "玉梅",
        };

        private final Random random;
        private final Set<String> used = new HashSet<>();

        Names(Random random) {
            this.random = random;
        }

        String next() {
            while (true) {
                // The product of two uniforms favours the front of the list, as the common surnames do.
                int s = (int) (SURNAMES.length() * random.nextDouble() * random.nextDouble());
                String given = random.nextInt(10) < 4
                        ? String.valueOf(SINGLE.charAt(random.nextInt(SINGLE.length())))
                        : DOUBLE[random.nextInt(DOUBLE.length)];
                String name = SURNAMES.charAt(s) + given;
                if (used.add(name)) {
                    return name;
                }
            }
        }
    }
}
