package org.recoveryoutcomes.engine.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.model.Settings;

/** Whole sheets as text (sheet!cell, type, value, format): the layout, cell by cell. */
class XlsxLayoutTest {

    @Test
    void laysOutASheetAsTitleNotesBlankRowHeaderAndOneRowPerGroup() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new Fixture().write()))) {
            String context = "Quarterly monitoring return: period July to September 2026 (2026/27 Q2); "
                    + "TOP outcomes and completions over 12 months to 30 September 2026 (1 October 2025 to 30 September 2026).";
            String missing = "Not available from this data: successful_completion_rate (successful_completion_rate), "
                    + "completed_no_representation (completed_no_representation), completed_no_representation_opiate "
                    + "(completed_no_representation_opiate), completed_no_representation_non_opiate "
                    + "(completed_no_representation_non_opiate), effective_engagement (effective_engagement).";
            assertThat(WorkbookDump.dump(wb.getSheet("Completions"))).isEqualTo(String.join("\n",
                    "Completions!A1\tSTRING\tCompletions\tGeneral",
                    "Completions!A2\tSTRING\t" + context + "\tGeneral",
                    "Completions!A3\tSTRING\t" + missing + "\tGeneral",
                    "Completions!A5\tSTRING\tlevel\tGeneral",
                    "Completions!B5\tSTRING\tgroup\tGeneral",
                    "Completions!C5\tSTRING\tgroup id\tGeneral",
                    "Completions!D5\tSTRING\tborough\tGeneral",
                    "Completions!E5\tSTRING\tmetric\tGeneral",
                    "Completions!F5\tSTRING\tlabel\tGeneral",
                    "Completions!G5\tSTRING\tcount\tGeneral",
                    row(6, "all", "All projects", "all", null, 40),
                    row(7, "borough", "Ealing", "Ealing", "Ealing", 25),
                    row(8, "borough", "Hounslow", "Hounslow", "Hounslow", 15),
                    row(9, "project", "Battling Addiction Together", "BAT", "Ealing", 18),
                    row(10, "project", "Ealing Peer Recovery", "EPR", "Ealing", 7),
                    row(11, "project", "Hounslow Recovery Peers", "HRP", "Hounslow", 15)) + "\n");
        }
    }

    private static String row(int r, String level, String group, String id, String borough, int count) {
        StringBuilder sb = new StringBuilder();
        sb.append("Completions!A").append(r).append("\tSTRING\t").append(level).append("\tGeneral\n");
        sb.append("Completions!B").append(r).append("\tSTRING\t").append(group).append("\tGeneral\n");
        sb.append("Completions!C").append(r).append("\tSTRING\t").append(id).append("\tGeneral\n");
        if (borough != null) {
            sb.append("Completions!D").append(r).append("\tSTRING\t").append(borough).append("\tGeneral\n");
        }
        sb.append("Completions!E").append(r).append("\tSTRING\tsuccessful_completions\tGeneral\n");
        sb.append("Completions!F").append(r).append("\tSTRING\tSuccessful completions\tGeneral\n");
        sb.append("Completions!G").append(r).append("\tNUMERIC\t").append(count).append(".0\t#,##0");
        return sb.toString();
    }

    @Test
    void namesTheConfidenceLevelUsedInIntervalHeaders() throws IOException {
        Settings ninety = Settings.DEFAULTS.toBuilder().confidenceLevel(0.9).build();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new Fixture().settings(ninety).write()))) {
            TableView t = new TableView(wb.getSheet("Substance use outcomes"));
            assertThat(t.headers).contains("lower 90%", "upper 90%").doesNotContain("lower 95%");
        }
        assertThat(FigureTable.confidenceLabel(0.998)).isEqualTo("99.8%");
    }
}
