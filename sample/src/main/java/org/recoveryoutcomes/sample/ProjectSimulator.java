package org.recoveryoutcomes.sample;

import static org.recoveryoutcomes.sample.ProjectPlan.SPAN_END;
import static org.recoveryoutcomes.sample.ProjectPlan.SPAN_START;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recoveryoutcomes.engine.model.ContactType;
import org.recoveryoutcomes.engine.model.DeliveredBy;
import org.recoveryoutcomes.engine.model.ExitReason;
import org.recoveryoutcomes.engine.model.TopStage;

/**
 * Simulates one project over the extract: its volunteers, the engagements of its clients (arrivals, endings,
 * people coming back), the contacts those produce session by session, then episodes and TOPs.
 */
final class ProjectSimulator {

    private static final LocalDate MENTORS_TRAINED = LocalDate.of(2025, 2, 3);
    private static final LocalDate SECOND_TRAINING = LocalDate.of(2025, 9, 8);
    private static final double VOLUNTEER_TENURE_DAYS = 3.5 * 365.25;

    private final ProjectPlan plan;
    private final Dice dice;
    private final SampleWorld world;
    private final List<LocalDate> sessions = new ArrayList<>();
    private final List<Engagement> engagements = new ArrayList<>();
    private final List<Rows.VolunteerRow> volunteers = new ArrayList<>();
    /** Per client, the last planned day of their latest engagement here (no overlapping spells). */
    private final Map<String, LocalDate> busyUntil = new HashMap<>();

    ProjectSimulator(ProjectPlan plan, Dice dice, SampleWorld world) {
        this.plan = plan;
        this.dice = dice;
        this.world = world;
    }

    void run() {
        for (LocalDate d = plan.firstSession(); !d.isAfter(SPAN_END); d = d.plusDays(1)) {
            if (isOpen(d)) {
                sessions.add(d);
            }
        }
        // The mentoring service has no volunteers of its own: its mentors come from the weekend service.
        if (plan.id().equals("KCPM")) {
            recruitMentors();
        } else {
            makeVolunteers();
        }
        world.volunteers.put(plan.id(), volunteers);
        makeEngagements();
        engagements.sort(Comparator.comparing((Engagement e) -> e.start));
        world.engagements.put(plan.id(), engagements);
        switch (plan.booking()) {
            case OPEN -> openSessions();
            case COURSE -> course();
            case APPOINTMENTS -> appointments();
        }
        if (plan.episodes()) {
            episodes();
        }
        if (plan.doesTops()) {
            for (Engagement e : engagements) {
                tops(e);
            }
        }
    }

    // ---------------------------------------------------------------- calendar

    private boolean isOpen(LocalDate d) {
        return plan.openDays().contains(d.getDayOfWeek()) && (plan.openOnHolidays() || !isHoliday(d));
    }

    private static boolean isHoliday(LocalDate d) {
        return (d.getMonth() == Month.DECEMBER && (d.getDayOfMonth() == 25 || d.getDayOfMonth() == 26))
                || (d.getMonth() == Month.JANUARY && d.getDayOfMonth() == 1);
    }

    /** The first day on or after {@code d} on which an engagement can begin, or {@code null} after the extract. */
    private LocalDate firstOpenDayFrom(LocalDate d) {
        LocalDate day = d.isBefore(plan.firstSession()) ? plan.firstSession() : d;
        while (!day.isAfter(SPAN_END)) {
            if (isOpen(day)) {
                return day;
            }
            day = day.plusDays(1);
        }
        return null;
    }

