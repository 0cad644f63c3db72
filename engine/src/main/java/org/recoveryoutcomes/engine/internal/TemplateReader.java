package org.recoveryoutcomes.engine.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.recoveryoutcomes.engine.io.InputFiles;
import org.recoveryoutcomes.engine.io.JsonKeys;
import org.recoveryoutcomes.engine.model.Code;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.ReportException;
import org.recoveryoutcomes.engine.model.ReportTemplate;
import org.recoveryoutcomes.engine.model.Section;
import org.recoveryoutcomes.engine.model.SectionKind;

/**
 * Reads report templates: a shipped one by id (packaged from {@code report-templates/}) or a user's file.
 * Every mistake is a {@link ReportException} of kind CONFIG naming the template, the field and the fix; a field
 * given twice is one too, never its last value silently taken.
 */
public final class TemplateReader {

    /** The templates that ship with the engine. */
    public static final List<String> SHIPPED = List.of("quarterly-monitoring", "borough-comparison",
            "impact-evaluation");

    private static final String RESOURCE_DIR = "/org/recoveryoutcomes/templates/";
    private static final Set<String> TOP_FIELDS = Set.of("id", "title", "audience", "levels", "comparator",
            "comparator_values", "sections");
    private static final Set<String> SECTION_FIELDS = Set.of("id", "title", "kind", "metrics", "text");

    private TemplateReader() {
    }

    /**
     * A shipped template's id, or the path of a template file.
     *
     * @throws ReportException of kind CONFIG when it is neither, or the template is malformed
     */
    public static ReportTemplate resolve(String idOrPath) {
        if (SHIPPED.contains(idOrPath)) {
            return shipped(idOrPath);
        }
        Path p = Path.of(idOrPath);
        if (Files.exists(p) || Files.isSymbolicLink(p)) {
            // A regular file of a bounded size, or a clear error: never a read of a named pipe or a device
            return parse(new String(InputFiles.read(p, InputFiles.MAX_CONFIG_BYTES, "cannot read template " + p,
                    ReportException.Kind.CONFIG), java.nio.charset.StandardCharsets.UTF_8), p.getFileName().toString());
        }
        throw new ReportException(ReportException.Kind.CONFIG, "template '" + idOrPath
                + "' is neither a shipped template (" + String.join(", ", SHIPPED) + ") nor a file");
    }

    /** A shipped template by id. */
    public static ReportTemplate shipped(String id) {
        try (InputStream in = TemplateReader.class.getResourceAsStream(RESOURCE_DIR + id + ".json")) {
            if (in == null) {
                throw new ReportException(ReportException.Kind.INTERNAL, "shipped template " + id
                        + " is missing from the engine jar");
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), id + ".json");
        } catch (IOException e) {
            throw new ReportException(ReportException.Kind.INTERNAL, "cannot read shipped template " + id, e);
        }
    }

    /** Parses template JSON; {@code name} is used in messages. */
    public static ReportTemplate parse(String json, String name) {
        JsonNode root;
        try {
            root = JsonKeys.strict().readTree(json);
        } catch (JsonProcessingException e) {
            String twice = JsonKeys.duplicateKey(e);
            if (twice != null) {
                throw config(name, "line " + e.getLocation().getLineNr() + ": the key '" + twice + "' is given twice; "
                        + "give each field once", e);
            }
            throw new ReportException(ReportException.Kind.CONFIG, "template " + name + " is not valid JSON: line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw config(name, "must be a JSON object with id, title and sections");
        }
        unknownFields(root, TOP_FIELDS, name, "");
        String id = text(root, "id", name, "");
        String title = text(root, "title", name, "");
        String audience = root.path("audience").asText("");
        List<GroupLevel> levels = new ArrayList<>();
        for (JsonNode l : root.path("levels")) {
            levels.add(Code.parse(GroupLevel.class, l.asText()).orElseThrow(() -> config(name,
                    "levels: '" + l.asText() + "' is not a group level (" + Code.list(GroupLevel.class) + ")")));
        }
        if (levels.isEmpty()) {
            levels = List.of(GroupLevel.values());
        }
        String comparator = root.path("comparator").asText("parent");
        if (!Set.of("parent", "all", "value").contains(comparator)) {
            throw config(name, "comparator: '" + comparator + "' must be parent, all or value");
        }
        Map<String, Double> values = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.path("comparator_values").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNumber() || e.getValue().asDouble() < 0 || e.getValue().asDouble() > 100) {
                throw config(name, "comparator_values." + e.getKey() + ": give a percentage from 0 to 100");
            }
            values.put(e.getKey(), e.getValue().asDouble());
        }
        if (comparator.equals("value") && values.isEmpty()) {
            throw config(name, "comparator is 'value' but comparator_values gives no figures: add e.g. "
                    + "\"comparator_values\": {\"abstinent_opiates\": 45.0}");
        }
        JsonNode sectionsNode = root.path("sections");
        if (!sectionsNode.isArray() || sectionsNode.isEmpty()) {
            throw config(name, "sections: give at least one section");
        }
        List<Section> sections = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        int i = 0;
        for (JsonNode s : sectionsNode) {
            String where = "sections[" + i++ + "].";
            unknownFields(s, SECTION_FIELDS, name, where);
            String sid = text(s, "id", name, where);
            if (!ids.add(sid)) {
                throw config(name, where + "id: '" + sid + "' is used by two sections");
            }
            String kindText = text(s, "kind", name, where);
            SectionKind kind = Code.parse(SectionKind.class, kindText).orElseThrow(() -> config(name,
                    where + "kind: '" + kindText + "' is not a section kind (" + Code.list(SectionKind.class) + ")"));
            List<String> metrics = new ArrayList<>();
            for (JsonNode m : s.path("metrics")) {
                metrics.add(m.asText());
            }
            String sectionText = s.hasNonNull("text") ? s.get("text").asText() : null;
            sections.add(new Section(sid, text(s, "title", name, where), kind, metrics, sectionText));
        }
        return new ReportTemplate(id, title, audience, levels, comparator, values, sections);
    }

    /**
     * Checks that every metric a template names is one the engine computes.
     *
     * @throws ReportException of kind CONFIG naming the first unknown metric and the section
     */
    public static void checkMetrics(ReportTemplate t, Set<String> known) {
        for (Section s : t.sections()) {
            for (String m : s.metrics()) {
                if (!known.contains(m)) {
                    throw new ReportException(ReportException.Kind.CONFIG, "template " + t.id() + ": section '"
                            + s.id() + "' names metric '" + m + "', which the engine does not compute "
                            + "(see docs/metrics.md for the metric ids)");
                }
            }
        }
    }

    private static String text(JsonNode node, String field, String name, String where) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw config(name, where + field + ": a text value is required");
        }
        return v.asText();
    }

    private static void unknownFields(JsonNode node, Set<String> known, String name, String where) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String f = names.next();
            if (!known.contains(f)) {
                throw config(name, where + f + ": unknown field (known: " + String.join(", ", new TreeSet<>(known))
                        + ")");
            }
        }
    }

    private static ReportException config(String name, String message) {
        return config(name, message, null);
    }

    private static ReportException config(String name, String message, Throwable cause) {
        return new ReportException(ReportException.Kind.CONFIG, "template " + name + ": " + message, cause);
    }
}
