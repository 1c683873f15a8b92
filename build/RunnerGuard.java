import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The runner guard: fails the build when a class holding tests was not run, or when a test was skipped.
 * Run in every module at `verify` (root pom, exec-maven-plugin), after surefire and failsafe, with the
 * JDK's source launcher and nothing else:
 *
 * <pre>java build/RunnerGuard.java TARGET_DIR [--since=2024-01-01T00:00:00Z] [--allow-skipped=true]</pre>
 *
 * It reads every class under TARGET_DIR/test-classes (the class-file format parsed here, no library)
 * and finds those holding tests: a method annotated with JUnit Jupiter's @Test, @ParameterizedTest,
 * @RepeatedTest, @TestFactory or @TestTemplate, or jqwik's @Property or @Example, declared or inherited
 * from a test class's superclass or interfaces. Abstract classes and interfaces are left out. A nested
 * class counts for its top-level class when it is a @Nested (JUnit) or @Group (jqwik) container, as
 * surefire and failsafe report it there (a JUnit @Nested class's test cases carry its own name, and at
 * least one must be there); any other nested class holding tests would never be run and is reported as
 * such. Each such class needs a report TEST-&lt;class&gt;.xml in TARGET_DIR/surefire-reports or
 * failsafe-reports holding at least one test case, written by this build (not before --since, the build's
 * start, when given). A skipped test case in any report fails the build too, unless --allow-skipped=true.
 * Test cases are counted in the XML (the JDK's SAX parser): the tests="…" attribute of a class whose tests
 * all sit in @Nested classes says 0.
 */
public final class RunnerGuard {
    private static final Set<String> TEST_ANNOTATIONS = Set.of(
            "Lorg/junit/jupiter/api/Test;", "Lorg/junit/jupiter/params/ParameterizedTest;",
            "Lorg/junit/jupiter/api/RepeatedTest;", "Lorg/junit/jupiter/api/TestFactory;",
            "Lorg/junit/jupiter/api/TestTemplate;", "Lnet/jqwik/api/Property;", "Lnet/jqwik/api/Example;");
    private static final String NESTED_JUNIT = "Lorg/junit/jupiter/api/Nested;";
    private static final Set<String> NESTED_ANNOTATIONS = Set.of(NESTED_JUNIT, "Lnet/jqwik/api/Group;");
    private static final int ACC_INTERFACE = 0x0200;
    private static final int ACC_ABSTRACT = 0x0400;
    private static final int ACC_ANNOTATION = 0x2000;
    /** Slack for file times against the build's start (whole seconds, file systems that round). */
    private static final long SLACK_SECONDS = 2;

    /** What the guard needs of one class file. */
    record ClassInfo(String name, int access, String superName, List<String> interfaces, boolean declaresTests,
                     String nestedAnnotation, String outer) {
        boolean nestedContainer() {
            return nestedAnnotation != null;
        }

        boolean concrete() {
            return (access & (ACC_INTERFACE | ACC_ABSTRACT | ACC_ANNOTATION)) == 0;
        }
    }

    /** One report's test cases (counted, not read from its attributes: a class whose tests are all in @Nested
     * classes gets tests="0" there), how many of them were skipped, and the class names they carry. */
    record Report(Path file, int tests, int skipped, Set<String> classNames) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java RunnerGuard.java TARGET_DIR [--since=ISO_INSTANT] [--allow-skipped=true] [--postgresql-only=SUFFIX --postgresql-off=true|false]");
            System.exit(2);
        }
        Path target = Path.of(args[0]);
        Instant since = null;
        boolean allowSkipped = false;
        String postgresqlOnly = null;
        boolean postgresqlOff = true;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--since=")) {
                since = parseInstant(a.substring("--since=".length()));
            } else if (a.startsWith("--allow-skipped=")) {
                allowSkipped = Boolean.parseBoolean(a.substring("--allow-skipped=".length()).trim());
            } else if (a.startsWith("--postgresql-only=")) {
                // Classes ending so run only in the postgresql profile's run of a module.
                String suffix = a.substring("--postgresql-only=".length()).trim();
                postgresqlOnly = suffix.isEmpty() ? null : suffix;
            } else if (a.startsWith("--postgresql-off=")) {
                // false: this module's postgresql run happened, so its PostgreSQL-only classes need reports too.
                postgresqlOff = Boolean.parseBoolean(a.substring("--postgresql-off=".length()).trim());
            } else {
                System.err.println("runner guard: unknown argument " + a);
                System.exit(2);
            }
        }
        List<String> problems = new ArrayList<>();
        String summary = check(target, since, allowSkipped, postgresqlOff ? postgresqlOnly : null, problems);
        System.out.println(summary);
        if (!problems.isEmpty()) {
            for (String p : problems) {
                System.out.println("runner guard: " + p);
            }
            System.out.println("runner guard: FAILED (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + ")");
            System.exit(1);
        }
    }

    /** Checks one module's target folder; adds what is wrong to {@code problems}; returns the summary line. */
    static String check(Path target, Instant since, boolean allowSkipped, String postgresqlOnly, List<String> problems)
            throws IOException {
        Map<String, ClassInfo> classes = readClasses(target.resolve("test-classes"));
        Map<String, Report> reports = new TreeMap<>();
        List<Path> stale = new ArrayList<>();
        for (String dir : List.of("surefire-reports", "surefire-reports-postgresql", "failsafe-reports")) {
            readReports(target.resolve(dir), since, reports, stale, problems);
        }

        // The classes that hold tests, each under the name its report carries.
        Map<String, Boolean> memo = new HashMap<>();
        Set<String> required = new TreeSet<>();
        Map<String, List<String>> junitNested = new TreeMap<>();
        for (ClassInfo c : classes.values()) {
            if (!c.concrete() || !holdsTests(c.name(), classes, memo)
                    || postgresqlOnly != null && c.outer() == null && binary(c.name()).endsWith(postgresqlOnly)) {
                continue;
            }
            String reportName = reportName(c, classes);
            if (reportName == null) {
                problems.add(binary(c.name()) + " holds tests but is a nested class without @Nested (or jqwik's @Group):"
                        + " no runner runs it");
            } else {
                required.add(reportName);
                if (c.outer() != null && NESTED_JUNIT.equals(c.nestedAnnotation())) {
                    junitNested.computeIfAbsent(reportName, k -> new ArrayList<>()).add(binary(c.name()));
                }
            }
        }

        int skipped = 0;
        for (Report r : reports.values()) {
            skipped += r.skipped();
            if (r.skipped() > 0 && !allowSkipped) {
                problems.add(r.file().getFileName() + " has " + r.skipped() + " skipped test" + (r.skipped() == 1 ? "" : "s")
                        + " (a @Disabled or a failed assumption; -Drunner.guard.allowSkipped=true accepts it knowingly)");
            }
        }
        int found = 0;
        for (String name : required) {
            Report r = reports.get(name);
            if (r == null) {
                problems.add(name + " holds tests, but no runner ran it (no TEST-" + name + ".xml from this build in"
                        + " surefire-reports or failsafe-reports): name it *Test, *Tests, *TestCase or *Properties"
                        + " (surefire), or *IT (failsafe, web)");
            } else if (r.tests() == 0) {
                problems.add(name + " holds tests, but its report " + r.file().getFileName() + " counts none");
            } else {
                found++;
                // JUnit reports a @Nested class's tests in its top-level class's report, under the nested class's name.
                for (String nested : junitNested.getOrDefault(name, List.of())) {
                    if (!r.classNames().contains(nested)) {
                        problems.add(nested + " holds tests, but none of them is in " + r.file().getFileName());
                    }
                }
            }
        }
        String line = "runner guard: " + required.size() + " classes with tests, " + found + " reports, " + skipped + " skipped";
        if (!stale.isEmpty()) {
            line += " (" + stale.size() + " older reports, not from this build, left out)";
        }
        return line;
    }

    /** Whether a class holds tests: declared, or inherited from a superclass or interface of the test classes. */
    static boolean holdsTests(String name, Map<String, ClassInfo> classes, Map<String, Boolean> memo) {
        Boolean known = memo.get(name);
        if (known != null) {
            return known;
        }
        ClassInfo c = classes.get(name);
        if (c == null) {
            return false;
        }
        memo.put(name, false);
        boolean holds = c.declaresTests() || c.superName() != null && holdsTests(c.superName(), classes, memo);
        for (String i : c.interfaces()) {
            holds = holds || holdsTests(i, classes, memo);
        }
        memo.put(name, holds);
        return holds;
    }

    /**
     * The class name of the report a test class's results go to: its own for a top-level class; for a
     * @Nested/@Group class (and each class it sits in, up to the top), the top-level class's, as surefire
     * and failsafe report nested classes inside their top-level class. Null for a nested class no runner runs.
     */
    static String reportName(ClassInfo c, Map<String, ClassInfo> classes) {
        ClassInfo at = c;
        while (at.outer() != null) {
            if (!at.nestedContainer()) {
                return null;
            }
            ClassInfo outer = classes.get(at.outer());
            if (outer == null) {
                return null;
            }
            at = outer;
        }
        return binary(at.name());
    }

    private static String binary(String internalName) {
        return internalName.replace('/', '.');
    }

    private static Instant parseInstant(String s) {
        String t = s.trim();
        if (t.isEmpty() || t.startsWith("${")) {
            return null;
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            System.err.println("runner guard: --since=" + s + " is not an instant like 2024-01-01T00:00:00Z; every report counts");
            return null;
        }
    }

    private static void readReports(Path dir, Instant since, Map<String, Report> reports, List<Path> stale,
                                    List<String> problems) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("TEST-") && n.endsWith(".xml");
            }).sorted().toList();
        }
        for (Path f : files) {
            if (since != null && Files.getLastModifiedTime(f).toInstant().isBefore(since.minusSeconds(SLACK_SECONDS))) {
                stale.add(f);
                continue;
            }
            String n = f.getFileName().toString();
            String name = n.substring("TEST-".length(), n.length() - ".xml".length());
            Report r;
            try {
                r = readReport(f);
            } catch (SAXException | ParserConfigurationException e) {
                problems.add(dir.getFileName() + "/" + n + " is not a readable test report: " + e.getMessage());
                continue;
            }
            Report old = reports.get(name);
            if (old != null) {
                // The same class in both runners' folders: count both.
                Set<String> names = new TreeSet<>(old.classNames());
                names.addAll(r.classNames());
                reports.put(name, new Report(old.file(), old.tests() + r.tests(), old.skipped() + r.skipped(), names));
            } else {
                reports.put(name, r);
            }
        }
    }

    /** Counts a report's <testcase> elements and the <skipped> ones among them (the JDK's SAX parser). */
    private static Report readReport(Path f) throws IOException, SAXException, ParserConfigurationException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        int[] counts = new int[2];
        Set<String> classNames = new TreeSet<>();
        try (InputStream in = Files.newInputStream(f)) {
            factory.newSAXParser().parse(in, new DefaultHandler() {
                private boolean inCase;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (qName.equals("testcase")) {
                        inCase = true;
                        counts[0]++;
                        String c = attributes.getValue("classname");
                        if (c != null) {
                            classNames.add(c);
                        }
                    } else if (inCase && qName.equals("skipped")) {
                        counts[1]++;
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    if (qName.equals("testcase")) {
                        inCase = false;
                    }
                }
            });
        }
        return new Report(f, counts[0], counts[1], classNames);
    }

    private static Map<String, ClassInfo> readClasses(Path root) throws IOException {
        Map<String, ClassInfo> out = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".class") && Files.isRegularFile(p)).sorted().toList();
        }
        for (Path f : files) {
            String n = f.getFileName().toString();
            if (n.equals("module-info.class") || n.equals("package-info.class")) {
                continue;
            }
            try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(f)))) {
                ClassInfo c = parse(in);
                out.put(c.name(), c);
            } catch (IOException | RuntimeException e) {
                throw new IOException("runner guard: cannot read " + f + ": " + e, e);
            }
        }
        return out;
    }

    // ---- The class-file format (JVMS chapter 4), as much of it as the guard needs. ----

    static ClassInfo parse(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at " + i);
            }
        }
        int access = in.readUnsignedShort();
        String name = utf8[classNameIndex[in.readUnsignedShort()]];
        int superIndex = in.readUnsignedShort();
        String superName = superIndex == 0 ? null : utf8[classNameIndex[superIndex]];
        int interfaceCount = in.readUnsignedShort();
        List<String> interfaces = new ArrayList<>();
        for (int i = 0; i < interfaceCount; i++) {
            interfaces.add(utf8[classNameIndex[in.readUnsignedShort()]]);
        }
        int fields = in.readUnsignedShort();
        for (int i = 0; i < fields; i++) {
            in.readUnsignedShort();
            in.readUnsignedShort();
            in.readUnsignedShort();
            skipAttributes(in);
        }
        boolean tests = false;
        int methods = in.readUnsignedShort();
        for (int i = 0; i < methods; i++) {
            in.readUnsignedShort();
            in.readUnsignedShort();
            in.readUnsignedShort();
            for (String a : annotations(in, utf8)) {
                tests |= TEST_ANNOTATIONS.contains(a);
            }
        }
        // Class attributes: the class's own annotations, and InnerClasses for the class it sits in.
        String nested = null;
        String outer = null;
        int attributes = in.readUnsignedShort();
        for (int i = 0; i < attributes; i++) {
            String attr = utf8[in.readUnsignedShort()];
            int length = in.readInt();
            if ("RuntimeVisibleAnnotations".equals(attr)) {
                for (String a : readAnnotations(in, utf8)) {
                    if (NESTED_ANNOTATIONS.contains(a)) {
                        nested = a;
                    }
                }
            } else if ("InnerClasses".equals(attr)) {
                int n = in.readUnsignedShort();
                for (int k = 0; k < n; k++) {
                    int inner = in.readUnsignedShort();
                    int outerIndex = in.readUnsignedShort();
                    in.readUnsignedShort();
                    in.readUnsignedShort();
                    if (inner != 0 && name.equals(utf8[classNameIndex[inner]]) && outerIndex != 0) {
                        outer = utf8[classNameIndex[outerIndex]];
                    }
                }
            } else if ("NestHost".equals(attr) && outer == null) {
                // A local or anonymous class: it sits in its nest host (it is never a @Nested container).
                outer = utf8[classNameIndex[in.readUnsignedShort()]];
            } else {
                in.skipNBytes(length);
            }
        }
        return new ClassInfo(name, access, superName, interfaces, tests, nested, outer);
    }

    /** A member's attributes, read for its RuntimeVisibleAnnotations: the annotations' type descriptors. */
    private static List<String> annotations(DataInputStream in, String[] utf8) throws IOException {
        List<String> out = new ArrayList<>();
        int attributes = in.readUnsignedShort();
        for (int i = 0; i < attributes; i++) {
            String attr = utf8[in.readUnsignedShort()];
            int length = in.readInt();
            if ("RuntimeVisibleAnnotations".equals(attr)) {
                out.addAll(readAnnotations(in, utf8));
            } else {
                in.skipNBytes(length);
            }
        }
        return out;
    }

    private static List<String> readAnnotations(DataInputStream in, String[] utf8) throws IOException {
        List<String> out = new ArrayList<>();
        int n = in.readUnsignedShort();
        for (int i = 0; i < n; i++) {
            out.add(readAnnotation(in, utf8));
        }
        return out;
    }

    private static String readAnnotation(DataInputStream in, String[] utf8) throws IOException {
        String type = utf8[in.readUnsignedShort()];
        int pairs = in.readUnsignedShort();
        for (int i = 0; i < pairs; i++) {
            in.readUnsignedShort();
            skipElementValue(in, utf8);
        }
        return type;
    }

    private static void skipElementValue(DataInputStream in, String[] utf8) throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's', 'c' -> in.readUnsignedShort();
            case 'e' -> in.readInt();
            case '@' -> readAnnotation(in, utf8);
            case '[' -> {
                int n = in.readUnsignedShort();
                for (int i = 0; i < n; i++) {
                    skipElementValue(in, utf8);
                }
            }
            default -> throw new IOException("unknown annotation element tag " + (char) tag);
        }
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int i = 0; i < attributes; i++) {
            in.readUnsignedShort();
            in.skipNBytes(in.readInt());
        }
    }
}
