package com.kospet.warranty.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.tika.Tika;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.mime.MimeTypesFactory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The media type of an upload, from its first bytes only (Apache Tika's magic numbers): never from the
 * client's Content-Type or file name, which say whatever the client likes. Tika's registry is extended
 * by {@code evidence-mimetypes.xml} for the common MP4 brands and for WebM.
 */
@ApplicationScoped
public class EvidenceContentSniffer {

    private final Tika tika;

    public EvidenceContentSniffer() {
        try {
            MimeTypes types = MimeTypesFactory.create(MimeTypes.class.getResource("tika-mimetypes.xml"),
                    EvidenceContentSniffer.class.getResource("evidence-mimetypes.xml"));
            this.tika = new Tika(types);
        } catch (IOException | MimeTypeException e) {
            throw new IllegalStateException("the media type registry could not be read", e);
        }
    }

    /** The sniffed media type of the file at {@code content}, e.g. {@code image/png}; {@code application/octet-stream} when unknown. */
    public String sniff(Path content) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(content))) {
            return tika.detect(in);
        } catch (IOException e) {
            throw new UncheckedIOException("an uploaded file could not be read", e);
        }
    }
}
