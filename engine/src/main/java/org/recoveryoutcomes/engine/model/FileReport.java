package org.recoveryoutcomes.engine.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What reading one input file gave: its hash and the fate of its rows. {@code rows == accepted + quarantined}
 * always, and every row after the header is counted: {@link #rowsRead()} {@code == accepted + quarantined +
 * blank}. This class is immutable.
 *
 * @param file the file name, e.g. {@code contacts.csv}
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 * @param rows data rows read, blank rows aside (the header is not a data row)
 * @param quarantinedByReason rejected rows counted by issue kind, sorted by kind
 * @param warningsByKind warnings counted by issue kind, sorted by kind
 * @param blank rows after the header that held nothing (a blank line, {@code ,,,}, an empty object), skipped
 */
public record FileReport(String file, String sha256, long rows, long accepted, long quarantined,
                         Map<String, Long> quarantinedByReason, Map<String, Long> warningsByKind, long blank) {

    /** A report of a file without blank rows. */
    public FileReport(String file, String sha256, long rows, long accepted, long quarantined,
                      Map<String, Long> quarantinedByReason, Map<String, Long> warningsByKind) {
        this(file, sha256, rows, accepted, quarantined, quarantinedByReason, warningsByKind, 0);
    }

    /** Every row after the header: {@code accepted + quarantined + blank}. */
    public long rowsRead() {
        return rows + blank;
    }

    public FileReport {
        if (blank < 0) {
            throw new IllegalArgumentException(file + ": blank rows (" + blank + ") cannot be negative");
        }
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
