package org.recoveryoutcomes.sample;

import java.util.Arrays;
import org.recoveryoutcomes.engine.model.ExitReason;
import org.recoveryoutcomes.engine.model.Substance;
import org.recoveryoutcomes.engine.model.TopItem;
import org.recoveryoutcomes.engine.model.TopStage;

/**
 * TOP answers from a client's baseline and their progress. Progress {@code g} is the engagement's response
 * scaled by how far into it the interview falls (full after {@code horizonDays}); everything improves with g
 * and worsens when g is negative. Each substance has a fixed draw per engagement that decides abstinence, so
 * a client abstinent at three months stays abstinent at six unless their progress falls. Abstinence among
 * users lands between about a third (opiates, cannabis) and a half or more (crack, cocaine); ratings rise by
 * two to four points on average at six months, with a spread that includes people who get worse.
 */
final class TopModel {

    static final int ITEMS = TopItem.values().length;
    private static final int SUBSTANCES = Substance.values().length;

    /** Base chance of abstinence at follow-up among users, per {@code Substance}. */
    private static final double[] ABSTINENCE = {0.42, 0.33, 0.50, 0.55, 0.50, 0.30, 0.45};
    /** Chance of using each other substance, by primary substance (rows and columns in {@code Substance} order). */
    private static final double[][] ALSO_USES = {
            {0, 0.03, 0.03, 0.12, 0.02, 0.10, 0.03},
            {0.30, 0, 0.45, 0.05, 0.02, 0.15, 0.08},
            {0.35, 0.30, 0, 0.10, 0.02, 0.15, 0.05},
            {0.60, 0.03, 0.10, 0, 0.05, 0.20, 0.05},
            {0.35, 0.05, 0.05, 0.10, 0, 0.25, 0.10},
            {0.35, 0.03, 0.05, 0.10, 0.05, 0, 0.05},
            {0.35, 0.10, 0.05, 0.05, 0.05, 0.20, 0}};
    /** Chance of injecting by primary substance. */
    private static final double[] INJECTS = {0.01, 0.35, 0.12, 0.02, 0.10, 0, 0.02};

    private TopModel() {
    }

    /** What a client brings to an engagement: the answers of their start TOP, and how they will change. */
    static final class Baseline {
        final int[] days = new int[SUBSTANCES];
        final double[] abstinenceDraw = new double[SUBSTANCES];
        double units;
        int injecting;
        boolean sharing;
        int shoplifting;
        int selling;
        boolean theftFromVehicle;
        boolean otherTheft;
        boolean fraud;
        boolean assault;
        int psych;
        int physical;
        int qualityOfLife;
        double gain;
        int paidWork;
        int education;
        int volunteering;
        boolean housing;
        boolean eviction;
    }

