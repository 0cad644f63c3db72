package org.recoveryoutcomes.engine.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.ReportTemplate;

/**
 * Everything a renderer needs: the figures, the template that lays them out, and how to render. With suppression
 * on, {@link #metrics()} are the figures as the publication shows them ({@link Publication#published()}): every
 * hidden figure flagged and stripped of its statistics, the same for every report of the run. Immutable and safe
 * to share between threads.
 */
public final class ReportContent {

    private final MetricsResult metrics;
    private final ReportTemplate template;
    private final RenderOptions options;
    private final Family family;
    private Suppression suppression;
    private final Map<Class<?>, Object> shared = new ConcurrentHashMap<>();

    public ReportContent(MetricsResult metrics, ReportTemplate template, RenderOptions options) {
        this(new Family(metrics, template), options);
    }

    private ReportContent(Family family, RenderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        // the labels of the few metrics named for clients in the service's words, as every renderer prints them
        this.metrics = options.wording().relabel(options.suppression() ? family.publication().published()
                : family.metrics);
        // the template's own texts in the service's words (its ids, and so the file names, unchanged)
        this.template = options.wording().prose(family.template);
        this.family = family;
    }

    /**
     * The reports of one run's figures and template that differ only in their options (one per borough, say).
     * They share one disclosure-control pattern ({@link Publication}), so that no figure one report hides is
     * shown by another. Thread-safe.
     */
    public static final class Family {
        private final MetricsResult metrics;
        private final ReportTemplate template;
        private Publication publication;
        private Suppression.Index suppressionIndex;

        /** The family of {@code metrics} as a publication of its own (nothing published before). */
        public Family(MetricsResult metrics, ReportTemplate template) {
            this.metrics = Objects.requireNonNull(metrics, "metrics");
            this.template = Objects.requireNonNull(template, "template");
        }

        /** The family of the raw {@code metrics} protected by {@code publication}, which was solved for them. */
        public Family(MetricsResult metrics, ReportTemplate template, Publication publication) {
            this(metrics, template);
            this.publication = Objects.requireNonNull(publication, "publication");
        }

        /** The report of these figures with {@code options}. */
        public ReportContent content(RenderOptions options) {
            return new ReportContent(this, options);
        }

        /** The disclosure-control pattern of the family's reports, solved on first use. */
        public synchronized Publication publication() {
            if (publication == null) {
                publication = Publication.protect(metrics, org.recoveryoutcomes.engine.model.Ledger.EMPTY);
            }
            return publication;
        }

        /** The protected figures indexed for {@link Suppression}, built on first use. */
        synchronized Suppression.Index suppressionIndex() {
            if (suppressionIndex == null) {
                suppressionIndex = new Suppression.Index(publication().published());
            }
            return suppressionIndex;
        }
    }

    /** The figures as this report shows them: with suppression on, the publication's protected figures. */
    public MetricsResult metrics() {
        return metrics;
    }

    /**
     * The figures in the catalogue's own labels, for every group of the family ({@code metrics.json}'s): with
     * suppression on, the publication's protected figures; with it off, every figure raw.
     */
    public MetricsResult figures() {
        return options.suppression() ? family.publication().published() : family.metrics;
    }

    public ReportTemplate template() {
        return template;
    }

    public RenderOptions options() {
        return options;
    }

    /** The publication's disclosure-control pattern, shared by the family's reports. */
    Publication publication() {
        return family.publication();
    }

    Suppression.Index suppressionIndex() {
        return family.suppressionIndex();
    }

    /** Which figures this report hides ({@link Suppression#of}), worked out on the first call. */
    public synchronized Suppression suppression() {
        if (suppression == null) {
            suppression = Suppression.of(this);
        }
        return suppression;
    }

    /**
     * A value worked out from this content once and shared by the renderers that need it (the PDF's first layout
     * pass, whose blocks the HTML page also lays out): computed by the first caller for {@code type}, while callers
     * for the same type wait; {@code compute} must be a pure function of the content, so that the bytes do not
     * depend on which renderer asks first.
     */
    public <T> T shared(Class<T> type, Supplier<T> compute) {
        return type.cast(shared.computeIfAbsent(type, k -> compute.get()));
    }

    /**
     * The groups this report shows, in the order of {@code metrics.json}: for a focus on a project, the whole
     * data, the project's borough and the project; for a focus on a borough, the whole data, the borough and
     * its projects; otherwise every group of the template's levels.
     */
    public List<GroupResult> groups() {
        String focus = options.focus();
        List<GroupResult> out = new ArrayList<>();
        for (GroupResult g : metrics.groups()) {
            if (!template.levels().isEmpty() && !template.levels().contains(g.level())) {
                continue;
            }
            if (focus == null || focus.equals("all") || g.level() == GroupLevel.ALL || g.key().equals(focus)) {
                out.add(g);
            } else if (focus.startsWith("project:")) {
                GroupResult p = metrics.group(focus);
                if (p != null && g.level() == GroupLevel.BOROUGH && g.id().equals(p.borough())) {
                    out.add(g);
                }
            } else if (focus.startsWith("borough:")) {
                if (g.level() == GroupLevel.PROJECT && ("borough:" + g.borough()).equals(focus)) {
                    out.add(g);
                }
            }
        }
        return out;
    }

    /**
     * How many of the figures this report shows are hidden, and why ({@link Publication#hiddenIn}); {@code null}
     * for a working copy with suppression off.
     */
    public Publication.Count hidden() {
        return options.suppression() ? publication().hiddenIn(groups(), template) : null;
    }

    /**
     * Disclosure control in words, as every renderer prints it in the report's methodology: the rule, how further
     * figures are chosen over the whole publication, and how many of this report's figures are hidden and why.
     */
    public String disclosureText() {
        if (!options.suppression()) {
            return "Disclosure control is OFF in this working copy: every figure is shown, however small. It is "
                    + "marked " + Disclosure.NOT_FOR_PUBLICATION + " on every page and sheet and must not be "
                    + "published.";
        }
        int t = metrics.settings().suppressionThreshold();
        return "Disclosure control: a count from 1 to " + (t - 1) + " is shown as *, as is a percentage whose "
                + "numerator, denominator or their difference is from 1 to " + (t - 1) + ". Further figures are "
                + "hidden, the smallest first, until no hidden number can be worked out, or narrowed to a range "
                + "under " + t + ", from everything the publication holds: every report of this run, the earlier "
                + "reports in its ledger, and the sums that tie figures together (projects, boroughs, categories, "
                + "quarters, and metrics defined from each other). A hidden figure's statistics (its interval, "
                + "p-value, comparison, funnel position and changes) are hidden with it, and a figure hidden in one "
                + "report is hidden in every report of the publication. Zero is shown. Charts leave hidden points "
                + "out and say so. This report hides " + hidden().words() + ".";
    }

    /** The group the report is about: the focus, or {@code all}. */
    public GroupResult subject() {
        String focus = options.focus();
        GroupResult g = focus == null ? null : metrics.group(focus);
        return g != null ? g : metrics.group("all");
    }
}
