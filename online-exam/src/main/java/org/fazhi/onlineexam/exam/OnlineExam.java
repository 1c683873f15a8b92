package org.fazhi.onlineexam.exam;

/**
 * An online exam of a test batch ({@code batchId}, organised by {@code orgId}): the setup it was assembled by, the
 * total of its points, and whether it is still open to sign-ins ({@code closed}: the organiser closed it, the
 * candidates who never signed in are 缺考).
 */
public record OnlineExam(long id, long batchId, long orgId, ExamSetup setup, int totalPoints, boolean closed, int version) {
}
