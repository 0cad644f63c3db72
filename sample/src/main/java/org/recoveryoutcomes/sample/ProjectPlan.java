package org.recoveryoutcomes.sample;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.recoveryoutcomes.engine.model.ServiceType;

/**
 * How one synthetic project behaves: when it is open, how many people arrive, how engagements end, whether it
 * does TOPs and keeps episodes. The seven plans are drawn from the seed texts (five peer-led aftercare
 * projects, a peer-run weekend service in Kensington and Chelsea and its peer mentoring offshoot).
 *
 * <p>Arrays follow enum declaration order: {@code endingWeights} and {@code durations} follow
 * {@code ExitReason}, {@code substanceMix} follows {@code Substance}, {@code referralMix} follows
 * {@code ReferralSource}.
 *
 * @param booking how contacts arise: open sessions anyone active may attend, a full-time course, or booked
 *     appointments
 * @param sessionTarget mean attended contacts per open session the project is steered to (0 = not steered)
 * @param arrivalsPerWeek mean new engagements a week
 * @param initialCohort engagements already running when the extract begins
 * @param startTopCoverage share of new engagements that get a start TOP (0 = the project does no TOPs)
 * @param oneOffShare share of {@code dropped_out} engagements that are a single visit
 * @param useAtStart chance that a client uses their primary substance at the start TOP
 * @param reviewTargets days after the start TOP at which reviews are due
 * @param horizonDays days over which a client's response builds up to its full size
 * @param initialVolunteers volunteers active when the extract begins (0 = none of its own)
 * @param rotaSize volunteers on duty at an open session
 * @param sharesClientsOf the project (same borough) whose clients also come here, or {@code null}
 * @param sharedShare share of this project's new engagements that are clients of {@code sharesClientsOf}
 */
