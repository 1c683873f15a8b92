package org.fazhi.web.training;

import jakarta.ws.rs.Path;
import java.time.Clock;
import org.fazhi.training.sheets.TrainingTables;
import org.fazhi.web.api.Params;
import org.fazhi.web.export.TableExport;

/** GET /api/study-compliance/export?year=&orgId=&format=: one row per unit and quota rule, with the quarters. */
@Path("/api/study-compliance/export")
public final class ComplianceExport extends TableExport {
    ComplianceExport(TrainingTables tables, Clock clock) {
        super((actor, q) -> tables.compliance(actor, TrainingParams.yearOrCurrent(q.get("year"), clock),
                Params.optionalOrg(q.get("orgId"))));
    }
}
