package org.recoveryoutcomes.engine.metrics;

import java.util.ArrayList;
import java.util.List;
import org.recoveryoutcomes.engine.model.Aggregation;
import org.recoveryoutcomes.engine.model.FigurePart;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricKind;
import org.recoveryoutcomes.engine.model.MetricWords.Amount;
import org.recoveryoutcomes.engine.model.MetricWords.Average;
import org.recoveryoutcomes.engine.model.MetricWords.Parts;
import org.recoveryoutcomes.engine.model.MetricWords.Share;
import org.recoveryoutcomes.engine.model.MetricWords.Tally;
import org.recoveryoutcomes.engine.model.Polarity;
import org.recoveryoutcomes.engine.model.Relations;
import org.recoveryoutcomes.engine.model.Settings;

/**
 * The definitions of every metric, in catalogue order: engagement, coverage, the TOP outcome metrics (substance
 * use, reintegration, health), completions. Counts and amounts carry no judgement: more contacts or completions
 * can mean a bigger caseload as much as better work, so the rates beside them carry the judgement.
 */
final class Catalogue {

    private static final String COUNT = "count";
    private static final String WILSON = "Wilson score 95% CI";
    private static final String MEAN = "mean with t-distribution 95% CI (n − 1 degrees of freedom); median";
    private static final String SUM = "sum; never suppressed, as it identifies nobody";
    private static final String BREAKDOWN = "count per category, every category shown, zeros included";
    private static final String NDTMS_PERSON = "NDTMS: a person is counted once per area";
    /** Clients of window W: whether a client completes and stays away depends on the group as a whole. */
    /** Who a completion rate is of, in the service's words: "in treatment", or nothing for peer support. */
    private static final String IN_TREATMENT = "{in treatment}";
    private static final Relations NO_REPRESENTATION = Relations.of(Aggregation.CLIENT_PROPERTY, Aggregation.CLIENTS);

    private Catalogue() {
    }

    /**
     * The whole catalogue, with the TOP outcome definitions between coverage and completions. The words give the
     * day counts of {@code s}, so the methodology appendix always states the settings actually used.
     */
    static List<MetricDefinition> of(List<MetricDefinition> topOutcomes, Settings s) {
        List<MetricDefinition> out = new ArrayList<>(engagement(s));
        out.addAll(coverage(s));
        out.addAll(topOutcomes);
        out.addAll(completions(s));
        return List.copyOf(out);
    }

