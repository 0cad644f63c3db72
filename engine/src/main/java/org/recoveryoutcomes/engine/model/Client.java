package org.recoveryoutcomes.engine.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A client's profile, for equality breakdowns. Every field but the id may be {@code null} (missing). This
 * class is immutable.
 *
 * @param ageBand the band given in the file, or {@code null} when only {@code birthYear} was given
 * @param birthYear the year of birth when given instead of a band
 */
public record Client(String clientId, Sex sex, AgeBand ageBand, Integer birthYear, Ethnicity ethnicity,
                     Boolean disability, SexualOrientation sexualOrientation, Substance primarySubstance,
                     ReferralSource referralSource, SourceLocation source) {

    public Client {
        Objects.requireNonNull(clientId, "clientId");
    }

    /**
     * The age band at {@code date}: the given band, else the band of (year of {@code date} − birth year),
     * else {@code null}.
     */
    public AgeBand ageBandAt(LocalDate date) {
        if (ageBand != null) {
            return ageBand;
        }
        if (birthYear == null || date == null) {
            return null;
        }
        return AgeBand.ofAge(date.getYear() - birthYear);
    }
}
