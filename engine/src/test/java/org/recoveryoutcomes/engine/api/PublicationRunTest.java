package org.recoveryoutcomes.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * A report run as a publication (issue 13): the metrics.json beside the reports withholds every hidden figure, raw
 * figures go only to the file asked for, the ledger makes later runs into the folder (or given it with
 * {@code --published}) one publication with the earlier ones, a weakened threshold needs the working-copy
 * acknowledgement, and the audit's line reaches the result and the methodology.
 *
 * <p>The world: Ealing has BAT (3 clients, 3 contacts: a small number) and EHR (12 clients, 24 contacts); Hounslow
 * has HRC (20 clients, 20 contacts). Ealing's 27 contacts are BAT's plus EHR's, so EHR's 24 would give BAT's 3
 * away: it is hidden too.
 */
class PublicationRunTest {

    @TempDir
    Path temp;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Path data(String name, int ehrExtra) throws IOException {
        Path d = Files.createDirectories(temp.resolve(name));
        Files.writeString(d.resolve("projects.csv"), "project_id,name,borough,service_type\n"
                + "BAT,Battling Addiction Together,Ealing,peer_aftercare\n"
                + "EHR,Ealing Hope and Recovery,Ealing,peer_aftercare\n"
                + "HRC,Hounslow Recovery Cafe,Hounslow,peer_aftercare\n");
        StringBuilder c = new StringBuilder("contact_id,client_id,project_id,contact_date,contact_type\n");
        int id = 0;
        for (int i = 0; i < 3; i++) {
            c.append("C").append(++id).append(",B").append(i).append(",BAT,2026-04-0").append(1 + i).append(",group\n");
        }
        for (int i = 0; i < 24 + ehrExtra; i++) {
            c.append("C").append(++id).append(",E").append(i % 12).append(",EHR,2026-05-").append(10 + i % 18)
                    .append(",group\n");
        }
        for (int i = 0; i < 20; i++) {
            c.append("C").append(++id).append(",H").append(i).append(",HRC,2026-06-").append(10 + i)
                    .append(",drop_in\n");
        }
        c.append("C").append(++id).append(",H0,HRC,2026-06-30,drop_in\n");
        Files.writeString(d.resolve("contacts.csv"), c.toString());
        return d;
    }

    private static ReportRequest.Builder request(Path data, Path out) {
        return ReportRequest.builder().dataDir(data).outDir(out).period("2026/27-Q1")
                .outputs(Set.of(OutputFormat.JSON, OutputFormat.XLSX));
    }

    private static JsonNode metric(Path metricsJson, String group, String metric) throws IOException {
        for (JsonNode g : JSON.readTree(metricsJson.toFile()).get("groups")) {
            if ((g.get("level").asText() + ":" + (g.has("id") ? g.get("id").asText() : "")).equals(group)
                    || (group.equals("all") && g.get("level").asText().equals("all"))
                    || (g.get("level").asText().equals("borough") && group.equals("borough:" + g.get("name").asText()))) {
                return g.get("metrics").get(metric);
            }
        }
        throw new AssertionError("no group " + group + " in " + metricsJson);
    }

    /** Every group|metric that the file says is hidden. */
    private static Set<String> hidden(Path metricsJson) throws IOException {
        Set<String> out = new TreeSet<>();
        for (JsonNode g : JSON.readTree(metricsJson.toFile()).get("groups")) {
            String key = g.get("level").asText() + ":" + (g.has("id") ? g.get("id").asText() : g.path("name").asText());
            g.get("metrics").fields().forEachRemaining(e -> {
                if (e.getValue().path("suppressed").asBoolean(false)) {
                    out.add(key + "|" + e.getKey());
                }
            });
        }
        return out;
    }

