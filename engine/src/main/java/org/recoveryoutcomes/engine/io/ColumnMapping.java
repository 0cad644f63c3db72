package org.recoveryoutcomes.engine.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * A column mapping file ({@code mapping.json}): per file kind, {@code columns} maps a real export's header onto
 * our column name and {@code codes} maps, per our column, their values onto our codes.
 *
 * <pre>{@code {"top": {"columns": {"TOP Stage": "stage"}, "codes": {"stage": {"S": "start", "R": "review"}}}}}</pre>
 *
 * <p>Per file it may also say how to read the file: {@code file} (its name in the data directory, when not ours),
 * {@code header_row} (the row of the header, when title rows come first), {@code encoding} (of a CSV or JSON
 * file) and {@code date_format} (a pattern such as {@code MM/dd/yyyy}, tried before our two formats).
 *
 * <p>Headers and values are matched like our own names: case-insensitively after trimming. A value the mapping
 * does not name passes through unchanged (so {@code start} still reads as {@code start}); a value that is then not
 * a code is the usual {@code bad_code} error. A value mapped to {@code ""} or {@code null} ("Prefer not to say")
 * is not recorded: an empty cell. The codes of a text column ({@code project_id}: project names to ids) work
 * alike. A key given twice (a file, a header, a code) is an error, never its last value silently taken. This class
 * is immutable.
 */
final class ColumnMapping {

    static final ColumnMapping NONE = new ColumnMapping(new EnumMap<>(FileKind.class), new EnumMap<>(FileKind.class),
            new EnumMap<>(FileKind.class), java.util.List.of());

    /** How to read one file: each part null when not given. */
    record FileSpec(String file, Integer headerRow, java.nio.charset.Charset encoding,
                    java.time.format.DateTimeFormatter dateFormat, String datePattern) {
        static final FileSpec NONE = new FileSpec(null, null, null, null, null);
    }

    private final Map<FileKind, Map<String, String>> columns;
    private final Map<FileKind, Map<String, Map<String, String>>> codes;
    private final Map<FileKind, FileSpec> files;
    private final java.util.List<Map.Entry<FileKind, String>> undecided;

    private ColumnMapping(Map<FileKind, Map<String, String>> columns,
                          Map<FileKind, Map<String, Map<String, String>>> codes, Map<FileKind, FileSpec> files,
                          java.util.List<Map.Entry<FileKind, String>> undecided) {
        this.columns = columns;
        this.codes = codes;
        this.files = files;
        this.undecided = java.util.List.copyOf(undecided);
    }

    /**
     * What a draft left undecided ({@code "?"}) and nobody has decided since, per file: one message each, for
     * {@code validate} to say.
     */
    java.util.List<Map.Entry<FileKind, String>> undecided() {
        return undecided;
    }

