package org.fazhi.duty.court;

import java.util.List;

/** A stored hearing with the warnings to show beside it (the record is kept regardless). */
public record HearingSaved(Hearing hearing, List<String> warnings) {
    public HearingSaved {
        warnings = List.copyOf(warnings);
    }
}
