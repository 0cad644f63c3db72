package org.recoveryoutcomes.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * A run that fails part-way never leaves a half-written or missing report where a good one stood: every output is
 * written under a temporary name and moved into place when complete, so each file is either the earlier run's,
 * byte for byte, or this run's, whole; and no temporary file is left behind.
 */
class RunAtomicityTest {

    @TempDir
    Path temp;

    private static final String PROJECTS = "project_id,name,borough,service_type\nBAT,Battling,Ealing,peer_aftercare\n";
    private static final String CONTACTS = "contact_id,client_id,project_id,contact_date,contact_type\n"
            + "C1,P1,BAT,2026-04-01,drop_in\nC2,P2,BAT,2026-05-01,group\nC3,P1,BAT,2026-06-30,one_to_one\n";

    /** A data directory; {@code more} adds rows to the contacts, so that a second run's outputs differ. */
    private Path data(String name, String more) throws IOException {
        Path d = Files.createDirectories(temp.resolve(name));
        Files.writeString(d.resolve("projects.csv"), PROJECTS);
        Files.writeString(d.resolve("contacts.csv"), CONTACTS + more);
        return d;
    }

    private static RunResult run(Path data, Path out) {
        return ReportEngine.run(ReportRequest.builder().dataDir(data).outDir(out).period("2026/27-Q1")
                .outputs(Set.of(OutputFormat.JSON, OutputFormat.XLSX)).build());
    }

    private static Path workbook(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
    }

    private static List<Path> partFiles(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")
                    || p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /** Puts a folder holding a file where an output goes, so that the output cannot be moved into place. */
    private static void block(Path output) throws IOException {
        Files.delete(output);
        Files.createDirectory(output);
        Files.writeString(output.resolve("keep.txt"), "in the way");
    }

    @Test
    void aRunFailingBeforeTheWorkbookLeavesTheEarlierWorkbookByteForByte() throws IOException {
        Path out = temp.resolve("out");
        run(data("first", ""), out);
        Path xlsx = workbook(out);
        byte[] earlier = Files.readAllBytes(xlsx);
        block(out.resolve("metrics.json"));

        Path changed = data("second", "C4,P3,BAT,2026-06-01,group\n");
        assertThatThrownBy(() -> run(changed, out))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.OUTPUT))
                .hasMessageStartingWith("cannot write " + out.resolve("metrics.json") + ": ");

        assertThat(Files.readAllBytes(xlsx)).isEqualTo(earlier);
        assertThat(out.resolve("metrics.json/keep.txt")).hasContent("in the way");
        assertThat(partFiles(out)).isEmpty();
    }

    @Test
    void aRunFailingAtTheWorkbookKeepsItAndLeavesTheNewMetricsWhole() throws IOException {
        Path out = temp.resolve("out");
        Path first = data("first", "");
        run(first, out);
        byte[] earlierMetrics = Files.readAllBytes(out.resolve("metrics.json"));
        byte[] earlierLedger = Files.readAllBytes(out.resolve("publication-ledger.json"));
        Path xlsx = workbook(out);
        block(xlsx);

        Path changed = data("second", "C4,P3,BAT,2026-06-01,group\n");
        assertThatThrownBy(() -> run(changed, out))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.OUTPUT))
                .hasMessageStartingWith("cannot write " + xlsx + ": ");

        // metrics.json is this run's, complete: the same bytes as the same two runs give into a folder where
        // nothing is in the way. The second run respects the first run's ledger (what it hid stays hidden), so the
        // comparison is with a second run over the same ledger, not with a run into an empty folder.
        Path clean = temp.resolve("clean");
        run(first, clean);
        run(changed, clean);
        byte[] metrics = Files.readAllBytes(out.resolve("metrics.json"));
        assertThat(metrics).isNotEqualTo(earlierMetrics).isEqualTo(Files.readAllBytes(clean.resolve("metrics.json")));
        // The ledger is written after the reports: the failed run leaves the first run's, whole.
        assertThat(Files.readAllBytes(out.resolve("publication-ledger.json"))).isEqualTo(earlierLedger);
        assertThat(new ObjectMapper().readTree(metrics).path("inputs").get(1).path("rows").asInt()).isEqualTo(4);
        assertThat(xlsx.resolve("keep.txt")).hasContent("in the way");
        assertThat(partFiles(out)).isEmpty();
    }
}
