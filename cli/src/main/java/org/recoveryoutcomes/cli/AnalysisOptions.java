package org.recoveryoutcomes.cli;

import java.nio.file.Path;
import org.recoveryoutcomes.engine.api.ReportRequest;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.Period;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Which period, settings and groups to report on. */
final class AnalysisOptions {

    @Option(names = {"-p", "--period"}, paramLabel = "PERIOD",
            description = "Report period: 2026-Q3, 2026/27-Q2 (financial year quarter), 2026/27, 2026, "
                + "2026-07-01..2026-09-30 or 12m:2026-09-30. Default: the latest complete financial-year quarter "
                + "in the data.")
    String period;

    @Option(names = "--outcome-period", paramLabel = "PERIOD",
            description = "Period for TOP outcome and completion metrics. Default: the 12 months ending on the "
                + "report period's last day.")
    String outcomePeriod;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "Settings file (JSON) overriding the defaults: follow-up window, engagement gap, "
                + "reliabilities, suppression threshold … (see docs/settings.md).")
    Path settings;

    @Option(names = "--no-suppression",
            description = "Show small numbers. For an unpublished working copy only: every page and sheet then "
                + "says NOT FOR PUBLICATION.")
    boolean noSuppression;

    @Option(names = "--accept-rejections",
            description = "Go on when a file's rejected rows pass max_rejected_share (default 10%%) of its rows: "
                + "the cover and summary then carry a data-quality warning.")
    boolean acceptRejections;

    @Option(names = "--allow-partial-period",
            description = "Go on when the period runs past the data's last date or starts before its first: the "
                + "cover and summary then carry a data-quality warning.")
    boolean allowPartialPeriod;

    @Option(names = "--not-for-publication",
            description = "Acknowledge that the reports are working copies (needed for a suppression threshold "
                + "under 5): every page and sheet then says NOT FOR PUBLICATION.")
    boolean notForPublication;

    @Option(names = "--published", paramLabel = "DIR",
            description = "A folder of earlier reports of the same publication (repeatable): figures they hid stay "
                + "hidden, figures they showed count as known. The output folder's own ledger is always read.")
    java.util.List<Path> published = new java.util.ArrayList<>();

    @Option(names = "--raw-metrics",
            description = "Also write every figure raw, small numbers included, to "
                + "metrics-NOT-FOR-PUBLICATION.json (for analysts; never publish it).")
    boolean rawMetrics;

    @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "%nReport on one group (default: every group):%n")
    Focus focus;

    static final class Focus {
        @Option(names = "--project", paramLabel = "ID",
                description = "Report on one project (with its borough and all areas for comparison).")
        String project;

        @Option(names = "--borough", paramLabel = "NAME",
                description = "Report on one borough and its projects.")
        String borough;

        @Option(names = "--each", paramLabel = "LEVEL",
                description = "One report for each borough or each project (LEVEL: borough or project), each "
                    + "focused on its group as --borough or --project would be; the metrics are computed once "
                    + "and the reports rendered on every processor.")
        Each each;

        String key() {
            if (each != null) {
                return null;
            }
            return project != null ? "project:" + project : "borough:" + borough;
        }
    }

    /** The levels {@code --each} takes. */
    enum Each {
        BOROUGH(GroupLevel.BOROUGH), PROJECT(GroupLevel.PROJECT);

        private final GroupLevel level;

        Each(GroupLevel level) {
            this.level = level;
        }
    }

    /**
     * Sets the analysis options on {@code b}.
     *
     * @throws CommandLine.ParameterException (bad usage) for a period outside the years 1900–2099, which no data
     *     can hold
     */
    ReportRequest.Builder apply(ReportRequest.Builder b, CommandLine cl) {
        plausibleYears(cl, "--period", period);
        plausibleYears(cl, "--outcome-period", outcomePeriod);
        return apply(b).acceptRejections(acceptRejections).allowPartialPeriod(allowPartialPeriod);
    }

    private static void plausibleYears(CommandLine cl, String option, String text) {
        if (text == null) {
            return;
        }
        Period p;
        try {
            p = Period.parse(text);
        } catch (IllegalArgumentException e) {
            return; // the engine says what is wrong with its form
        }
        if (p.start().getYear() < 1900 || p.end().getYear() > 2099) {
            throw new CommandLine.ParameterException(cl, option + " '" + text + "' lies outside the years "
                    + "1900–2099 that data can hold; check the year, e.g. 2026/27-Q2");
        }
    }

    ReportRequest.Builder apply(ReportRequest.Builder b) {
        return b.period(period).outcomePeriod(outcomePeriod).settingsFile(settings).suppression(!noSuppression)
                .notForPublication(notForPublication || noSuppression).published(published).rawMetrics(rawMetrics)
                .focus(focus == null ? null : focus.key())
                .each(focus == null || focus.each == null ? null : focus.each.level);
    }
}
