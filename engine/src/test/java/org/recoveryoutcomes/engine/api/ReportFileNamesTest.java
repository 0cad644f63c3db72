package org.recoveryoutcomes.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.model.GroupLevel;

/** Report file names stay within what file systems allow, whatever the groups are called. */
class ReportFileNamesTest {

    @TempDir
    Path temp;

    private static final String LONG = "Royal Borough of " + "Kensington and Chelsea ".repeat(13);

    @Test
    void aThreeHundredCharacterBoroughNameDoesNotStopAReportForEachBorough() throws IOException {
        assertThat(LONG.length()).isGreaterThanOrEqualTo(300);
        Path data = Files.createDirectories(temp.resolve("data"));
        Files.writeString(data.resolve("projects.csv"), "project_id,name,borough,service_type\n"
                + "BAT,Battling,\"" + LONG + "\",peer_aftercare\n"
                + "HOP,Hope,\"" + LONG + " North\",peer_aftercare\n"
                + "EAL,Ealing Peer,Ealing,peer_aftercare\n");
        Files.writeString(data.resolve("contacts.csv"), "contact_id,client_id,project_id,contact_date,contact_type\n"
                + "C1,P1,BAT,2026-04-01,drop_in\nC2,P2,HOP,2026-05-01,group\nC3,P3,EAL,2026-06-30,one_to_one\n");
        Path out = temp.resolve("out");

        RunResult result = ReportEngine.run(ReportRequest.builder().dataDir(data).outDir(out).period("2026/27-Q1")
                .outputs(Set.of(OutputFormat.XLSX)).each(GroupLevel.BOROUGH).build());

        List<String> names;
        try (Stream<Path> files = Files.list(out)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx")).sorted().toList();
        }
        assertThat(names).hasSize(3).allMatch(n -> n.length() <= ReportEngine.MAX_BASE_NAME + ".xlsx".length());
        assertThat(names).contains("report-quarterly-monitoring-2026-27-Q1-borough-Ealing.xlsx");
        assertThat(names).filteredOn(n -> n.startsWith("report-quarterly-monitoring-2026-27-Q1-borough-Royal-Borough-of-Kensington"))
                .hasSize(2).allMatch(n -> n.matches(".{111}-[0-9a-f]{8}\\.xlsx"));
        assertThat(result.written()).filteredOn(p -> p.toString().endsWith(".xlsx")).hasSize(3);
    }

    @Test
    void keepsAShortNameAsItIsAndShortensALongOneWithAHashOfTheWhole() {
        assertThat(ReportEngine.shortened("report-quarterly-2026-27-Q1")).isEqualTo("report-quarterly-2026-27-Q1");
        String a = ReportEngine.shortened("x".repeat(200) + "a");
        String b = ReportEngine.shortened("x".repeat(200) + "b");
        assertThat(a).hasSize(ReportEngine.MAX_BASE_NAME).startsWith("x".repeat(111) + "-").isNotEqualTo(b);
    }
}
