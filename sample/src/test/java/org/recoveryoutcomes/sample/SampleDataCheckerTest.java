package org.recoveryoutcomes.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test-only checker must catch what it claims to, or the sample data tests prove nothing. */
class SampleDataCheckerTest {

    @Test
    void reportsEveryKindOfProblemWithFileRowColumnAndValue(@TempDir Path dir) throws IOException {
        write(dir, "projects.csv", """
                project_id,name,borough,service_type,commissioner,opened
                P1,Project One,Camden,drop_in,Camden DAAT,2020-01-01
                P1,Project Again,Camden,cafe,,
                """);
        write(dir, "clients.csv", """
                client_id,sex,age_band,birth_year,ethnicity,disability,sexual_orientation,primary_substance,referral_source
                C000001,male,35-44,,white,N,heterosexual,heroin,self
                """);
        write(dir, "volunteers.csv", """
                volunteer_id,project_id,joined,left,is_peer
                V0001,P1,2023-01-01,2022-12-31,Y
                """);
        write(dir, "contacts.csv", """
                contact_id,client_id,project_id,contact_date,contact_type,duration_minutes,delivered_by,volunteer_id,attended
                K1,C000001,P1,2024-05-04,drop_in,1500,peer_volunteer,,
                K1,C000001,P9,2024-05-05,drop_in,,,V0001,maybe
                """);
        write(dir, "top.csv", String.join(",", SampleDataChecker.TOP_HEADER) + "\n"
                + "C000001,P1,2024-06-01,start,0,0,0,0,0,0,0,,0,N,0,0,N,N,N,N,24,10,10,0,0,,N,N\n");
        write(dir, "episodes.csv", """
                client_id,project_id,episode_start,episode_end,exit_reason
                C000001,P1,2024-05-04,2024-05-01,completed_drug_free
                """);

        SampleDataChecker checker = SampleDataChecker.check(dir);

        assertThat(checker.problems()).containsExactly(
                "projects.csv:3: service_type: cafe is not one of peer_aftercare, drop_in, peer_mentoring, "
                        + "social_club, vocational, arts, structured_treatment, other",
                "projects.csv:3: project_id: P1 is not unique",
                "clients.csv:2: primary_substance: heroin is not one of alcohol, opiates, crack, cocaine, "
                        + "amphetamines, cannabis, other",
                "volunteers.csv:2: left: 2022-12-31 is before joined 2023-01-01",
                "contacts.csv:2: duration_minutes: 1500 is outside 0–1440",
                "contacts.csv:3: contact_id: K1 is not unique",
                "contacts.csv:3: project_id: P9 is not in projects.csv",
                "contacts.csv:3: volunteer_id: V0001 is not a volunteer of P9 on 2024-05-05",
                "contacts.csv:3: attended: maybe is not Y or N",
                "top.csv:2: psych_health: 24 is outside 0–20",
                "episodes.csv:2: episode_end: 2024-05-01 is before episode_start 2024-05-04");
    }

    @Test
    void rejectsAHeaderThatIsNotTheSpecsAndWindowsLineEnds(@TempDir Path dir) throws IOException {
        write(dir, "projects.csv", "project_id,name,borough,type,commissioner,opened\r\n");
        write(dir, "clients.csv", String.join(",", SampleDataChecker.CLIENTS_HEADER) + "\n");
        write(dir, "volunteers.csv", String.join(",", SampleDataChecker.VOLUNTEERS_HEADER) + "\n");
        write(dir, "contacts.csv", String.join(",", SampleDataChecker.CONTACTS_HEADER) + "\n");
        write(dir, "top.csv", String.join(",", SampleDataChecker.TOP_HEADER) + "\n");
        write(dir, "episodes.csv", String.join(",", SampleDataChecker.EPISODES_HEADER) + "\n");

        assertThat(SampleDataChecker.check(dir).problems()).containsExactly(
                "projects.csv: has carriage returns; lines must end with \\n alone",
                "projects.csv:1: header [project_id, name, borough, type, commissioner, opened] is not "
                        + "[project_id, name, borough, service_type, commissioner, opened]");
    }

    private static void write(Path dir, String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }
}
