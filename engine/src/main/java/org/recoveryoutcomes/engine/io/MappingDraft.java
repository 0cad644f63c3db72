package org.recoveryoutcomes.engine.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.recoveryoutcomes.engine.io.table.DataRow;
import org.recoveryoutcomes.engine.io.table.RowStream;
import org.recoveryoutcomes.engine.io.table.TableReader;
import org.recoveryoutcomes.engine.io.table.TextFiles;
import org.recoveryoutcomes.engine.model.AgeBand;
import org.recoveryoutcomes.engine.model.Code;
import org.recoveryoutcomes.engine.model.ContactType;
import org.recoveryoutcomes.engine.model.DeliveredBy;
import org.recoveryoutcomes.engine.model.Ethnicity;
import org.recoveryoutcomes.engine.model.ExitReason;
import org.recoveryoutcomes.engine.model.ReferralSource;
import org.recoveryoutcomes.engine.model.ReportException;
import org.recoveryoutcomes.engine.model.ServiceType;
import org.recoveryoutcomes.engine.model.Sex;
import org.recoveryoutcomes.engine.model.SexualOrientation;
import org.recoveryoutcomes.engine.model.Substance;
import org.recoveryoutcomes.engine.model.TopStage;

/**
 * Drafts a {@code mapping.json} from a raw export folder ({@code outcomes map}): which file is which of ours (from
 * its headers), each header's column with a score, the distinct values of every coded column with their counts and
 * a proposed code, and what it could not decide (marked {@code "?"} in the draft, and listed under
 * {@code _undecided}). Keys starting with {@code _} are for the reader; {@link ColumnMapping} skips them, so the
 * draft is itself a mapping file. Drafting again over an edited draft keeps every decision the user made. Internal
 * to the engine: public only for {@code api}.
 */
public final class MappingDraft {

    /** A header is mapped to a column at this score or above; below, down to {@link #GUESS}, it is a "?". */
    static final double ACCEPT = 0.8;
    static final double GUESS = 0.65;
    /** At most this many distinct values of a coded column are listed. */
    static final int MAX_VALUES = 100;
    /** The undecided marker of a draft. */
    public static final String UNDECIDED = "?";

    /**
     * The draft.
     *
     * @param json the mapping file's text
     * @param files one line per file read: its name, the file of ours it was taken for and the score
     * @param undecided what the draft could not decide, one line each
     */
    public record Result(String json, List<String> files, List<String> undecided) {
        public Result {
            files = List.copyOf(files);
            undecided = List.copyOf(undecided);
        }
    }

    private MappingDraft() {
    }

    /**
     * Drafts the mapping of {@code rawDir}; where {@code previous} is an existing draft or mapping, each of its
     * decisions (anything but {@code "?"}) is kept.
     *
     * @throws ReportException INPUT when the folder cannot be listed or holds no file that can be read, CONFIG
     *     when {@code previous} is not valid JSON
     */
    public static Result draft(Path rawDir, Path previous) {
        List<Path> files = dataFiles(rawDir, previous);
        if (files.isEmpty()) {
            throw new ReportException(ReportException.Kind.INPUT, rawDir + ": no .csv, .xlsx, .json or .jsonl file "
                    + "to map");
        }
        List<Raw> raws = new ArrayList<>();
        for (Path f : files) {
            raws.add(Raw.read(f));
        }
        Map<FileKind, Raw> kinds = assign(raws);
        Map<String, String> projectNames = projectNames(kinds.get(FileKind.PROJECTS));
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("_about", "Draft written by outcomes map. Check each file's columns and codes, replace every "
                + "\"?\" by our column or code (or null to leave a column out, or a code not recorded), then run "
                + "outcomes validate. Keys starting with _ are notes; outcomes map keeps your edits when run again.");
        List<String> undecided = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        JsonNode before = previous(previous);
        for (FileKind kind : FileKind.values()) {
            Raw raw = kinds.get(kind);
            if (raw == null) {
                if (kind.required()) {
                    undecided.add(kind.baseName() + ": no file looks like it; give its \"file\" by hand");
                }
                continue;
            }
            lines.add(raw.name + " → " + kind.baseName() + " (" + score(raw.scoreFor(kind)) + ")");
            ObjectNode spec = root.putObject(kind.baseName());
            spec.put("file", raw.name);
            spec.put("_score", round(raw.scoreFor(kind)));
            if (raw.headerRow != raw.firstRow) {
                spec.put("header_row", raw.headerRow);
            }
            if (raw.encoding != null) {
                spec.put("encoding", raw.encoding);
            }
            columns(kind, raw, spec, undecided);
            codes(kind, raw, spec, undecided, projectNames);
            keep(spec, before == null ? null : before.get(kind.baseName()));
        }
        for (Raw raw : raws) {
            if (!kinds.containsValue(raw)) {
                undecided.add(raw.name + ": not taken for any file of ours (its headers match none well enough)");
            }
        }
        // undecided again after the user's edits were kept
        List<String> open = undecided(root, undecided);
        if (!open.isEmpty()) {
            root.putPOJO("_undecided", open);
        }
        try {
            return new Result(json.writeValueAsString(root) + "\n", lines, open);
        } catch (IOException e) {
            throw new ReportException(ReportException.Kind.INTERNAL, "the draft cannot be written: " + e, e);
        }
    }

