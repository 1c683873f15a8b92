package org.fazhi.training.catalog;

import static org.fazhi.training.County.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.Page;
import org.fazhi.model.ValidationException;
import org.fazhi.storage.Engine;
import org.fazhi.storage.core.AuditEntry;
import org.fazhi.storage.core.AuditFilter;
import org.fazhi.storage.testing.TempLedger;
import org.fazhi.training.County;
import org.fazhi.training.LawTraining;
import org.fazhi.training.LawTrainingSchema;
import org.fazhi.training.catalog.LawCatalogService.Entry;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Type-ahead over the law catalogue, and importing titles, including the real national catalogue. */
class LawCatalogServiceTest {
    /** Built into the migration: the commonly studied laws. */
    private static final int BUILTIN = 60;

    // The catalogue belongs to no unit: a ledger without an org tree is enough.
    @AutoClose
    final TempLedger ledger = new TempLedger(LawTrainingSchema.MIGRATIONS);
    final LawCatalogService laws = new LawTraining(ledger.database(), ledger.services().audit()).laws();

    private List<AuditEntry> audit() {
        return ledger.services().audit().find(ADMIN, new AuditFilter(null, "law-catalog", null, null, null, null),
                Page.FIRST).items();
    }

    private static List<Entry> titles(String... titles) {
        return java.util.Arrays.stream(titles).map(t -> new Entry(t, "法律")).toList();
    }

    private Set<String> storedTitles() {
        return new LinkedHashSet<>(ledger.database().jdbi().withHandle(h ->
                h.createQuery("SELECT title FROM law_catalog ORDER BY id").mapTo(String.class).list()));
    }

    @Test
    void theBuiltInCatalogueOffersTheCommonLaws() {
        assertEquals(BUILTIN, laws.count());
        assertEquals("中华人民共和国宪法", laws.search(null, 5).get(0));
        assertEquals(5, laws.search("  ", 5).size());
        assertEquals(List.of("中华人民共和国行政复议法"), laws.search("行政复议", 10));
        assertEquals(List.of(), laws.search("不存在的法", 10));
    }

    @Test
    void titlesStartingWithTheTextComeFirstThenShorterOnes() {
        laws.importTitles(ADMIN, titles("行政复议法实施条例", "中华人民共和国行政复议法释义", "行政复议法"), false);
        assertEquals(List.of("行政复议法", "行政复议法实施条例", "中华人民共和国行政复议法", "中华人民共和国行政复议法释义"),
                laws.search(" 行政复议 ", 10));
    }

    @Test
    void titlesAlikeInPlaceAndLengthFollowCodePointsWhateverTheServersCollation() {
        if (ledger.database().engine() == Engine.POSTGRESQL) {
            // A city's server set up in Chinese sorts text by pinyin (甲 jiǎ before 乙 yǐ); SQLite sorts by
            // code point (乙 U+4E59 before 甲 U+7532). The suggestions keep SQLite's order on both.
            ledger.database().jdbi().useHandle(h ->
                    h.execute("ALTER TABLE law_catalog ALTER COLUMN title TYPE TEXT COLLATE \"zh-x-icu\""));
        }
        laws.importTitles(ADMIN, titles("甲法规", "乙法规", "丙法规"), false);
        assertEquals(List.of("丙法规", "乙法规", "甲法规"), laws.search("法规", 10));
    }

    @Test
    void theNumberOfSuggestionsIsBounded() {
        assertEquals(50, laws.search("法", 1000).size(), "at most 50");
        assertEquals(1, laws.search("法", 0).size(), "at least 1");
        assertEquals(3, laws.search("中华人民共和国", 3).size());
    }

    @Test
    void importingExtendsTheCatalogueAndSkipsDuplicates() {
        int added = laws.importTitles(ADMIN, titles("中华人民共和国宪法", "某省法治宣传教育条例", "某省法治宣传教育条例",
                "某市行政执法监督办法"), false);
        assertEquals(2, added, "the constitution is already there and one title was listed twice");
        assertEquals(BUILTIN + 2, laws.count());
        assertEquals(List.of("某省法治宣传教育条例"), laws.search("某省", 10));
        assertTrue(storedTitles().contains("中华人民共和国民法典"), "the built-in titles stay");

        List<AuditEntry> log = audit();
        assertEquals(1, log.size());
        assertEquals("CREATE", log.get(0).action());
        assertTrue(log.get(0).summary().contains("新增 2 部") && log.get(0).summary().contains("原有 60 部"),
                log.get(0).summary());

        assertEquals(0, laws.importTitles(ADMIN, titles("某市行政执法监督办法"), false), "importing again adds nothing");
        assertEquals(BUILTIN + 2, laws.count());
    }

