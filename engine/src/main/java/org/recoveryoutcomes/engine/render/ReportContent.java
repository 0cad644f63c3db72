package org.recoveryoutcomes.engine.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.ReportTemplate;

/**
 * Everything a renderer needs: the figures, the template that lays them out, and how to render. Immutable and
 * safe to share between threads; its {@link #suppression()} is worked out once, on first use, and shared by the
 * workbook and the PDF of the report.
 */
public final class ReportContent {

    private final MetricsResult metrics;
    private final ReportTemplate template;
    private final RenderOptions options;
    private final Family family;
    private Suppression suppression;

    public ReportContent(MetricsResult metrics, ReportTemplate template, RenderOptions options) {
        this(new Family(metrics, template), options);
    }

    private ReportContent(Family family, RenderOptions options) {
        this.metrics = family.metrics;
        this.template = family.template;
        this.options = Objects.requireNonNull(options, "options");
        this.family = family;
    }

    /**
     * The reports of one run's figures and template that differ only in their options (one per borough, say).
     * They share the part of disclosure control that does not depend on what a report shows (the tables laid out
     * as cells and equations), which at national scale is most of the work of a report. Thread-safe.
     */
    public static final class Family {
        private final MetricsResult metrics;
        private final ReportTemplate template;
        private Suppression.Layout layout;

        public Family(MetricsResult metrics, ReportTemplate template) {
            this.metrics = Objects.requireNonNull(metrics, "metrics");
            this.template = Objects.requireNonNull(template, "template");
        }

        /** The report of these figures with {@code options}. */
        public ReportContent content(RenderOptions options) {
            return new ReportContent(this, options);
        }

        private synchronized Suppression.Layout layout() {
            if (layout == null) {
                layout = new Suppression.Layout(metrics);
            }
            return layout;
        }
    }

    /** The tables of the figures as cells and equations, shared by the family's reports. */
    Suppression.Layout layout() {
        return family.layout();
    }

    public MetricsResult metrics() {
        return metrics;
    }

    public ReportTemplate template() {
        return template;
    }

    public RenderOptions options() {
        return options;
    }

    /** Which figures this report hides ({@link Suppression#of}), worked out on the first call. */
    public synchronized Suppression suppression() {
        if (suppression == null) {
            suppression = Suppression.of(this);
        }
        return suppression;
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

    /** The group the report is about: the focus, or {@code all}. */
    public GroupResult subject() {
        String focus = options.focus();
        GroupResult g = focus == null ? null : metrics.group(focus);
        return g != null ? g : metrics.group("all");
    }
}
