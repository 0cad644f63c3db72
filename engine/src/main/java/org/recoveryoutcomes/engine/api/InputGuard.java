package org.recoveryoutcomes.engine.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.recoveryoutcomes.engine.io.DatasetReader;
import org.recoveryoutcomes.engine.model.ContactTable;
import org.recoveryoutcomes.engine.model.FileReport;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * Stops {@code report} before it writes a plausible report from broken input: a required file with no accepted
 * row, contacts that are empty or only a header, a file whose rejected share passes {@code max_rejected_share},
 * and a period that runs past the data's last date or starts before its first. The last two may be overridden
 * (the request's {@code acceptRejections} and {@code allowPartialPeriod}); each override becomes one line of the
 * data-quality banner on the cover and summary.
 */
final class InputGuard {

    /** The files without which there is no report. */
    private static final List<String> REQUIRED = DatasetReader.requiredFileNames();

    private InputGuard() {
    }

    /**
     * The files' rows: stops (INPUT) on a required file that gave nothing, and on a file rejecting more than
     * {@code maxShare} of its rows unless {@code accept}.
     *
     * @return the banner lines of the rejections accepted
     */
    static List<String> rows(Map<String, FileReport> byKind, double maxShare, boolean accept) {
        for (String kind : REQUIRED) {
            FileReport f = byKind.get(kind);
            if (f == null) {
                continue; // the reader stops on a missing required file
            }
            if (f.rows() == 0) {
                throw new ReportException(ReportException.Kind.INPUT, f.file() + ": the file holds no data rows "
                        + "(at most a header), so there is no " + kind + " to report on; export the " + kind
                        + " again with their rows");
            }
            if (f.accepted() == 0) {
                throw new ReportException(ReportException.Kind.INPUT, f.file() + ": none of its " + count(f.rows())
                        + " rows was accepted (" + reasons(f) + "); fix them at source or in the mapping — "
                        + "outcomes validate lists each row — and run again");
            }
        }
        List<String> banner = new ArrayList<>();
        List<String> over = new ArrayList<>();
        for (FileReport f : byKind.values()) {
            if (f.rows() > 0 && (double) f.quarantined() / f.rows() > maxShare) {
                String line = f.file() + ": " + count(f.quarantined()) + " of " + count(f.rows()) + " rows ("
                        + percent((double) f.quarantined() / f.rows()) + ") were rejected (" + reasons(f) + ")";
                over.add(line);
                banner.add(line);
            }
        }
        if (!over.isEmpty() && !accept) {
            throw new ReportException(ReportException.Kind.INPUT, String.join("; ", over) + ", more than the "
                    + percent(maxShare) + " allowed (max_rejected_share); fix the rows (outcomes validate lists "
                    + "them), or pass --accept-rejections to report on the rest with a data-quality warning");
        }
        return banner;
    }

    /**
     * Days without contacts allowed at the end of a period (holidays, a quiet fortnight) before it counts as running
     * past the data.
     */
    static final int END_GRACE_DAYS = 14;

    /**
     * The period against the data's dates (the contacts', or up to {@code asOf} when given): stops (INPUT) when it
     * runs past the last (by more than {@link #END_GRACE_DAYS} days, unless {@code asOf} says the data was
     * extracted later) or starts before the month of the first, unless {@code allow}.
     *
     * @return the banner line of a partial period allowed, or null
     */
    static String period(Period period, ContactTable contacts, LocalDate asOf, boolean allow) {
        if (contacts.isEmpty()) {
            return null;
        }
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < contacts.size(); i++) {
            first = Math.min(first, contacts.day(i));
            last = Math.max(last, contacts.day(i));
        }
        LocalDate from = LocalDate.ofEpochDay(first);
        LocalDate to = asOf != null && asOf.isAfter(LocalDate.ofEpochDay(last)) ? asOf : LocalDate.ofEpochDay(last);
        String range = "the data runs from " + from + " to " + to;
        String problem;
        LocalDate lastCovered = asOf != null ? to : to.plusDays(END_GRACE_DAYS);
        if (period.end().isAfter(lastCovered)) {
            problem = "the period " + period.label() + " (" + period.start() + " to " + period.end()
                    + ") runs past the data's last date: " + range;
        } else if (period.start().isBefore(from.withDayOfMonth(1))) {
            problem = "the period " + period.label() + " (" + period.start() + " to " + period.end()
                    + ") starts before the data's first date: " + range;
        } else {
            return null;
        }
        if (!allow) {
            throw new ReportException(ReportException.Kind.INPUT, problem + "; choose a period inside it, or pass "
                    + "--allow-partial-period to report on the part covered with a data-quality warning");
        }
        return problem + ", so its figures cover only part of the period";
    }

    private static String reasons(FileReport f) {
        if (f.quarantinedByReason().isEmpty()) {
            return "none rejected";
        }
        return f.quarantinedByReason().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> count(e.getValue()) + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    private static String count(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    private static String percent(double share) {
        return String.format(Locale.UK, "%.0f%%", share * 100);
    }
}
