package org.recoveryoutcomes.engine.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What reading one input file gave: its hash and the fate of its rows. {@code rows == accepted + quarantined}
 * always. This class is immutable.
 *
 * @param file the file name, e.g. {@code contacts.csv}
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 * @param rows data rows read (the header is not a data row)
 * @param quarantinedByReason rejected rows counted by issue kind, sorted by kind
 * @param warningsByKind warnings counted by issue kind, sorted by kind
 */
public record FileReport(String file, String sha256, long rows, long accepted, long quarantined,
                         Map<String, Long> quarantinedByReason, Map<String, Long> warningsByKind) {

    public FileReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        if (rows != accepted + quarantined) {
            throw new IllegalArgumentException(file + ": rows (" + rows + ") must equal accepted (" + accepted
                    + ") + quarantined (" + quarantined + ")");
        }
        quarantinedByReason = Collections.unmodifiableMap(new TreeMap<>(quarantinedByReason));
        warningsByKind = Collections.unmodifiableMap(new TreeMap<>(warningsByKind));
    }
}