record ProjectPlan(String id, String name, String borough, ServiceType serviceType, String commissioner,
                   LocalDate opened, LocalDate firstSession, Set<DayOfWeek> openDays, boolean openOnHolidays,
                   Booking booking, double sessionTarget, double arrivalsPerWeek, int initialCohort,
                   double startTopCoverage, boolean episodes, boolean recordsVolunteering,
                   double[] endingWeights, int[][] durations, double oneOffShare,
                   double propensityLo, double propensityHi, double useAtStart,
                   double[] substanceMix, double[] referralMix, int[] reviewTargets, int horizonDays,
                   int initialVolunteers, int rotaSize, String sharesClientsOf, double sharedShare) {

    /** How a project's contacts arise. */
    enum Booking {
        /** Open sessions (drop-in, club night, group): any active client may come. */
        OPEN,
        /** A full-time weekday course with a register: every course day is attended or a DNA. */
        COURSE,
        /** Weekly or fortnightly booked appointments with one mentor. */
        APPOINTMENTS
    }

    /** First day of the extract: contacts run from here. */
    static final LocalDate SPAN_START = LocalDate.of(2024, 4, 1);
    /** Last day of the extract (the end of 2026/27-Q2). */
    static final LocalDate SPAN_END = LocalDate.of(2026, 9, 30);

    boolean doesTops() {
        return startTopCoverage > 0;
    }

    private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
    private static final double[] LONDON_DRINK_AND_DRUGS = {0.40, 0.30, 0.12, 0.08, 0.02, 0.05, 0.03};

    /** The seven projects, in the order they are simulated (a project that shares clients comes after its source). */
    static List<ProjectPlan> catalogue() {
        return List.of(
                new ProjectPlan("BAT", "Battling Addiction Together", "Ealing", ServiceType.PEER_AFTERCARE,
                        "Ealing DAAT", LocalDate.of(1991, 9, 2), SPAN_START, EVERY_DAY, true, Booking.OPEN,
                        0, 2.2, 40, 0.85, true, true,
                        new double[] {0.42, 0.10, 0.08, 0.24, 0.07, 0.04, 0.01, 0.04},
                        new int[][] {{100, 330}, {100, 330}, {20, 150}, {3, 160}, {0, 20}, {14, 200}, {30, 300},
                                {14, 200}},
                        0, 0.03, 0.15, 0.65,
                        new double[] {0.55, 0.20, 0.08, 0.08, 0.02, 0.05, 0.02},
                        new double[] {0.30, 0.55, 0.05, 0.05, 0.05},
                        new int[] {91, 182, 365}, 182, 10, 3, null, 0),
                new ProjectPlan("WR", "Working Recovery", "Bournemouth", ServiceType.VOCATIONAL,
                        "Bournemouth DAAT", LocalDate.of(1998, 9, 7), SPAN_START, WEEKDAYS, false, Booking.COURSE,
                        0, 0.55, 6, 0.90, true, false,
                        new double[] {0.50, 0.08, 0.05, 0.25, 0.06, 0.02, 0.005, 0.035},
                        new int[][] {{81, 81}, {81, 81}, {10, 60}, {2, 70}, {0, 7}, {10, 70}, {20, 70}, {10, 70}},
                        0, 0.75, 0.97, 0.45,
                        new double[] {0.40, 0.30, 0.08, 0.08, 0.03, 0.08, 0.03},
                        new double[] {0.20, 0.60, 0.10, 0.02, 0.08},
                        new int[] {42}, 84, 3, 1, null, 0),
                new ProjectPlan("FIRM", "FIRM (Fun In Recovery Management)", "Hammersmith and Fulham",
                        ServiceType.PEER_AFTERCARE, "Hammersmith and Fulham DAAT", LocalDate.of(1995, 10, 2),
                        SPAN_START, EnumSet.of(MONDAY, SATURDAY), false, Booking.OPEN,
                        0, 1.5, 30, 0.75, true, true,
                        new double[] {0.40, 0.12, 0.06, 0.26, 0.06, 0.04, 0.01, 0.05},
                        new int[][] {{90, 420}, {90, 420}, {20, 150}, {3, 180}, {0, 21}, {14, 200}, {30, 300},
                                {14, 200}},
                        0, 0.10, 0.40, 0.50, LONDON_DRINK_AND_DRUGS,
                        new double[] {0.45, 0.40, 0.05, 0.05, 0.05},
                        new int[] {91, 182, 365}, 182, 9, 4, null, 0),
                new ProjectPlan("OE", "Outside Edge Theatre Company", "Hammersmith and Fulham", ServiceType.ARTS,
                        "Hammersmith and Fulham DAAT", LocalDate.of(1999, 3, 1), SPAN_START,
                        EnumSet.of(TUESDAY, THURSDAY), false, Booking.OPEN,
                        0, 0.6, 15, 0.70, false, true,
                        new double[] {0.45, 0.10, 0.05, 0.30, 0.04, 0.02, 0, 0.04},
                        new int[][] {{84, 280}, {84, 280}, {14, 120}, {0, 90}, {0, 14}, {14, 150}, {30, 200},
                                {14, 150}},
                        0.2, 0.30, 0.70, 0.50, LONDON_DRINK_AND_DRUGS,
                        new double[] {0.40, 0.45, 0.05, 0.03, 0.07},
                        new int[] {91, 182, 365}, 182, 3, 1, "FIRM", 0.4),
                new ProjectPlan("HDC", "High and Dry Club", "Camden", ServiceType.SOCIAL_CLUB, "Camden DAAT",
                        LocalDate.of(1998, 5, 6), SPAN_START, EnumSet.of(WEDNESDAY, SUNDAY), false, Booking.OPEN,
                        0, 1.3, 35, 0, false, false,
                        new double[] {0.20, 0.10, 0.03, 0.60, 0, 0.03, 0, 0.04},
                        new int[][] {{120, 720}, {120, 720}, {30, 300}, {7, 180}, {0, 0}, {30, 300}, {0, 0},
                                {30, 400}},
                        0.3, 0.10, 0.45, 0.40,
                        new double[] {0.55, 0.20, 0.08, 0.08, 0.02, 0.05, 0.02},
                        new double[] {0.55, 0.25, 0.03, 0.07, 0.10},
                        new int[0], 182, 7, 3, null, 0),
                new ProjectPlan("KCWS", "Kensington and Chelsea service user group weekend peer-run service",
                        "Kensington and Chelsea", ServiceType.DROP_IN, "Kensington and Chelsea DAAT",
                        LocalDate.of(2020, 9, 5), SPAN_START, EnumSet.of(SATURDAY, SUNDAY), false, Booking.OPEN,
                        53, 8.5, 150, 0.55, false, true,
                        new double[] {0.18, 0.10, 0.05, 0.58, 0, 0.04, 0, 0.05},
                        new int[][] {{120, 720}, {120, 720}, {30, 300}, {7, 180}, {0, 0}, {30, 400}, {0, 0},
                                {30, 400}},
                        0.4, 0.15, 0.75, 0.85,
                        new double[] {0.30, 0.38, 0.15, 0.07, 0.02, 0.05, 0.03},
                        new double[] {0.60, 0.25, 0.05, 0.04, 0.06},
                        new int[] {91, 182, 365}, 182, 70, 14, null, 0),
                new ProjectPlan("KCPM", "Kensington and Chelsea peer mentoring service", "Kensington and Chelsea",
                        ServiceType.PEER_MENTORING, "Kensington and Chelsea DAAT", LocalDate.of(2025, 2, 3),
                        LocalDate.of(2025, 2, 17), WEEKDAYS, false, Booking.APPOINTMENTS,
                        0, 1.2, 0, 0.90, true, true,
                        new double[] {0.40, 0.15, 0.07, 0.25, 0.06, 0.03, 0.01, 0.03},
                        new int[][] {{150, 240}, {150, 240}, {20, 150}, {7, 150}, {0, 14}, {14, 150}, {30, 200},
                                {14, 150}},
                        0, 0.65, 0.95, 0.80,
                        new double[] {0.30, 0.38, 0.15, 0.07, 0.02, 0.05, 0.03},
                        new double[] {0.20, 0.60, 0.10, 0.05, 0.05},
                        new int[] {91, 182, 365}, 182, 0, 0, "KCWS", 0.4));
    }
}
