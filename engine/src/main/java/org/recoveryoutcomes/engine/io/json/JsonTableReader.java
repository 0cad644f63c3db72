package org.recoveryoutcomes.engine.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recoveryoutcomes.engine.io.table.RawRow;
import org.recoveryoutcomes.engine.io.table.RawTable;
import org.recoveryoutcomes.engine.io.table.TableReader;
import org.recoveryoutcomes.engine.io.table.TextFiles;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * Reads JSON: an array of objects ({@code .json}) or one object per line ({@code .jsonl}, JSON Lines). The header
 * is every key met, in the order first met; a key an object lacks is an empty (missing) cell. Rows are numbered so
 * that the header is row 1, as in the other formats: array index + 2, or line number + 1.
 *
 * <p>Values become the text a user would type: strings as they are, numbers in plain decimal without a spurious
 * {@code .0}, {@code true}/{@code false}, {@code null} as empty. An object or array as a value, an element that is
 * not an object, and a JSON Lines line that is not valid JSON are problems of that row alone: the row is rejected
 * and the rest is read.
 *
 * <p>Text is UTF-8 (with or without a byte order mark) unless another encoding is given. A key given twice in one
 * object is an error, never a value silently dropped. Nesting deeper than
 * {@link #MAX_DEPTH} stops the reading ({@code [[[[…} is a well-known way to exhaust a parser's stack), and a
 * number too large to write out in plain decimal keeps its exponent form, which no column accepts.
 */
public final class JsonTableReader implements TableReader {

    /** The deepest nesting read: a data file needs 2 (an array of objects). */
    static final int MAX_DEPTH = 100;
    /**
     * The longest string read, in characters: far beyond any cell a column accepts (1,000), small enough that a
     * hostile file cannot make one string take gigabytes. Jackson's own default is 20 million.
     */
    static final int MAX_STRING = 1_000_000;
    /** The longest number read, in characters (Jackson's default, set explicitly). */
    static final int MAX_NUMBER = 1000;
    /** Numbers whose plain decimal form would have more digits than this keep their exponent form. */
    private static final int MAX_PLAIN_SCALE = 100;
    private static final String EXPORT_AS = "UTF-8 JSON";

    /**
     * Jackson's mapper and the element reader, built on first use: a run whose data holds no JSON file (most runs,
     * and every {@code validate} of CSV files) does not pay for loading and initialising them.
     */
    private static final class Json {
        // A key given twice would silently keep only its last value: it is an error instead.
        static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                                .maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER).maxNameLength(MAX_STRING)
                                .build())
                        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .build())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        // Inside an array each element is read alone; trailing tokens there are simply the next elements.
        static final ObjectReader ELEMENT = MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    private final boolean lines;

    private JsonTableReader(boolean lines) {
        this.lines = lines;
    }

    /** A reader of files holding one JSON array of objects. */
    public static JsonTableReader array() {
        return new JsonTableReader(false);
    }

    /** A reader of JSON Lines files: one object per line. */
    public static JsonTableReader lines() {
        return new JsonTableReader(true);
    }

    @Override
    public RawTable read(Path file, Charset encoding) {
        String name = file.getFileName().toString();
        List<Element> elements = new ArrayList<>();
        encoding = TextFiles.resolve(file, encoding).charset(); // a byte order mark wins; else UTF-8, or detected
        TextFiles.requireText(file, encoding, EXPORT_AS);
        try {
            if (lines) {
                readLines(file, encoding, elements);
            } else {
                readArray(file, encoding, name, elements);
            }
        } catch (NoSuchFileException e) {
            throw new ReportException(ReportException.Kind.INPUT, name + ": the file does not exist", e);
        } catch (CharacterCodingException e) {
            // A JSON Lines row is its line + 1; in an array, lines are not rows
            throw TextFiles.notDecodable(file, encoding, line -> line <= 0 ? name
                    : lines ? name + ":" + (line + 1) : name + ": line " + line, EXPORT_AS, e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            if (e instanceof StreamConstraintsException) {
                // Jackson gives no position for these
                throw new ReportException(ReportException.Kind.INPUT, name + ": the file is not a data file: it "
                        + constraint(e) + "; a data file is an array of flat objects", e);
            }
            throw new ReportException(ReportException.Kind.INPUT,
                    name + ": the file is not valid JSON" + where + " (" + reason(e) + ")", e);
        } catch (IOException | UncheckedIOException e) {
            throw new ReportException(ReportException.Kind.INPUT, name + ": the file cannot be read (" + e + ")", e);
        }
        return table(name, elements);
    }

    /** One array element or line: an object, or what was wrong with it. */
    private record Element(int row, JsonNode node, String text, RawRow.Problem problem) {
    }

    /** A blank line of a JSON Lines file: no element, but a row counted as blank. */
    private static final Element BLANK = new Element(0, null, null, null);

    private static void readArray(Path file, Charset encoding, String name, List<Element> out) throws IOException {
        try (JsonParser parser = Json.MAPPER.createParser(TextFiles.open(file, encoding))) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return;
            }
            if (token != JsonToken.START_ARRAY) {
                String hint = token == JsonToken.START_OBJECT
                        ? "; for one object per line name the file " + baseName(name) + ".jsonl" : "";
                throw new ReportException(ReportException.Kind.INPUT,
                        name + ": expected an array of objects ([{…}, {…}])" + hint);
            }
            int index = 0;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new ReportException(ReportException.Kind.INPUT,
                            name + ": the file is not valid JSON (the array is not closed)");
                }
                JsonNode node = Json.ELEMENT.readTree(parser);
                out.add(element(index + 2, node));
                index++;
            }
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentLocation();
                throw new ReportException(ReportException.Kind.INPUT, name
                        + ": the file is not valid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr()
                        + " (there is more after the array)");
            }
        }
    }

    private static void readLines(Path file, Charset encoding, List<Element> out) throws IOException {
        try (BufferedReader reader = new BufferedReader(TextFiles.open(file, encoding))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    out.add(BLANK);
                    continue;
                }
                JsonNode node;
                try {
                    node = Json.MAPPER.readTree(line);
                } catch (JsonProcessingException e) {
                    JsonLocation at = e.getLocation();
                    String where = at == null || at.getColumnNr() < 1 ? "" : " at column " + at.getColumnNr();
                    out.add(new Element(number + 1, null, line, new RawRow.Problem(null, "bad_json",
                            "this line is not valid JSON (" + reason(e) + where + ")")));
                    continue;
                }
                out.add(element(number + 1, node));
            }
        }
    }

    private static Element element(int row, JsonNode node) {
        if (node == null || !node.isObject()) {
            return new Element(row, null, node == null ? "" : node.toString(),
                    new RawRow.Problem(null, "bad_row", "this is not a JSON object of column names and values"));
        }
        RawRow.Problem problem = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext() && problem == null; ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isContainerNode()) {
                problem = new RawRow.Problem(field.getKey().strip(), "bad_value",
                        "an object or array is not a single value");
            }
        }
        return new Element(row, node, null, problem);
    }

    private static RawTable table(String name, List<Element> elements) {
        Set<String> keys = new LinkedHashSet<>();
        for (Element e : elements) {
            if (e.node() != null) {
                e.node().fieldNames().forEachRemaining(keys::add);
            }
        }
        List<String> header = List.copyOf(keys);
        List<RawRow> rows = new ArrayList<>(elements.size());
        long blank = 0;
        for (Element e : elements) {
            if (e == BLANK) {
                blank++;
                continue;
            }
            if (e.node() == null) {
                rows.add(new RawRow(e.row(), List.of(e.text()), e.problem()));
                continue;
            }
            List<String> cells = new ArrayList<>(header.size());
            for (String key : header) {
                cells.add(text(e.node().get(key)));
            }
            if (e.problem() == null && RawTable.isBlank(cells)) {
                blank++;
                continue; // {} or all values empty or null: nothing to keep, as a blank line in CSV
            }
            rows.add(new RawRow(e.row(), cells, e.problem()));
        }
        return new RawTable(name, 1, header, rows, blank);
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isNumber()) {
            // 1e999999999 in plain decimal would be a billion characters: such a number keeps its exponent form
            BigDecimal n = value.decimalValue().stripTrailingZeros();
            return Math.abs(n.scale()) > MAX_PLAIN_SCALE ? n.toString() : n.toPlainString();
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "true" : "false";
        }
        return value.toString();
    }

    /** Jackson's reason without the source excerpt it sometimes appends. */
    private static String reason(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            String broken = constraint(e);
            return broken.startsWith("is ") ? broken.substring(3) : "it " + broken;
        }
        String m = String.valueOf(e.getOriginalMessage());
        if (m.startsWith("Duplicate field '")) {
            return "the key '" + m.substring("Duplicate field '".length(), m.lastIndexOf('\'')) + "' is given twice";
        }
        int cut = m.indexOf(" (start marker");
        if (cut < 0) {
            cut = m.indexOf("\n");
        }
        return cut < 0 ? m : m.substring(0, cut);
    }

    /** Which of Jackson's limits the file broke, as "it …" goes on. */
    private static String constraint(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.startsWith("String value length")) {
            return "holds a string longer than " + String.format(java.util.Locale.ROOT, "%,d", MAX_STRING)
                    + " characters";
        }
        if (m.startsWith("Number value length")) {
            return "holds a number longer than " + String.format(java.util.Locale.ROOT, "%,d", MAX_NUMBER)
                    + " characters";
        }
        if (m.startsWith("Name length")) {
            return "holds a key longer than " + String.format(java.util.Locale.ROOT, "%,d", MAX_STRING)
                    + " characters";
        }
        return "is nested more than " + MAX_DEPTH + " levels deep";
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
