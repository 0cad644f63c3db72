package org.recoveryoutcomes.sample;

import org.recoveryoutcomes.engine.model.AgeBand;
import org.recoveryoutcomes.engine.model.Ethnicity;
import org.recoveryoutcomes.engine.model.ReferralSource;
import org.recoveryoutcomes.engine.model.Sex;
import org.recoveryoutcomes.engine.model.SexualOrientation;
import org.recoveryoutcomes.engine.model.Substance;

/**
 * Client profiles with the mixes of adults in community drug and alcohol services: about seven men in ten,
 * mostly 35–54, alcohol and opiates the commonest primary substances, ethnicity by area (London boroughs more
 * diverse than Bournemouth). A few fields are left empty on purpose, as real exports have them.
 */
final class Profiles {

    private static final double[] SEX = {0.71, 0.26, 0.005, 0.025};
    private static final double[] AGE_BAND = {0.04, 0.18, 0.33, 0.28, 0.14, 0.03};
    private static final int[][] AGE_IN_2026 = {{20, 24}, {25, 34}, {35, 44}, {45, 54}, {55, 64}, {65, 78}};
    /** Ethnicity in {@code Ethnicity} order: white, mixed, asian, black, other, not_stated. */
    private static final double[] ETHNICITY_LONDON = {0.68, 0.07, 0.05, 0.12, 0.04, 0.04};
    private static final double[] ETHNICITY_EALING = {0.62, 0.05, 0.14, 0.09, 0.05, 0.05};
    private static final double[] ETHNICITY_BOURNEMOUTH = {0.90, 0.03, 0.02, 0.02, 0.01, 0.02};
    private static final double[] ORIENTATION = {0.84, 0.05, 0.03, 0.01, 0.07};
    private static final double[] ORIENTATION_INNER_LONDON = {0.81, 0.08, 0.04, 0.01, 0.06};

    private Profiles() {
    }

    static Person create(Dice dice, ProjectPlan plan, String clientId) {
        Sex sex = dice.chance(0.01) ? null : Sex.values()[dice.weighted(SEX)];
        int band = dice.weighted(AGE_BAND);
        AgeBand ageBand = null;
        Integer birthYear = null;
        double ageMode = dice.uniform();
        if (ageMode < 0.15) {
            // Some systems export a year of birth instead of a band; 2026 − age keeps everyone 18+ from 2024.
            birthYear = 2026 - dice.between(AGE_IN_2026[band][0], AGE_IN_2026[band][1]);
        } else if (ageMode < 0.98) {
            ageBand = AgeBand.values()[band];
        }
        double[] ethnicityMix = switch (plan.borough()) {
            case "Bournemouth" -> ETHNICITY_BOURNEMOUTH;
            case "Ealing" -> ETHNICITY_EALING;
            default -> ETHNICITY_LONDON;
        };
        Ethnicity ethnicity = dice.chance(0.02) ? null : Ethnicity.values()[dice.weighted(ethnicityMix)];
        double d = dice.uniform();
        Boolean disability = d < 0.27 ? Boolean.TRUE : d < 0.93 ? Boolean.FALSE : null;
        double[] orientationMix = plan.borough().equals("Kensington and Chelsea") || plan.borough().equals("Camden")
                ? ORIENTATION_INNER_LONDON : ORIENTATION;
        SexualOrientation orientation = dice.chance(0.02) ? null
                : SexualOrientation.values()[dice.weighted(orientationMix)];
        Substance substance = Substance.values()[dice.weighted(plan.substanceMix())];
        Substance written = dice.chance(0.02) ? null : substance;
        ReferralSource referral = dice.chance(0.04) ? null
                : ReferralSource.values()[dice.weighted(plan.referralMix())];
        return new Person(clientId, plan.borough(), substance, new Rows.ClientRow(clientId, sex, ageBand, birthYear,
                ethnicity, disability, orientation, written, referral));
    }
}
