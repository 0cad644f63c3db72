package org.recoveryoutcomes.engine.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.recoveryoutcomes.engine.io.InputFiles;
import org.recoveryoutcomes.engine.io.JsonKeys;
import org.recoveryoutcomes.engine.model.Code;
import org.recoveryoutcomes.engine.model.ReportException;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.TopItem;
import org.recoveryoutcomes.engine.model.Wording;

/**
 * Reads a settings file (JSON): any subset of the keys that {@code metrics.json} echoes under {@code settings}, e.g.
 * {@code {"suppression_threshold": 10, "follow_up_window_days": [28, 273]}}. Unknown keys and bad values are
 * CONFIG errors that name the key and say what it must be, and so is a key given twice: it never silently takes
 * the last value.
 */
public final class SettingsReader {

    /** The keys a settings file may hold, in the order {@code metrics.json} echoes them. */
    public static final List<String> KEYS = List.of("follow_up_window_days", "follow_up_target_days",
            "engagement_gap_days", "retention_days", "outcome_period_months", "representation_days",
            "start_coverage_days", "reliability_days", "reliability_scores", "reliability",
            "suppression_enabled", "suppression_threshold", "min_denominator_for_comparison",
            "max_rejected_share", "organisation_name", "organisation_logo", "service_type");

    /** The share of a file's rows that may be rejected before {@code report} stops (10%). */
    public static final double DEFAULT_MAX_REJECTED_SHARE = 0.10;

    /**
     * A settings file read whole: the analytical {@link Settings} (echoed in {@code metrics.json}) and the
     * settings of the run itself, which no figure depends on. This class is immutable.
     *
     * @param maxRejectedShare the share of a file's rows (0–1) that may be rejected before {@code report} stops
     * @param organisation the organisation's name for the cover, page header and document metadata, or null
     * @param logo a PNG or JPEG image for the cover, resolved against the settings file's folder, or null
     * @param wording the words the reports use for the people served ({@code service_type}), never null
     */
    public record File(Settings settings, double maxRejectedShare, String organisation, Path logo, Wording wording) {
        /** The defaults: nothing set. */
        public static final File DEFAULTS = new File(Settings.DEFAULTS, DEFAULT_MAX_REJECTED_SHARE, null, null,
                Wording.TREATMENT);

        public File {
            java.util.Objects.requireNonNull(wording, "wording");
        }

        /** A file in a treatment service's words. */
        public File(Settings settings, double maxRejectedShare, String organisation, Path logo) {
            this(settings, maxRejectedShare, organisation, logo, Wording.TREATMENT);
        }
    }

    private SettingsReader() {
    }

    /** Reads {@code file} over the defaults. */
    public static Settings read(Path file) {
        return readAll(file).settings();
    }

    /** Reads {@code file} over the defaults, the run's own settings too; a logo is resolved against its folder. */
    public static File readAll(Path file) {
        // A regular file of a bounded size: --settings on a named pipe or /dev/zero must not hang or exhaust memory
        String json = new String(InputFiles.read(file, InputFiles.MAX_CONFIG_BYTES, "cannot read settings file "
                + file, ReportException.Kind.CONFIG), java.nio.charset.StandardCharsets.UTF_8);
        File read = parseAll(json, file.getFileName().toString());
        if (read.logo() == null || read.logo().isAbsolute()) {
            return read;
        }
        Path dir = file.toAbsolutePath().getParent();
        Path logo = dir == null ? read.logo() : dir.resolve(read.logo());
        if (!Files.isRegularFile(logo)) {
            throw config(file.getFileName().toString(), "organisation_logo: " + logo + " does not exist; give the "
                    + "path of a PNG or JPEG image, absolute or from the settings file's folder");
        }
        return new File(read.settings(), read.maxRejectedShare(), read.organisation(), logo, read.wording());
    }

    /** Parses settings JSON over the defaults; {@code name} is used in messages. */
    public static Settings parse(String json, String name) {
        return parseAll(json, name).settings();
    }

