package org.recoveryoutcomes.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.ReportException;
import org.recoveryoutcomes.engine.model.ReportTemplate;
import org.recoveryoutcomes.engine.model.SectionKind;

class TemplateReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"quarterly-monitoring", "borough-comparison", "impact-evaluation"})
    void everyShippedTemplateParsesAndEndsWithDataQualityAndMethodology(String id) {
        ReportTemplate t = TemplateReader.resolve(id);
        assertThat(t.id()).isEqualTo(id);
        assertThat(t.levels()).containsExactly(GroupLevel.ALL, GroupLevel.BOROUGH, GroupLevel.PROJECT);
        assertThat(t.sections().get(0).kind()).isEqualTo(SectionKind.HEADLINES);
        assertThat(t.sections()).extracting(s -> s.kind()).endsWith(SectionKind.DATA_QUALITY, SectionKind.METHODOLOGY);
    }

    @Test
    void readsSectionsInOrderWithTheirMetrics() {
        ReportTemplate t = TemplateReader.parse("""
                {"id": "mine", "title": "My report", "sections": [
                  {"id": "a", "title": "Engagement", "kind": "table", "metrics": ["contacts", "clients_seen"]},
                  {"id": "b", "title": "Notes", "kind": "narrative", "text": "Hello"}]}
                """, "mine.json");
        assertThat(t.comparator()).isEqualTo("parent");
        assertThat(t.metricIds()).containsExactly("contacts", "clients_seen");
        assertThat(t.sections().get(1).text()).isEqualTo("Hello");
    }

    @Test
    void saysExactlyWhatIsWrong() {
        assertThatThrownBy(() -> TemplateReader.parse("{\"id\": \"x\", \"title\": \"X\", \"sections\": "
                + "[{\"id\": \"a\", \"title\": \"A\", \"kind\": \"pie\"}]}", "x.json"))
                .isInstanceOf(ReportException.class)
                .hasMessage("template x.json: sections[0].kind: 'pie' is not a section kind (headlines, table, chart, "
                        + "comparison, funnel, trend, change, breakdown, narrative, data_quality, methodology)");
        assertThatThrownBy(() -> TemplateReader.parse("{\"id\": \"x\", \"sections\": []}", "x.json"))
                .hasMessage("template x.json: title: a text value is required");
        assertThatThrownBy(() -> TemplateReader.parse("{\"id\": \"x\", \"title\": \"X\", \"colour\": 1, "
                + "\"sections\": []}", "x.json"))
                .hasMessage("template x.json: colour: unknown field (known: audience, comparator, comparator_values, "
                        + "id, levels, sections, title)");
        assertThatThrownBy(() -> TemplateReader.resolve("quarterly"))
                .hasMessage("template 'quarterly' is neither a shipped template (quarterly-monitoring, "
                        + "borough-comparison, impact-evaluation) nor a file");
    }

    @Test
    void aFixedComparatorNeedsItsFigures() {
        assertThatThrownBy(() -> TemplateReader.parse("{\"id\": \"x\", \"title\": \"X\", \"comparator\": \"value\", "
                + "\"sections\": [{\"id\": \"a\", \"title\": \"A\", \"kind\": \"table\"}]}", "x.json"))
                .hasMessage("template x.json: comparator is 'value' but comparator_values gives no figures: add e.g. "
                        + "\"comparator_values\": {\"abstinent_opiates\": 45.0}");
    }

    @Test
    void rejectsAMetricTheEngineDoesNotCompute() {
        ReportTemplate t = TemplateReader.parse("{\"id\": \"x\", \"title\": \"X\", \"sections\": [{\"id\": \"a\", "
                + "\"title\": \"A\", \"kind\": \"table\", \"metrics\": [\"contacts\", \"happiness\"]}]}", "x.json");
        assertThatThrownBy(() -> TemplateReader.checkMetrics(t, Set.of("contacts")))
                .hasMessage("template x: section 'a' names metric 'happiness', which the engine does not compute "
                        + "(see docs/metrics.md for the metric ids)");
    }
}
