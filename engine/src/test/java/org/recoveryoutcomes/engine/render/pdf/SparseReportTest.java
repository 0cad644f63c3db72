package org.recoveryoutcomes.engine.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.metrics.MetricsEngine;
import org.recoveryoutcomes.engine.model.ChangeValue;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.EngineInfo;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.ReportTemplate;
import org.recoveryoutcomes.engine.model.Section;
import org.recoveryoutcomes.engine.model.SectionKind;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.render.ReportContent;

/**
 * A report from almost nothing: one group, three figures (with the catalogue's definitions of just those three), no
 * trends, inputs or data date, a metric nobody computed, and a template with every kind of section. Nothing may fail; every gap is said in words.
 */
class SparseReportTest {

    @Test
    void rendersEverySectionKindFromSparseFiguresAndSaysWhatIsMissing() throws IOException {
        Map<String, MetricValue> values = new LinkedHashMap<>();
        values.put("clients_seen", new CountValue(12, false));
        values.put("abstinent_opiates", ProportionValue.of(0, 0, null, null, false));
        values.put("psych_health_change", new ChangeValue(1, 9.0, 12.0, 3.0, null, null, null, null, false));
        MetricsResult metrics = new MetricsResult(new EngineInfo("recovery-outcomes", "1.0.0"),
                Period.parse("2026-Q3"), Period.parse("12m:2026-09-30"), List.of(), Settings.DEFAULTS, Map.of(),
                MetricsEngine.catalogue().stream().filter(d -> values.containsKey(d.id())).toList(),
                List.of(new GroupResult(GroupLevel.ALL, "all", "All projects", null, values)), List.of(),
                null);
        List<Section> sections = new ArrayList<>();
        List<String> ids = List.of("clients_seen", "abstinent_opiates", "psych_health_change", "not_computed");
        for (SectionKind kind : SectionKind.values()) {
            sections.add(new Section(kind.code(), "Section " + kind.code(), kind, ids, "About " + kind.code() + "."));
        }
        ReportTemplate template = new ReportTemplate("sparse", "Sparse report", null, List.of(GroupLevel.ALL),
                "parent", Map.of(), sections);
        ReportContent content = new ReportContent(metrics, template, ReportFixture.options(true, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new PdfReportWriter().write(content, out);

        PdfReader reader = new PdfReader(out.toByteArray());
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
        }
        assertThat(PdfReportWriterTest.normalise(text.toString())).contains(
                "12 clients were seen in 2026-Q3.",
                "There were no clients using opiates when they started, so this figure cannot be calculated.",
                "Change in psychological health cannot be tested: too few clients (n = 1).",
                "Not available from this data: not_computed.",
                "No trend data for abstinent from opiates.",
                "No funnel plot: there is no comparator figure.",
                "No equality breakdowns: the data has no client profiles (clients file), so figures cannot be "
                        + "split by sex, age band, ethnicity, disability or sexual orientation.",
                "No input files are recorded for this run.",
                "Coverage of Treatment Outcomes Profiles is not available from this data.",
                "The data were complete to an unknown date.");
    }

    @Test
    void usesTheFirstGroupWhenThereIsNoAllGroup() throws IOException {
        MetricsResult metrics = new MetricsResult(new EngineInfo("recovery-outcomes", "1.0.0"),
                Period.parse("2026-Q3"), Period.parse("12m:2026-09-30"), List.of(), Settings.DEFAULTS, Map.of(),
                List.of(), List.of(new GroupResult(GroupLevel.BOROUGH, "Ealing", "Ealing", "Ealing",
                Map.of("clients_seen", new CountValue(40, false)))), List.of(), LocalDate.of(2026, 9, 30));
        ReportTemplate template = new ReportTemplate("t", "Title", null, List.of(), "parent", Map.of(),
                List.of(new Section("s", "Summary", SectionKind.HEADLINES, List.of("clients_seen"), null)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new PdfReportWriter().write(new ReportContent(metrics, template, ReportFixture.options(true, null)), out);

        PdfReader reader = new PdfReader(out.toByteArray());
        assertThat(reader.getInfo()).containsEntry("Title", "Title: Ealing");
    }
}
