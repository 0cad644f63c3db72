package org.recoveryoutcomes.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recoveryoutcomes.engine.metrics.MetricsEngine;
import org.recoveryoutcomes.engine.model.FileReport;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MetricDefinition;

/** The whole engine on the committed sample data: what a newcomer's first run does. */
class ReportEngineIT {

    static final Path SAMPLE = Path.of("../sample-data");

    @TempDir
    Path out;

    static ReportRequest.Builder request(Path out) {
        return ReportRequest.builder().dataDir(SAMPLE).outDir(out);
    }

    @Test
    void theSampleDataIsReadWithoutLosingOrRejectingARow() {
        RunResult r = ReportEngine.run(request(out).outputs(Set.of()).build());
        assertThat(r.files()).extracting(FileReport::file).containsExactly("projects.csv", "contacts.csv",
                "clients.csv", "top.csv", "episodes.csv", "volunteers.csv");
        for (FileReport f : r.files()) {
            assertThat(f.rows()).as(f.file()).isEqualTo(f.accepted() + f.quarantined()).isPositive();
            assertThat(f.quarantined()).as(f.file() + " rejected rows").isZero();
        }
        assertThat(r.written()).isEmpty();
    }

    @Test
    void theDefaultRunReportsTheLatestCompleteQuarterInEveryFormat() throws IOException {
        RunResult r = ReportEngine.run(request(out).build());
        assertThat(r.metrics().period().label()).isEqualTo("2026/27-Q2");
        assertThat(r.metrics().outcomePeriod().label()).isEqualTo("12m:2026-09-30");
        assertThat(r.written()).extracting(p -> p.getFileName().toString()).containsExactly("metrics.json",
                "report-quarterly-monitoring-2026-27-Q2.xlsx", "report-quarterly-monitoring-2026-27-Q2.pdf",
                "report-quarterly-monitoring-2026-27-Q2.html", "publication-ledger.json");
        for (Path p : r.written()) {
            assertThat(Files.size(p)).as(p.toString()).isGreaterThan(1000);
        }
    }