    /** How to read the file of {@code kind}; every part null when the mapping says nothing. */
    FileSpec file(FileKind kind) {
        return files.getOrDefault(kind, FileSpec.NONE);
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
            root = JsonKeys.strict().readTree(InputFiles.read(file,
                    InputFiles.MAX_CONFIG_BYTES,
                    name + ": the mapping file cannot be read", ReportException.Kind.CONFIG));
        } catch (JsonProcessingException e) {
            String twice = JsonKeys.duplicateKey(e);
            if (twice != null) {
                throw config(name + ": line " + e.getLocation().getLineNr() + ": the key '" + twice + "' is given "
                        + "twice; give each key once", e);
            }
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
        Map<FileKind, FileSpec> files = new EnumMap<>(FileKind.class);
        java.util.List<Map.Entry<FileKind, String>> undecided = new java.util.ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().startsWith("_")) {
                continue; // a note of a draft, for the reader
            }
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
            String fileName = null;
            Integer headerRow = null;
            java.nio.charset.Charset encoding = null;
            java.time.format.DateTimeFormatter dateFormat = null;
            String datePattern = null;
            for (Iterator<Map.Entry<String, JsonNode>> parts = spec.fields(); parts.hasNext(); ) {
                Map.Entry<String, JsonNode> part = parts.next();
                JsonNode v = part.getValue();
                String at = where + "." + part.getKey();
                if (part.getKey().startsWith("_")) {
                    continue;
                }
                switch (part.getKey()) {
                    case "columns" -> columns.put(kind, columns(at, kind, v, undecided));
                    case "codes" -> codes.put(kind, codes(at, kind, v, undecided));
                    case "file" -> {
                        fileName = text(at, v);
                        if (fileName.contains("/") || fileName.contains("\\") || fileName.equals("..")) {
                            throw config(at + ": give the file's name in the data directory, without a folder", null);
                        }
                    }
                    case "header_row" -> {
                        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 1) {
                            throw config(at + ": give the row number of the header, 1 or more (as the spreadsheet "
                                    + "numbers it)", null);
                        }
                        headerRow = v.asInt();
                    }
                    case "encoding" -> {
                        String charset = text(at, v);
                        try {
                            encoding = java.nio.charset.Charset.forName(charset);
                        } catch (IllegalArgumentException e) {
                            throw config(at + ": '" + charset + "' is not an encoding Java knows; use e.g. UTF-8, "
                                    + "windows-1252 or ISO-8859-1", e);
                        }
                    }
                    case "date_format" -> {
                        datePattern = text(at, v);
                        dateFormat = dateFormat(at, datePattern);
                    }
                    default -> throw config(where + ": '" + part.getKey() + "' is not understood; use \"file\", "
                            + "\"header_row\", \"encoding\", \"date_format\", \"columns\" and \"codes\"", null);
                }
            }
            if (fileName != null || headerRow != null || encoding != null || dateFormat != null) {
                files.put(kind, new FileSpec(fileName, headerRow, encoding, dateFormat, datePattern));
            }
        }
        return new ColumnMapping(columns, codes, files, undecided);
    }

    private static String text(String where, JsonNode v) {
        if (!v.isTextual() || v.asText().isBlank()) {
            throw config(where + ": give a text value", null);
        }
        return v.asText().strip();
    }

    /** A date pattern such as {@code dd/MM/yyyy}: {@code y} is read as the proleptic year, strictly. */
    private static java.time.format.DateTimeFormatter dateFormat(String where, String pattern) {
        try {
            java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter
                    .ofPattern(pattern.replace('y', 'u'), Locale.UK)
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT);
            java.time.LocalDate.of(2026, 4, 1).format(f); // a pattern without a day, month and year fails here
            return f;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw config(where + ": '" + pattern + "' is not a date pattern; write it as e.g. dd/MM/yyyy or "
                    + "MM/dd/yyyy (d day, M month, y year)", e);
        }
    }

    private static Map<String, String> columns(String where, FileKind kind, JsonNode node,
                                               java.util.List<Map.Entry<FileKind, String>> undecided) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : strings(where, node, true).entrySet()) {
            if (e.getValue() == null) {
                continue; // left out on purpose: the column is ignored
            }
            if (e.getValue().strip().equals(MappingDraft.UNDECIDED)) {
                undecided.add(Map.entry(kind, where + ": '" + e.getKey() + "' is still undecided (\"?\"): map it "
                        + "to a column of " + kind.baseName() + ", or to null to leave it out"));
                continue;
            }
            String target = normal(e.getValue());
            if (!kind.knows(target)) {
                throw config(where + ": '" + e.getValue() + "' is not a column of " + kind.baseName() + " ("
                        + String.join(", ", kind.columns()) + ")", null);
            }
            out.put(normal(e.getKey()), target);
        }
        return Map.copyOf(out);
    }

    private static Map<String, Map<String, String>> codes(String where, FileKind kind, JsonNode node,
                                                          java.util.List<Map.Entry<FileKind, String>> undecided) {
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
            // A code mapped to null or "" is not recorded: the cell reads as empty.
            strings(where + "." + e.getKey(), e.getValue(), true).forEach((k, v) -> {
                if (v != null && v.strip().equals(MappingDraft.UNDECIDED)) {
                    undecided.add(Map.entry(kind, where + "." + e.getKey() + ": '" + k + "' is still undecided "
                            + "(\"?\"): map it to one of our codes, or to null if it means not recorded"));
                } else {
                    byValue.put(normal(k), v == null ? "" : v.strip());
                }
            });
            out.put(column, Map.copyOf(byValue));
        }
        return Map.copyOf(out);
    }

    private static Map<String, String> strings(String where, JsonNode node) {
        return strings(where, node, false);
    }

    private static Map<String, String> strings(String where, JsonNode node, boolean nulls) {
        if (!node.isObject()) {
            throw config(where + ": expected an object of \"their name\": \"our name\"", null);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (nulls && e.getValue().isNull()) {
                out.put(e.getKey(), null);
                continue;
            }
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
