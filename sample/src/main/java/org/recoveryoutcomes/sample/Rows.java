package org.recoveryoutcomes.sample;

import java.time.LocalDate;
import org.recoveryoutcomes.engine.model.AgeBand;
import org.recoveryoutcomes.engine.model.ContactType;
import org.recoveryoutcomes.engine.model.DeliveredBy;
import org.recoveryoutcomes.engine.model.Ethnicity;
import org.recoveryoutcomes.engine.model.ExitReason;
import org.recoveryoutcomes.engine.model.ReferralSource;
import org.recoveryoutcomes.engine.model.ServiceType;
import org.recoveryoutcomes.engine.model.Sex;
import org.recoveryoutcomes.engine.model.SexualOrientation;
import org.recoveryoutcomes.engine.model.Substance;
import org.recoveryoutcomes.engine.model.TopStage;

/** The rows of the six sample files, as they will be written; {@code null} is an empty (missing) cell. */
final class Rows {

    private Rows() {
    }

    record ProjectRow(String projectId, String name, String borough, ServiceType serviceType, String commissioner,
                      LocalDate opened) {
    }

    record ClientRow(String clientId, Sex sex, AgeBand ageBand, Integer birthYear, Ethnicity ethnicity,
                     Boolean disability, SexualOrientation sexualOrientation, Substance primarySubstance,
                     ReferralSource referralSource) {
    }

    record ContactRow(String projectId, String clientId, LocalDate date, ContactType type, Integer durationMinutes,
                      DeliveredBy deliveredBy, String volunteerId, Boolean attended) {

        boolean isAttended() {
            return !Boolean.FALSE.equals(attended);
        }
    }

    /** @param items one value per {@code TopItem}, in declaration order; NaN is missing */
    record TopRow(String clientId, String projectId, LocalDate date, TopStage stage, double[] items) {
    }

    record EpisodeRow(String clientId, String projectId, LocalDate start, LocalDate end, ExitReason exitReason) {
    }

    record VolunteerRow(String volunteerId, String projectId, LocalDate joined, LocalDate left, Boolean isPeer) {
    }
}