    // ------------------------------------------------------------------------------------------------ files

    private static List<Path> dataFiles(Path dir, Path previous) {
        if (!Files.isDirectory(dir)) {
            throw new ReportException(ReportException.Kind.INPUT, dir + ": the export folder does not exist");
        }
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                int dot = lower.lastIndexOf('.');
                if (!Files.isRegularFile(p) || dot <= 0 || !FileKind.EXTENSIONS.contains(lower.substring(dot + 1))
                        || lower.equals("mapping.json") || previous != null && Files.exists(previous)
                        && Files.isSameFile(p, previous) || name.startsWith("~$")) {
                    continue;
                }
                out.add(p);
            }
        } catch (IOException e) {
            throw new ReportException(ReportException.Kind.INPUT, dir + ": the folder cannot be listed (" + e + ")", e);
        }
        out.sort(null);
        return out;
    }

    /** One raw file: its header (found below any title rows), its rows' cells, and its scores per kind. */
    static final class Raw {
        final String name;
        final int firstRow;
        int headerRow;
        List<String> header = List.of();
        final List<String[]> rows = new ArrayList<>();
        String encoding;
        final Map<FileKind, Double> scores = new EnumMap<>(FileKind.class);
        final Map<FileKind, Map<Integer, Match>> matches = new EnumMap<>(FileKind.class);

        private Raw(String name, int firstRow) {
            this.name = name;
            this.firstRow = firstRow;
        }

        static Raw read(Path file) {
            String ext = file.getFileName().toString().substring(file.getFileName().toString().lastIndexOf('.') + 1)
                    .toLowerCase(Locale.ROOT);
            TableReader reader = DatasetReader.reader(ext);
            try (RowStream stream = reader.open(file, null)) {
                Raw raw = new Raw(stream.file(), stream.headerRow());
                if (stream.encodingNote() != null && !ext.equals("xlsx")) {
                    raw.encoding = TextFiles.resolve(file, null).charset().name();
                }
                // The header is the fullest of the first rows: title rows above it hold a cell or two.
                List<String> best = stream.header();
                int bestRow = stream.headerRow();
                List<DataRow> all = new ArrayList<>();
                DataRow r;
                while ((r = stream.next()) != null && all.size() < 200_000) {
                    all.add(r);
                    if (all.size() <= 10 && filled(r.cellList()) > filled(best)) {
                        best = r.cellList();
                        bestRow = r.row();
                    }
                }
                raw.header = List.copyOf(best);
                raw.headerRow = bestRow;
                for (DataRow d : all) {
                    if (d.row() > bestRow) {
                        raw.rows.add(d.cells());
                    }
                }
                for (FileKind kind : FileKind.values()) {
                    raw.score(kind);
                }
                return raw;
            }
        }

        private static int filled(List<String> cells) {
            int n = 0;
            for (String c : cells) {
                n += c.isBlank() ? 0 : 1;
            }
            return n;
        }

        /** Matches each header to its best column of {@code kind}, each column once, and scores the file. */
        private void score(FileKind kind) {
            List<Match> all = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                for (String column : kind.columns()) {
                    double s = Vocabulary.headerScore(kind, column, header.get(i));
                    if (s >= GUESS) {
                        all.add(new Match(i, column, s));
                    }
                }
            }
            all.sort((a, b) -> Double.compare(b.score, a.score));
            Map<Integer, Match> chosen = new TreeMap<>();
            Set<String> taken = new java.util.HashSet<>();
            for (Match m : all) {
                if (!chosen.containsKey(m.header) && !taken.contains(m.column)) {
                    chosen.put(m.header, m);
                    taken.add(m.column);
                }
            }
            double required = 0;
            for (String c : kind.requiredColumns()) {
                for (Match m : chosen.values()) {
                    if (m.column.equals(c)) {
                        required += m.score >= ACCEPT ? m.score : m.score / 2;
                    }
                }
            }
            double optional = 0;
            for (Match m : chosen.values()) {
                if (!kind.requiredColumns().contains(m.column) && m.score >= ACCEPT) {
                    optional++;
                }
            }
            double s = required / kind.requiredColumns().size()
                    + 0.05 * Math.min(optional, 4) + Vocabulary.nameHint(kind, name);
            scores.put(kind, s);
            matches.put(kind, chosen);
        }

        double scoreFor(FileKind kind) {
            return scores.getOrDefault(kind, 0.0);
        }
    }

    record Match(int header, String column, double score) {
    }

    /** Each file of ours to the raw file that fits it best, each raw file once, best fits first. */
    private static Map<FileKind, Raw> assign(List<Raw> raws) {
        record Fit(FileKind kind, Raw raw, double score) {
        }
        List<Fit> fits = new ArrayList<>();
        for (Raw r : raws) {
            for (FileKind k : FileKind.values()) {
                fits.add(new Fit(k, r, r.scoreFor(k)));
            }
        }
        fits.sort((a, b) -> Double.compare(b.score, a.score));
        Map<FileKind, Raw> out = new EnumMap<>(FileKind.class);
        Set<Raw> used = new java.util.HashSet<>();
        for (Fit f : fits) {
            if (f.score >= 0.6 && !out.containsKey(f.kind) && !used.contains(f.raw)) {
                out.put(f.kind, f.raw);
                used.add(f.raw);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------- columns

    private static void columns(FileKind kind, Raw raw, ObjectNode spec, List<String> undecided) {
        ObjectNode columns = spec.putObject("columns");
        ObjectNode scores = spec.putObject("_column_scores");
        Map<Integer, Match> matches = raw.matches.get(kind);
        Set<String> found = new java.util.HashSet<>();
        for (int i = 0; i < raw.header.size(); i++) {
            String h = raw.header.get(i).strip();
            if (h.isEmpty()) {
                continue;
            }
            Match m = matches.get(i);
            String identifier = Identifiers.category(kind, h);
            if (identifier != null) {
                columns.putNull(h);
                undecided.add(raw.name + ": " + h + ": looks like a direct identifier (" + identifier
                        + "): remove the column from the export");
                continue;
            }
            if (m == null) {
                columns.putNull(h); // none of ours: left out (a notes column, say)
                continue;
            }
            scores.put(h, round(m.score));
            if (m.score >= ACCEPT) {
                columns.put(h, m.column);
                found.add(m.column);
            } else {
                columns.put(h, UNDECIDED);
                undecided.add(raw.name + ": " + h + ": perhaps " + m.column + " (" + score(m.score) + ")");
            }
        }
        for (String c : kind.requiredColumns()) {
            if (!found.contains(c) && !matches.values().stream().anyMatch(m -> m.column.equals(c))) {
                undecided.add(raw.name + ": no header found for " + c + ", which " + kind.baseName() + " needs");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ codes

    private static void codes(FileKind kind, Raw raw, ObjectNode spec, List<String> undecided,
                              Map<String, String> projectNames) {
        ObjectNode codes = spec.putObject("codes");
        ObjectNode values = spec.putObject("_values");
        for (Match m : raw.matches.get(kind).values()) {
            if (m.score < ACCEPT) {
                continue;
            }
            Function<String, String> vocabulary = Vocabulary.codes(kind, m.column);
            boolean projectColumn = m.column.equals("project_id") && kind != FileKind.PROJECTS;
            if (vocabulary == null && !projectColumn) {
                continue;
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String[] row : raw.rows) {
                if (m.header < row.length && !row[m.header].isBlank()) {
                    counts.merge(row[m.header].strip(), 1, Integer::sum);
                }
            }
            if (projectColumn) {
                // project names where the projects file has ids: name → id
                boolean names = !projectNames.isEmpty()
                        && counts.keySet().stream().anyMatch(v -> projectNames.containsKey(normal(v)));
                if (!names) {
                    continue;
                }
                vocabulary = v -> projectNames.get(normal(v));
            }
            ObjectNode byValue = codes.putObject(m.column);
            ObjectNode counted = values.putObject(m.column);
            int n = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (n++ == MAX_VALUES) {
                    undecided.add(raw.name + ": " + raw.header.get(m.header) + ": more than " + MAX_VALUES
                            + " distinct values; only the first are listed: is it a coded column?");
                    break;
                }
                counted.put(e.getKey(), e.getValue());
                String code = vocabulary.apply(e.getKey());
                if (code == null) {
                    byValue.put(e.getKey(), UNDECIDED);
                    undecided.add(raw.name + ": " + raw.header.get(m.header) + ": '" + RowCheck.cut(e.getKey())
                            + "' (" + e.getValue() + " rows) is no " + m.column + " code we know");
                } else if (!code.equalsIgnoreCase(e.getKey())) {
                    byValue.put(e.getKey(), code);
                }
            }
            if (byValue.isEmpty()) {
                codes.remove(m.column);
            }
        }
        if (codes.isEmpty()) {
            spec.remove("codes");
        }
        if (values.isEmpty()) {
            spec.remove("_values");
        }
    }

    private static Map<String, String> projectNames(Raw projects) {
        Map<String, String> out = new HashMap<>();
        if (projects == null) {
            return out;
        }
        Integer id = null;
        Integer name = null;
        for (Match m : projects.matches.get(FileKind.PROJECTS).values()) {
            if (m.column.equals("project_id")) {
                id = m.header;
            } else if (m.column.equals("name")) {
                name = m.header;
            }
        }
        if (id == null || name == null) {
            return out;
        }
        for (String[] row : projects.rows) {
            if (id < row.length && name < row.length && !row[id].isBlank() && !row[name].isBlank()) {
                out.put(normal(row[name]), row[id].strip());
            }
        }
        return out;
    }

    // -------------------------------------------------------------------------------------- the user's edits

    private static JsonNode previous(Path previous) {
        if (previous == null || !Files.isRegularFile(previous)) {
            return null;
        }
        try {
            return JsonKeys.strict().readTree(Files.readAllBytes(previous));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String twice = JsonKeys.duplicateKey(e);
            if (twice == null) {
                throw notJson(previous, e);
            }
            // Which of the two the user meant is theirs to say: keeping either would be a guess
            throw new ReportException(ReportException.Kind.CONFIG, previous.getFileName() + ": line "
                    + e.getLocation().getLineNr() + ": the key '" + twice + "' is given twice, so the earlier draft's "
                    + "edits cannot be kept; give each key once, or move it away to draft afresh", e);
        } catch (IOException e) {
            throw notJson(previous, e);
        }
    }

    private static ReportException notJson(Path previous, IOException e) {
        return new ReportException(ReportException.Kind.CONFIG, previous.getFileName() + ": the earlier draft is "
                + "not valid JSON, so its edits cannot be kept (" + e.getMessage().lines().findFirst().orElse("")
                + "); fix it, or move it away to draft afresh", e);
    }

    /** Lays the user's decisions in {@code before} (one file's part of an earlier draft) over {@code spec}. */
    private static void keep(ObjectNode spec, JsonNode before) {
        if (before == null || !before.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = before.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            if (key.startsWith("_")) {
                continue;
            }
            if ((key.equals("columns") || key.equals("codes")) && e.getValue().isObject()) {
                ObjectNode into = spec.has(key) ? (ObjectNode) spec.get(key) : spec.putObject(key);
                overlay(into, e.getValue(), key.equals("codes"));
            } else {
                spec.set(key, e.getValue());
            }
        }
    }

    private static void overlay(ObjectNode into, JsonNode from, boolean nested) {
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (nested && v.isObject()) {
                ObjectNode column = into.has(e.getKey()) && into.get(e.getKey()).isObject()
                        ? (ObjectNode) into.get(e.getKey()) : into.putObject(e.getKey());
                overlay(column, v, false);
            } else if (!(v.isTextual() && v.asText().equals(UNDECIDED))) {
                into.set(e.getKey(), v);
            }
        }
    }

    /** The notes of {@code found} still true of {@code root}: a "?" the user has since decided is gone. */
    private static List<String> undecided(ObjectNode root, List<String> found) {
        List<String> open = new ArrayList<>();
        for (String note : found) {
            boolean decided = false;
            for (Iterator<Map.Entry<String, JsonNode>> files = root.fields(); files.hasNext() && !decided; ) {
                JsonNode spec = files.next().getValue();
                if (!spec.isObject() || !note.startsWith(spec.path("file").asText("\u0000") + ": ")) {
                    continue;
                }
                String rest = note.substring(spec.path("file").asText().length() + 2);
                decided = stillMarked(spec, rest);
            }
            if (!decided) {
                open.add(note);
            }
        }
        return open;
    }

    /** True when the note {@code rest} (after the file's name) is about a "?" the user has replaced. */
    private static boolean stillMarked(JsonNode spec, String rest) {
        JsonNode columns = spec.path("columns");
        for (Iterator<String> it = columns.fieldNames(); it.hasNext(); ) {
            String h = it.next();
            if (rest.startsWith(h + ": perhaps ")) {
                return !columns.get(h).asText("").equals(UNDECIDED);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("codes").fields(); it.hasNext(); ) {
            for (Iterator<Map.Entry<String, JsonNode>> v = it.next().getValue().fields(); v.hasNext(); ) {
                Map.Entry<String, JsonNode> e = v.next();
                if (rest.contains(": '" + RowCheck.cut(e.getKey()) + "' (")) {
                    return !e.getValue().asText("").equals(UNDECIDED);
                }
            }
        }
        return false;
    }

    private static String normal(String s) {
        return Vocabulary.normal(s);
    }

    private static double round(double s) {
        return Math.round(Math.min(1, s) * 100) / 100.0;
    }

    private static String score(double s) {
        return String.format(Locale.ROOT, "%.2f", Math.min(1, s));
    }

    // ------------------------------------------------------------------------------------------- vocabulary

    /** Header synonyms (NDTMS TOP item names among them) and the built-in code vocabularies. */
    static final class Vocabulary {

        private static final Map<String, List<String>> SYNONYMS = new HashMap<>();

        private static void syn(String column, String... names) {
            SYNONYMS.computeIfAbsent(column, c -> new ArrayList<>()).addAll(List.of(names));
        }

        static {
            syn("project_id", "project", "project code", "project ref", "service", "service code", "scheme",
                    "project name", "service name");
            syn("name", "project name", "service name", "scheme name", "title");
            syn("borough", "local authority", "la", "borough", "area", "council", "dat area", "daat",
                    "commissioning area");
            syn("service_type", "service type", "type of service", "project type", "provision type");
            syn("commissioner", "commissioned by", "funder", "funded by");
            syn("opened", "start date", "opened", "date opened", "opening date", "launched");
            syn("contact_id", "contact id", "contact ref", "contact reference", "activity id", "session id",
                    "attendance id", "contact number", "record id", "entry id");
            syn("client_id", "client ref", "client reference", "client id", "client number", "service user id",
                    "service user ref", "person id", "person ref", "participant id", "participant ref",
                    "member id", "customer id", "pseudonym", "client", "service user", "participant");
            syn("contact_date", "date of contact", "contact date", "session date", "date", "activity date",
                    "appointment date", "date of session", "attendance date", "visit date");
            syn("contact_type", "contact type", "type of contact", "session type", "activity type",
                    "contact method", "type");
            syn("duration_minutes", "duration", "minutes", "length", "duration mins", "time spent",
                    "length of session");
            syn("delivered_by", "delivered by", "worker type", "staff type", "provider");
            syn("volunteer_id", "volunteer ref", "volunteer id", "volunteer", "mentor id", "mentor");
            syn("attended", "attendance", "attended", "did attend", "attendance status", "outcome of contact",
                    "status", "dna");
            syn("sex", "gender", "sex", "gender identity");
            syn("age_band", "age band", "age group", "age range");
            syn("birth_year", "year of birth", "birth year", "yob");
            syn("ethnicity", "ethnicity", "ethnic group", "ethnic origin", "ethnic background");
            syn("disability", "disability", "disabled", "has a disability", "disability status");
            syn("sexual_orientation", "sexual orientation", "sexuality");
            syn("primary_substance", "main substance", "primary substance", "main drug", "primary drug",
                    "substance", "problem substance", "drug of choice");
            syn("referral_source", "referral source", "referred by", "source of referral", "referrer");
            syn("top_date", "top date", "date of top", "interview date", "date of interview", "assessment date",
                    "outcomes date", "date completed");
            syn("stage", "top stage", "stage", "top type", "review stage", "interview stage", "type of top");
            syn("episode_start", "start date", "episode start", "date started", "referral date",
                    "triage date", "start");
            syn("episode_end", "end date", "episode end", "discharge date", "date ended", "exit date", "end");
            syn("exit_reason", "exit reason", "discharge reason", "reason for leaving", "end reason",
                    "discharge code");
            syn("joined", "joined", "start date", "date joined", "volunteer start");
            syn("left", "left", "end date", "date left", "volunteer end");
            syn("is_peer", "peer", "peer volunteer", "lived experience", "is peer", "peer mentor");
            // NDTMS TOP item names, as systems print them
            syn("alcohol_days", "alcohol days", "alcohol use", "days used alcohol", "alcohol days used");
            syn("opiates_days", "opiates days", "opiate use", "opiates", "illicit opiates", "heroin");
            syn("crack_days", "crack days", "crack use", "crack cocaine", "crack");
            syn("cocaine_days", "cocaine days", "cocaine use", "powder cocaine", "cocaine");
            syn("amphetamines_days", "amphetamines days", "amphetamine use", "amphetamines", "amphetamine");
            syn("cannabis_days", "cannabis days", "cannabis use", "cannabis");
            syn("other_drug_days", "other drug days", "other drug use", "other problem drug", "other drugs",
                    "other drug");
            syn("alcohol_units", "alcohol units", "units", "units per day", "average units", "typical units");
            syn("injecting_days", "injecting days", "injected", "injecting", "days injected");
            syn("shared_equipment", "shared equipment", "shared", "sharing", "shared needles");
            syn("shoplifting_days", "shoplifting days", "shoplifting");
            syn("selling_drugs_days", "selling drugs days", "drug selling", "selling drugs");
            syn("theft_from_vehicle", "theft from vehicle", "theft from or of a vehicle", "vehicle crime");
            syn("other_theft", "other theft", "other property theft", "burglary");
            syn("fraud_handling", "fraud", "fraud forgery handling", "forgery", "handling stolen goods");
            syn("assault_violence", "assault", "violence", "assault violence", "committed assault");
            syn("psych_health", "psychological health", "psychological health status", "psych health",
                    "mental health", "psychological wellbeing");
            syn("physical_health", "physical health", "physical health status");
            syn("quality_of_life", "quality of life", "overall quality of life", "qol");
            syn("paid_work_days", "paid work days", "paid work", "days paid work", "employment");
            syn("education_days", "education days", "education", "college", "education or training");
            syn("volunteering_days", "volunteering days", "volunteering", "voluntary work");
            syn("acute_housing_problem", "acute housing problem", "acute housing", "housing problem",
                    "no fixed abode", "nfa", "homeless");
            syn("risk_of_eviction", "risk of eviction", "at risk of eviction", "eviction");
        }

        /** Lower case, every run of other characters one space: {@code "Client Ref."} → {@code "client ref"}. */
        static String normal(String s) {
            return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        }

        /**
         * How well {@code header} names our {@code column} of {@code kind}: 1 for our name or a synonym, 0.9 when a
         * synonym's words are all in the header ({@code "Alcohol: days used in past 4 weeks"}), else how alike
         * they are as strings (normalised edit distance).
         */
        static double headerScore(FileKind kind, String column, String header) {
            String h = normal(header);
            if (h.isEmpty()) {
                return 0;
            }
            List<String> names = new ArrayList<>(SYNONYMS.getOrDefault(column, List.of()));
            names.add(column.replace('_', ' '));
            double best = 0;
            List<String> words = List.of(h.split(" "));
            for (String n : names) {
                if (h.equals(n)) {
                    return 1.0;
                }
                List<String> parts = List.of(n.split(" "));
                if (words.containsAll(parts)) {
                    // the more of the header the synonym covers, the better
                    best = Math.max(best, 0.8 + 0.1 * parts.size() / words.size());
                }
                best = Math.max(best, similarity(h, n));
            }
            return best;
        }

        /** 1 − edit distance / longer length. */
        static double similarity(String a, String b) {
            int[] prev = new int[b.length() + 1];
            int[] cur = new int[b.length() + 1];
            for (int j = 0; j <= b.length(); j++) {
                prev[j] = j;
            }
            for (int i = 1; i <= a.length(); i++) {
                cur[0] = i;
                for (int j = 1; j <= b.length(); j++) {
                    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                    cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                }
                int[] t = prev;
                prev = cur;
                cur = t;
            }
            int longer = Math.max(a.length(), b.length());
            return longer == 0 ? 1 : 1 - (double) prev[b.length()] / longer;
        }

        /** A little for a file named like one of ours ({@code Contact log.csv}, {@code TOP outcomes.xlsx}). */
        static double nameHint(FileKind kind, String file) {
            String n = normal(file);
            String word = switch (kind) {
                case PROJECTS -> "project";
                case CONTACTS -> "contact";
                case CLIENTS -> "client";
                case TOP -> "top";
                case EPISODES -> "episode";
                case VOLUNTEERS -> "volunteer";
            };
            for (String w : n.split(" ")) {
                if (w.startsWith(word)) {
                    return 0.15;
                }
            }
            return 0;
        }

        /** Proposes our code for a value of {@code column}, or null; null vocabulary for a column not coded. */
        static Function<String, String> codes(FileKind kind, String column) {
            return switch (kind.baseName() + "." + column) {
                case "projects.service_type" -> v -> enumOr(ServiceType.class, v, SERVICE_TYPES);
                case "contacts.contact_type" -> v -> enumOr(ContactType.class, v, CONTACT_TYPES);
                case "contacts.delivered_by" -> v -> enumOr(DeliveredBy.class, v, DELIVERED_BY);
                case "contacts.attended" -> Vocabulary::attendance;
                case "clients.sex" -> v -> enumOr(Sex.class, v, SEX);
                case "clients.age_band" -> v -> enumOr(AgeBand.class, v, Map.of());
                case "clients.ethnicity" -> Vocabulary::ethnicity;
                case "clients.disability", "volunteers.is_peer" -> Vocabulary::yesNo;
                case "clients.sexual_orientation" -> v -> enumOr(SexualOrientation.class, v, ORIENTATION);
                case "clients.primary_substance" -> v -> Substance.parsePrimary(v).map(Substance::code)
                        .orElse(SUBSTANCES.get(normal(v)));
                case "clients.referral_source" -> v -> enumOr(ReferralSource.class, v, REFERRALS);
                case "top.stage" -> v -> enumOr(TopStage.class, v, STAGES);
                case "episodes.exit_reason" -> v -> enumOr(ExitReason.class, v, Map.of());
                default -> null;
            };
        }

        private static <E extends Enum<E> & Code> String enumOr(Class<E> type, String v, Map<String, String> words) {
            String n = normal(v);
            String word = words.get(n);
            if (word != null) {
                return word;
            }
            for (E e : type.getEnumConstants()) {
                if (normal(e.code()).equals(n)) {
                    return e.code();
                }
            }
            return null;
        }

        private static final Map<String, String> SERVICE_TYPES = Map.ofEntries(
                Map.entry("peer support", "peer_aftercare"), Map.entry("aftercare", "peer_aftercare"),
                Map.entry("recovery community", "peer_aftercare"), Map.entry("drop in centre", "drop_in"),
                Map.entry("drop in", "drop_in"), Map.entry("mentoring", "peer_mentoring"),
                Map.entry("peer mentoring", "peer_mentoring"), Map.entry("recovery cafe", "social_club"),
                Map.entry("social", "social_club"), Map.entry("employment", "vocational"),
                Map.entry("education and employment", "vocational"), Map.entry("arts and creative", "arts"),
                Map.entry("creative", "arts"), Map.entry("treatment", "structured_treatment"),
                Map.entry("structured treatment", "structured_treatment"));
        private static final Map<String, String> CONTACT_TYPES = Map.ofEntries(
                Map.entry("1 1", "one_to_one"), Map.entry("121", "one_to_one"), Map.entry("one to one", "one_to_one"),
                Map.entry("individual", "one_to_one"), Map.entry("key work", "one_to_one"),
                Map.entry("keywork", "one_to_one"), Map.entry("drop in", "drop_in"), Map.entry("group work", "group"),
                Map.entry("group session", "group"), Map.entry("telephone", "phone"), Map.entry("phone call", "phone"),
                Map.entry("call", "phone"), Map.entry("video", "other"), Map.entry("online", "other"),
                Map.entry("street outreach", "outreach"), Map.entry("home visit", "outreach"));
        private static final Map<String, String> DELIVERED_BY = Map.of("volunteer", "peer_volunteer",
                "peer volunteer", "peer_volunteer", "peer worker", "peer_worker", "paid peer", "peer_worker",
                "staff member", "staff", "worker", "staff", "paid staff", "staff");
        private static final Map<String, String> SEX = Map.ofEntries(Map.entry("man", "male"),
                Map.entry("m", "male"), Map.entry("boy", "male"), Map.entry("woman", "female"), Map.entry("f", "female"),
                Map.entry("girl", "female"), Map.entry("non binary", "other"), Map.entry("nonbinary", "other"),
                Map.entry("in another way", "other"), Map.entry("other gender", "other"),
                Map.entry("transgender", "other"), Map.entry("prefer not to say", "not_stated"),
                Map.entry("not stated", "not_stated"), Map.entry("not known", "not_stated"),
                Map.entry("unknown", "not_stated"), Map.entry("declined", "not_stated"));
        private static final Map<String, String> ORIENTATION = Map.ofEntries(
                Map.entry("straight", "heterosexual"), Map.entry("straight heterosexual", "heterosexual"),
                Map.entry("gay", "gay_lesbian"), Map.entry("lesbian", "gay_lesbian"),
                Map.entry("gay or lesbian", "gay_lesbian"), Map.entry("bi", "bisexual"),
                Map.entry("prefer not to say", "not_stated"), Map.entry("not stated", "not_stated"),
                Map.entry("not known", "not_stated"), Map.entry("other sexual orientation", "other"));
        private static final Map<String, String> REFERRALS = Map.ofEntries(Map.entry("self referral", "self"),
                Map.entry("self referred", "self"), Map.entry("treatment", "treatment_service"),
                Map.entry("drug service", "treatment_service"), Map.entry("probation", "criminal_justice"),
                Map.entry("prison", "criminal_justice"), Map.entry("police", "criminal_justice"),
                Map.entry("court", "criminal_justice"), Map.entry("doctor", "gp"), Map.entry("general practitioner", "gp"));
        private static final Map<String, String> STAGES = Map.ofEntries(Map.entry("s", "start"),
                Map.entry("starting", "start"), Map.entry("initial", "start"), Map.entry("treatment start", "start"),
                Map.entry("r", "review"), Map.entry("treatment review", "review"), Map.entry("e", "exit"),
                Map.entry("treatment exit", "exit"), Map.entry("discharge", "exit"), Map.entry("p", "post_exit"),
                Map.entry("post exit", "post_exit"), Map.entry("post treatment", "post_exit"));
        private static final Map<String, String> SUBSTANCES = Map.of("heroin", "opiates", "opiate", "opiates",
                "methadone", "opiates", "crack cocaine", "crack", "powder cocaine", "cocaine", "amphetamine",
                "amphetamines", "speed", "amphetamines", "weed", "cannabis", "skunk", "cannabis");

        /** The ONS 2021 categories, in full and by their group's name, onto our five groups. */
        static String ethnicity(String v) {
            String n = normal(v);
            if (n.equals("prefer not to say") || n.equals("not stated") || n.equals("not known")
                    || n.equals("unknown") || n.equals("declined")) {
                return Ethnicity.NOT_STATED.code();
            }
            String[][] groups = {
                {"white", "white"}, {"mixed", "mixed"}, {"multiple ethnic", "mixed"}, {"asian", "asian"},
                {"black", "black"}, {"african", "black"}, {"caribbean", "black"}, {"other ethnic group", "other"},
                {"any other ethnic", "other"}, {"arab", "other"}, {"other", "other"}
            };
            for (String[] g : groups) {
                if (n.startsWith(g[0])) {
                    return g[1];
                }
            }
            return null;
        }

        static String attendance(String v) {
            if (RowCheck.parseBoolean(v) != null) {
                return v; // Y, N, yes, no … as they are
            }
            String n = normal(v);
            if (n.startsWith("cancel")) {
                return "cancelled";
            }
            return switch (n) {
                case "attended", "yes", "y", "seen", "arrived", "present", "attended on time", "attended late",
                    "true", "1" -> "Y";
                case "dna", "did not attend", "no show", "not attended", "no", "n", "missed", "absent", "false",
                    "0" -> "N";
                default -> null;
            };
        }

        static String yesNo(String v) {
            if (RowCheck.parseBoolean(v) != null) {
                return v;
            }
            String n = normal(v);
            return n.startsWith("yes") ? "Y" : n.startsWith("no") && !n.startsWith("not") ? "N" : null;
        }
    }
}
