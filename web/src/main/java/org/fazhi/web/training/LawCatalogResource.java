package org.fazhi.web.training;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.fazhi.model.ValidationException;
import org.fazhi.sheets.TextDecoding;
import org.fazhi.training.catalog.LawCatalogService;
import org.fazhi.web.auth.CurrentUser;

/**
 * GET /api/laws?q= for type-ahead; POST /api/laws/import?mode=extend|replace with a CSV of titles
 * (one title per line, or a table with a 名称/name/title column such as the national catalogue).
 */
@Path("/api/laws")
@Produces(MediaType.APPLICATION_JSON)
public record LawCatalogResource(LawCatalogService laws) {
    private static final List<String> TITLE_HEADERS = List.of("name", "title", "名称", "法律法规名称", "标题");
    private static final List<String> CATEGORY_HEADERS = List.of("category", "level", "类别", "效力级别");

    @GET
    public List<String> search(@QueryParam("q") String q, @QueryParam("limit") String limit) {
        int n = 20;
        if (limit != null && !limit.isBlank()) {
            try {
                n = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                throw new ValidationException("limit", "条数必须是整数");
            }
        }
        return laws.search(q, n);
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Map<String, Object> importCsv(@Context ContainerRequestContext ctx, @QueryParam("mode") String mode, byte[] body)
            throws IOException {
        boolean replace = "replace".equalsIgnoreCase(mode);
        if (mode != null && !mode.isBlank() && !replace && !"extend".equalsIgnoreCase(mode)) {
            throw new ValidationException("mode", "导入方式应为 extend(追加)或 replace(替换)");
        }
        List<LawCatalogService.Entry> entries = parse(TextDecoding.decode(body));
        int added = laws.importTitles(CurrentUser.of(ctx).actor(), entries, replace);
        return Map.of("imported", added, "total", laws.count());
    }

    static List<LawCatalogService.Entry> parse(String text) throws IOException {
        List<CSVRecord> rows;
        try {
            rows = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get()
                    .parse(new StringReader(text)).getRecords();
        } catch (java.io.UncheckedIOException | IllegalStateException | IOException e) {
            // An unclosed quote and the like: the whole file is unreadable, said in the user's words.
            throw new ValidationException("file", "CSV 文件格式有误(引号不成对或行格式错误),请检查后重新导入");
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        int titleCol = -1;
        int categoryCol = -1;
        CSVRecord header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).toLowerCase(java.util.Locale.ROOT);
            if (titleCol < 0 && TITLE_HEADERS.contains(h)) {
                titleCol = i;
            } else if (categoryCol < 0 && CATEGORY_HEADERS.contains(h)) {
                categoryCol = i;
            }
        }
        int start = titleCol >= 0 ? 1 : 0;
        int col = Math.max(titleCol, 0);
        List<LawCatalogService.Entry> out = new ArrayList<>();
        for (int r = start; r < rows.size(); r++) {
            CSVRecord rec = rows.get(r);
            if (rec.size() <= col || rec.get(col).isBlank()) {
                continue;
            }
            String title = rec.get(col).strip();
            if (title.length() > 100) {
                throw new ValidationException("file", "第" + (r + 1) + "行:法律法规名称过长(最多100字)");
            }
            String category = categoryCol >= 0 && rec.size() > categoryCol ? rec.get(categoryCol) : null;
            out.add(new LawCatalogService.Entry(title, category == null || category.isBlank() ? null : category));
        }
        return out;
    }
}
