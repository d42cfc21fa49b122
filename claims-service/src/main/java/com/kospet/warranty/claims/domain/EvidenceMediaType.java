package com.kospet.warranty.claims.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * DP-2 asks for "a video or picture that shows the problem": the media types accepted as evidence,
 * as sniffed from the bytes of an upload. Anything else is refused.
 */
public enum EvidenceMediaType {
    JPEG("image/jpeg"),
    PNG("image/png"),
    HEIC("image/heic"),
    HEIF("image/heif"),
    WEBP("image/webp"),
    MP4("video/mp4"),
    QUICKTIME("video/quicktime"),
    WEBM("video/webm");

    private final String mediaType;

    EvidenceMediaType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The accepted type a sniffed media type names, if it is one. */
    public static Optional<EvidenceMediaType> of(String sniffed) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equalsIgnoreCase(sniffed)).findFirst();
    }

    public static List<String> accepted() {
        return Arrays.stream(values()).map(EvidenceMediaType::mediaType).toList();
    }
}