    @Test
    void metricsJsonBesideTheReportsWithholdsEveryHiddenFigureAndRawFiguresGoOnlyToTheFileAskedFor()
            throws IOException {
        Path out = temp.resolve("out");
        RunResult result = ReportEngine.run(request(data("d", 0), out).rawMetrics(true).build());

        Path published = out.resolve("metrics.json");
        JsonNode bat = metric(published, "project:BAT", "contacts");
        assertThat(bat.get("suppressed").asBoolean()).isTrue();
        assertThat(bat.has("count")).isFalse();
        // EHR's 24 is hidden too: Ealing's 27 less it would be BAT's 3
        JsonNode ehr = metric(published, "project:EHR", "contacts");
        assertThat(ehr.get("suppressed").asBoolean()).isTrue();
        assertThat(ehr.has("count")).isFalse();
        assertThat(metric(published, "project:HRC", "contacts").get("count").asLong()).isEqualTo(21);
        // no number anywhere in the file under a suppressed figure
        assertThat(Files.readString(published)).doesNotContain("\"count\" : 3,").doesNotContain("\"count\" : 24,");

        Path raw = out.resolve("metrics-NOT-FOR-PUBLICATION.json");
        assertThat(result.written()).contains(raw, published);
        JsonNode rawRoot = JSON.readTree(raw.toFile());
        assertThat(rawRoot.fieldNames().next()).isEqualTo("NOT_FOR_PUBLICATION");
        assertThat(metric(raw, "project:BAT", "contacts").get("count").asLong()).isEqualTo(3);
        assertThat(metric(raw, "project:EHR", "contacts").get("count").asLong()).isEqualTo(24);
    }

    /** The metrics a metrics.json breaks down by a client characteristic. */
    private static Set<String> brokenDown(Path metricsJson) throws IOException {
        Set<String> out = new TreeSet<>();
        JSON.readTree(metricsJson.toFile()).get("breakdowns").forEach(b -> out.add(b.get("metric").asText()));
        return out;
    }

    /** The metrics of which a metrics.json holds a trend series of all eight quarters. */
    private static Set<String> trendedOverEightQuarters(Path metricsJson) throws IOException {
        Set<String> out = new TreeSet<>();
        JSON.readTree(metricsJson.toFile()).get("trends").forEach(t -> {
            if (t.get("points").size() == 8) {
                out.add(t.get("metric").asText());
            }
        });
        return out;
    }

    @Test
    void reportsPublishOnlyTheBreakdownsAndTrendQuartersTheyShowAndMetricsJsonAloneEverything() throws IOException {
        Path d = data("d", 0);
        StringBuilder clients = new StringBuilder("client_id,sex\n");
        for (int i = 0; i < 12; i++) {
            clients.append("E").append(i).append(i % 2 == 0 ? ",female\n" : ",male\n");
        }
        Files.writeString(d.resolve("clients.csv"), clients.toString());

        // The quarterly return shows no equality breakdown and trends of four metrics.
        Path quarterly = temp.resolve("quarterly");
        ReportEngine.run(request(d, quarterly).rawMetrics(true).build());
        assertThat(brokenDown(quarterly.resolve("metrics.json"))).isEmpty();
        assertThat(trendedOverEightQuarters(quarterly.resolve("metrics.json")))
                .isSubsetOf("clients_seen", "retained_12_weeks", "abstinent_any_illicit", "abstinent_alcohol")
                .contains("clients_seen");
        assertThat(brokenDown(quarterly.resolve("metrics-NOT-FOR-PUBLICATION.json")))
                .as("the raw file keeps every figure").containsExactly("clients_seen", "retained_12_weeks");
        assertThat(trendedOverEightQuarters(quarterly.resolve("metrics-NOT-FOR-PUBLICATION.json")))
                .contains("contacts", "new_clients");
        // Every other metric keeps the two quarters its changes are shown against.
        for (JsonNode t : JSON.readTree(quarterly.resolve("metrics.json").toFile()).get("trends")) {
            if (t.get("metric").asText().equals("contacts")) {
                assertThat(t.get("points")).extracting(p -> p.get("period").asText())
                        .containsExactly("2025/26-Q1", "2025/26-Q4");
            }
        }

        // The borough comparison shows the breakdowns of its equality section.
        Path comparison = temp.resolve("comparison");
        ReportEngine.run(request(d, comparison).template("borough-comparison").build());
        assertThat(brokenDown(comparison.resolve("metrics.json"))).containsExactly("clients_seen", "retained_12_weeks");

        // metrics.json on its own is the whole publication.
        Path alone = temp.resolve("alone");
        ReportEngine.run(request(d, alone).outputs(Set.of(OutputFormat.JSON)).build());
        assertThat(brokenDown(alone.resolve("metrics.json"))).containsExactly("clients_seen", "retained_12_weeks");
        assertThat(trendedOverEightQuarters(alone.resolve("metrics.json"))).contains("contacts", "new_clients");
    }

