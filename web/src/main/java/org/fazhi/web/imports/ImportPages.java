package org.fazhi.web.imports;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.IntSupplier;
import org.fazhi.model.ValidationException;
import org.fazhi.sheets.ImportProblem;
import org.fazhi.sheets.ImportRejected;
import org.fazhi.sheets.RowErrors;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.Redirects;
import org.fazhi.web.pages.View;

/**
 * What every import page shares (template {@value #TEMPLATE}): the template downloads, the upload
 * form that import.js turns into an upload with progress, and the table of row errors when the plain
 * form post is refused.
 */
public final class ImportPages {
    public static final String TEMPLATE = "import";
    public static final int SHOWN_ERRORS = 500;

    private ImportPages() {
    }

    /**
     * @param noun     what is imported, e.g. 学法记录
     * @param pageHref this page, which the plain form posts to
     * @param apiHref  the import API, which the script uploads to
     */
    public static PageModel model(CurrentUser user, String title, String nav, String noun, String backHref, String backLabel,
                           String templateHref, String pageHref, String apiHref, String columns, String howTo) {
        return PageModel.of(user, title, nav)
                .put("noun", noun).put("backHref", backHref).put("backLabel", backLabel)
                .put("templateHref", templateHref).put("pageHref", pageHref).put("apiHref", apiHref)
                .put("columns", columns).put("howTo", howTo).put("shownErrors", SHOWN_ERRORS);
    }

    /** Runs the import of a plain form post: a redirect with the count, or the page with every error. */
    public static Response run(PageModel page, String pageHref, IntSupplier importer) {
        try {
            return Redirects.to(pageHref + "?imported=" + importer.getAsInt());
        } catch (ImportRejected e) {
            return Response.status(ImportRejectedMapper.status(e)).entity(failed(page, e.problem())).build();
        } catch (ValidationException e) {
            return Response.status(400).entity(failed(page, new ImportProblem("INVALID", e.getMessage(), e.field(), null))).build();
        }
    }

    private static View failed(PageModel page, ImportProblem p) {
        List<RowErrors.RowError> all = p.errors();
        return page.put("failure", p.message())
                .put("alreadyImported", ImportProblem.ALREADY_IMPORTED.equals(p.error()))
                .put("errors", all.size() > SHOWN_ERRORS ? all.subList(0, SHOWN_ERRORS) : all)
                .put("hasErrors", !all.isEmpty())
                .put("moreErrors", all.size() > SHOWN_ERRORS ? all.size() - SHOWN_ERRORS : null)
                .view(TEMPLATE);
    }

    /** The "force" flag (?force=true on the API, the 仍要导入 checkbox on the pages): import a file seen before. */
    public static boolean force(String value) {
        if (value == null) {
            return false;
        }
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        return v.equals("true") || v.equals("1") || v.equals("on") || v.equals("yes");
    }

    /** ?imported=N after the redirect; only a number is ever shown. */
    public static Integer count(String text) {
        if (text == null || !text.matches("\\d{1,7}")) {
            return null;
        }
        return Integer.parseInt(text);
    }
}
