package org.recoveryoutcomes.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGeneratorTest {

    private static final List<String> FILES = List.of("clients.csv", "contacts.csv", "episodes.csv", "projects.csv",
            "top.csv", "volunteers.csv");

    /** The committed data set, relative to the engine module (surefire runs in the module's folder). */
    private static final Path COMMITTED = Path.of("..", "sample-data");

    @Test
    void writesTheSixFilesAndReturnsTheirPathsSorted(@TempDir Path dir) {
        List<Path> written = SampleGenerator.generate(7L, dir.resolve("out"));

        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactlyElementsOf(FILES);
        assertThat(written).allSatisfy(p -> assertThat(p).isRegularFile().hasParent(dir.resolve("out")));
    }

    @Test
    void sameSeedWritesByteIdenticalFiles(@TempDir Path dir) throws IOException {
        SampleGenerator.generate(42L, dir.resolve("a"));
        SampleGenerator.generate(42L, dir.resolve("b"));

        for (String file : FILES) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
        }
    }

    @Test
    void differentSeedsWriteDifferentData(@TempDir Path dir) throws IOException {
        SampleGenerator.generate(42L, dir.resolve("a"));
        SampleGenerator.generate(43L, dir.resolve("b"));

        for (String file : List.of("clients.csv", "contacts.csv", "episodes.csv", "top.csv", "volunteers.csv")) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(file)))
                    .as(file).isNotEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
        }
        // The projects are the same world whatever the seed.
        assertThat(Files.readAllBytes(dir.resolve("b").resolve("projects.csv")))
                .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve("projects.csv")));
    }

    /**
     * The committed sample-data/ must be exactly what the generator makes from its seed, so it can never drift
     * from the code. After a deliberate change to the generator, regenerate it with
     * {@code mvn -pl sample -am test -Dtest=SampleGeneratorTest -Dsurefire.failIfNoSpecifiedTests=false
     * -Dsample.update=true} and review the diff.
     */
    @Test
    void committedSampleDataIsWhatSeed20261122Generates(@TempDir Path dir) throws IOException {
        if (Boolean.getBoolean("sample.update")) {
            SampleGenerator.generate(SampleGenerator.DEFAULT_SEED, COMMITTED);
        }
        SampleGenerator.generate(20261122L, dir);

        for (String file : FILES) {
            assertThat(COMMITTED.resolve(file)).as(file).exists();
            assertThat(Files.readAllBytes(COMMITTED.resolve(file)))
                    .as(file + " differs from seed 20261122: regenerate with -Dsample.update=true")
                    .isEqualTo(Files.readAllBytes(dir.resolve(file)));
        }
    }

    @Test
    void projectsFileListsTheSevenProjectsExactly(@TempDir Path dir) throws IOException {
        SampleGenerator.generate(1L, dir);

        assertThat(Files.readAllLines(dir.resolve("projects.csv"))).containsExactly(
                "project_id,name,borough,service_type,commissioner,opened",
                "BAT,Battling Addiction Together,Ealing,peer_aftercare,Ealing DAAT,1991-09-02",
                "WR,Working Recovery,Bournemouth,vocational,Bournemouth DAAT,1998-09-07",
                "FIRM,FIRM (Fun In Recovery Management),Hammersmith and Fulham,peer_aftercare,"
                        + "Hammersmith and Fulham DAAT,1995-10-02",
                "OE,Outside Edge Theatre Company,Hammersmith and Fulham,arts,Hammersmith and Fulham DAAT,1999-03-01",
                "HDC,High and Dry Club,Camden,social_club,Camden DAAT,1998-05-06",
                "KCWS,Kensington and Chelsea service user group weekend peer-run service,Kensington and Chelsea,"
                        + "drop_in,Kensington and Chelsea DAAT,2020-09-05",
                "KCPM,Kensington and Chelsea peer mentoring service,Kensington and Chelsea,peer_mentoring,"
                        + "Kensington and Chelsea DAAT,2025-02-03");
    }
}
