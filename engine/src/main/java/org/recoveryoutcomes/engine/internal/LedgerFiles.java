package org.recoveryoutcomes.engine.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.recoveryoutcomes.engine.io.table.AtomicFiles;
import org.recoveryoutcomes.engine.model.Ledger;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * Reads and writes the publication ledger, {@code publication-ledger.json}, in an output folder: what the reports
 * in that folder published (outputs.md). It holds only what the reports show: every figure shown, with its value,
 * and the keys of the figures hidden, never their values. The same ledger gives the same bytes.
 */
public final class LedgerFiles {

    /** The ledger's file name in an output folder. */
    public static final String FILE = "publication-ledger.json";

    private static final String FORMAT = "recovery-outcomes publication ledger 1";

    /** A ledger is large at national scale but never this large: anything bigger is not ours. */
    private static final long MAX_BYTES = 2L << 30;

    private LedgerFiles() {
    }

    /** The ledger of {@code dir}, or {@link Ledger#EMPTY} when it has none. */
    public static Ledger read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Ledger.EMPTY;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ReportException(ReportException.Kind.CONFIG, file + " is not a regular file: the publication "
                    + "ledger must be the file an earlier run wrote");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ReportException(ReportException.Kind.CONFIG, file + " is larger than any publication "
                        + "ledger: it is not one this tool wrote");
            }
            ObjectMapper mapper = new ObjectMapper();
            mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonNode root;
            try (InputStream in = Files.newInputStream(file)) {
                root = mapper.readTree(in);
            }
            if (root == null || !FORMAT.equals(root.path("format").asText())) {
                throw new ReportException(ReportException.Kind.CONFIG, file + " is not a publication ledger of "
                        + "this tool (its \"format\" is not \"" + FORMAT + "\")");
            }
            Map<String, Long> shown = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("shown").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().canConvertToLong()) {
                    throw new ReportException(ReportException.Kind.CONFIG, file + ": shown figure " + e.getKey()
                            + " has no whole-number value");
                }
                shown.put(e.getKey(), e.getValue().asLong());
            }
            Set<String> hidden = new TreeSet<>();
            root.path("hidden").forEach(n -> hidden.add(n.asText()));
            Map<String, String> boroughOf = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("projects").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                boroughOf.put(e.getKey(), e.getValue().asText());
            }
            return new Ledger(shown, hidden, boroughOf);
        } catch (IOException e) {
            throw new ReportException(ReportException.Kind.CONFIG, "cannot read the publication ledger " + file
                    + ": " + e.getMessage().lines().findFirst().orElse("") + " (it records what the reports in "
                    + "that folder published; restore it, or publish into a new folder)", e);
        }
    }

    /** Writes {@code ledger} as {@code dir}'s ledger, atomically. */
    public static Path write(Path dir, Ledger ledger) {
        return AtomicFiles.write(dir.resolve(FILE), out -> {
            JsonFactory factory = new JsonFactory();
            factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
                g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n")));
                g.writeStartObject();
                g.writeStringField("format", FORMAT);
                g.writeStringField("about", "What the reports in this folder published, so that a later report "
                        + "into it (or given it with --published) keeps every hidden figure hidden. Hidden figures "
                        + "are listed by key only.");
                g.writeObjectFieldStart("projects");
                for (Map.Entry<String, String> e : ledger.boroughOf().entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeObjectFieldStart("shown");
                for (Map.Entry<String, Long> e : ledger.shown().entrySet()) {
                    g.writeNumberField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeArrayFieldStart("hidden");
                for (String k : ledger.hidden()) {
                    g.writeString(k);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }
}
