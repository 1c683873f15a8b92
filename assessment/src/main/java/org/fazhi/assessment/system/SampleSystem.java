package org.fazhi.assessment.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.fazhi.sheets.RowErrors;
import org.fazhi.sheets.SheetFile;

/**
 * The sample system shipped with the module: the eight areas of the national 市县法治政府建设示范指标体系
 * (政府职能依法全面履行 … 组织领导), with indicators an office would expect under them. The national guide
 * publishes no points (分值、权重 are the assessing body's to set), so the points here are placeholders
 * adding up to 100: the title says so, and the system is marked as a sample until its first edit.
 */
public final class SampleSystem {
    public static final String TITLE = "法治政府建设示范指标体系(样例,分值须自行设定)";
    static final String RESOURCE = "sample-indicators.csv";

    private SampleSystem() {
    }

    /** The sample's indicators, read from the shipped sheet through the import's own layout. */
    public static List<Indicator> indicators() {
        try (InputStream in = SampleSystem.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample indicator sheet is missing: " + RESOURCE);
            }
            RowErrors errors = new RowErrors();
            IndicatorSheet.Read read = IndicatorSheet.read(IndicatorSheet.reader().read(SheetFile.of(in.readAllBytes(), RESOURCE)),
                    errors);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("the sample indicator sheet is broken: " + errors.list());
            }
            return read.indicators();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
