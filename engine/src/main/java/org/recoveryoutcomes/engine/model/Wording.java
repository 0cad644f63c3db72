package org.recoveryoutcomes.engine.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a report uses for the people a service works with and for what it gives them, chosen by the
 * {@code service_type} setting: a treatment service has clients in treatment; a peer-support service supports
 * people. Every renderer asks this one place, so the PDF, the HTML report and the workbook say the same.
 *
 * <p>Only words of sentences, headings, metric labels as the reports print them and the template's own texts
 * change: never a metric id, a data file or column name ({@code clients}, {@code clients_seen}), the metric
 * definitions and methodology that {@code metrics.json} shares, or the name of the Treatment Outcomes Profile.
 *
 * <p>{@code Wording.PEER_SUPPORT.of("clients")} is {@code "people supported"};
 * {@code Wording.TREATMENT.of("clients")} is {@code "clients"}, the words the reports have always used. This
 * class is immutable and thread-safe.
 */
public enum Wording implements Code {
    /** The default: clients, in treatment. */
    TREATMENT,
    /** A peer-support service: people supported. */
    PEER_SUPPORT;

    /**
     * Each phrase the reports use, as a treatment service says it, and as a peer-support service says it. A
     * phrase starting with a capital letter is looked up without it and given one.
     */
    private static final Map<String, String> PEER = peer();

