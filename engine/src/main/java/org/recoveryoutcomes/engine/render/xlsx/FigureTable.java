package org.recoveryoutcomes.engine.render.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recoveryoutcomes.engine.model.AmountValue;
import org.recoveryoutcomes.engine.model.Breakdown;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.ChangeValue;
import org.recoveryoutcomes.engine.model.Comparison;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.Funnel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MeanValue;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.Polarity;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Trend;
import org.recoveryoutcomes.engine.render.Disclosure;
import org.recoveryoutcomes.engine.render.Flags;
import org.recoveryoutcomes.engine.render.ReportContent;
import org.recoveryoutcomes.engine.render.RenderOptions;
import org.recoveryoutcomes.engine.render.Suppression;

/**
 * Turns metric values into tidy rows (one per group and metric, or per category of a breakdown), applying
 * disclosure control: a hidden figure shows {@code *} in every cell that would reveal it.
 */
final class FigureTable {

    /** A row's cells by column; absent means blank. */
    static final class Row {
        final Map<Col, Datum> cells = new EnumMap<>(Col.class);
        final GroupResult group;
        final String metricId;

        Row(GroupResult group, String metricId) {
            this.group = group;
            this.metricId = metricId;
        }

        void put(Col col, Datum d) {
            if (d != null) {
                cells.put(col, d);
            }
        }

        Datum get(Col col) {
            return cells.get(col);
        }
    }

    /** A built table and where each of its columns went. */
    record Built(Table table, Map<Col, Integer> columns) {

        int column(Col col) {
            Integer c = columns.get(col);
            return c == null ? -1 : c;
        }
    }

    /**
     * The columns that are statistics of a row's figure, or need it (a comparison, a change on an earlier period):
     * withheld, shown as *, where the figure is hidden. The identifying and plotted columns stay blank, and so
     * does the rank: a hidden figure is unranked.
     */
    static final Set<Col> WITHHELD_WITH_THE_FIGURE = EnumSet.of(Col.NUMERATOR, Col.DENOMINATOR, Col.N,
            Col.MEAN_START, Col.MEAN_FOLLOW_UP, Col.LOWER, Col.UPPER, Col.MEDIAN, Col.VALUE_AT_START,
            Col.P_VALUE, Col.EFFECT_SIZE, Col.COMPARATOR_VALUE, Col.COMPARISON, Col.FLAG, Col.PREVIOUS_VALUE, Col.PREVIOUS_CHANGE,
            Col.PREVIOUS_LOWER, Col.PREVIOUS_UPPER, Col.PREVIOUS_DIRECTION, Col.YEAR_VALUE, Col.YEAR_CHANGE,
            Col.YEAR_LOWER, Col.YEAR_UPPER, Col.YEAR_DIRECTION, Col.FUNNEL_BASELINE, Col.FUNNEL_LOWER_95,
            Col.FUNNEL_UPPER_95, Col.FUNNEL_LOWER_998, Col.FUNNEL_UPPER_998, Col.FUNNEL_POSITION);

    /** The identifying columns every figure table keeps, even when empty. */
    static final Set<Col> ESSENTIAL = EnumSet.of(Col.LEVEL, Col.GROUP, Col.GROUP_ID, Col.BOROUGH, Col.METRIC,
            Col.LABEL, Col.VALUE);

    private final MetricsResult metrics;
    private final RenderOptions options;
    private final Suppression suppression;
    private final String level;

    /** @param suppression what the report hides: the same decision as the PDF's */
    FigureTable(ReportContent content, Suppression suppression) {
        this.metrics = content.metrics();
        this.options = content.options();
        this.suppression = suppression;
        this.level = confidenceLabel(metrics.settings().confidenceLevel());
    }