    @Test
    void theAuditLineReachesTheResultAndTheMethodology() throws IOException {
        Path out = temp.resolve("out");
        RunResult result = ReportEngine.run(request(data("d", 0), out).build());

        assertThat(result.disclosureAudit()).startsWith("disclosure audit: ").endsWith("; none recoverable")
                .contains("hidden figures (").contains("each with a range of at least 5 given everything published");
        List<String> notes = JSON.convertValue(JSON.readTree(out.resolve("metrics.json").toFile())
                .get("methodology_notes"), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
        assertThat(notes).contains("Disclosure audit" + result.disclosureAudit().substring("disclosure audit".length())
                + ".");
    }

    @Test
    void aLaterRunIntoTheFolderKeepsEveryFigureTheEarlierOneHidAndChangedDataStopsIt() throws IOException {
        Path d = data("d", 0);
        Path out = temp.resolve("out");
        ReportEngine.run(request(d, out).build());
        Set<String> first = hidden(out.resolve("metrics.json"));
        assertThat(out.resolve("publication-ledger.json")).isRegularFile();
        assertThat(Files.readString(out.resolve("publication-ledger.json")))
                .as("the ledger lists hidden figures by key only").doesNotContain("|project:BAT|contacts||count\" : 3");

        ReportEngine.run(request(d, out).template("borough-comparison").build());
        assertThat(hidden(out.resolve("metrics.json"))).containsAll(first);

        // EHR has one contact more: the figure already published for Ealing would now differ
        Path changed = data("changed", 1);
        assertThatThrownBy(() -> ReportEngine.run(request(changed, out).build()))
                .isInstanceOfSatisfying(ReportException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ReportException.Kind.CONFIG);
                    assertThat(e.getMessage()).startsWith("the data changed since an earlier report of this "
                            + "publication: ").endsWith("; publish into a new folder, or remove "
                            + "publication-ledger.json if the earlier reports were withdrawn");
                });
    }

    @Test
    void anEarlierFolderGivenWithPublishedIsPartOfThePublication() throws IOException {
        Path d = data("d", 0);
        Path a = temp.resolve("a");
        ReportEngine.run(request(d, a).build());
        Path b = temp.resolve("b");
        ReportEngine.run(request(d, b).published(List.of(a)).build());

        assertThat(hidden(b.resolve("metrics.json"))).containsAll(hidden(a.resolve("metrics.json")));
        assertThat(JSON.readTree(b.resolve("publication-ledger.json").toFile()).toString())
                .isEqualTo(JSON.readTree(a.resolve("publication-ledger.json").toFile()).toString());
    }

    @Test
    void aThresholdUnderFiveNeedsTheWorkingCopyAcknowledgementAndThenSaysNotForPublication() throws IOException {
        Path d = data("d", 0);
        Path settings = temp.resolve("settings.json");
        Files.writeString(settings, "{\"suppression_threshold\": 3}");
        Path out = temp.resolve("out");
        assertThatThrownBy(() -> ReportEngine.run(request(d, out).settingsFile(settings).build()))
                .isInstanceOfSatisfying(ReportException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ReportException.Kind.CONFIG);
                    assertThat(e.getMessage()).isEqualTo("the settings' suppression_threshold of 3 publishes counts "
                            + "from 3 to 4, which can identify people: use 5 or more, or give --not-for-publication "
                            + "for a working copy marked NOT FOR PUBLICATION");
                });
        assertThat(out).doesNotExist();

        RunResult result = ReportEngine.run(request(d, out).settingsFile(settings).notForPublication(true).build());
        Path xlsx = result.written().stream().filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                assertThat(text(sheet)).as(sheet.getSheetName()).contains("NOT FOR PUBLICATION");
            }
        }
    }

    private static String text(Sheet sheet) {
        StringBuilder b = new StringBuilder(sheet.getSheetName()).append('\n');
        b.append(sheet.getHeader().getCenter()).append(sheet.getHeader().getLeft()).append(sheet.getHeader().getRight());
        for (Row r : sheet) {
            for (Cell c : r) {
                b.append(c.toString()).append('\t');
            }
            b.append('\n');
        }
        return b.toString();
    }
}
