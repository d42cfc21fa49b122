package com.kospet.warranty.claims.domain;

import com.kospet.warranty.model.RejectionReason;

import java.util.Objects;
import java.util.Optional;

/** Why a claim was refused: the exclusion and the staff's note. */
public record Rejection(RejectionReason reason, Optional<String> note) {
    public Rejection {
        Objects.requireNonNull(reason, "reason");
        note = note == null ? Optional.empty() : note.filter(text -> !text.isBlank());
    }
}
