package org.recoveryoutcomes.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.recoveryoutcomes.engine.model.ExitReason;

/**
 * One spell of a client with a project, from first to last contact: the unit the simulation works in. An
 * engagement that would end after the extract is still running at its end (an open episode). Its
 * {@code reason} is how it ends (or would end), its {@code response} how much the client gains, from −0.4
 * (deteriorates) to 1 (the most a TOP can show).
 */
final class Engagement {

    final Person person;
    final ProjectPlan plan;
    final LocalDate start;
    final LocalDate plannedEnd;
    final ExitReason reason;
    final double propensity;
    final boolean initial;
    final double response;
    final TopModel.Baseline baseline;
    final List<LocalDate> attended = new ArrayList<>();
    LocalDate lastRow;
    String mentorId;
    int intervalWeeks;
    /** The client's next engagement with the same project, if they come back. */
    Engagement next;

    Engagement(Person person, ProjectPlan plan, LocalDate start, LocalDate plannedEnd, ExitReason reason,
               double propensity, boolean initial, double response, TopModel.Baseline baseline) {
        this.person = person;
        this.plan = plan;
        this.start = start;
        this.plannedEnd = plannedEnd;
        this.reason = reason;
        this.propensity = propensity;
        this.initial = initial;
        this.response = response;
        this.baseline = baseline;
    }

    /** True when the client stops coming before the extract ends. */
    boolean endsInSpan() {
        return !plannedEnd.isAfter(ProjectPlan.SPAN_END);
    }

    boolean activeOn(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(plannedEnd);
    }

    LocalDate lastAttended() {
        return attended.isEmpty() ? null : attended.get(attended.size() - 1);
    }
}
