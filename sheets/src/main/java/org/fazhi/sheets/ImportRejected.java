package org.fazhi.sheets;

/**
 * An import refused as a whole: nothing was written. {@link #problem()} says why, with every row
 * error; a server answers it as {@link ImportProblem} JSON.
 */
public final class ImportRejected extends RuntimeException {
    /** {@link ImportProblem#error()} of a body that cannot be a spreadsheet at all (JSON, a form…). */
    public static final String UNSUPPORTED = "UNSUPPORTED_MEDIA_TYPE";

    private final ImportProblem problem;

    public ImportRejected(ImportProblem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    public ImportProblem problem() {
        return problem;
    }
}
