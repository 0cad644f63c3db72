package org.recoveryoutcomes.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recoveryoutcomes.engine.model.Contact;
import org.recoveryoutcomes.engine.model.ContactType;
import org.recoveryoutcomes.engine.model.Dataset;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.ReportException;

class ReportEngineTest {

    static Dataset contactsUpTo(LocalDate last) {
        return Dataset.of(List.of(), List.of(new Contact("C1", "P", last, ContactType.DROP_IN, null, null, null,
                null)), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    @ParameterizedTest(name = "data to {0} → {1}")
    @CsvSource({
        "2026-09-30, 2026/27-Q2",
        "2026-09-29, 2026/27-Q1",
        "2026-11-15, 2026/27-Q2",
        "2026-03-31, 2025/26-Q4",
        "2026-01-01, 2025/26-Q3",
    })
    void defaultsToTheLatestCompleteFinancialQuarter(LocalDate last, String expected) {
        assertThat(ReportEngine.latestCompleteQuarter(contactsUpTo(last)).label()).isEqualTo(expected);
    }

    @Test
    void fileNamesCarryThePeriodSafely() {
        assertThat(ReportEngine.fileLabel("2026/27-Q2")).isEqualTo("2026-27-Q2");
        assertThat(ReportEngine.fileLabel("12m:2026-09-30")).isEqualTo("12m-2026-09-30");
        assertThat(ReportEngine.fileLabel("2026-07-01..2026-09-30")).isEqualTo("2026-07-01_to_2026-09-30");
        assertThat(ReportEngine.fileLabel("project:BAT")).isEqualTo("project-BAT");
    }

    @Test
    void aMissingDataDirectoryIsAnInputError() {
        ReportRequest r = ReportRequest.builder().dataDir(Path.of("no/such/dir")).outDir(Path.of("out")).build();
        assertThatThrownBy(() -> ReportEngine.run(r)).isInstanceOf(ReportException.class)
                .hasMessage("data directory no/such/dir does not exist or is not a folder")
                .extracting(e -> ((ReportException) e).kind()).isEqualTo(ReportException.Kind.INPUT);
    }

    @Test
    void aTemplateNamingAnUnknownMetricStopsTheRunBeforeAnyDataIsRead(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        Path t = java.nio.file.Files.writeString(dir.resolve("mine.json"), "{\"id\": \"mine\", \"title\": \"Mine\", "
                + "\"sections\": [{\"id\": \"a\", \"title\": \"A\", \"kind\": \"table\", \"metrics\": [\"happiness\"]}]}");
        ReportRequest r = ReportRequest.builder().dataDir(Path.of("no/such/dir")).outDir(dir).template(t.toString())
                .build();
        assertThatThrownBy(() -> ReportEngine.run(r)).hasMessage("template mine: section 'a' names metric 'happiness', "
                + "which the engine does not compute (see docs/metrics.md for the metric ids)");
    }

    @Test
    void aBadPeriodIsAConfigurationErrorNamingTheForms() {
        ReportRequest r = ReportRequest.builder().dataDir(Path.of(".")).outDir(Path.of("out")).period("Q3").build();
        assertThatThrownBy(() -> ReportEngine.run(r))
                .hasMessage("period: period 'Q3' is not understood; write one of " + Period.FORMS)
                .extracting(e -> ((ReportException) e).kind()).isEqualTo(ReportException.Kind.CONFIG);
    }

    @Test
    void aRequestSaysWhatIsMissing() {
        assertThatThrownBy(() -> ReportRequest.builder().outDir(Path.of("o")).build())
                .hasMessage("no data directory given: name the folder holding projects.csv, contacts.csv …");
        assertThatThrownBy(() -> ReportRequest.builder().dataDir(Path.of("d")).build())
                .hasMessage("no output directory given: say where the reports should be written");
        assertThatThrownBy(() -> ReportRequest.builder().dataDir(Path.of("d")).outDir(Path.of("o")).focus("BAT").build())
                .hasMessage("focus 'BAT' is not understood: write project:<id>, borough:<name> or all");
    }
}