    private List<LocalDate> openDaysOfWeek(LocalDate monday) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            if (!d.isBefore(plan.firstSession()) && !d.isAfter(SPAN_END) && isOpen(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** A little busier in winter, quieter in summer. */
    private static double season(LocalDate d) {
        return 1 + 0.06 * StrictMath.cos(2 * StrictMath.PI * (d.getDayOfYear() - 15) / 365.25);
    }

    // ---------------------------------------------------------------- volunteers

    private void makeVolunteers() {
        LocalDate earliest = SPAN_START.minusYears(4).isBefore(plan.opened()) ? plan.opened()
                : SPAN_START.minusYears(4);
        long before = ChronoUnit.DAYS.between(earliest, SPAN_START);
        for (int i = 0; i < plan.initialVolunteers(); i++) {
            LocalDate joined = earliest.plusDays(dice.between(0, (int) before - 1));
            LocalDate left = SPAN_START.plusDays((long) dice.exponential(VOLUNTEER_TENURE_DAYS));
            addVolunteer(joined, left);
        }
        // Volunteers who leave are replaced within a few weeks, so the team stays about the same size and a
        // year sees the standing team plus that year's newcomers (the seed's "85 volunteers").
        for (int i = 0; i < volunteers.size(); i++) {
            LocalDate left = volunteers.get(i).left();
            LocalDate joined = left == null ? null : left.plusDays(dice.between(7, 56));
            if (joined != null && !joined.isAfter(SPAN_END)) {
                addVolunteer(joined, joined.plusDays(14 + (long) dice.exponential(VOLUNTEER_TENURE_DAYS)));
            }
        }
        volunteers.sort(Comparator.comparing(Rows.VolunteerRow::joined));
    }

    private void addVolunteer(LocalDate joined, LocalDate left) {
        double u = dice.uniform();
        Boolean peer = plan.id().equals("KCWS") ? (u < 0.92 ? Boolean.TRUE : u < 0.98 ? Boolean.FALSE : null)
                : (u < 0.9 ? Boolean.TRUE : Boolean.FALSE);
        volunteers.add(new Rows.VolunteerRow(world.newVolunteerId(), plan.id(), joined,
                left.isAfter(SPAN_END) ? null : left, peer));
    }

    /**
     * The peer mentors are weekend-service volunteers (the seed: nine were selected and trained in February),
     * with a second, smaller intake in September; one mentor steps back from mentoring but stays at the weekend
     * service. A mentor who leaves the weekend service leaves mentoring the same day.
     */
    private void recruitMentors() {
        List<Rows.VolunteerRow> pool = world.volunteers.get(plan.sharesClientsOf());
        pickMentors(pool, MENTORS_TRAINED, LocalDate.of(2025, 6, 1), 9);
        int stepsBack = -1;
        for (int i = 0; i < volunteers.size() && stepsBack < 0; i++) {
            stepsBack = volunteers.get(i).left() == null ? i : -1;
        }
        if (stepsBack >= 0) {
            Rows.VolunteerRow v = volunteers.get(stepsBack);
            volunteers.set(stepsBack, new Rows.VolunteerRow(v.volunteerId(), v.projectId(), v.joined(),
                    LocalDate.of(2025, 10, 1).plusDays(dice.between(0, 60)), v.isPeer()));
        }
        pickMentors(pool, SECOND_TRAINING, LocalDate.of(2026, 1, 1), 2);
    }

    /** Adds {@code count} peer volunteers of the weekend service, there since at least three months, as mentors. */
    private void pickMentors(List<Rows.VolunteerRow> pool, LocalDate trained, LocalDate stayingUntil, int count) {
        List<Rows.VolunteerRow> candidates = new ArrayList<>();
        for (Rows.VolunteerRow v : pool) {
            boolean stays = v.left() == null || v.left().isAfter(stayingUntil);
            if (!v.joined().isAfter(trained.minusMonths(3)) && stays && Boolean.TRUE.equals(v.isPeer())
                    && volunteers.stream().noneMatch(m -> m.volunteerId().equals(v.volunteerId()))) {
                candidates.add(v);
            }
        }
        for (int i = 0; i < count && !candidates.isEmpty(); i++) {
            Rows.VolunteerRow v = candidates.remove(dice.between(0, candidates.size() - 1));
            volunteers.add(new Rows.VolunteerRow(v.volunteerId(), plan.id(), trained, v.left(), Boolean.TRUE));
        }
    }

    private List<Rows.VolunteerRow> activeVolunteers(LocalDate d) {
        List<Rows.VolunteerRow> active = new ArrayList<>();
        for (Rows.VolunteerRow v : volunteers) {
            if (!v.joined().isAfter(d) && (v.left() == null || !v.left().isBefore(d))) {
                active.add(v);
            }
        }
        return active;
    }

    /** The volunteers on duty at a session: a random subset of those active. */
    private List<String> rota(LocalDate d, int size) {
        List<Rows.VolunteerRow> active = activeVolunteers(d);
        List<String> rota = new ArrayList<>();
        int n = Math.min(size, active.size());
        for (int i = 0; i < n; i++) {
            rota.add(active.remove(dice.between(0, active.size() - 1)).volunteerId());
        }
        return rota;
    }

    // ---------------------------------------------------------------- engagements

    private void makeEngagements() {
        for (int i = 0; i < plan.initialCohort(); i++) {
            ExitReason reason;
            int duration;
            do {
                reason = drawReason(false);
                duration = drawDuration(reason);
            } while (duration < 30);
            // At least a fortnight of it left inside the extract, so that every project meets them at least once.
            LocalDate start = SPAN_START.minusDays(dice.between(1, duration - 14));
            create(world.newPerson(dice, plan), start, reason, duration, true, 0);
        }
        LocalDate week = plan.firstSession().minusDays(plan.firstSession().getDayOfWeek().getValue() - 1L);
        for (; !week.isAfter(SPAN_END); week = week.plusWeeks(1)) {
            int arrivals = dice.poisson(plan.arrivalsPerWeek() * season(week));
            for (int i = 0; i < arrivals; i++) {
                List<LocalDate> days = openDaysOfWeek(week);
                if (days.isEmpty()) {
                    continue;
                }
                // A course takes its intake on the first day of the week; elsewhere people turn up any open day.
                LocalDate start = plan.booking() == ProjectPlan.Booking.COURSE ? days.get(0) : dice.pick(days);
                Person person = sharedClient(start);
                boolean shared = person != null;
                if (!shared) {
                    person = world.newPerson(dice, plan);
                }
                ExitReason reason = drawReason(shared);
                create(person, start, reason, drawDuration(reason), false, 0);
            }
        }
    }

    /**
     * A client of the partner project in the same borough who is engaged there on {@code start} and not
     * engaged here, or {@code null} when this arrival is someone new.
     */
    private Person sharedClient(LocalDate start) {
        if (plan.sharesClientsOf() == null || !dice.chance(plan.sharedShare())) {
            return null;
        }
        List<Engagement> there = world.engagements.get(plan.sharesClientsOf());
        // Not someone who dies there, nor whose spell there ends in prison: they could not carry on coming here.
        Set<Person> unavailable = new HashSet<>();
        for (Engagement e : there) {
            if (e.reason == ExitReason.DIED) {
                unavailable.add(e.person);
            }
        }
        List<Person> candidates = new ArrayList<>();
        for (Engagement e : there) {
            LocalDate busy = busyUntil.get(e.person.clientId());
            boolean free = !unavailable.contains(e.person) && e.reason != ExitReason.PRISON;
            if (free && e.activeOn(start) && (busy == null || busy.plusDays(70).isBefore(start))
                    && !candidates.contains(e.person)) {
                candidates.add(e.person);
            }
        }
        return candidates.isEmpty() ? null : dice.pick(candidates);
    }

    /** How the engagement ends; a client shared with another project is not given a death here. */
    private ExitReason drawReason(boolean shared) {
        ExitReason reason = ExitReason.values()[dice.weighted(plan.endingWeights())];
        return shared && reason == ExitReason.DIED ? ExitReason.OTHER : reason;
    }

    private int drawDuration(ExitReason reason) {
        if (reason == ExitReason.DROPPED_OUT && dice.chance(plan.oneOffShare())) {
            return 0;
        }
        int[] range = plan.durations()[reason.ordinal()];
        return dice.between(range[0], range[1]);
    }

    private static double drawResponse(Dice dice, ExitReason reason) {
        return switch (reason) {
            case COMPLETED_DRUG_FREE -> dice.uniform(0.55, 1.0);
            case COMPLETED_OCCASIONAL_USER -> dice.uniform(0.35, 0.85);
            case TRANSFERRED -> dice.uniform(0.0, 0.7);
            case DROPPED_OUT -> dice.uniform(-0.4, 0.55);
            case DECLINED -> dice.uniform(-0.3, 0.4);
            case PRISON -> dice.uniform(-0.4, 0.3);
            case DIED -> dice.uniform(-0.4, 0.2);
            case OTHER -> dice.uniform(-0.1, 0.6);
        };
    }

    private Engagement create(Person person, LocalDate start, ExitReason reason, int duration, boolean initial,
                              int depth) {
        LocalDate plannedEnd = start.plusDays(duration);
        double propensity = dice.uniform(plan.propensityLo(), plan.propensityHi());
        double response = drawResponse(dice, reason);
        TopModel.Baseline baseline = TopModel.baseline(dice, person.substance(), plan);
        Engagement e = new Engagement(person, plan, start, plannedEnd, reason, propensity, initial, response,
                baseline);
        e.intervalWeeks = dice.chance(0.7) ? 1 : 2;
        engagements.add(e);
        busyUntil.merge(person.clientId(), plannedEnd, (a, b) -> a.isAfter(b) ? a : b);
        if (e.endsInSpan() && reason != ExitReason.DIED && depth < 3) {
            double u = dice.uniform();
            // Gaps of 70+ days keep the next episode clear of this one's discharge; under 183 days is a
            // re-presentation in the NDTMS sense.
            int gap = u < 0.14 ? dice.between(70, 170) : u < 0.19 ? dice.between(200, 400) : -1;
            LocalDate next = gap < 0 ? null : firstOpenDayFrom(plannedEnd.plusDays(gap));
            if (next != null) {
                ExitReason again = drawReason(plan.sharesClientsOf() != null);
                e.next = create(person, next, again, drawDuration(again), false, depth + 1);
            }
        }
        return e;
    }

    // ---------------------------------------------------------------- contacts

    private void openSessions() {
        List<Engagement> waiting = new ArrayList<>(engagements);
        List<Engagement> active = new ArrayList<>();
        int next = 0;
        for (int s = 0; s < sessions.size(); s++) {
            LocalDate d = sessions.get(s);
            LocalDate following = s + 1 < sessions.size() ? sessions.get(s + 1) : null;
            while (next < waiting.size() && !waiting.get(next).start.isAfter(d)) {
                active.add(waiting.get(next++));
            }
            active.removeIf(e -> e.plannedEnd.isBefore(d));
            int forced = 0;
            double propensities = 0;
            boolean[] mustCome = new boolean[active.size()];
            for (int i = 0; i < active.size(); i++) {
                Engagement e = active.get(i);
                boolean first = !e.initial && e.attended.isEmpty();
                boolean last = e.endsInSpan() && (following == null || following.isAfter(e.plannedEnd));
                mustCome[i] = first || last;
                if (mustCome[i]) {
                    forced++;
                } else {
                    propensities += e.propensity;
                }
            }
            double factor = 1;
            if (plan.sessionTarget() > 0 && propensities > 0) {
                double target = plan.sessionTarget() * season(d) * (1 + dice.normal(0, 0.07));
                factor = Math.max(0, target - forced) / propensities;
            }
            List<String> rota = rota(d, plan.rotaSize() + (plan.rotaSize() > 4 ? dice.between(-3, 3) : 0));
            boolean booksOneToOnes = plan.id().equals("KCWS") || plan.id().equals("BAT");
            for (int i = 0; i < active.size(); i++) {
                Engagement e = active.get(i);
                if (mustCome[i] || dice.chance(Math.min(1, factor * e.propensity))) {
                    addContact(e, d, openContactType(d), rota, true);
                } else if (booksOneToOnes && dice.chance(0.004)) {
                    addContact(e, d, ContactType.ONE_TO_ONE, rota, false);
                }
            }
        }
    }

    private ContactType openContactType(LocalDate d) {
        return switch (plan.id()) {
            case "KCWS" -> pick(new ContactType[] {ContactType.DROP_IN, ContactType.ACTIVITY, ContactType.GROUP,
                    ContactType.ONE_TO_ONE}, 0.80, 0.10, 0.05, 0.05);
            case "BAT" -> switch (d.getDayOfWeek()) {
                // The weekly support meeting, and Thursday bingo; other nights one-to-ones, calls, ward visits.
                case TUESDAY -> dice.chance(0.6) ? ContactType.GROUP : ContactType.ONE_TO_ONE;
                case THURSDAY -> dice.chance(0.6) ? ContactType.ACTIVITY : ContactType.PHONE;
                default -> pick(new ContactType[] {ContactType.ONE_TO_ONE, ContactType.PHONE, ContactType.OUTREACH},
                        0.45, 0.30, 0.25);
            };
            case "FIRM" -> pick(new ContactType[] {ContactType.DROP_IN, ContactType.ACTIVITY, ContactType.GROUP},
                    0.60, 0.25, 0.15);
            case "OE" -> d.getDayOfWeek() == DayOfWeek.TUESDAY ? ContactType.GROUP
                    : dice.chance(0.9) ? ContactType.ACTIVITY : ContactType.ONE_TO_ONE;
            default -> dice.chance(0.8) ? ContactType.DROP_IN : ContactType.ACTIVITY;
        };
    }

    private void course() {
        for (Engagement e : engagements) {
            List<LocalDate> days = new ArrayList<>();
            LocalDate to = e.plannedEnd.isAfter(SPAN_END) ? SPAN_END : e.plannedEnd;
            for (LocalDate d = e.start.isBefore(SPAN_START) ? SPAN_START : e.start; !d.isAfter(to); d = d.plusDays(1)) {
                if (isOpen(d)) {
                    days.add(d);
                }
            }
            for (int k = 0; k < days.size(); k++) {
                boolean forced = (k == 0 && !e.initial) || (k == days.size() - 1 && e.endsInSpan());
                ContactType type = pick(new ContactType[] {ContactType.ACTIVITY, ContactType.GROUP,
                        ContactType.ONE_TO_ONE}, 0.7, 0.2, 0.1);
                addContact(e, days.get(k), type, rota(days.get(k), 1), forced || dice.chance(e.propensity));
            }
            trailingNoShows(e);
        }
    }

    private void appointments() {
        for (Engagement e : engagements) {
            LocalDate to = e.plannedEnd.isAfter(SPAN_END) ? SPAN_END : e.plannedEnd;
            boolean first = true;
            for (LocalDate d = e.start; !d.isAfter(to); d = d.plusWeeks(e.intervalWeeks)) {
                if (!isOpen(d)) {
                    continue;
                }
                boolean last = e.endsInSpan() && d.plusWeeks(e.intervalWeeks).isAfter(to);
                ContactType type = dice.chance(0.85) ? ContactType.ONE_TO_ONE : ContactType.PHONE;
                if (first || last || dice.chance(e.propensity)) {
                    addContact(e, d, type, mentorOnDuty(e, d), true);
                } else if (dice.chance(0.8)) {
                    addContact(e, d, type, mentorOnDuty(e, d), false);
                }
                first = false;
            }
            trailingNoShows(e);
        }
    }

    /** A client who drops out of a booked service usually misses an appointment or two before discharge. */
    private void trailingNoShows(Engagement e) {
        if (e.reason != ExitReason.DROPPED_OUT || !e.endsInSpan() || e.lastRow == null) {
            return;
        }
        int missed = dice.between(1, 3);
        LocalDate d = e.lastRow;
        for (int i = 0; i < missed; i++) {
            d = firstOpenDayFrom(d.plusDays(plan.booking() == ProjectPlan.Booking.COURSE ? 1 : 7));
            if (d == null || d.isAfter(e.plannedEnd.plusDays(10))) {
                return;
            }
            List<String> by = plan.booking() == ProjectPlan.Booking.APPOINTMENTS ? mentorOnDuty(e, d) : List.of();
            addContact(e, d, ContactType.ONE_TO_ONE, by, false);
        }
    }

    private List<String> mentorOnDuty(Engagement e, LocalDate d) {
        String mentor = mentorFor(e, d);
        return mentor == null ? List.of() : List.of(mentor);
    }

    /** The mentee's mentor; when a mentor has left, the least busy active mentor takes over. */
    private String mentorFor(Engagement e, LocalDate d) {
        List<Rows.VolunteerRow> active = activeVolunteers(d);
        if (e.mentorId != null && active.stream().anyMatch(v -> v.volunteerId().equals(e.mentorId))) {
            return e.mentorId;
        }
        String best = null;
        long bestLoad = Long.MAX_VALUE;
        for (Rows.VolunteerRow v : active) {
            long load = engagements.stream()
                    .filter(o -> v.volunteerId().equals(o.mentorId) && !o.plannedEnd.isBefore(d)).count();
            if (load < bestLoad) {
                best = v.volunteerId();
                bestLoad = load;
            }
        }
        e.mentorId = best;
        return best;
    }

    private void addContact(Engagement e, LocalDate d, ContactType type, List<String> onDuty, boolean attended) {
        DeliveredBy by = deliveredBy();
        String volunteer = null;
        if (by == DeliveredBy.PEER_VOLUNTEER) {
            if (onDuty.isEmpty()) {
                by = plan.id().equals("HDC") ? DeliveredBy.STAFF : DeliveredBy.PEER_WORKER;
            } else {
                volunteer = dice.pick(onDuty);
            }
        }
        Integer minutes = attended ? duration(type) : null;
        Boolean attendedCell = switch (plan.booking()) {
            case COURSE, APPOINTMENTS -> attended;
            // Drop-ins are not booked, so only the booked one-to-ones say whether the client came.
            case OPEN -> type == ContactType.ONE_TO_ONE && !plan.id().equals("OE") ? attended : null;
        };
        world.contacts.add(new Rows.ContactRow(plan.id(), e.person.clientId(), d, type, minutes, by, volunteer,
                attendedCell));
        if (attended) {
            e.attended.add(d);
        }
        e.lastRow = d;
    }

    private DeliveredBy deliveredBy() {
        DeliveredBy[] all = DeliveredBy.values();
        return switch (plan.id()) {
            case "KCWS" -> all[dice.weighted(0.88, 0.10, 0.02)];
            case "KCPM" -> DeliveredBy.PEER_VOLUNTEER;
            case "BAT" -> all[dice.weighted(0.70, 0.25, 0.05)];
            case "FIRM" -> all[dice.weighted(0.90, 0.10, 0)];
            case "HDC" -> all[dice.weighted(0.75, 0, 0.25)];
            case "OE" -> all[dice.weighted(0.10, 0.20, 0.70)];
            default -> all[dice.weighted(0.05, 0.10, 0.85)];
        };
    }

    private Integer duration(ContactType type) {
        if (dice.chance(plan.id().equals("HDC") ? 0.30 : 0.04)) {
            return null;
        }
        return switch (type) {
            case DROP_IN -> plan.id().equals("KCWS") ? 15 * dice.between(2, 16) : 30 * dice.between(2, 8);
            case ACTIVITY -> switch (plan.id()) {
                case "WR" -> 390;
                case "OE" -> 180;
                case "BAT" -> 120;
                default -> 30 * dice.between(2, 4);
            };
            case GROUP -> switch (plan.id()) {
                case "WR" -> 180;
                case "OE" -> 150;
                default -> 90;
            };
            case ONE_TO_ONE -> plan.id().equals("KCPM") ? 15 * dice.between(3, 6) : 15 * dice.between(2, 6);
            case PHONE -> 5 * dice.between(2, 6);
            case OUTREACH -> 30 * dice.between(2, 4);
            case OTHER -> 30;
        };
    }

    private <T> T pick(T[] items, double... weights) {
        return items[dice.weighted(weights)];
    }

    // ---------------------------------------------------------------- episodes

    private void episodes() {
        for (Engagement e : engagements) {
            LocalDate end = null;
            ExitReason reason = null;
            if (e.endsInSpan() && e.lastRow != null) {
                int[] delay = switch (e.reason) {
                    case COMPLETED_DRUG_FREE, COMPLETED_OCCASIONAL_USER, DECLINED -> new int[] {0, 14};
                    case TRANSFERRED -> new int[] {0, 21};
                    case DROPPED_OUT -> new int[] {21, 56};
                    case PRISON -> new int[] {1, 30};
                    case DIED -> new int[] {1, 40};
                    case OTHER -> new int[] {7, 40};
                };
                LocalDate candidate = e.lastRow.plusDays(dice.between(delay[0], delay[1]));
                if (!candidate.isAfter(SPAN_END)) {
                    end = candidate;
                    reason = e.reason;
                }
            }
            world.episodes.add(new Rows.EpisodeRow(e.person.clientId(), plan.id(), e.start, end, reason));
        }
    }

    // ---------------------------------------------------------------- TOPs

    private void tops(Engagement e) {
        List<LocalDate> seen = e.attended;
        if (seen.isEmpty()) {
            return;
        }
        List<Rows.TopRow> rows = new ArrayList<>();
        LocalDate startTop = null;
        LocalDate first = seen.get(0);
        if (e.initial) {
            // Their start TOP predates the extract: now and then a review turns up without one.
            if (dice.chance(0.3)) {
                List<LocalDate> early = within(seen, first, first.plusDays(150));
                addTop(rows, e, dice.pick(early), TopStage.REVIEW, first.minusDays(120));
            }
        } else {
            boolean eligible = !plan.id().equals("KCWS") || seen.size() >= 3;
            if (eligible && dice.chance(plan.startTopCoverage())) {
                List<LocalDate> late = within(seen, first.plusDays(29), first.plusDays(70));
                List<LocalDate> timely = within(seen, first, first.plusDays(28));
                startTop = !late.isEmpty() && dice.chance(0.1) ? dice.pick(late)
                        : dice.chance(0.4) ? first : dice.pick(timely);
                rows.add(new Rows.TopRow(e.person.clientId(), plan.id(), startTop, TopStage.START,
                        blanked(TopModel.start(e.baseline))));
                if (dice.chance(0.05)) {
                    reviewNear(rows, e, startTop, startTop.plusDays(14), startTop.plusDays(30), startTop);
                }
                double[] chances = {0.85, 0.80, 0.55};
                for (int t = 0; t < plan.reviewTargets().length; t++) {
                    int target = plan.reviewTargets()[t];
                    int slack = target > 300 ? 30 : target < 60 ? 7 : 21;
                    if (dice.chance(chances[t])) {
                        reviewNear(rows, e, startTop.plusDays(target), startTop.plusDays(target - slack),
                                startTop.plusDays(target + slack), startTop);
                    }
                }
            } else if (dice.chance(0.08)) {
                reviewNear(rows, e, first.plusDays(91), first.plusDays(70), first.plusDays(112), first);
            }
        }
        LocalDate last = e.lastAttended();
        LocalDate anchor = startTop != null ? startTop : first;
        if (e.endsInSpan() && last.isAfter(anchor) && dice.chance(exitTopChance(e.reason))) {
            rows.removeIf(r -> r.stage() == TopStage.REVIEW && !r.date().isBefore(last.minusDays(14)));
            addTop(rows, e, last, TopStage.EXIT, anchor);
            LocalDate after = last.plusDays(dice.between(150, 210));
            boolean backAlready = e.next != null && !e.next.start.isAfter(after);
            if (!after.isAfter(SPAN_END) && !backAlready && dice.chance(0.35)) {
                double g = TopModel.clamp(e.response + dice.normal(0, 0.25), -0.5, 1);
                rows.add(new Rows.TopRow(e.person.clientId(), plan.id(), after, TopStage.POST_EXIT,
                        blanked(TopModel.followUp(dice, e.baseline, g, TopStage.POST_EXIT, e.reason, false, plan))));
            }
        }
        world.tops.addAll(rows);
    }

    private static double exitTopChance(ExitReason reason) {
        return switch (reason) {
            case COMPLETED_DRUG_FREE, COMPLETED_OCCASIONAL_USER -> 0.85;
            case TRANSFERRED -> 0.5;
            case DROPPED_OUT -> 0.12;
            case DECLINED -> 0.25;
            case PRISON -> 0.05;
            case DIED -> 0;
            case OTHER -> 0.3;
        };
    }

    /** A review on the attended contact nearest {@code target} within [from, to], if there is one. */
    private void reviewNear(List<Rows.TopRow> rows, Engagement e, LocalDate target, LocalDate from, LocalDate to,
                            LocalDate anchor) {
        LocalDate best = null;
        for (LocalDate d : within(e.attended, from, to)) {
            if (d.isAfter(anchor) && (best == null
                    || Math.abs(ChronoUnit.DAYS.between(target, d)) < Math.abs(ChronoUnit.DAYS.between(target, best)))) {
                best = d;
            }
        }
        if (best != null) {
            addTop(rows, e, best, TopStage.REVIEW, anchor);
        }
    }

    private void addTop(List<Rows.TopRow> rows, Engagement e, LocalDate d, TopStage stage, LocalDate anchor) {
        double elapsed = Math.max(0, ChronoUnit.DAYS.between(anchor, d));
        double g = e.response * StrictMath.pow(Math.min(1, elapsed / plan.horizonDays()), 0.7);
        boolean inCourse = plan.booking() == ProjectPlan.Booking.COURSE && (stage == TopStage.REVIEW
                || (stage == TopStage.EXIT && e.reason.isSuccessful()));
        rows.add(new Rows.TopRow(e.person.clientId(), plan.id(), d, stage,
                blanked(TopModel.followUp(dice, e.baseline, g, stage, e.reason, inCourse, plan))));
    }

    private double[] blanked(double[] values) {
        TopModel.blankSome(dice, values, plan);
        return values;
    }

    private static List<LocalDate> within(List<LocalDate> dates, LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d : dates) {
            if (!d.isBefore(from) && !d.isAfter(to)) {
                out.add(d);
            }
        }
        return out;
    }
}
