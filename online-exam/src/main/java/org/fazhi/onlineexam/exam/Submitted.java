package org.fazhi.onlineexam.exam;

/**
 * A submitted paper: the points of the objective questions ({@code score}) and whether case answers await a
 * marker ({@code awaitingMarking}; the score is then not final).
 */
public record Submitted(double score, boolean awaitingMarking) {
}