    /** Parses settings JSON over the defaults, the run's own settings too; {@code name} is used in messages. */
    public static File parseAll(String json, String name) {
        JsonNode root;
        try {
            root = JsonKeys.strict().readTree(json);
        } catch (JsonProcessingException e) {
            String twice = JsonKeys.duplicateKey(e);
            if (twice != null) {
                throw new ReportException(ReportException.Kind.CONFIG, "settings " + name + ": line "
                        + e.getLocation().getLineNr() + ": the key '" + twice + "' is given twice; give each setting "
                        + "once", e);
            }
            throw new ReportException(ReportException.Kind.CONFIG, "settings " + name + " is not valid JSON: line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw config(name, "must be a JSON object, e.g. {\"suppression_threshold\": 5}");
        }
        Settings.Builder b = Settings.builder();
        double maxRejected = DEFAULT_MAX_REJECTED_SHARE;
        String organisation = null;
        Path logo = null;
        Wording wording = Wording.TREATMENT;
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String key = f.getKey();
            JsonNode v = f.getValue();
            switch (key) {
                case "follow_up_window_days" -> {
                    if (!v.isArray() || v.size() != 2 || !v.get(0).canConvertToInt() || !v.get(1).canConvertToInt()) {
                        throw config(name, key + ": give [min, max] in days, e.g. [35, 273]");
                    }
                    b.followUpWindowDays(v.get(0).asInt(), v.get(1).asInt());
                }
                case "follow_up_target_days" -> b.followUpTargetDays(integer(v, key, name));
                case "engagement_gap_days" -> b.engagementGapDays(integer(v, key, name));
                case "retention_days" -> b.retentionDays(integer(v, key, name));
                case "outcome_period_months" -> b.outcomePeriodMonths(integer(v, key, name));
                case "representation_days" -> b.representationDays(integer(v, key, name));
                case "start_coverage_days" -> b.startCoverageDays(integer(v, key, name));
                case "reliability_days" -> b.reliabilityDays(number(v, key, name));
                case "reliability_scores" -> b.reliabilityScores(number(v, key, name));
                case "reliability" -> {
                    if (!v.isObject()) {
                        throw config(name, key + ": give an object of item → reliability, e.g. {\"psych_health\": 0.7}");
                    }
                    Iterator<Map.Entry<String, JsonNode>> items = v.fields();
                    while (items.hasNext()) {
                        Map.Entry<String, JsonNode> item = items.next();
                        TopItem t = Code.parse(TopItem.class, item.getKey()).orElseThrow(() -> config(name,
                                key + "." + item.getKey() + ": not a TOP item (" + Code.list(TopItem.class) + ")"));
                        b.reliability(t, number(item.getValue(), key + "." + item.getKey(), name));
                    }
                }
                case "suppression_enabled" -> {
                    if (!v.isBoolean()) {
                        throw config(name, key + ": give true or false");
                    }
                    b.suppressionEnabled(v.asBoolean());
                }
                case "suppression_threshold" -> b.suppressionThreshold(integer(v, key, name));
                case "min_denominator_for_comparison" -> b.minDenominatorForComparison(integer(v, key, name));
                case "max_rejected_share" -> {
                    maxRejected = number(v, key, name);
                    if (!(maxRejected >= 0 && maxRejected <= 1)) {
                        throw config(name, key + ": give a share from 0 to 1 (0.10 is 10%), was " + v);
                    }
                }
                case "organisation_name" -> organisation = text(v, key, name);
                case "organisation_logo" -> {
                    try {
                        logo = Path.of(text(v, key, name));
                    } catch (java.nio.file.InvalidPathException e) {
                        throw config(name, key + ": '" + v.asText() + "' is not a file path");
                    }
                }
                case "service_type" -> wording = Code.parse(Wording.class, v.isTextual() ? v.asText() : null)
                        .orElseThrow(() -> config(name, key + ": " + (v.isTextual() ? "'" + v.asText() + "'" : v)
                                + " is not a service type; give one of " + Wording.choices()));
                default -> throw config(name, "unknown setting '" + key + "' (known: " + String.join(", ", KEYS) + ")");
            }
        }
        try {
            return new File(b.build(), maxRejected, organisation, logo, wording);
        } catch (IllegalArgumentException e) {
            throw config(name, e.getMessage());
        }
    }

    private static String text(JsonNode v, String key, String name) {
        if (!v.isTextual() || v.asText().isBlank()) {
            throw config(name, key + ": give a text value, was " + v);
        }
        return v.asText().strip();
    }

    private static int integer(JsonNode v, String key, String name) {
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw config(name, key + ": give a whole number, was " + v);
        }
        return v.asInt();
    }

    private static double number(JsonNode v, String key, String name) {
        if (!v.isNumber()) {
            throw config(name, key + ": give a number, was " + v);
        }
        return v.asDouble();
    }

    private static ReportException config(String name, String message) {
        return new ReportException(ReportException.Kind.CONFIG, "settings " + name + ": " + message);
    }
}
