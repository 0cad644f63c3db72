package org.recoveryoutcomes.engine.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.recoveryoutcomes.engine.api.ReportException;

/**
 * A column mapping file ({@code mapping.json}): per file kind, {@code columns} maps a real export's header onto
 * our column name and {@code codes} maps, per our column, their values onto our codes.
 *
 * <pre>{@code {"top": {"columns": {"TOP Stage": "stage"}, "codes": {"stage": {"S": "start", "R": "review"}}}}}</pre>
 *
 * <p>Headers and values are matched like our own names: case-insensitively after trimming. A value the mapping
 * does not name passes through unchanged (so {@code start} still reads as {@code start}); a value that is then not
 * a code is the usual {@code bad_code} error. This class is immutable.
 */
final class ColumnMapping {

    static final ColumnMapping NONE = new ColumnMapping(new EnumMap<>(FileKind.class), new EnumMap<>(FileKind.class));

    private final Map<FileKind, Map<String, String>> columns;
    private final Map<FileKind, Map<String, Map<String, String>>> codes;

    private ColumnMapping(Map<FileKind, Map<String, String>> columns,
                          Map<FileKind, Map<String, Map<String, String>>> codes) {
        this.columns = columns;
        this.codes = codes;
    }

    /** Our column for their header {@code header} in a file of kind {@code kind}, or null when not mapped. */
    String column(FileKind kind, String header) {
        return columns.getOrDefault(kind, Map.of()).get(normal(header));
    }

    /** Our code for their {@code value} in our column {@code column}, or {@code value} itself when not mapped. */
    String code(FileKind kind, String column, String value) {
        if (codes.isEmpty()) {
            return value; // no code mapping at all: the common case, asked once per cell
        }
        Map<String, String> byValue = codes.getOrDefault(kind, Map.of()).get(column);
        if (byValue == null || value == null) {
            return value;
        }
        return byValue.getOrDefault(normal(value), value);
    }

    static String normal(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a mapping file.
     *
     * @throws ReportException of kind CONFIG when the file cannot be read or names a file or column we do not know
     */
    static ColumnMapping load(Path file) {
        String name = file.getFileName().toString();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(org.recoveryoutcomes.engine.internal.InputFiles.read(file,
                    org.recoveryoutcomes.engine.internal.InputFiles.MAX_CONFIG_BYTES,
                    name + ": the mapping file cannot be read", ReportException.Kind.CONFIG));
        } catch (JsonProcessingException e) {
            throw config(name + ": the mapping is not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (java.io.CharConversionException e) {
            // Jackson guesses the encoding from the first bytes; a few bytes can look like the start of UTF-32
            throw config(name + ": the mapping is not UTF-8 text (" + e.getMessage() + "); save it as UTF-8", e);
        } catch (IOException e) {
            throw config(name + ": the mapping file cannot be read (" + e + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw config(name + ": the mapping must be a JSON object keyed by file, e.g. "
                    + "{\"top\": {\"columns\": {\"TOP Stage\": \"stage\"}}}", null);
        }
        Map<FileKind, Map<String, String>> columns = new EnumMap<>(FileKind.class);
        Map<FileKind, Map<String, Map<String, String>>> codes = new EnumMap<>(FileKind.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            FileKind kind = FileKind.ofBaseName(normal(entry.getKey()));
            String where = name + ": " + entry.getKey();
            if (kind == null) {
                throw config(where + ": not a file of the data directory (projects, contacts, clients, top, "
                        + "episodes, volunteers)", null);
            }
            JsonNode spec = entry.getValue();
            if (!spec.isObject()) {
                throw config(where + ": expected an object with \"columns\" and/or \"codes\"", null);
            }
            for (Iterator<Map.Entry<String, JsonNode>> parts = spec.fields(); parts.hasNext(); ) {
                Map.Entry<String, JsonNode> part = parts.next();
                switch (part.getKey()) {
                    case "columns" -> columns.put(kind, columns(where + ".columns", kind, part.getValue()));
                    case "codes" -> codes.put(kind, codes(where + ".codes", kind, part.getValue()));
                    default -> throw config(where + ": '" + part.getKey()
                            + "' is not understood; use \"columns\" and \"codes\"", null);
                }
            }
        }
        return new ColumnMapping(columns, codes);
    }

    private static Map<String, String> columns(String where, FileKind kind, JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : strings(where, node).entrySet()) {
            String target = normal(e.getValue());
            if (!kind.knows(target)) {
                throw config(where + ": '" + e.getValue() + "' is not a column of " + kind.baseName() + " ("
                        + String.join(", ", kind.columns()) + ")", null);
            }
            out.put(normal(e.getKey()), target);
        }
        return Map.copyOf(out);
    }

    private static Map<String, Map<String, String>> codes(String where, FileKind kind, JsonNode node) {
        if (!node.isObject()) {
            throw config(where + ": expected an object keyed by column", null);
        }
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String column = normal(e.getKey());
            if (!kind.knows(column)) {
                throw config(where + ": '" + e.getKey() + "' is not a column of " + kind.baseName() + " ("
                        + String.join(", ", kind.columns()) + ")", null);
            }
            Map<String, String> byValue = new LinkedHashMap<>();
            strings(where + "." + e.getKey(), e.getValue()).forEach((k, v) -> byValue.put(normal(k), v.strip()));
            out.put(column, Map.copyOf(byValue));
        }
        return Map.copyOf(out);
    }

    private static Map<String, String> strings(String where, JsonNode node) {
        if (!node.isObject()) {
            throw config(where + ": expected an object of \"their name\": \"our name\"", null);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw config(where + ": '" + e.getKey() + "' must map to a text value", null);
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    private static ReportException config(String message, Throwable cause) {
        return new ReportException(ReportException.Kind.CONFIG, message, cause);
    }
}