    static List<MetricDefinition> engagement(Settings s) {
        return List.of(
                def(EngagementMetrics.CONTACTS, "Contacts", "engagement", MetricKind.COUNT,
                        "attended contacts in the period", null, Polarity.NO_JUDGEMENT, COUNT, null)
                        .with(Relations.of(Aggregation.EVENTS).withQuarters(Relations.Quarters.SUM))
                        .with(new Tally("attended contact was recorded", "attended contacts were recorded",
                                "attended contacts")),
                def(EngagementMetrics.CLIENTS_SEEN, "Clients seen", "engagement", MetricKind.COUNT,
                        "different clients with at least one attended contact in the period", null,
                        Polarity.NO_JUDGEMENT, COUNT, NDTMS_PERSON)
                        .with(Relations.of(Aggregation.CLIENTS).withQuarters(Relations.Quarters.BOUNDED)
                                .atMost(FigurePart.COUNT, EngagementMetrics.CONTACTS, FigurePart.COUNT))
                        .with(new Tally("{client was seen}", "{clients were seen}", "{clients seen}")),
                def(EngagementMetrics.NEW_CLIENTS, "New clients", "engagement", MetricKind.COUNT,
                        "clients seen whose first attended contact ever (with this project, or any project of "
                                + "this borough or area) is in the period", null, Polarity.NO_JUDGEMENT, COUNT,
                        NDTMS_PERSON)
                        // A client is new in exactly one quarter: the one of their first contact.
                        .with(Relations.of(Aggregation.CLIENT_SUBSET).withQuarters(Relations.Quarters.SUM)
                                .atMost(FigurePart.COUNT, EngagementMetrics.CLIENTS_SEEN, FigurePart.COUNT))
                        .with(new Tally("{new client was seen}", "{new clients were seen}", "{new clients}")),
                def(EngagementMetrics.CONTACTS_PER_CLIENT, "Contacts per client", "engagement", MetricKind.MEAN,
                        "attended contacts in the period of each client seen", "clients seen",
                        Polarity.NO_JUDGEMENT, MEAN, null)
                        // mean × clients = contacts: the mean reveals either from the other.
                        .with(Relations.of(Aggregation.CLIENTS)
                                .sameAs(FigurePart.COUNT, EngagementMetrics.CLIENTS_SEEN, FigurePart.COUNT)
                                .statisticOf(EngagementMetrics.CONTACTS, FigurePart.COUNT))
                        .with(new Average("{Contacts per client}", "{Clients seen}", "attended", "contacts")),
                def(EngagementMetrics.REPEAT_ATTENDANCE, "Came back", "engagement", MetricKind.PROPORTION,
                        "clients seen with 2 or more attended contacts in the period", "clients seen",
                        Polarity.HIGH_IS_GOOD, WILSON, null)
                        .with(Relations.of(Aggregation.CLIENT_PROPERTY, Aggregation.CLIENTS)
                                .sameAs(FigurePart.DENOMINATOR, EngagementMetrics.CLIENTS_SEEN, FigurePart.COUNT))
                        .with(new Share("{clients seen}", null, "attended more than once")),
                def(EngagementMetrics.RETAINED_12_WEEKS, "Retained 12 weeks", "engagement", MetricKind.PROPORTION,
                        "of those, clients whose current engagement spans " + s.retentionDays()
                                + " days or more from its first to its last contact",
                        "clients seen whose current engagement (attended contacts with no gap over "
                                + s.engagementGapDays() + " days) began " + s.retentionDays()
                                + " days or more before the period end",
                        Polarity.HIGH_IS_GOOD, WILSON, "adapted from NDTMS 12-week retention")
                        .with(Relations.of(Aggregation.CLIENT_PROPERTY)
                                .atMost(FigurePart.DENOMINATOR, EngagementMetrics.CLIENTS_SEEN, FigurePart.COUNT))
                        .with(new Share("{clients seen}", "who could have been engaged for " + retention(s),
                                "stayed engaged for " + retention(s) + " or more")),
                def(EngagementMetrics.DID_NOT_ATTEND_RATE, "Did not attend", "engagement", MetricKind.PROPORTION,
                        "booked contacts in the period the client did not attend",
                        "contacts in the period whose attendance is recorded", Polarity.LOW_IS_GOOD, WILSON,
                        null)
                        // Attended contacts with attendance recorded (d − n) are some of the contacts.
                        .with(Relations.of(Aggregation.EVENTS).withQuarters(Relations.Quarters.SUM)
                                .with(new Relations.Identity(FigurePart.DENOMINATOR, Relations.Identity.Op.AT_MOST,
                                        List.of(new Relations.Term(null, FigurePart.NUMERATOR, 1),
                                                new Relations.Term(EngagementMetrics.CONTACTS, FigurePart.COUNT,
                                                        1)))))
                        .with(new Share("booked contacts", null, "were not attended")),
                def(EngagementMetrics.VOLUNTEERS_ACTIVE, "Volunteers active", "engagement", MetricKind.COUNT,
                        "different volunteers named on attended contacts in the period", null,
                        Polarity.NO_JUDGEMENT, COUNT, null)
                        .with(Relations.of(Aggregation.SHARED).withQuarters(Relations.Quarters.BOUNDED))
                        .with(new Tally("volunteer delivered contacts", "volunteers delivered contacts",
                                "active volunteers")),
                def(EngagementMetrics.VOLUNTEER_HOURS, "Volunteer hours", "engagement", MetricKind.AMOUNT,
                        "hours of attended contacts delivered by peer volunteers in the period (minutes ÷ 60)",
                        null, Polarity.NO_JUDGEMENT, SUM, null)
                        .with(Relations.of(Aggregation.NONE))
                        .with(new Amount("Peer volunteers", "gave", "hours")),
                def(EngagementMetrics.CONTACTS_BY_TYPE, "Contacts by type", "engagement", MetricKind.BREAKDOWN,
                        "attended contacts in the period, per contact type", null, Polarity.NO_JUDGEMENT,
                        BREAKDOWN, null)
                        // Its parts add up to the contacts figure (checked on the data like every relation).
                        .with(Relations.of(Aggregation.EVENTS).withQuarters(Relations.Quarters.SUM)
                                .sameAs(FigurePart.COUNT, EngagementMetrics.CONTACTS, FigurePart.COUNT))
                        .with(new Parts()));
    }

    static List<MetricDefinition> coverage(Settings s) {
        return List.of(
                def(CoverageMetrics.TOP_START_COVERAGE, "Start TOP done", "coverage", MetricKind.PROPORTION,
                        "of those, clients with a start TOP from " + s.startCoverageDays() + " days before to "
                                + s.startCoverageDays() + " days after that first contact",
                        "clients whose first attended contact ever is in the period", Polarity.HIGH_IS_GOOD,
                        WILSON, "NDTMS: TOP completion at treatment start")
                        .with(Relations.of(Aggregation.CLIENT_SUBSET)
                                .sameAs(FigurePart.DENOMINATOR, EngagementMetrics.NEW_CLIENTS, FigurePart.COUNT))
                        .with(new Share("{new clients}", null, "had a start Treatment Outcomes Profile within "
                                + s.startCoverageDays() + " days of their first contact")),
                def(CoverageMetrics.TOP_FOLLOW_UP_COVERAGE, "Follow-up TOP done", "coverage",
                        MetricKind.PROPORTION, "of those, clients with an outcome pair in the outcome period",
                        "clients with a start TOP " + s.followUpMinDays() + " to " + s.followUpMaxDays()
                                + " days before the outcome period end who were seen in the outcome period",
                        Polarity.HIGH_IS_GOOD, WILSON, "NDTMS: TOP completion at review")
                        // Both parts are properties of a client's records across the group: a borough's client
                        // may have the start TOP at one project and the contact or outcome pair at another, so
                        // neither part is bounded by the sum of the projects'.
                        .with(Relations.of(Aggregation.CLIENT_PROPERTY))
                        .over(MetricDefinition.Window.OUTCOME_PERIOD)
                        .with(new Share("{clients}", "due a follow-up Treatment Outcomes Profile", "had one")));
    }

