package org.recoveryoutcomes.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.recoveryoutcomes.engine.model.FileReport;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * Coverage-guided fuzz targets for the readers, with Jazzer. Each target puts the fuzzer's bytes where a user's
 * file would be and reads the data directory as {@code outcomes validate} does. Whatever the bytes:
 *
 * <ul>
 *   <li>only a {@link ReportException} escapes, never of kind INTERNAL, its message one line;</li>
 *   <li>every row read is accounted for: rows = accepted + quarantined for each file, the rejected rows of a file
 *       are exactly its quarantined ones, and the dataset holds exactly the accepted contacts;</li>
 *   <li>one input takes at most {@link #MAX_TIME} (memory is bounded by the JVM's heap: an
 *       {@link OutOfMemoryError} is a finding like any other escape).</li>
 * </ul>
 *
 * <p>In {@code mvn verify} (no {@code JAZZER_FUZZ} in the environment) Jazzer only runs, as plain tests, the seeds
 * committed under {@code src/test/resources/org/recoveryoutcomes/engine/io/ReadersFuzzTestInputs/<target>/} and
 * the empty input. A campaign: {@code docs/fuzzing.md}.
 */
class ReadersFuzzTest {

    static final Duration MAX_TIME = Duration.ofSeconds(20);
    /** How long one campaign run fuzzes one target (JAZZER_FUZZ set); the seeds alone take seconds. */
    static final String CAMPAIGN = "5m";

    private static final String PROJECTS = "project_id,name,borough,service_type\nBAT,Battling,Ealing,arts\n"
            + "HOP,Hope,Hounslow,drop_in\n";
    private static final String CONTACTS = "contact_id,client_id,project_id,contact_date,contact_type\n"
            + "C1,P1,BAT,2026-04-01,group\nC2,P2,HOP,2026-05-01,drop_in\n";
    private static final String MAPPED_TOP = "Client Ref,Service,Interview Date,TOP Stage,psych_health\n"
            + "P1,BAT,2026-04-01,S,10\nP1,BAT,2026-06-01,R,12\n";

    /** One folder per target, reused input after input: a campaign runs millions of them. */
    private static Path folder(String target) throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "outcomes-fuzz-" + ProcessHandle.current().pid(),
                target);
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("projects.csv"), PROJECTS, StandardCharsets.UTF_8);
        }
        return dir;
    }

    @FuzzTest(maxDuration = CAMPAIGN)
    void csv(byte[] data) throws IOException {
        Path dir = folder("csv");
        Files.write(dir.resolve("contacts.csv"), data);
        read(dir, ReadOptions.DEFAULTS, "contacts.csv");
    }

    @FuzzTest(maxDuration = CAMPAIGN)
    void json(byte[] data) throws IOException {
        Path dir = folder("json");
        Files.write(dir.resolve("contacts.json"), data);
        read(dir, ReadOptions.DEFAULTS, "contacts.json");
    }

    @FuzzTest(maxDuration = CAMPAIGN)
    void jsonLines(byte[] data) throws IOException {
        Path dir = folder("jsonl");
        Files.write(dir.resolve("contacts.jsonl"), data);
        read(dir, ReadOptions.DEFAULTS, "contacts.jsonl");
    }

    @FuzzTest(maxDuration = CAMPAIGN)
    void xlsx(byte[] data) throws IOException {
        Path dir = folder("xlsx");
        Files.write(dir.resolve("contacts.xlsx"), data);
        read(dir, ReadOptions.DEFAULTS, "contacts.xlsx");
    }

    @FuzzTest(maxDuration = CAMPAIGN)
    void mapping(byte[] data) throws IOException {
        Path dir = folder("mapping");
        if (!Files.exists(dir.resolve("top.csv"))) {
            Files.writeString(dir.resolve("contacts.csv"), CONTACTS, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("top.csv"), MAPPED_TOP, StandardCharsets.UTF_8);
        }
        Files.write(dir.resolve("mapping.json"), data);
        read(dir, ReadOptions.DEFAULTS, "contacts.csv");
    }

    /**
     * False until one input has been read: the first read of a JVM loads (and, when fuzzing, instruments) the
     * parsers' classes, which takes far longer than reading any input, so its time says nothing about the input.
     */
    private static boolean warm;

    /** Reads {@code dir} and checks what must hold whatever the input. */
    private static void read(Path dir, ReadOptions options, String fuzzed) {
        boolean timed = warm;
        warm = true;
        long start = System.nanoTime();
        try {
            ReadResult result = DatasetReader.read(dir, options);
            for (FileReport f : result.dataset().files()) {
                assertThat(f.rows()).as(f.file()).isEqualTo(f.accepted() + f.quarantined());
                assertThat(f.rowsRead()).as(f.file()).isEqualTo(f.accepted() + f.quarantined() + f.blank());
                assertThat(result.rejected().stream().filter(r -> r.file().equals(f.file())).count())
                        .as("rejected rows of " + f.file()).isEqualTo(f.quarantined());
                if (f.file().startsWith("contacts.")) {
                    assertThat((long) result.dataset().contacts().size()).as("contacts kept")
                            .isEqualTo(f.accepted());
                }
            }
        } catch (ReportException e) {
            assertThat(e.kind()).as("kind of: " + e.getMessage()).isNotEqualTo(ReportException.Kind.INTERNAL);
            assertThat(e.getMessage()).as("one line").doesNotContain("\n").doesNotContain("\r")
                    .doesNotContain("Exception");
        }
        if (timed) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to read " + fuzzed)
                    .isLessThan(MAX_TIME);
        }
    }
}