    static Baseline baseline(Dice dice, Substance primary, ProjectPlan plan) {
        Baseline b = new Baseline();
        int p = primary.ordinal();
        boolean usingPrimary = dice.chance(plan.useAtStart());
        if (usingPrimary) {
            double u = dice.uniform();
            b.days[p] = switch (primary) {
                case ALCOHOL -> 4 + (int) (24.99 * StrictMath.sqrt(u));
                case OPIATES -> 6 + (int) (22.99 * StrictMath.sqrt(u));
                case CANNABIS -> 3 + (int) (25.99 * StrictMath.sqrt(u));
                case CRACK -> 1 + (int) (20 * u);
                case COCAINE -> 1 + (int) (12 * u);
                case AMPHETAMINES, OTHER_DRUG -> 1 + (int) (14 * u);
            };
        }
        for (Substance s : Substance.values()) {
            int i = s.ordinal();
            double chance = ALSO_USES[p][i] * (usingPrimary ? 1 : 0.35);
            if (i != p && dice.chance(chance)) {
                b.days[i] = s == Substance.ALCOHOL ? dice.between(2, 20) : dice.between(1, 12);
            }
            b.abstinenceDraw[i] = dice.uniform();
        }
        if (b.days[Substance.ALCOHOL.ordinal()] > 0) {
            b.units = dice.between(6, 60) / 2.0;
        }
        boolean anyDrug = false;
        for (Substance s : Substance.values()) {
            anyDrug |= s.isIllicit() && b.days[s.ordinal()] > 0;
        }
        if (anyDrug && dice.chance(INJECTS[p] / plan.useAtStart())) {
            int most = Math.max(b.days[Substance.OPIATES.ordinal()],
                    Math.max(b.days[Substance.CRACK.ordinal()], b.days[Substance.AMPHETAMINES.ordinal()]));
            b.injecting = most == 0 ? 0 : dice.between(Math.max(1, most / 2), most);
            b.sharing = b.injecting > 0 && dice.chance(0.22);
        }
        boolean heavyDrugs = primary == Substance.OPIATES || primary == Substance.CRACK;
        b.shoplifting = dice.chance(heavyDrugs ? 0.30 : 0.05) ? dice.between(1, 20) : 0;
        b.selling = dice.chance(heavyDrugs ? 0.10 : 0.03) ? dice.between(1, 12) : 0;
        b.theftFromVehicle = dice.chance(heavyDrugs ? 0.03 : 0.01);
        b.otherTheft = dice.chance(heavyDrugs ? 0.12 : 0.04);
        b.fraud = dice.chance(heavyDrugs ? 0.05 : 0.02);
        b.assault = dice.chance(0.06);
        double wellbeing = dice.normal();
        b.psych = score(9.0 + 3.2 * (0.7 * wellbeing + 0.7 * dice.normal()));
        b.physical = score(10.5 + 3.2 * (0.5 * wellbeing + 0.85 * dice.normal()));
        b.qualityOfLife = score(9.0 + 3.2 * (0.75 * wellbeing + 0.65 * dice.normal()));
        b.gain = dice.uniform(0.6, 1.4);
        b.paidWork = dice.chance(plan.id().equals("WR") ? 0.05 : 0.12) ? dice.between(4, 22) : 0;
        b.education = dice.chance(0.06) ? dice.between(2, 16) : 0;
        b.volunteering = dice.chance(0.08) ? dice.between(2, 12) : 0;
        b.housing = dice.chance(plan.id().startsWith("KC") ? 0.28 : 0.15);
        b.eviction = !b.housing && dice.chance(0.10);
        return b;
    }

    /** The answers at the start TOP. */
    static double[] start(Baseline b) {
        double[] v = new double[ITEMS];
        for (int i = 0; i < SUBSTANCES; i++) {
            v[Substance.values()[i].daysItem().ordinal()] = b.days[i];
        }
        v[TopItem.ALCOHOL_UNITS.ordinal()] = b.units;
        v[TopItem.INJECTING_DAYS.ordinal()] = b.injecting;
        v[TopItem.SHARED_EQUIPMENT.ordinal()] = flag(b.sharing);
        v[TopItem.SHOPLIFTING_DAYS.ordinal()] = b.shoplifting;
        v[TopItem.SELLING_DRUGS_DAYS.ordinal()] = b.selling;
        v[TopItem.THEFT_FROM_VEHICLE.ordinal()] = flag(b.theftFromVehicle);
        v[TopItem.OTHER_THEFT.ordinal()] = flag(b.otherTheft);
        v[TopItem.FRAUD_HANDLING.ordinal()] = flag(b.fraud);
        v[TopItem.ASSAULT_VIOLENCE.ordinal()] = flag(b.assault);
        v[TopItem.PSYCH_HEALTH.ordinal()] = b.psych;
        v[TopItem.PHYSICAL_HEALTH.ordinal()] = b.physical;
        v[TopItem.QUALITY_OF_LIFE.ordinal()] = b.qualityOfLife;
        v[TopItem.PAID_WORK_DAYS.ordinal()] = b.paidWork;
        v[TopItem.EDUCATION_DAYS.ordinal()] = b.education;
        v[TopItem.VOLUNTEERING_DAYS.ordinal()] = b.volunteering;
        v[TopItem.ACUTE_HOUSING_PROBLEM.ordinal()] = flag(b.housing);
        v[TopItem.RISK_OF_EVICTION.ordinal()] = flag(b.eviction);
        return v;
    }

