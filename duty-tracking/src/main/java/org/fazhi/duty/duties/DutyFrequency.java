package org.fazhi.duty.duties;

import org.fazhi.model.Coded;

/** How often a catalogue duty recurs. Plans still make one item per person and year; this tells what the item asks for. */
public enum DutyFrequency implements Coded {
    YEARLY("每年"),
    QUARTERLY("每季度"),
    /** Whenever the occasion arises (a major decision, a lawsuit): the item gathers every occasion of the year. */
    PER_EVENT("按事项");

    private final String label;

    DutyFrequency(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static DutyFrequency parse(String value) {
        return Coded.parse(DutyFrequency.class, value, "frequency", "频次");
    }
}
