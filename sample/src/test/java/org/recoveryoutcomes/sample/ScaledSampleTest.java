package org.recoveryoutcomes.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.model.Progress;
import org.recoveryoutcomes.engine.model.ReportException;

class ScaledSampleTest {

    private static final List<String> FILES = List.of("clients.csv", "contacts.csv", "episodes.csv", "projects.csv",
            "top.csv", "volunteers.csv");

    @Test
    void scaleOneIsTheSampleItselfByteForByte(@TempDir Path dir) throws IOException {
        SampleGenerator.generate(42L, dir.resolve("sample"));
        ScaledSample.generate(42L, dir.resolve("scaled"), ScaledSample.Scale.parse("1"), Progress.NONE);

        for (String file : FILES) {
            assertThat(Files.readAllBytes(dir.resolve("scaled").resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(dir.resolve("sample").resolve(file)));
        }
    }

    @Test
    void scaleTwoIsTheSampleFollowedByARenamedReplicaWithItsOwnSeed(@TempDir Path dir) throws IOException {
        SampleGenerator.generate(42L, dir.resolve("sample"));
        ScaledSample.generate(42L, dir.resolve("scaled"), ScaledSample.Scale.parse("2"), Progress.NONE);

        for (String file : FILES) {
            List<String> sample = Files.readAllLines(dir.resolve("sample").resolve(file));
            List<String> scaled = Files.readAllLines(dir.resolve("scaled").resolve(file));
            // Replica 0 is the sample, header and all; replica 1 follows it.
            assertThat(scaled.subList(0, sample.size())).as(file).isEqualTo(sample);
            assertThat(scaled.size()).as(file).isGreaterThan(sample.size());
        }
        // The seven projects twice: the second set renamed, its boroughs those of the first seven replicas.
        List<String> projects = Files.readAllLines(dir.resolve("scaled").resolve("projects.csv"));
        assertThat(projects).hasSize(1 + 14);
        assertThat(projects.get(8)).isEqualTo("BAT-1,Battling Addiction Together 2,Ealing,peer_aftercare,"
                + "Ealing DAAT,1991-09-02");
        // Replica 1 is simulated afresh: not a copy of replica 0 with new ids.
        List<String> contacts = Files.readAllLines(dir.resolve("scaled").resolve("contacts.csv"));
        int sampleContacts = Files.readAllLines(dir.resolve("sample").resolve("contacts.csv")).size() - 1;
        assertThat(contacts.size() - 1).isNotEqualTo(2 * sampleContacts);
        assertThat(contacts.get(1 + sampleContacts)).startsWith("BAT-1-1-000001,C1-");
    }

    @Test
    void everyIdStaysUniqueAndEveryReferenceResolves(@TempDir Path dir) throws IOException {
        ScaledSample.generate(42L, dir, ScaledSample.Scale.parse("2"), Progress.NONE);

        Set<String> projects = firstColumn(dir.resolve("projects.csv"), 0);
        Set<String> clients = firstColumn(dir.resolve("clients.csv"), 0);
        assertThat(projects).hasSize(14);
        assertThat(Files.readAllLines(dir.resolve("clients.csv"))).hasSize(1 + clients.size());
        List<String> contacts = Files.readAllLines(dir.resolve("contacts.csv"));
        assertThat(firstColumn(dir.resolve("contacts.csv"), 0)).hasSize(contacts.size() - 1);
        assertThat(projects).containsAll(firstColumn(dir.resolve("contacts.csv"), 2));
        assertThat(clients).containsAll(firstColumn(dir.resolve("contacts.csv"), 1));
        assertThat(clients).containsAll(firstColumn(dir.resolve("top.csv"), 0));
    }

    @Test
    void sameSeedAndScaleWriteByteIdenticalFiles(@TempDir Path dir) throws IOException {
        ScaledSample.generate(42L, dir.resolve("a"), ScaledSample.Scale.parse("2"), Progress.NONE);
        ScaledSample.generate(42L, dir.resolve("b"), ScaledSample.Scale.parse("2"), Progress.NONE);

        for (String file : FILES) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
        }
    }

    @Test
    void reportsOneStepPerReplicaThenFinishes(@TempDir Path dir) {
        List<String> heard = new ArrayList<>();
        ScaledSample.generate(42L, dir, ScaledSample.Scale.parse("2"), new Progress() {
            @Override
            public void phase(String name, long total, String unit) {
                heard.add(name + " " + total + " " + unit);
            }

            @Override
            public void advance(long done) {
                heard.add("advance " + done);
            }

            @Override
            public void finish() {
                heard.add("finish");
            }
        });

        assertThat(heard).containsExactly("sample 2 replicas", "advance 1", "advance 2", "finish");
    }

    @Test
    void nationalFoldsSixHundredAndTwentyFiveReplicasOntoTwoHundredAndFifteenProjectSlots() {
        assertThat(ScaledSample.Scale.parse(" National ")).isEqualTo(new ScaledSample.Scale(625, 215));
        assertThat(ScaledSample.Scale.parse("10")).isEqualTo(new ScaledSample.Scale(10, 10));
    }

    @Test
    void rejectsAScaleThatIsNotAPositiveWholeNumberOrNational() {
        assertThatThrownBy(() -> ScaledSample.Scale.parse("0"))
                .isInstanceOf(ReportException.class)
                .hasMessage("scale must be a whole number of at least 1 or \"national\", not \"0\"");
        assertThatThrownBy(() -> ScaledSample.Scale.parse("big"))
                .hasMessage("scale must be a whole number of at least 1 or \"national\", not \"big\"");
    }

    private static Set<String> firstColumn(Path file, int column) throws IOException {
        Set<String> values = new TreeSet<>();
        for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
            values.add(line.split(",", -1)[column]);
        }
        return values;
    }
}
