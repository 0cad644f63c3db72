package org.recoveryoutcomes.engine.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A report definition read from {@code report-templates/<id>.json}: both renderers are driven by it, so a
 * section added here appears in the workbook and the PDF alike. This class is immutable.
 *
 * @param id the template's id, used in output file names ({@code report-<id>-<period>.xlsx})
 * @param audience who the report is for, in words
 * @param levels which group levels the report shows
 * @param comparator what proportions are compared with: {@code parent} (a project against its borough, a
 *     borough against all), {@code all}, or {@code value} (then {@code comparatorValues} gives a fixed
 *     percentage per metric id)
 * @param comparatorValues fixed comparator percentages per metric id when {@code comparator} is {@code value}
 */
public record ReportTemplate(String id, String title, String audience, List<GroupLevel> levels, String comparator,
                             java.util.Map<String, Double> comparatorValues, List<Section> sections) {

    public ReportTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(comparator, "comparator");
        levels = List.copyOf(levels);
        comparatorValues = java.util.Map.copyOf(comparatorValues);
        sections = List.copyOf(sections);
    }

    /** Every metric id named by any section, in order of first appearance. */
    public List<String> metricIds() {
        return sections.stream().flatMap(s -> s.metrics().stream()).distinct().toList();
    }

    /**
     * The metric ids named by the sections of {@code kind}: those of {@link SectionKind#TREND} have every trend
     * quarter shown, those of {@link SectionKind#BREAKDOWN} their equality breakdowns.
     */
    public Set<String> metricIdsOf(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).flatMap(s -> s.metrics().stream())
                .collect(Collectors.toUnmodifiableSet());
    }
}