    private static Map<String, String> peer() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("clients", "people supported");
        m.put("client", "person supported");
        m.put("client's", "person's");
        m.put("clients seen", "people supported");
        m.put("client seen", "person supported");
        m.put("client was seen", "person was supported");
        m.put("clients were seen", "people were supported");
        m.put("new client was seen", "new person was supported");
        m.put("new clients were seen", "new people were supported");
        m.put("new clients", "new people supported");
        m.put("new client", "new person supported");
        m.put("opiate clients", "people supported for opiate use");
        m.put("opiate client", "person supported for opiate use");
        m.put("non-opiate clients", "people supported for non-opiate use");
        m.put("non-opiate client", "person supported for non-opiate use");
        m.put("client profiles", "profiles of the people supported");
        m.put("client characteristics", "characteristics of the people supported");
        // "of 120 clients in treatment" becomes "of 120 people supported": supported already says it
        m.put("in treatment", "");
        m.put("treatment", "support");
        m.put("contacts per client", "contacts per person supported");
        return Map.copyOf(m);
    }

    /** The labels of the metrics whose names hold one of the phrases, by metric id. */
    private static final Map<String, String> PEER_LABELS = Map.of(
            "clients_seen", "People supported",
            "new_clients", "New people supported",
            "contacts_per_client", "Contacts per person supported");

    /**
     * A word of a template's own texts that names the people served: {@code client}, {@code clients},
     * {@code client's}, capitalised or not, but not as part of a data name ({@code clients_seen},
     * {@code clients.csv}, the {@code clients file}).
     */
    private static final Pattern PROSE = Pattern.compile(
            "(?<![\\w-])([Cc]lient(?:s|'s)?)(?!\\w|[.-]\\w|\\s+files?\\b)");

    /** A phrase in braces: {@code {clients seen}}. */
    private static final Pattern BRACED = Pattern.compile("\\{([^{}]+)}");

    @Override
    public String code() {
        return Code.of(this);
    }

    /**
     * The codes with what each makes the reports say, for messages: {@code treatment (clients in treatment),
     * peer_support (people supported)}.
     */
    public static String choices() {
        StringBuilder sb = new StringBuilder();
        for (Wording w : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(w.code()).append(" (")
                    .append(w.of("clients")).append(w.of("in treatment").isEmpty() ? "" : " " + w.of("in treatment"))
                    .append(')');
        }
        return sb.toString();
    }

    /**
     * The phrase as this service type says it: {@code of("clients seen")} is {@code clients seen} for a treatment
     * service and {@code people supported} for a peer-support one; {@code of("Clients seen")} is
     * {@code People supported}. An empty result means the phrase is left out ({@code in treatment}).
     *
     * @throws IllegalArgumentException for a phrase this class does not know, so a misspelt one fails in tests
     *     whichever the service type
     */
    public String of(String phrase) {
        Objects.requireNonNull(phrase, "phrase");
        boolean capital = !phrase.isEmpty() && Character.isUpperCase(phrase.charAt(0));
        String key = capital ? phrase.substring(0, 1).toLowerCase(Locale.ROOT) + phrase.substring(1) : phrase;
        String peer = PEER.get(key);
        if (peer == null) {
            throw new IllegalArgumentException("no wording for '" + phrase + "'");
        }
        if (this == TREATMENT) {
            return phrase;
        }
        return capital && !peer.isEmpty() ? peer.substring(0, 1).toUpperCase(Locale.ROOT) + peer.substring(1) : peer;
    }

    /**
     * The text with each phrase in braces in these words ({@link #of}): {@code fill("{clients} using opiates")}
     * is {@code clients using opiates} for a treatment service and {@code people supported using opiates} for a
     * peer-support one; {@code null} for {@code null}. The words a metric declares ({@link MetricWords}) are
     * written this way.
     *
     * @throws IllegalArgumentException for a phrase in braces this class does not know
     */
    public String fill(String text) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        return BRACED.matcher(text).replaceAll(m -> Matcher.quoteReplacement(of(m.group(1))));
    }

    /** True when {@link #of} knows {@code phrase}. */
    public boolean knows(String phrase) {
        if (phrase == null || phrase.isEmpty()) {
            return false;
        }
        boolean capital = Character.isUpperCase(phrase.charAt(0));
        return PEER.containsKey(capital ? phrase.substring(0, 1).toLowerCase(Locale.ROOT) + phrase.substring(1)
                : phrase);
    }

    /** The metric's label as the reports print it: its own, but for the few that name clients. */
    public String label(MetricDefinition definition) {
        if (this == TREATMENT) {
            return definition.label();
        }
        return PEER_LABELS.getOrDefault(definition.id(), definition.label());
    }

    /**
     * The figures with each definition's label as the reports print it ({@link #label}); the figures themselves,
     * the ids and every definition's words unchanged. {@code metrics} itself for a treatment service.
     */
    public MetricsResult relabel(MetricsResult metrics) {
        if (this == TREATMENT) {
            return metrics;
        }
        java.util.List<MetricDefinition> definitions = metrics.definitions().stream()
                .map(d -> label(d).equals(d.label()) ? d : d.withLabel(label(d)))
                .toList();
        return new MetricsResult(metrics.engine(), metrics.period(), metrics.outcomePeriod(), metrics.inputs(),
                metrics.settings(), metrics.reliableChangeThresholds(), definitions, metrics.groups(),
                metrics.trends(), metrics.dataDate(), metrics.methodologyNotes(), metrics.breakdowns());
    }

    /**
     * A template's own text (its audience, a section's title or text) in these words: for a peer-support
     * service every {@code client} word becomes {@code person supported} and the like; the text unchanged for a
     * treatment service, or {@code null} for {@code null}.
     */
    public String prose(String text) {
        if (this == TREATMENT || text == null) {
            return text;
        }
        return PROSE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(of(m.group(1))));
    }

    /** The template with its audience and its sections' titles and texts in these words ({@link #prose}). */
    public ReportTemplate prose(ReportTemplate template) {
        if (this == TREATMENT) {
            return template;
        }
        return new ReportTemplate(template.id(), prose(template.title()), prose(template.audience()),
                template.levels(), template.comparator(), template.comparatorValues(),
                template.sections().stream().map(s -> new Section(s.id(), prose(s.title()), s.kind(), s.metrics(),
                        prose(s.text()))).toList());
    }
}
