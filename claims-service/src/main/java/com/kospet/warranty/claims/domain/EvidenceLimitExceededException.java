package com.kospet.warranty.claims.domain;

import java.util.Optional;

/** An upload would pass one of the {@link EvidenceLimits}; nothing of it is stored. */
public class EvidenceLimitExceededException extends RuntimeException {

    public enum Limit { FILE_SIZE, CLAIM_SIZE, FILE_COUNT }

    private final Limit limit;
    private final long maximum;
    private final Optional<String> fileName;

    private EvidenceLimitExceededException(Limit limit, long maximum, Optional<String> fileName, String message) {
        super(message);
        this.limit = limit;
        this.maximum = maximum;
        this.fileName = fileName;
    }

    static EvidenceLimitExceededException fileSize(String fileName, long bytes, long maximum) {
        return new EvidenceLimitExceededException(Limit.FILE_SIZE, maximum, Optional.of(fileName),
                "'" + fileName + "' has " + bytes + " bytes; a file may have at most " + maximum);
    }

    static EvidenceLimitExceededException claimSize(long held, long added, long maximum) {
        return new EvidenceLimitExceededException(Limit.CLAIM_SIZE, maximum, Optional.empty(),
                "the claim holds " + held + " bytes of evidence; " + added + " more would pass its limit of " + maximum);
    }

    static EvidenceLimitExceededException fileCount(int held, int added, int maximum) {
        return new EvidenceLimitExceededException(Limit.FILE_COUNT, maximum, Optional.empty(),
                "the claim holds " + held + " file(s); " + added + " more would pass its limit of " + maximum);
    }

    public Limit limit() {
        return limit;
    }

    /** The limit passed: bytes, or files for {@link Limit#FILE_COUNT}. */
    public long maximum() {
        return maximum;
    }

    public Optional<String> fileName() {
        return fileName;
    }
}
