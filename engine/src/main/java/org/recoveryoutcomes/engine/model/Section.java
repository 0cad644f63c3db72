package org.recoveryoutcomes.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * One section of a report template. This class is immutable.
 *
 * @param id a stable id, used as the Excel sheet name's source
 * @param title the heading shown in both reports
 * @param metrics metric ids in display order (may be empty for data quality, methodology, narrative)
 * @param text introductory or narrative text, or {@code null}
 */
public record Section(String id, String title, SectionKind kind, List<String> metrics, String text) {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        metrics = List.copyOf(metrics);
    }
}
