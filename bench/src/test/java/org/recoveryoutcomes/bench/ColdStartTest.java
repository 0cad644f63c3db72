package org.recoveryoutcomes.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cold-start table: a job meets its target by its median, not by its fastest run. */
class ColdStartTest {

    @Test
    void theTableGivesMedianFastestTargetAndWhetherTheMedianMeetsIt() {
        List<ColdStart.Job> jobs = ColdStart.jobs(Path.of("out"));
        ColdStart.Timed report = new ColdStart.Timed(jobs.get(0), new long[] {2_500_000_000L, 1_900_000_000L,
            2_100_000_000L});
        ColdStart.Timed validate = new ColdStart.Timed(jobs.get(4), new long[] {590_000_000L, 610_000_000L,
            550_000_000L});

        assertThat(ColdStart.table(List.of(report, validate))).isEqualTo("""
                | whole process on the sample | median (fastest) s | target s | |
                |---|---:|---:|---|
                | `outcomes report`, all outputs | 2.10 (1.90) | 2.0 | not met |
                | `outcomes validate` | 0.59 (0.55) | 0.6 | met |
                """);
    }

    @Test
    void everyJobRunsOnTheBundledSampleAndWritesOnlyUnderTheGivenFolder() {
        List<ColdStart.Job> jobs = ColdStart.jobs(Path.of("/tmp/x"));

        assertThat(jobs).extracting(ColdStart.Job::args).allSatisfy(args -> assertThat(args).doesNotContain("--data"));
        assertThat(jobs.subList(0, 4)).allSatisfy(j -> assertThat(j.args()).containsSubsequence("--out", "/tmp/x"));
    }
}
