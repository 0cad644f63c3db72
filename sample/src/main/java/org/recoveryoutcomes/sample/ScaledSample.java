package org.recoveryoutcomes.sample;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.recoveryoutcomes.engine.model.Progress;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * Sample data at scale, for benchmarks: the seed world simulated again and again ("replicas"), each with its own
 * seed, its ids renamed so that they never collide, its rows streamed straight to the six CSV files. Only one
 * replica is ever held in memory, so any scale fits in a small heap.
 *
 * <p>Replica 0 is the sample itself, byte for byte (same seed, same ids). Replica {@code k >= 1} is simulated from
 * a seed derived from {@code seed} and {@code k}; its project {@code BAT} becomes {@code BAT-<slot>}, its clients
 * {@code C<k>-nnnnnn}, its volunteers {@code V<k>-nnnn}, its contacts {@code <project>-<k>-nnnnnn}; its boroughs
 * are the seed boroughs numbered by group of seven replicas ({@code Ealing 3}), so a borough holds about ten
 * projects, as a real one does.
 *
 * <p>{@code --scale N} writes N replicas, each its own set of seven projects (slot = replica). {@code --scale
 * national} writes {@value #NATIONAL_REPLICAS} replicas folded onto {@value #NATIONAL_SLOTS} project slots
 * (1,505 projects in 155 boroughs, each project serving the clients of about three replicas): about 20 million
 * contacts, 1.4 million clients and 1.9 million TOPs over the sample's two and a half years.
 */
public final class ScaledSample {

    /** Replicas of the national scale: 625 × 32,000 contacts ≈ 20 million. */
    public static final int NATIONAL_REPLICAS = 625;
    /** Project slots of the national scale: 215 × 7 = 1,505 projects. */
    public static final int NATIONAL_SLOTS = 215;
    private static final int REPLICAS_PER_BOROUGH = 7;
    private static final long SEED_STEP = 0x9E3779B97F4A7C15L;

    /**
     * How much data to write.
     *
     * @param replicas how many times the seed world is simulated
     * @param slots how many sets of seven projects they are folded onto (replica k serves slot k mod slots)
     */
    public record Scale(int replicas, int slots) {

        public Scale {
            if (replicas < 1 || slots < 1 || slots > replicas) {
                throw new ReportException(ReportException.Kind.CONFIG, "a scale needs at least one replica and"
                        + " between one and that many project slots, not " + replicas + " and " + slots);
            }
        }

        /** {@code "national"} or a whole number of at least 1 ({@code "10"}). */
        public static Scale parse(String text) {
            String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            if (t.equals("national")) {
                return new Scale(NATIONAL_REPLICAS, NATIONAL_SLOTS);
            }
            try {
                int n = Integer.parseInt(t);
                if (n >= 1) {
                    return new Scale(n, n);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new ReportException(ReportException.Kind.CONFIG, "scale must be a whole number of at least 1"
                    + " or \"national\", not \"" + text + "\"");
        }
    }

    private ScaledSample() {
    }

    /**
     * Writes the six files of {@code scale} into {@code outDir} (created if needed, files overwritten).
     *
     * @return the six paths, sorted
     * @throws ReportException of kind OUTPUT when a file cannot be written
     */
    public static List<Path> generate(long seed, Path outDir, Scale scale, Progress progress) {
        if (scale.replicas() == 1) {
            progress.phase("sample", 1, "replicas");
            List<Path> files = SampleGenerator.generate(seed, outDir);
            progress.advance(1);
            progress.finish();
            return files;
        }
        try {
            return write(seed, outDir, scale, progress);
        } catch (IOException e) {
            throw new ReportException(ReportException.Kind.OUTPUT,
                    "cannot write the sample data to " + outDir + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> write(long seed, Path dir, Scale scale, Progress progress) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = List.of(dir.resolve("clients.csv"), dir.resolve("contacts.csv"),
                dir.resolve("episodes.csv"), dir.resolve("projects.csv"), dir.resolve("top.csv"),
                dir.resolve("volunteers.csv"));
        List<String[]> headers = List.of(SampleCsv.CLIENTS, SampleCsv.CONTACTS, SampleCsv.EPISODES,
                SampleCsv.PROJECTS, SampleCsv.TOP, SampleCsv.VOLUNTEERS);
        List<CSVPrinter> printers = new ArrayList<>();
        progress.phase("sample", scale.replicas(), "replicas");
        try {
            for (int i = 0; i < files.size(); i++) {
                Writer w = Files.newBufferedWriter(files.get(i), StandardCharsets.UTF_8);
                printers.add(new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(headers.get(i))
                        .setRecordSeparator("\n").build()));
            }
            for (int k = 0; k < scale.replicas(); k++) {
                SampleWorld world = SampleWorld.build(k == 0 ? seed : seed + k * SEED_STEP);
                Renamer r = new Renamer(k, k % scale.slots());
                print(printers.get(0), SampleCsv.clientRows(world), r::client);
                print(printers.get(1), SampleCsv.contactRows(world), r::contact);
                print(printers.get(2), SampleCsv.episodeRows(world), r::episode);
                if (k < scale.slots()) {
                    print(printers.get(3), SampleCsv.projectRows(world), r::project);
                }
                print(printers.get(4), SampleCsv.topRows(world), r::top);
                print(printers.get(5), SampleCsv.volunteerRows(world), r::volunteer);
                progress.advance(k + 1L);
            }
        } finally {
            IOException failed = null;
            for (CSVPrinter p : printers) {
                try {
                    p.close();
                } catch (IOException e) {
                    failed = failed == null ? e : failed;
                }
            }
            if (failed != null) {
                throw failed;
            }
        }
        progress.finish();
        return files;
    }

    private static void print(CSVPrinter printer, List<List<String>> rows, RowRename rename) throws IOException {
        for (List<String> row : rows) {
            rename.apply(row);
            printer.printRecord(row);
        }
    }

    @FunctionalInterface
    private interface RowRename {
        void apply(List<String> row);
    }

    /** Renames the ids of one replica's rows in place; replica 0 keeps the sample's own. */
    private record Renamer(int replica, int slot) {

        private String projectId(String id) {
            return slot == 0 ? id : id + "-" + slot;
        }

        private String clientId(String id) {
            return id == null || replica == 0 ? id : "C" + replica + "-" + id.substring(1);
        }

        private String volunteerId(String id) {
            return id == null || replica == 0 ? id : "V" + replica + "-" + id.substring(1);
        }

        private String place(String borough) {
            int group = slot / REPLICAS_PER_BOROUGH;
            return group == 0 ? borough : borough + " " + (group + 1);
        }

        void project(List<String> row) {
            // project_id, name, borough, service_type, commissioner, opened
            row.set(0, projectId(row.get(0)));
            if (slot > 0) {
                row.set(1, row.get(1) + " " + (slot + 1));
            }
            String borough = row.get(2);
            row.set(2, place(borough));
            String commissioner = row.get(4);
            if (commissioner != null && commissioner.startsWith(borough)) {
                row.set(4, place(borough) + commissioner.substring(borough.length()));
            }
        }

        void contact(List<String> row) {
            // contact_id (PROJECT-nnnnnn), client_id, project_id, ..., volunteer_id (7), attended
            if (replica > 0) {
                String number = row.get(0).substring(row.get(0).lastIndexOf('-') + 1);
                row.set(0, projectId(row.get(2)) + "-" + replica + "-" + number);
            }
            row.set(1, clientId(row.get(1)));
            row.set(2, projectId(row.get(2)));
            row.set(7, volunteerId(row.get(7)));
        }

        void client(List<String> row) {
            row.set(0, clientId(row.get(0)));
        }

        void episode(List<String> row) {
            row.set(0, clientId(row.get(0)));
            row.set(1, projectId(row.get(1)));
        }

        void top(List<String> row) {
            row.set(0, clientId(row.get(0)));
            row.set(1, projectId(row.get(1)));
        }

        void volunteer(List<String> row) {
            row.set(0, volunteerId(row.get(0)));
            row.set(1, projectId(row.get(1)));
        }
    }
}