    @Test
    void metricsJsonCarriesEveryMetricOfTheCatalogueForEveryGroup() throws IOException {
        RunResult r = ReportEngine.run(request(out).outputs(Set.of(OutputFormat.JSON)).build());
        JsonNode root = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        List<String> ids = MetricsEngine.catalogue().stream().map(MetricDefinition::id).toList();
        List<String> missing = new ArrayList<>();
        for (JsonNode g : root.path("groups")) {
            for (String id : ids) {
                if (!g.path("metrics").has(id)) {
                    missing.add(g.path("level").asText() + ":" + g.path("id").asText() + " lacks " + id);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(r.metrics().groups()).extracting(GroupResult::level).startsWith(GroupLevel.ALL);
        assertThat(r.metrics().groups().stream().filter(g -> g.level() == GroupLevel.PROJECT).map(GroupResult::id)
                .collect(Collectors.toList())).containsExactly("BAT", "FIRM", "HDC", "KCPM", "KCWS", "OE", "WR");
        assertThat(r.metrics().groups().stream().filter(g -> g.level() == GroupLevel.BOROUGH).map(GroupResult::id)
                .collect(Collectors.toList())).containsExactly("Bournemouth", "Camden", "Ealing",
                        "Hammersmith and Fulham", "Kensington and Chelsea");
    }

    @Test
    void aHeadlineHiddenToProtectANeighbourIsShownAgainOnceLaterPartnersProtectItAlone() throws IOException {
        // Choosing partners one failing figure at a time hid all projects' "stopped injecting" (38 of 61) for a
        // borough's small number; the borough and project figures hidden after it protect that number without it.
        RunResult r = ReportEngine.run(request(out).outputs(Set.of(OutputFormat.XLSX, OutputFormat.JSON)).build());
        JsonNode all = new ObjectMapper().readTree(out.resolve("metrics.json").toFile()).path("groups").get(0);
        assertThat(all.path("id").asText()).isEqualTo("all");
        JsonNode stopped = all.path("metrics").path("stopped_injecting");
        assertThat(stopped.path("suppressed").asBoolean()).isFalse();
        assertThat(stopped.path("numerator").asLong()).isEqualTo(38);
        assertThat(stopped.path("denominator").asLong()).isEqualTo(61);
        assertThat(r.disclosureAudit()).contains("(754 small numbers, 532 to protect them,").endsWith("none recoverable");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quarterly-monitoring", "borough-comparison", "impact-evaluation"})
    void theSameInputsGiveTheSameBytes(String template, @TempDir Path second) throws IOException {
        RunResult a = ReportEngine.run(request(out).template(template).build());
        RunResult b = ReportEngine.run(request(second).template(template).build());
        assertThat(a.written()).hasSize(5); // metrics.json, the three reports, the publication's ledger
        for (int i = 0; i < a.written().size(); i++) {
            assertThat(Files.readAllBytes(b.written().get(i))).as(a.written().get(i).getFileName().toString())
                    .isEqualTo(Files.readAllBytes(a.written().get(i)));
        }
    }

    @Test
    void aRejectedRowIsQuarantinedUnchangedAndAnEarlierRunsQuarantineIsCleared(@TempDir Path data) throws IOException {
        Files.copy(SAMPLE.resolve("projects.csv"), data.resolve("projects.csv"));
        Files.writeString(data.resolve("contacts.csv"), """
                contact_id,client_id,project_id,contact_date,contact_type
                K1,C1,BAT,2026-07-01,drop_in
                K2,C2,BAT,2026-02-30,drop_in
                """);
        Files.createDirectories(out.resolve("quarantine"));
        Files.writeString(out.resolve("quarantine/top.csv"), "left by an earlier run");

        RunResult r = ReportEngine.run(request(out).dataDir(data).outputs(Set.of()).build());

        assertThat(r.quarantined()).isEqualTo(1);
        assertThat(r.issues()).extracting(i -> i.message())
                .contains("contacts.csv:3: contact_date: '2026-02-30' is not a valid date (use yyyy-MM-dd or dd/MM/yyyy)");
        assertThat(r.written()).containsExactly(out.resolve("quarantine/contacts.csv"));
        assertThat(Files.readString(out.resolve("quarantine/contacts.csv")))
                .contains("K2,C2,BAT,2026-02-30,drop_in,3,");
        assertThat(out.resolve("quarantine/top.csv")).doesNotExist();
    }

    @Test
    void aReportOnOneProjectIsNamedAfterIt() {
        RunResult r = ReportEngine.run(request(out).focus("project:BAT").template("impact-evaluation")
                .period("2025/26").build());
        assertThat(r.written()).extracting(p -> p.getFileName().toString()).contains(
                "report-impact-evaluation-2025-26-project-BAT.pdf");
    }

    @Test
    void anUnknownFocusNamesTheGroupsThereAre() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportEngine.run(request(out).focus("project:XYZ")
                .build())).hasMessageStartingWith("no group project:XYZ in the data; groups are borough:Bournemouth, ");
    }

    @Test
    void oneReportForEachBoroughIsByteForByteTheReportOnThatBoroughAlone(@TempDir Path alone) throws IOException {
        RunResult each = ReportEngine.run(request(out).each(GroupLevel.BOROUGH).build());

        List<String> boroughs = each.metrics().groups().stream().filter(g -> g.level() == GroupLevel.BOROUGH)
                .map(GroupResult::id).toList();
        List<String> expected = new ArrayList<>(List.of("metrics.json"));
        for (String b : boroughs) {
            String base = "report-quarterly-monitoring-2026-27-Q2-borough-" + ReportEngine.fileLabel(b);
            expected.add(base + ".xlsx");
            expected.add(base + ".pdf");
            expected.add(base + ".html");
        }
        expected.add("publication-ledger.json");
        assertThat(boroughs).hasSize(5);
        assertThat(each.written()).extracting(p -> p.getFileName().toString()).containsExactlyElementsOf(expected);
        // Rendered side by side on several threads, each report is still exactly the one a run on its own makes.
        String ealing = "report-quarterly-monitoring-2026-27-Q2-borough-Ealing";
        ReportEngine.run(request(alone).focus("borough:Ealing").build());
        for (String ext : List.of(".xlsx", ".pdf", ".html")) {
            assertThat(Files.readAllBytes(out.resolve(ealing + ext)))
                    .as(ealing + ext).isEqualTo(Files.readAllBytes(alone.resolve(ealing + ext)));
        }
    }

    @Test
    void oneReportForEachGroupOfTheWholeDataIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> request(out).each(GroupLevel.ALL).build())
                .hasMessage("one report for each group of level 'all' is just one report: leave out each, or give "
                        + "borough or project");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> request(out).each(GroupLevel.PROJECT)
                .focus("borough:Ealing").build())
                .hasMessage("give either a focus group or one report for each project, not both");
    }
}
