package org.fazhi.onlineexam.exam;

/** A one-time code just issued to a candidate: shown once (on the code sheet), only its hash is kept. */
public record IssuedCode(long candidateId, String name, long orgId, String variant, String code) {
}
