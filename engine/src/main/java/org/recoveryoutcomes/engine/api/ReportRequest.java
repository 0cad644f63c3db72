package org.recoveryoutcomes.engine.api;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * What to run: where the data is, which period and template, what to write and where. Made with
 * {@link #builder()} and changed with {@link #toBuilder()}; {@code build()} checks the whole request and says
 * how to fix what is wrong.
 *
 * <pre>{@code
 * ReportRequest request = ReportRequest.builder()
 *         .dataDir(Path.of("sample-data"))
 *         .period("2026/27-Q2")
 *         .template("quarterly-monitoring")
 *         .outDir(Path.of("reports"))
 *         .build();
 * RunResult result = ReportEngine.run(request);
 * }</pre>
 *
 * <p>This class is immutable.
 *
 * @param dataDir the data directory (data-format.md)
 * @param period the report period as metrics.md writes it, or {@code null} for the latest complete
 *     financial-year quarter in the data
 * @param outcomePeriod the outcome period, or {@code null} for the months set in the settings (12) ending on
 *     the period's last day
 * @param template a shipped template's id ({@code quarterly-monitoring}) or the path of a template file
 * @param settingsFile a JSON settings file overriding the defaults, or {@code null}
 * @param mappingFile a column mapping file, or {@code null} for {@code mapping.json} in the data directory if
 *     present
 * @param outDir where outputs and quarantine files go; may be {@code null} when {@code outputs} is empty and
 *     nothing is to be written
 * @param outputs what to write; empty to only read and check the data
 * @param suppression {@code false} only for unpublished working copies (every page then says NOT FOR
 *     PUBLICATION)
 * @param allowIdentifiers go on even when a column is named like a direct identifier
 * @param strict treat warnings as errors
 * @param focus a group key ({@code project:BAT}, {@code borough:Ealing}) to report on, with its borough and
 *     the whole data for comparison; {@code null} for every group
 * @param encoding the character encoding of the CSV and JSON files, or {@code null} for UTF-8 (with or without
 *     a byte order mark)
 * @param asOf the date the data was extracted: a row dated after it is rejected as in the future; {@code null}
 *     for no such check (dates before 1900 or after 2099 are rejected in any case)
 * @param each {@link GroupLevel#BOROUGH} or {@link GroupLevel#PROJECT} for one report per borough or per project
 *     (each focused on its group as {@code focus} would be, the metrics computed once), or {@code null} for one
 *     report; cannot be given with {@code focus}
 * @param acceptRejections go on writing reports when a file's rejected share passes the setting
 *     {@code max_rejected_share} (10%); the cover and summary then carry a data-quality banner
 * @param allowPartialPeriod go on when the report period runs past the data's last date or starts before its
 *     first; the cover and summary then carry a data-quality banner
 * @param published folders of earlier reports of the same publication whose ledgers ({@code
 *     publication-ledger.json}) this run must respect, besides the output folder's own
 * @param rawMetrics write every figure raw, small numbers included, to {@code metrics-NOT-FOR-PUBLICATION.json}
 *     beside the reports (and, for a metrics-only run, as its {@code metrics.json}, marked NOT FOR PUBLICATION)
 * @param notForPublication the user's acknowledgement that the reports are working copies: needed for settings
 *     that weaken protection (a threshold under 5); every page and sheet then says NOT FOR PUBLICATION
 */
public record ReportRequest(Path dataDir, String period, String outcomePeriod, String template, Path settingsFile,
                            Path mappingFile, Path outDir, Set<OutputFormat> outputs, boolean suppression,
                            boolean allowIdentifiers, boolean strict, String focus, Charset encoding,
                            LocalDate asOf, GroupLevel each, boolean acceptRejections,
                            boolean allowPartialPeriod, List<Path> published, boolean rawMetrics,
                            boolean notForPublication) {

    /** The shipped template used when none is named. */
    public static final String DEFAULT_TEMPLATE = "quarterly-monitoring";

    public ReportRequest {
        outputs = outputs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(outputs));
        published = published == null ? List.of() : List.copyOf(published);
        validate(dataDir, template, outDir, outputs, focus);
        if (each == GroupLevel.ALL) {
            throw new ReportException(ReportException.Kind.CONFIG,
                    "one report for each group of level 'all' is just one report: leave out each, or give borough "
                            + "or project");
        }
        if (each != null && focus != null) {
            throw new ReportException(ReportException.Kind.CONFIG,
                    "give either a focus group or one report for each " + each.code() + ", not both");
        }
    }

    private static void validate(Path dataDir, String template, Path outDir, Set<OutputFormat> outputs,
                                 String focus) {
        if (dataDir == null) {
            throw new ReportException(ReportException.Kind.CONFIG,
                    "no data directory given: name the folder holding projects.csv, contacts.csv …");
        }
        if (template == null || template.isBlank()) {
            throw new ReportException(ReportException.Kind.CONFIG,
                    "no template given: name a shipped template (e.g. " + DEFAULT_TEMPLATE + ") or a template file");
        }
        if (!outputs.isEmpty() && outDir == null) {
            throw new ReportException(ReportException.Kind.CONFIG,
                    "no output directory given: say where the reports should be written");
        }
        if (focus != null && !(focus.startsWith("project:") || focus.startsWith("borough:") || focus.equals("all"))) {
            throw new ReportException(ReportException.Kind.CONFIG,
                    "focus '" + focus + "' is not understood: write project:<id>, borough:<name> or all");
        }
    }

    /** A run that only reads and checks the data, writing quarantine files to {@code outDir} if given. */
    public boolean validateOnly() {
        return outputs.isEmpty();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.dataDir = dataDir;
        b.period = period;
        b.outcomePeriod = outcomePeriod;
        b.template = template;
        b.settingsFile = settingsFile;
        b.mappingFile = mappingFile;
        b.outDir = outDir;
        b.outputs = outputs.isEmpty() ? EnumSet.noneOf(OutputFormat.class) : EnumSet.copyOf(outputs);
        b.suppression = suppression;
        b.allowIdentifiers = allowIdentifiers;
        b.strict = strict;
        b.focus = focus;
        b.encoding = encoding;
        b.asOf = asOf;
        b.each = each;
        b.acceptRejections = acceptRejections;
        b.allowPartialPeriod = allowPartialPeriod;
        b.published = new java.util.ArrayList<>(published);
        b.rawMetrics = rawMetrics;
        b.notForPublication = notForPublication;
        return b;
    }

    /** Builds a {@link ReportRequest}. Defaults: the quarterly-monitoring template, all three outputs, suppression on. */
    public static final class Builder {
        private Path dataDir;
        private String period;
        private String outcomePeriod;
        private String template = DEFAULT_TEMPLATE;
        private Path settingsFile;
        private Path mappingFile;
        private Path outDir;
        private Set<OutputFormat> outputs = EnumSet.allOf(OutputFormat.class);
        private boolean suppression = true;
        private boolean allowIdentifiers;
        private boolean strict;
        private String focus;
        private Charset encoding;
        private LocalDate asOf;
        private GroupLevel each;
        private boolean acceptRejections;
        private boolean allowPartialPeriod;
        private List<Path> published = new java.util.ArrayList<>();
        private boolean rawMetrics;
        private boolean notForPublication;

        private Builder() {
        }

        /** Folders of earlier reports of the same publication (their ledgers are respected). */
        public Builder published(List<Path> v) {
            published = new java.util.ArrayList<>(v);
            return this;
        }

        /** Also write every figure raw, to a file marked NOT FOR PUBLICATION. */
        public Builder rawMetrics(boolean v) {
            rawMetrics = v;
            return this;
        }

        /** Acknowledge that the reports are working copies, marked NOT FOR PUBLICATION. */
        public Builder notForPublication(boolean v) {
            notForPublication = v;
            return this;
        }

        public Builder dataDir(Path v) {
            dataDir = v;
            return this;
        }

        public Builder period(String v) {
            period = v;
            return this;
        }

        public Builder outcomePeriod(String v) {
            outcomePeriod = v;
            return this;
        }

        public Builder template(String v) {
            template = v;
            return this;
        }

        public Builder settingsFile(Path v) {
            settingsFile = v;
            return this;
        }

        public Builder mappingFile(Path v) {
            mappingFile = v;
            return this;
        }

        public Builder outDir(Path v) {
            outDir = v;
            return this;
        }

        public Builder outputs(Set<OutputFormat> v) {
            outputs = v.isEmpty() ? EnumSet.noneOf(OutputFormat.class) : EnumSet.copyOf(Objects.requireNonNull(v));
            return this;
        }

        public Builder suppression(boolean v) {
            suppression = v;
            return this;
        }

        public Builder allowIdentifiers(boolean v) {
            allowIdentifiers = v;
            return this;
        }

        public Builder strict(boolean v) {
            strict = v;
            return this;
        }

        public Builder focus(String v) {
            focus = v;
            return this;
        }

        /** The encoding of the CSV and JSON files; {@code null} (the default) for UTF-8. */
        public Builder encoding(Charset v) {
            encoding = v;
            return this;
        }

        /** The date the data was extracted; {@code null} (the default) for no future-date check. */
        public Builder asOf(LocalDate v) {
            asOf = v;
            return this;
        }

        /**
         * One report per borough ({@link GroupLevel#BOROUGH}) or per project ({@link GroupLevel#PROJECT});
         * {@code null} (the default) for one report.
         */
        public Builder each(GroupLevel v) {
            each = v;
            return this;
        }

        /** Write the reports even when a file's rejected share passes {@code max_rejected_share}. */
        public Builder acceptRejections(boolean v) {
            acceptRejections = v;
            return this;
        }

        /** Write the reports even when the period runs past the data's last date or before its first. */
        public Builder allowPartialPeriod(boolean v) {
            allowPartialPeriod = v;
            return this;
        }

        /** @throws ReportException of kind CONFIG saying what is missing and how to give it */
        public ReportRequest build() {
            return new ReportRequest(dataDir, period, outcomePeriod, template, settingsFile, mappingFile, outDir,
                    outputs, suppression, allowIdentifiers, strict, focus, encoding, asOf, each, acceptRejections,
                    allowPartialPeriod, published, rawMetrics, notForPublication);
        }
    }
}