    /**
     * The answers at a review, exit or post-exit TOP.
     *
     * @param g progress: the response scaled by time since the start
     * @param inCourse whether the client is still on a full-time course (education days)
     */
    static double[] followUp(Dice dice, Baseline b, double g, TopStage stage, ExitReason reason, boolean inCourse,
                             ProjectPlan plan) {
        double[] v = new double[ITEMS];
        boolean drugFreeExit = stage == TopStage.EXIT && reason == ExitReason.COMPLETED_DRUG_FREE;
        boolean occasionalExit = stage == TopStage.EXIT && reason == ExitReason.COMPLETED_OCCASIONAL_USER;
        int[] days = new int[SUBSTANCES];
        for (int i = 0; i < SUBSTANCES; i++) {
            int d0 = b.days[i];
            if (drugFreeExit) {
                days[i] = 0;
            } else if (d0 > 0) {
                double pAbstinent = clamp(ABSTINENCE[i] * (0.35 + 1.3 * g), 0.02, 0.95);
                days[i] = b.abstinenceDraw[i] < pAbstinent ? 0
                        : (int) clamp(StrictMath.rint(d0 * (1 - 0.7 * g) + dice.normal(0, 2.5)), 1, 28);
            } else {
                days[i] = dice.chance(0.04 * (1 - g)) ? dice.between(1, 6) : 0;
            }
            if (occasionalExit) {
                days[i] = Math.min(days[i], 4);
            }
        }
        if (occasionalExit && Arrays.stream(days).allMatch(d -> d == 0)) {
            int main = 0;
            for (int i = 1; i < SUBSTANCES; i++) {
                main = b.days[i] > b.days[main] ? i : main;
            }
            days[main] = dice.between(1, 3);
        }
        for (int i = 0; i < SUBSTANCES; i++) {
            v[Substance.values()[i].daysItem().ordinal()] = days[i];
        }
        int alcohol = days[Substance.ALCOHOL.ordinal()];
        v[TopItem.ALCOHOL_UNITS.ordinal()] = alcohol == 0 ? 0
                : StrictMath.rint(2 * Math.max(1, (b.units > 0 ? b.units : 8) * (1 - 0.4 * g)
                        + dice.normal(0, 2))) / 2;

        int mostInjectable = Math.max(days[Substance.OPIATES.ordinal()],
                Math.max(days[Substance.CRACK.ordinal()], days[Substance.AMPHETAMINES.ordinal()]));
        int injecting = 0;
        if (b.injecting > 0 && mostInjectable > 0 && !dice.chance(0.25 + 0.4 * g)) {
            injecting = (int) clamp(StrictMath.rint(b.injecting * (1 - 0.5 * g) + dice.normal(0, 2)), 1,
                    mostInjectable);
        }
        v[TopItem.INJECTING_DAYS.ordinal()] = injecting;
        v[TopItem.SHARED_EQUIPMENT.ordinal()] =
                flag(injecting > 0 && dice.chance(b.sharing ? clamp(0.5 - 0.3 * g, 0.05, 0.7) : 0.04));

        v[TopItem.SHOPLIFTING_DAYS.ordinal()] = crimeDays(dice, b.shoplifting, g, 20);
        v[TopItem.SELLING_DRUGS_DAYS.ordinal()] = crimeDays(dice, b.selling, g, 12);
        v[TopItem.THEFT_FROM_VEHICLE.ordinal()] = flag(crime(dice, b.theftFromVehicle, g));
        v[TopItem.OTHER_THEFT.ordinal()] = flag(crime(dice, b.otherTheft, g));
        v[TopItem.FRAUD_HANDLING.ordinal()] = flag(crime(dice, b.fraud, g));
        v[TopItem.ASSAULT_VIOLENCE.ordinal()] = flag(crime(dice, b.assault, g));

        v[TopItem.PSYCH_HEALTH.ordinal()] = score(b.psych + 6.0 * g * b.gain + dice.normal(0, 2.2));
        v[TopItem.PHYSICAL_HEALTH.ordinal()] = score(b.physical + 4.5 * g * b.gain + dice.normal(0, 2.2));
        v[TopItem.QUALITY_OF_LIFE.ordinal()] = score(b.qualityOfLife + 6.5 * g * b.gain + dice.normal(0, 2.2));

        boolean vocational = plan.id().equals("WR");
        int paid = b.paidWork;
        if (paid > 0) {
            paid = dice.chance(0.85) ? (int) clamp(paid + dice.between(-4, 4), 1, 28) : 0;
        } else if (!inCourse && dice.chance(Math.max(0.01, (vocational ? 0.12 : 0.06) + (vocational ? 0.3 : 0.18) * g))) {
            paid = dice.between(4, 20);
        }
        v[TopItem.PAID_WORK_DAYS.ordinal()] = paid;
        int education;
        if (inCourse) {
            education = dice.between(14, 20);
        } else if (b.education > 0 && dice.chance(0.6)) {
            education = b.education;
        } else {
            education = dice.chance(Math.max(0.01, (vocational ? 0.15 : 0.04) + 0.1 * g)) ? dice.between(2, 16) : 0;
        }
        v[TopItem.EDUCATION_DAYS.ordinal()] = education;
        int volunteering;
        if (b.volunteering > 0) {
            volunteering = dice.chance(0.8) ? (int) clamp(b.volunteering + dice.between(-2, 4), 1, 28) : 0;
        } else {
            volunteering = dice.chance(Math.max(0.01, 0.05 + 0.25 * g)) ? dice.between(2, 16) : 0;
        }
        v[TopItem.VOLUNTEERING_DAYS.ordinal()] = volunteering;
        v[TopItem.ACUTE_HOUSING_PROBLEM.ordinal()] = flag(b.housing ? !dice.chance(0.30 + 0.45 * g)
                : dice.chance(0.03));
        v[TopItem.RISK_OF_EVICTION.ordinal()] = flag(b.eviction ? !dice.chance(0.35 + 0.4 * g)
                : dice.chance(0.03));
        return v;
    }

