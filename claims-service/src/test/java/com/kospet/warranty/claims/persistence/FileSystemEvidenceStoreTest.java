package com.kospet.warranty.claims.persistence;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The filesystem store holds to the contract of every evidence store. */
class FileSystemEvidenceStoreTest extends EvidenceStoreContract {

    @TempDir
    Path root;

    @Override
    EvidenceStore store() {
        return new FileSystemEvidenceStore(root);
    }

    @Override
    EvidenceStore secondInstance() {
        return new FileSystemEvidenceStore(root);
    }
}
