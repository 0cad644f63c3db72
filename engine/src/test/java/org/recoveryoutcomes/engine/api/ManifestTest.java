package org.recoveryoutcomes.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.internal.Hashing;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * The manifest, written last, names the set of files a run wrote; a folder whose files are not that set (a run
 * killed between two renames, a file changed since) is said to be so by the next run and by {@code checkOutputs}.
 */
class ManifestTest {

    @TempDir
    Path temp;

    private static final String PROJECTS = "project_id,name,borough,service_type\nBAT,Battling,Ealing,peer_aftercare\n";
    private static final String CONTACTS = "contact_id,client_id,project_id,contact_date,contact_type\n"
            + "C1,P1,BAT,2026-04-01,drop_in\nC2,P2,BAT,2026-05-01,group\nC3,P1,BAT,2026-06-30,one_to_one\nC4,P1,BAT,x,group\n";

    private Path data(String name, String more) throws IOException {
        Path d = Files.createDirectories(temp.resolve(name));
        Files.writeString(d.resolve("projects.csv"), PROJECTS);
        Files.writeString(d.resolve("contacts.csv"), CONTACTS + more);
        return d;
    }

    private static RunResult run(Path data, Path out) {
        // the rejected row C4 (a quarantine file) is 25% of contacts, over max_rejected_share (intake)
        return ReportEngine.run(ReportRequest.builder().dataDir(data).outDir(out).period("2026/27-Q1")
                .acceptRejections(true)
                .outputs(Set.of(OutputFormat.JSON, OutputFormat.XLSX)).build());
    }

    @Test
    void listsEveryFileTheRunWroteWithItsSizeAndHash() throws IOException {
        Path out = temp.resolve("out");
        RunResult result = run(data("d", ""), out);

        Path manifest = out.resolve("manifest.json");
        assertThat(manifest).isRegularFile();
        assertThat(result.written()).doesNotContain(manifest);
        JsonNode root = new ObjectMapper().readTree(manifest.toFile());
        assertThat(root.get("run_id").asText()).matches("[0-9a-f]{32}");
        List<String> listed = new ArrayList<>();
        for (JsonNode f : root.get("files")) {
            Path p = out.resolve(f.get("file").asText());
            assertThat(f.get("bytes").asLong()).isEqualTo(Files.size(p));
            assertThat(f.get("sha256").asText()).isEqualTo(Hashing.sha256(Files.readAllBytes(p)));
            listed.add(f.get("file").asText());
        }
        // quarantine/ is not in the set: validate rewrites it too; the publication's ledger, which the run wrote
        // after its reports, is
        assertThat(listed).containsExactly("metrics.json", "publication-ledger.json",
                "report-quarterly-monitoring-2026-27-Q1.xlsx");
        assertThat(result.written()).contains(out.resolve("publication-ledger.json"));
        assertThat(result.written()).contains(out.resolve("quarantine/contacts.csv"));
        assertThat(ReportEngine.checkOutputs(out).matches()).isTrue();
        assertThat(ReportEngine.checkOutputs(out).message())
                .isEqualTo(out + ": all 3 files match manifest.json (run " + root.get("run_id").asText() + ")");
    }

    @Test
    void isByteForByteTheSameForTheSameInputs() throws IOException {
        Path d = data("d", "");
        run(d, temp.resolve("a"));
        run(d, temp.resolve("b"));

        assertThat(Files.readAllBytes(temp.resolve("a/manifest.json")))
                .isEqualTo(Files.readAllBytes(temp.resolve("b/manifest.json")));
    }

    @Test
    void aSetMixedByARunKilledBetweenTwoRenamesIsFoundByTheNextRunAndByTheCheck() throws IOException {
        Path out = temp.resolve("out");
        run(data("first", ""), out);
        String runId = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("run_id").asText();
        // what a second run killed after its metrics.json, before its workbook and manifest, leaves
        Files.writeString(out.resolve("metrics.json"), "{\"from\": \"another run\"}\n");
        Files.delete(out.resolve("report-quarterly-monitoring-2026-27-Q1.xlsx"));

        OutputCheck check = ReportEngine.checkOutputs(out);

        assertThat(check.matches()).isFalse();
        String expected = out + ": the files do not match manifest.json (run " + runId + "): metrics.json is not the "
                + "file the run wrote (its size or SHA-256 differs); report-quarterly-monitoring-2026-27-Q1.xlsx is "
                + "missing; a run into this folder was interrupted or the files were changed since";
        assertThat(check.message()).isEqualTo(expected);

        RunResult next = run(data("second", "C5,P3,BAT,2026-06-01,group\n"), out);

        assertThat(next.outputWarnings()).containsExactly(expected);
        assertThat(ReportEngine.checkOutputs(out).matches()).isTrue();
    }

    @Test
    void validateWithAnOutputFolderSaysSoToo() throws IOException {
        Path out = temp.resolve("out");
        Path d = data("d", "");
        run(d, out);
        Files.writeString(out.resolve("metrics.json"), "changed");

        RunResult validated = ReportEngine.run(ReportRequest.builder().dataDir(d).outDir(out).outputs(Set.of())
                .build());

        assertThat(validated.outputWarnings()).singleElement().asString()
                .contains("metrics.json is not the file the run wrote");
    }

    @Test
    void aFolderWithoutAManifestCannotBeChecked() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));

        assertThatThrownBy(() -> ReportEngine.checkOutputs(empty))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.OUTPUT))
                .hasMessage(empty + ": no manifest.json here, so there is nothing to check the files against; name "
                        + "the folder a report was written to");
    }

    @Test
    void aManifestNamingAFileOutsideItsFolderIsAProblemNotARead() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(out.resolve("manifest.json"), "{\"run_id\": \"x\", \"files\": [{\"file\": \"../../etc/passwd\","
                + " \"bytes\": 1, \"sha256\": \"00\"}]}");

        assertThat(ReportEngine.checkOutputs(out).problems())
                .containsExactly("manifest.json lists '../../etc/passwd', which is not a file of this folder");
    }
}