    @Test
    void replacingTheCatalogueDropsEverythingElse() {
        int added = laws.importTitles(ADMIN, titles("甲省行政程序规定", "乙市法治政府建设条例", "甲省行政程序规定"), true);
        assertEquals(2, added);
        assertEquals(2, laws.count());
        assertEquals(List.of(), laws.search("宪法", 10), "the built-in list went with the replace");
        assertEquals(List.of("甲省行政程序规定", "乙市法治政府建设条例"), laws.search(null, 10));
        assertEquals("UPDATE", audit().get(0).action());
    }

    @Test
    void onlyAdminsImportAndAnEmptyFileIsRefused() {
        assertThrows(AccessDeniedException.class, () -> laws.importTitles(County.organiser(null), titles("某法"), false));
        assertThrows(AccessDeniedException.class, () -> laws.importTitles(County.viewer(null), titles("某法"), true));
        ValidationException e = assertThrows(ValidationException.class, () -> laws.importTitles(ADMIN, List.of(), true));
        assertEquals("file", e.field());
        assertEquals(BUILTIN, laws.count(), "a refused replace keeps the catalogue");
    }

    // ---- a national catalogue in the reference file's layout (level,category,name,published,expired) ----

    /**
     * A sample of the national catalogue kept with the tests: the same columns as the reference file, a BOM,
     * expired and current versions sharing a title, and a title with a quoted comma and quotes.
     */
    static Path nationalLaws() {
        try {
            return Path.of(LawCatalogServiceTest.class.getResource("/catalog/national-laws-sample.csv").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A quoted-CSV split: commas inside quotes stay, "" is a quote. One record per line is enough here. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        out.add(cell.toString());
        return out;
    }

    static List<Entry> readCatalogue(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String header = lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(0);
        List<String> columns = split(header);
        int name = columns.indexOf("name");
        int category = columns.indexOf("category");
        assertTrue(name >= 0 && category >= 0, "columns level,category,name,published,expired expected, got " + columns);
        List<Entry> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = split(line);
            assertEquals(columns.size(), cells.size(), "a row of " + columns.size() + " columns: " + line);
            out.add(new Entry(cells.get(name).strip(), cells.get(category).strip()));
        }
        return out;
    }

    @Test
    void theSplitKeepsQuotedCommas() {
        assertEquals(List.of("法律", "a, \"b\"", "", "2020-01-01"), split("法律,\"a, \"\"b\"\"\",,2020-01-01"));
    }

    @Test
    void theNationalCatalogueExtendsTheBuiltInList() throws IOException {
        List<Entry> entries = readCatalogue(nationalLaws());
        assertEquals(34, entries.size(), "every row of the sample");
        Set<String> distinct = new LinkedHashSet<>();
        entries.forEach(e -> distinct.add(e.title()));
        assertEquals(30, distinct.size(), "four expired versions share a title with the current one");
        assertTrue(distinct.contains("某省行政执法条例（2020年修订, 含附则）"), "a quoted comma stays in the title");
        assertTrue(distinct.contains("某市法治宣传教育条例 \"第二版\""), "doubled quotes are one quote");
        Set<String> before = storedTitles();
        Set<String> fresh = new LinkedHashSet<>(distinct);
        fresh.removeAll(before);

        int added = laws.importTitles(ADMIN, entries, false);

        assertEquals(fresh.size(), added, "every title not yet in the catalogue, once");
        assertEquals(before.size() + fresh.size(), laws.count());
        Set<String> after = storedTitles();
        assertTrue(after.containsAll(before), "nothing built in was lost");
        assertTrue(after.containsAll(distinct), "every title of the file is offered");
        assertTrue(distinct.contains("宪法"));
        assertEquals("宪法", laws.search("宪法", 10).get(0), "the imported 宪法 starts with the text and is shortest");
        assertTrue(laws.search("宪法", 10).contains("中华人民共和国宪法"));
        assertFalse(laws.search("行政复议", 50).isEmpty());
        assertEquals(0, laws.importTitles(ADMIN, entries, false), "a second import adds nothing");
    }

    @Test
    void theNationalCatalogueCanReplaceTheBuiltInList() throws IOException {
        List<Entry> entries = readCatalogue(nationalLaws());
        Set<String> distinct = new LinkedHashSet<>();
        entries.forEach(e -> distinct.add(e.title()));

        int added = laws.importTitles(ADMIN, entries, true);

        assertEquals(distinct.size(), added);
        assertEquals(distinct.size(), laws.count());
        assertEquals(distinct, new LinkedHashSet<>(storedTitles()));
        String category = ledger.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT category FROM law_catalog WHERE title = '宪法'").mapTo(String.class).one());
        assertEquals("宪法", category, "the category of the file is kept");
    }
}