    static List<MetricDefinition> completions(Settings s) {
        String noRep = "clients whose latest successful completion in window W (the 12 months ending "
                + s.representationDays() + " days before the period end) was followed by no new episode within "
                + s.representationDays() + " days";
        String openW = "clients with an episode open at any time in window W";
        String didNotReturn = "completed {treatment} successfully and did not return within "
                + s.representationDays() + " days";
        return List.of(
                def(CompletionMetrics.SUCCESSFUL_COMPLETIONS, "Successful completions", "completions",
                        MetricKind.COUNT, "episodes ended in the outcome period completed drug free or as an "
                                + "occasional user", null, Polarity.NO_JUDGEMENT, COUNT,
                        "NDTMS successful completion")
                        .with(Relations.of(Aggregation.EVENTS))
                        .with(new Tally("episode ended in a successful completion",
                                "episodes ended in a successful completion", "successful completions")),
                def(CompletionMetrics.SUCCESSFUL_COMPLETION_RATE, "Completed successfully", "completions",
                        MetricKind.PROPORTION, "clients with a successful completion in the outcome period",
                        "clients with an episode open at any time in the outcome period", Polarity.HIGH_IS_GOOD,
                        WILSON, "NDTMS successful completion")
                        .with(Relations.of(Aggregation.CLIENT_SUBSET, Aggregation.CLIENTS)
                                .atMost(FigurePart.NUMERATOR, CompletionMetrics.SUCCESSFUL_COMPLETIONS,
                                        FigurePart.COUNT))
                        .with(new Share("{clients}", IN_TREATMENT, "completed {treatment} successfully")),
                def(CompletionMetrics.COMPLETED_NO_REPRESENTATION, "Completed, did not return", "completions",
                        MetricKind.PROPORTION, noRep, openW, Polarity.HIGH_IS_GOOD, WILSON,
                        "PHOF C19a–c: successful completion of treatment without re-presentation within 6 months")
                        .with(NO_REPRESENTATION).with(new Share("{clients}", IN_TREATMENT, didNotReturn)),
                def(CompletionMetrics.COMPLETED_NO_REPRESENTATION_OPIATE, "Completed, did not return: opiate",
                        "completions", MetricKind.PROPORTION, noRep + " (opiate clients)", openW
                                + " (opiate clients: primary substance opiates, or opiate days above 0 at a start TOP)",
                        Polarity.HIGH_IS_GOOD, WILSON, "PHOF C19a: opiate users")
                        .with(NO_REPRESENTATION).with(new Share("{opiate clients}", IN_TREATMENT, didNotReturn)),
                def(CompletionMetrics.COMPLETED_NO_REPRESENTATION_NON_OPIATE,
                        "Completed, did not return: non-opiate", "completions", MetricKind.PROPORTION,
                        noRep + " (non-opiate clients)", openW + " (non-opiate clients, alcohol included; clients "
                                + "whose substance is not recorded are left out)",
                        Polarity.HIGH_IS_GOOD, WILSON, "PHOF C19b: non-opiate users (here including alcohol, "
                                + "which PHOF reports apart as C19c)")
                        .with(NO_REPRESENTATION)
                        .with(new Share("{non-opiate clients}", IN_TREATMENT, didNotReturn)),
                def(CompletionMetrics.EFFECTIVE_ENGAGEMENT, "Effective engagement", "completions",
                        MetricKind.PROPORTION, "of those, episodes that lasted " + s.retentionDays()
                                + " days or more or ended in a successful completion",
                        "episodes started in the 12 months ending " + s.retentionDays()
                                + " days before the period end",
                        Polarity.HIGH_IS_GOOD, WILSON, "NDTMS effective engagement (12 weeks)")
                        .with(Relations.of(Aggregation.EVENTS))
                        .with(new Share("episodes", "started", "lasted " + retention(s) + " or ended successfully")));
    }

    /** The retention period in words: "12 weeks" for 84 days, "90 days" for 90. */
    private static String retention(Settings s) {
        return s.retentionDays() % 7 == 0 ? s.retentionDays() / 7 + " weeks" : s.retentionDays() + " days";
    }

    private static MetricDefinition def(String id, String label, String domain, MetricKind kind, String numerator,
                                        String denominator, Polarity polarity, String statistic, String source) {
        return new MetricDefinition(id, label, domain, kind, numerator, denominator, polarity, statistic, source);
    }
}
