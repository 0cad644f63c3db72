package org.recoveryoutcomes.engine.metrics;

import java.util.List;
import org.recoveryoutcomes.engine.model.Settings;

/**
 * The analytical choices the engine makes where metrics.md leaves room, in plain words. Every report prints them
 * in its methodology appendix and {@code metrics.json} carries them, so a reader can see exactly how each figure was
 * made. Keep this list in step with the code it describes.
 */
final class MethodologyNotes {

    private MethodologyNotes() {
    }

    static List<String> notes(Settings s) {
        return List.of(
                "Outcome pairs: a start profile counts only if it is dated strictly before the follow-up; the latest "
                        + "such start is used, and if it is outside the " + s.followUpMinDays() + " to "
                        + s.followUpMaxDays() + " day window the follow-up is not paired with an older start. Where "
                        + "two follow-ups are equally close to " + s.followUpTargetDays() + " days the later one is "
                        + "used (an exit before a review on the same day). At borough and all-projects level, where a "
                        + "client's latest follow-ups at two projects fall on the same day, the project whose id "
                        + "sorts first is used.",
                "Missing is never zero: an item is compared only where both profiles record it. Abstinence from "
                        + "any illicit drug needs all six illicit drugs recorded at follow-up; 'offending stopped' "
                        + "needs all six crime items recorded at follow-up; meaningful activity is judged on the "
                        + "activities (paid work, education, volunteering) recorded at both profiles.",
                "Reliable change: the threshold uses the sample standard deviation at start over every pair in the "
                        + "data with the item recorded at both ends, so every project is held to the same threshold; "
                        + "an item with no spread at start has no threshold and no reliable-change figure. "
                        + "'Reliably improved' use of a substance counts clients still using at follow-up "
                        + "(those who stopped are counted as abstinent). Thresholds of the report period are also "
                        + "used for earlier periods in trends.",
                "Paired tests: the Wilcoxon signed-rank test drops zero differences and gives tied differences their "
                        + "average rank; up to 30 non-zero differences its p-value is exact (the distribution of the "
                        + "actual ranks over every sign pattern), above that the normal approximation with tie and "
                        + "continuity corrections. A change from start to follow-up is called significant only when "
                        + "its 95% confidence interval excludes zero and p < 0.05.",
                "Engagement: only attended contacts count (an empty 'attended' means attended). Runs of engagement "
                        + "use every attended contact with the group up to the period end. Active volunteers and "
                        + "volunteer hours count attended contacts; a contact with no duration adds no hours, so "
                        + "hours are a minimum.",
                "Coverage: a start profile counts towards start coverage from " + s.startCoverageDays()
                        + " days before to " + s.startCoverageDays() + " days after the client's first attended "
                        + "contact, at any project of the group. Follow-up coverage is over clients seen in the "
                        + "outcome period with a start profile " + s.followUpMinDays() + " to "
                        + s.followUpMaxDays() + " days before its end.",
                "Completions: a client is judged on their latest successful completion in the window; any new "
                        + "episode at a project of the group starting from that day to " + s.representationDays()
                        + " days later is a re-presentation. Opiate clients are those whose primary substance is "
                        + "opiates or who reported opiate use at a start profile; non-opiate clients include alcohol "
                        + "(unlike PHOF C19b); clients whose substance is unknown are in the overall figure only. "
                        + "For effective engagement an episode ending after the outcome period counts as open.",
                "Comparisons: a comparator exactly on the edge of the confidence interval is 'similar'; measures "
                        + "with no polarity are not judged better or worse. Funnel limits are shown at every "
                        + "denominator above 0, also where the figure is not compared.",
                "Absent data: a measure whose input file or column is absent (episodes, a TOP file, the "
                        + "'attended' column …) is left out of the report rather than shown as zero.",
                "Disclosure control also hides a change against an earlier period whose own figure was a small "
                        + "number, since the change would reveal it.");
    }
}
