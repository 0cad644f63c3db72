package org.recoveryoutcomes.engine.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import org.recoveryoutcomes.engine.io.InputFiles;
import org.recoveryoutcomes.engine.io.table.AtomicFiles;
import org.recoveryoutcomes.engine.model.EngineInfo;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * {@code manifest.json}: the set of files a run wrote in its output folder, written last. Each file is written
 * atomically, but a run killed between two of them leaves old and new files side by side; the manifest names
 * exactly the files of the last complete run, with their sizes and SHA-256, so that such a mixed set is found.
 *
 * <pre>{@code
 * {
 *   "manifest": 1,
 *   "run_id": "…",
 *   "engine": {"name": "Recovery Outcomes", "version": "1.0.0"},
 *   "files": [{"file": "metrics.json", "bytes": 48213, "sha256": "…"}, …]
 * }
 * }</pre>
 *
 * <p>Files are listed by their path relative to the folder, sorted. The run id is derived from the inputs and the
 * request, never from the clock, so the manifest is as byte-deterministic as the files it lists.
 */
public final class Manifest {

    /** The manifest's file name in the output folder. */
    public static final String FILE = "manifest.json";
    /** The largest manifest read: a national run with a report per project lists a few thousand files. */
    static final long MAX_BYTES = 16L << 20;

    /** One file of the set. */
    public record Entry(String file, long bytes, String sha256) {
    }

    /** What checking a folder against its manifest found: {@code problems} is empty when every file matches. */
    public record Check(String runId, List<Entry> files, List<String> problems) {
        public Check {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    private Manifest() {
    }

    /**
     * Writes the manifest of {@code files} (each inside {@code outDir}), last and atomically.
     *
     * @return the manifest's path
     */
    public static Path write(Path outDir, String runId, EngineInfo engine, List<Path> files) {
        Path dir = outDir.toAbsolutePath().normalize();
        TreeMap<String, Entry> entries = new TreeMap<>();
        for (Path f : files) {
            String rel = dir.relativize(f.toAbsolutePath().normalize()).toString().replace('\\', '/');
            entries.put(rel, entry(rel, f));
        }
        return AtomicFiles.write(outDir.resolve(FILE), out -> json(out, runId, engine, entries.values()));
    }

    private static void json(OutputStream out, String runId, EngineInfo engine, Iterable<Entry> entries)
            throws IOException {
        JsonFactory factory = new JsonFactory();
        factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeNumberField("manifest", 1);
            g.writeStringField("run_id", runId);
            g.writeObjectFieldStart("engine");
            g.writeStringField("name", engine.name());
            g.writeStringField("version", engine.version());
            g.writeEndObject();
            g.writeArrayFieldStart("files");
            for (Entry e : entries) {
                g.writeStartObject();
                g.writeStringField("file", e.file());
                g.writeNumberField("bytes", e.bytes());
                g.writeStringField("sha256", e.sha256());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static Entry entry(String rel, Path f) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long bytes;
            try (InputStream in = new DigestInputStream(Files.newInputStream(f, LinkOption.NOFOLLOW_LINKS), digest)) {
                bytes = in.transferTo(OutputStream.nullOutputStream());
            }
            return new Entry(rel, bytes, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new ReportException(ReportException.Kind.OUTPUT, "cannot read back " + f + " for the manifest: "
                    + AtomicFiles.describe(e), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Checks the files of {@code outDir} against its manifest: each listed file must be there, a regular file, of
     * the listed size and SHA-256. Files the manifest does not list (reports of other periods, say) are not looked
     * at.
     *
     * @return null when the folder holds no manifest
     */
    public static Check check(Path outDir) {
        Path file = outDir.resolve(FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(InputFiles.read(file, MAX_BYTES, file.toString(),
                    ReportException.Kind.OUTPUT));
        } catch (IOException | ReportException e) {
            return new Check(null, List.of(), List.of(FILE + " cannot be read (" + e.getMessage() + ")"));
        }
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        JsonNode files = root == null ? null : root.get("files");
        if (files == null || !files.isArray() || !root.path("run_id").isTextual()) {
            return new Check(null, List.of(), List.of(FILE + " is not a manifest this tool wrote"));
        }
        Path dir = outDir.toAbsolutePath().normalize();
        for (JsonNode n : files) {
            String rel = n.path("file").asText("");
            Entry listed = new Entry(rel, n.path("bytes").asLong(-1), n.path("sha256").asText(""));
            entries.add(listed);
            Path f = dir.resolve(rel).normalize();
            if (rel.isEmpty() || !f.startsWith(dir) || f.equals(dir)) {
                problems.add(FILE + " lists '" + rel + "', which is not a file of this folder");
                continue;
            }
            if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(rel + " is missing");
                continue;
            }
            if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(rel + " is not a regular file");
                continue;
            }
            Entry actual;
            try {
                actual = entry(rel, f);
            } catch (ReportException e) {
                problems.add(rel + " cannot be read");
                continue;
            }
            if (actual.bytes() != listed.bytes() || !actual.sha256().equals(listed.sha256())) {
                problems.add(rel + " is not the file the run wrote (its size or SHA-256 differs)");
            }
        }
        return new Check(root.path("run_id").asText(), entries, problems);
    }

    /**
     * One line for a folder whose files do not match its manifest: {@code reports: the files do not match
     * manifest.json (run 1a2b…): metrics.json is missing; …}. The first three problems are named.
     */
    public static String mismatch(Path outDir, Check check) {
        List<String> p = check.problems();
        String named = String.join("; ", p.subList(0, Math.min(3, p.size())))
                + (p.size() > 3 ? "; and " + (p.size() - 3) + " more" : "");
        return outDir + ": the files do not match " + FILE + (check.runId() == null ? "" : " (run " + check.runId()
                + ")") + ": " + named + "; a run into this folder was interrupted or the files were changed since";
    }
}