    /** {@code 0.95} → {@code 95%}. */
    static String confidenceLabel(double confidence) {
        return BigDecimal.valueOf(confidence).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    String metricLabel(String metricId) {
        MetricDefinition d = metrics.definition(metricId);
        return d == null ? metricId : d.label();
    }

    /** True when the group's figure is hidden in this report (primary or secondary suppression). */
    boolean hidden(GroupResult g, String metricId) {
        return suppression.hidden(g, metricId);
    }

    /** The rows of one metric of one group: one, or for a breakdown one per part and a total. */
    List<Row> rows(GroupResult g, String metricId, MetricValue v) {
        return rows(g, metricId, v, suppression.hidden(g, metricId));
    }

    private List<Row> rows(GroupResult g, String metricId, MetricValue v, boolean hide) {
        List<Row> out = new ArrayList<>();
        if (v instanceof BreakdownValue b) {
            breakdownRows(g, metricId, b, out);
            return out;
        }
        Row row = identity(g, metricId);
        if (v instanceof CountValue c) {
            row.put(Col.UNIT, Datum.text("count"));
            row.put(Col.VALUE, hide ? Datum.MASKED : Datum.count(c.count()));
            row.put(Col.PLOTTED_VALUE, hide ? null : Datum.count(c.count()));
        } else if (v instanceof AmountValue a) {
            row.put(Col.UNIT, Datum.text(a.unit() == null ? "amount" : a.unit()));
            row.put(Col.VALUE, Datum.num(a.value(), Formats.AMOUNT));
            row.put(Col.PLOTTED_VALUE, Datum.num(a.value(), Formats.AMOUNT));
        } else if (v instanceof ProportionValue p) {
            proportion(row, p, hide);
        } else if (v instanceof MeanValue m) {
            row.put(Col.UNIT, Datum.text("mean"));
            row.put(Col.N, hide ? Datum.MASKED : Datum.count(m.n()));
            estimate(row, m.mean(), m.lower95(), m.upper95(), hide, false);
            row.put(Col.MEDIAN, mask(hide, Datum.num(m.median(), Formats.ONE_DP)));
        } else if (v instanceof ChangeValue c) {
            row.put(Col.UNIT, Datum.text("mean change"));
            row.put(Col.N, hide ? Datum.MASKED : Datum.count(c.n()));
            row.put(Col.MEAN_START, mask(hide, Datum.num(c.meanStart(), Formats.ONE_DP)));
            row.put(Col.MEAN_FOLLOW_UP, mask(hide, Datum.num(c.meanFollowUp(), Formats.ONE_DP)));
            estimate(row, c.meanChange(), c.lower95(), c.upper95(), hide, false);
            row.put(Col.P_VALUE, mask(hide, Datum.num(c.pValue(), Formats.P_VALUE)));
            row.put(Col.EFFECT_SIZE, mask(hide, Datum.num(c.effectSize(), Formats.TWO_DP)));
        }
        out.add(row);
        return out;
    }

    /** A row of a value in one period of a trend series. */
    List<Row> periodRows(GroupResult g, String metricId, Period period, MetricValue v) {
        List<Row> rows = rows(g, metricId, v, suppression.hidden(g.key(), metricId, period));
        for (Row r : rows) {
            r.put(Col.PERIOD, Datum.text(org.recoveryoutcomes.engine.render.Formats.periodName(period)));
            r.put(Col.PERIOD_START, Datum.day(period.start()));
            r.put(Col.PERIOD_END, Datum.day(period.end()));
        }
        return rows;
    }

    private Row identity(GroupResult g, String metricId) {
        Row row = new Row(g, metricId);
        row.put(Col.LEVEL, Datum.text(g.level().code()));
        row.put(Col.GROUP, Datum.text(g.name()));
        row.put(Col.GROUP_ID, Datum.text(g.id()));
        row.put(Col.BOROUGH, Datum.text(g.borough()));
        row.put(Col.METRIC, Datum.text(metricId));
        row.put(Col.LABEL, Datum.text(metricLabel(metricId)));
        return row;
    }

    private static Datum mask(boolean hide, Datum d) {
        return hide ? Datum.MASKED : d;
    }

    /** A value with its confidence interval, and what a chart plots of it (nothing when hidden). */
    private void estimate(Row row, Double value, Double lower, Double upper, boolean hide, boolean percent) {
        row.put(Col.VALUE, mask(hide, figure(value, percent)));
        row.put(Col.LOWER, mask(hide, figure(lower, percent)));
        row.put(Col.UPPER, mask(hide, figure(upper, percent)));
        if (!hide && value != null) {
            row.put(Col.PLOTTED_VALUE, figure(value, percent));
            if (upper != null && lower != null) {
                // Error bars, in the units of the value they hang from.
                row.put(Col.PLOTTED_ABOVE, figure(upper - value, percent));
                row.put(Col.PLOTTED_BELOW, figure(value - lower, percent));
            }
        }
    }

    /** A percentage as a fraction with a percentage format, anything else with one decimal. */
    private static Datum figure(Double v, boolean percent) {
        return percent ? Datum.percent(v) : Datum.num(v, Formats.ONE_DP);
    }

    private void proportion(Row row, ProportionValue p, boolean hide) {
        row.put(Col.UNIT, Datum.text("%"));
        row.put(Col.NUMERATOR, hide ? Datum.MASKED : Datum.count(p.numerator()));
        row.put(Col.DENOMINATOR, Disclosure.denominatorHidden(p, hide) ? Datum.MASKED
                : Datum.count(p.denominator()));
        estimate(row, p.value(), p.lower95(), p.upper95(), hide, true);
        if (p.atStart() != null) {
            row.put(Col.VALUE_AT_START, mask(hide || Disclosure.hidden(p.atStart(), options), Datum.percent(p.atStart().value())));
        }
        row.put(Col.P_VALUE, mask(hide && p.pValue() != null, Datum.num(p.pValue(), Formats.P_VALUE)));
        // The comparator is another group's figure (a project's borough): hidden when that figure is.
        boolean comparatorHidden = comparatorHidden(p, row.metricId);
        if (p.comparator() != null) {
            row.put(Col.COMPARATOR, Datum.text(comparatorName(p.comparator())));
        }
        Datum comparatorValue = Datum.percent(p.comparatorValue());
        row.put(Col.COMPARATOR_VALUE, comparatorValue == null ? null : mask(comparatorHidden, comparatorValue));
        if (!comparatorHidden) {
            row.put(Col.PLOTTED_COMPARATOR, comparatorValue);
        }
        if (p.comparison() != null) {
            row.put(Col.COMPARISON, mask(hide, Datum.text(comparisonText(p.comparison()))));
        }
        if (p.funnel() != null) {
            Funnel f = p.funnel();
            row.put(Col.FUNNEL_BASELINE, mask(comparatorHidden, Datum.percent(f.baseline())));
            // The limits are a function of the denominator, so they reveal a hidden one.
            row.put(Col.FUNNEL_LOWER_95, mask(hide, Datum.percent(f.lower95())));
            row.put(Col.FUNNEL_UPPER_95, mask(hide, Datum.percent(f.upper95())));
            row.put(Col.FUNNEL_LOWER_998, mask(hide, Datum.percent(f.lower998())));
            row.put(Col.FUNNEL_UPPER_998, mask(hide, Datum.percent(f.upper998())));
            row.put(Col.FUNNEL_POSITION, mask(hide, Datum.text(f.significance())));
        }
        boolean flag = !hide && Flags.worseAndWorsening(p, polarity(row.metricId), row.group.key(), row.metricId,
                suppression);
        row.put(Col.FLAG, flag ? Datum.text(Flags.WORSE_AND_WORSENING) : null);
        trend(row, p.vsPrevious(), hide, Col.PREVIOUS_PERIOD, Col.PREVIOUS_VALUE, Col.PREVIOUS_CHANGE,
                Col.PREVIOUS_LOWER, Col.PREVIOUS_UPPER, Col.PREVIOUS_DIRECTION);
        trend(row, p.vsYearBefore(), hide, Col.YEAR_PERIOD, Col.YEAR_VALUE, Col.YEAR_CHANGE, Col.YEAR_LOWER,
                Col.YEAR_UPPER, Col.YEAR_DIRECTION);
    }

    private void trend(Row row, Trend t, boolean hide, Col period, Col value, Col change, Col lower, Col upper,
                       Col direction) {
        if (t == null) {
            return;
        }
        row.put(period, Datum.text(org.recoveryoutcomes.engine.render.Formats.periodName(t.period())));
        // The earlier value and the difference reveal the earlier figure: hidden when it was.
        boolean h = hide || suppression.earlierHidden(row.group, row.metricId, t);
        row.put(value, mask(h && t.earlierValue() != null, Datum.percent(t.earlierValue())));
        row.put(change, mask(h && t.difference() != null, Datum.num(t.difference(), Formats.ONE_DP)));
        row.put(lower, mask(h && t.lower95() != null, Datum.num(t.lower95(), Formats.ONE_DP)));
        row.put(upper, mask(h && t.upper95() != null, Datum.num(t.upper95(), Formats.ONE_DP)));
        if (t.difference() != null) {
            String words = !t.significant() ? "no significant change"
                    : t.difference() > 0 ? "significantly higher" : "significantly lower";
            row.put(direction, mask(h, Datum.text(words)));
        }
    }

    private boolean comparatorHidden(ProportionValue p, String metricId) {
        if (p.comparator() == null) {
            return false;
        }
        return suppression.comparatorHidden(p, metricId);
    }

    /**
     * The comparator as the PDF's tables name it too
     * ({@link org.recoveryoutcomes.engine.render.Formats#comparatorName}).
     */
    String comparatorName(String comparator) {
        return org.recoveryoutcomes.engine.render.Formats.comparatorName(metrics, comparator);
    }

    static String comparisonText(Comparison c) {
        return c.code().replace('_', ' ');
    }

    /**
     * A breakdown shown with its total: a row per part and a {@code total} row, each hidden where the report's
     * {@link Suppression} says, so no part can be found by subtraction, within the group or across groups.
     */
    private void breakdownRows(GroupResult g, String metricId, BreakdownValue b, List<Row> out) {
        for (Map.Entry<String, CountValue> part : b.parts().entrySet()) {
            Row row = identity(g, metricId);
            row.put(Col.CATEGORY, Datum.text(part.getKey()));
            row.put(Col.UNIT, Datum.text("count"));
            boolean hide = suppression.hiddenPart(g, metricId, part.getKey());
            row.put(Col.VALUE, hide ? Datum.MASKED : Datum.count(part.getValue().count()));
            out.add(row);
        }
        Row row = identity(g, metricId);
        row.put(Col.CATEGORY, Datum.text("total"));
        row.put(Col.UNIT, Datum.text("count"));
        row.put(Col.VALUE, suppression.hiddenTotal(g, metricId) ? Datum.MASKED : Datum.count(b.total()));
        out.add(row);
    }

    /**
     * The rows of an equality breakdown: one per figure, with its dimension and category; hidden where the
     * report's {@link Suppression} says.
     */
    Row breakdownRow(GroupResult g, Breakdown b) {
        Row row = identity(g, b.metricId());
        row.put(Col.DIMENSION, Datum.text(b.dimension()));
        row.put(Col.CATEGORY, Datum.text(b.category()));
        boolean hide = suppression.hidden(b);
        if (b.value() instanceof CountValue c) {
            row.put(Col.UNIT, Datum.text("count"));
            row.put(Col.VALUE, hide ? Datum.MASKED : Datum.count(c.count()));
        } else if (b.value() instanceof ProportionValue p) {
            row.put(Col.UNIT, Datum.text("%"));
            row.put(Col.NUMERATOR, hide ? Datum.MASKED : Datum.count(p.numerator()));
            row.put(Col.DENOMINATOR, Disclosure.denominatorHidden(p, hide) ? Datum.MASKED
                : Datum.count(p.denominator()));
            estimate(row, p.value(), p.lower95(), p.upper95(), hide, true);
        }
        return row;
    }

    private Polarity polarity(String metricId) {
        MetricDefinition d = metrics.definition(metricId);
        return d == null ? Polarity.NO_JUDGEMENT : d.polarity();
    }

    /**
     * The table of these rows: the allowed columns that hold something (and the essential ones), with
     * {@code value}'s header naming the unit when all rows share one.
     */
    Built build(List<Row> rows, Set<Col> allowed, Set<Col> essential) {
        Set<String> units = new LinkedHashSet<>();
        for (Row r : rows) {
            if (r.get(Col.UNIT) instanceof Datum.Text t) {
                units.add(t.text());
            }
        }
        String single = units.size() == 1 ? units.iterator().next() : null;
        List<Col> cols = new ArrayList<>();
        for (Col c : allowed) {
            if (c == Col.UNIT && (single != null || rows.isEmpty())) {
                continue;
            }
            boolean any = essential.contains(c) || rows.stream().anyMatch(r -> r.cells.containsKey(c));
            if (any) {
                cols.add(c);
            }
        }
        List<String> headers = new ArrayList<>();
        Map<Col, Integer> index = new EnumMap<>(Col.class);
        for (Col c : cols) {
            index.put(c, headers.size());
            headers.add(header(c, single));
        }
        // The statistics each metric has in some row of the table: a hidden figure's are withheld, not missing.
        Map<String, Set<Col>> given = new HashMap<>();
        for (Row r : rows) {
            given.computeIfAbsent(r.metricId, k -> EnumSet.noneOf(Col.class)).addAll(r.cells.keySet());
        }
        List<Datum[]> data = new ArrayList<>();
        for (Row r : rows) {
            // * where the metric has the statistic in another row, so that a blank keeps meaning "cannot be
            // computed" and a * never suggests a statistic the metric does not have.
            boolean hiddenFigure = r.get(Col.VALUE) instanceof Datum.Masked;
            Datum[] d = new Datum[cols.size()];
            for (int i = 0; i < cols.size(); i++) {
                Col c = cols.get(i);
                d[i] = r.get(c);
                if (d[i] == null && hiddenFigure && WITHHELD_WITH_THE_FIGURE.contains(c)
                        && given.get(r.metricId).contains(c)) {
                    d[i] = Datum.MASKED;
                }
            }
            data.add(d);
        }
        return new Built(new Table(headers, data), index);
    }

    private String header(Col c, String unit) {
        if (c == Col.VALUE) {
            if (unit == null) {
                return "value";
            }
            return switch (unit) {
                case "%" -> "value (%)";
                case "count", "mean", "mean change" -> unit;
                default -> "value (" + unit + ")";
            };
        }
        if (c == Col.PLOTTED_VALUE) {
            return "%".equals(unit) ? "plotted value (%)" : "plotted value";
        }
        return c.header(level);
    }
}
