package com.kospet.warranty.claims.domain;

/** A file of an upload is no picture or video of an accepted type, judged by its content; nothing of the upload is stored. */
public class UnsupportedEvidenceTypeException extends RuntimeException {

    private final String fileName;
    private final String sniffedType;

    public UnsupportedEvidenceTypeException(String fileName, String sniffedType) {
        super("'" + fileName + "' is " + sniffedType + ", not a picture or video of an accepted type");
        this.fileName = fileName;
        this.sniffedType = sniffedType;
    }

    public String fileName() {
        return fileName;
    }

    public String sniffedType() {
        return sniffedType;
    }
}