    /**
     * Leaves cells empty the way real TOP returns do: now and then an item, the odd rating, sometimes the whole
     * offending section; units only where the client drank; volunteering only where the project records it.
     */
    static void blankSome(Dice dice, double[] v, ProjectPlan plan) {
        boolean noOffending = dice.chance(0.02);
        for (TopItem item : TopItem.values()) {
            int i = item.ordinal();
            boolean offending = i >= TopItem.SHOPLIFTING_DAYS.ordinal() && i <= TopItem.ASSAULT_VIOLENCE.ordinal();
            double p = item.kind() == TopItem.Kind.SCORE ? 0.03 : 0.012;
            if ((offending && noOffending) || dice.chance(p)) {
                v[i] = Double.NaN;
            }
        }
        int units = TopItem.ALCOHOL_UNITS.ordinal();
        double alcohol = v[TopItem.ALCOHOL_DAYS.ordinal()];
        if (Double.isNaN(alcohol) || alcohol == 0 || v[units] <= 0 || dice.chance(0.15)) {
            v[units] = Double.NaN;
        }
        int volunteering = TopItem.VOLUNTEERING_DAYS.ordinal();
        if (!plan.recordsVolunteering() || dice.chance(0.08)) {
            v[volunteering] = Double.NaN;
        }
    }

    private static int crimeDays(Dice dice, int d0, double g, int max) {
        if (d0 > 0) {
            return dice.chance(0.45 + 0.35 * g) ? 0 : (int) clamp(StrictMath.rint(d0 * (1 - 0.5 * g)
                    + dice.normal(0, 2)), 1, max);
        }
        return dice.chance(0.02) ? dice.between(1, 5) : 0;
    }

    private static boolean crime(Dice dice, boolean before, double g) {
        return before ? !dice.chance(0.5 + 0.35 * g) : dice.chance(0.015);
    }

    private static int score(double x) {
        return (int) clamp(StrictMath.rint(x), 0, 20);
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }

    static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
