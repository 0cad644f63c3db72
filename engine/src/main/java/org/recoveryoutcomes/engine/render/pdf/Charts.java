package org.recoveryoutcomes.engine.render.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.recoveryoutcomes.engine.render.Formats;
import org.recoveryoutcomes.engine.render.Outline;

/**
 * The report's charts, built with JFreeChart and drawn as vector graphics: bars with 95% CI whiskers and a
 * comparator line, funnel plots, trend lines and start-versus-follow-up bars. Every text uses DejaVu Sans from
 * {@link PdfFonts} (never a JFreeChart default font), so what is measured is what is embedded.
 */
final class Charts {

    /** Funnel limits use the normal quantiles of PHEindicatormethods: 97.5% and 99.9%. */
    static final double Z_95 = 1.959963984540054;
    static final double Z_998 = 3.090232306167813;

    private static final Font TICK = PdfFonts.awt(false, 7.5f);
    private static final Font LABEL = PdfFonts.awt(false, 8f);
    private static final Font SMALL = PdfFonts.awt(false, 7f);
    private static final BasicStroke THIN = new BasicStroke(0.6f);
    private static final BasicStroke LINE = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke DASHED = new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {4f, 3f}, 0f);
    private static final BasicStroke DOTTED = new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {1.5f, 2.5f}, 0f);

    private Charts() {
    }

    /** A chart and the figures it draws, as a table for readers who cannot see it (the HTML shows it beside). */
    record Drawn(JFreeChart chart, Outline.Table figures) {
    }

    private static Outline.Cell head(String text, boolean number) {
        return new Outline.Cell(text, number, 1);
    }

    private static Outline.Cell text(String text) {
        return new Outline.Cell(text, false, 1);
    }

    private static Outline.Cell number(String text) {
        return new Outline.Cell(text, true, 1);
    }

    private static String percent(Double v) {
        return Formats.percent(v, 1);
    }

    /** One bar: a group's percentage with its CI. */
    record Bar(String label, double value, Double lower, Double upper) {
    }

    /**
     * Horizontal bars, one per group, with 95% CI whiskers and a dashed reference line (the comparator).
     */
    static Drawn bars(List<Bar> bars, Double reference, String referenceLabel) {
        List<Outline.Row> rows = new ArrayList<>();
        rows.add(new Outline.Row(List.of(head("Group", false), head("Percentage", true),
                head("95% CI", true))));
        for (Bar b : bars) {
            rows.add(new Outline.Row(List.of(text(b.label()), number(percent(b.value())),
                    number(Formats.percentRange(b.lower(), b.upper(), 1)))));
        }
        if (reference != null) {
            rows.add(new Outline.Row(List.of(text("Dashed line: " + (referenceLabel == null ? "comparator"
                    : referenceLabel)), number(percent(reference)), number(Formats.NONE))));
        }
        return new Drawn(barChart(bars, reference, referenceLabel), new Outline.Table(0, "", 1, rows, List.of()));
    }

    private static JFreeChart barChart(List<Bar> bars, Double reference, String referenceLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double max = 0;
        for (Bar b : bars) {
            data.addValue(b.value(), "value", b.label());
            max = Math.max(max, b.upper() == null ? b.value() : b.upper());
        }
        CategoryAxis categories = new CategoryAxis(null);
        categories.setTickLabelFont(TICK);
        categories.setTickLabelPaint(Theme.INK);
        categories.setMaximumCategoryLabelWidthRatio(0.42f);
        categories.setMaximumCategoryLabelLines(2);
        categories.setCategoryMargin(0.3);
        categories.setLowerMargin(0.04);
        categories.setUpperMargin(0.04);
        categories.setAxisLineVisible(false);
        categories.setTickMarksVisible(false);
        NumberAxis values = percentAxis("Percentage", Math.min(100, Math.max(10, Math.ceil((max + 5) / 10) * 10)));
        WhiskerBarRenderer renderer = new WhiskerBarRenderer(bars);
        renderer.setSeriesPaint(0, Theme.ACCENT);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.16);
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        stylePlot(plot);
        plot.setRangeGridlinesVisible(true);
        plot.setDomainGridlinesVisible(false);
        if (reference != null) {
            ValueMarker marker = new ValueMarker(reference, Theme.INK, DASHED);
            marker.setLabel(referenceLabel);
            marker.setLabelFont(SMALL);
            marker.setLabelPaint(Theme.INK);
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            marker.setLabelOffset(new RectangleInsets(2, 3, 2, 3));
            marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            plot.addRangeMarker(marker);
        }
        return chart(plot, false);
    }

    /** A point on a funnel plot. */
    record FunnelPoint(String label, long denominator, double percent) {
    }

    /**
     * A funnel plot: each group's percentage against its denominator, with the comparator (baseline, percent)
     * and its 95% and 99.8% control limits, P ± z·√(P(1 − P)/n), clamped to 0–100.
     */
    static Drawn funnel(List<FunnelPoint> points, double baseline, String baselineLabel) {
        List<Outline.Row> rows = new ArrayList<>();
        rows.add(new Outline.Row(List.of(head("Group", false), head("Denominator", true), head("Percentage", true),
                head("95% limits", true), head("99.8% limits", true))));
        double b = baseline / 100;
        for (FunnelPoint p : points) {
            double se = Math.sqrt(b * (1 - b) / Math.max(1, p.denominator()));
            rows.add(new Outline.Row(List.of(text(p.label()), number(Formats.count(p.denominator())),
                    number(percent(p.percent())),
                    number(Formats.percentRange(clamp(100 * (b - Z_95 * se)), clamp(100 * (b + Z_95 * se)), 1)),
                    number(Formats.percentRange(clamp(100 * (b - Z_998 * se)), clamp(100 * (b + Z_998 * se)), 1)))));
        }
        return new Drawn(funnelChart(points, baseline, baselineLabel), new Outline.Table(0, "", 1, rows,
                List.of("Comparator: " + baselineLabel + ".")));
    }

    private static JFreeChart funnelChart(List<FunnelPoint> points, double baseline, String baselineLabel) {
        long maxN = 10;
        for (FunnelPoint p : points) {
            maxN = Math.max(maxN, p.denominator());
        }
        double xMax = niceCeiling(maxN * 1.15);
        XYSeries upper998 = new XYSeries("99.8% limits", false, true);
        XYSeries lower998 = new XYSeries("lower 99.8%", false, true);
        XYSeries upper95 = new XYSeries("95% limits", false, true);
        XYSeries lower95 = new XYSeries("lower 95%", false, true);
        XYSeries centre = new XYSeries(baselineLabel, false, true);
        double b = baseline / 100;
        int steps = 120;
        double start = Math.max(1, xMax / 400);
        for (int i = 0; i <= steps; i++) {
            // Denser where the funnel bends: a geometric spread of denominators.
            double n = start * Math.pow(xMax / start, (double) i / steps);
            double se = Math.sqrt(b * (1 - b) / n);
            upper998.add(n, clamp(100 * (b + Z_998 * se)));
            lower998.add(n, clamp(100 * (b - Z_998 * se)));
            upper95.add(n, clamp(100 * (b + Z_95 * se)));
            lower95.add(n, clamp(100 * (b - Z_95 * se)));
        }
        centre.add(0, baseline);
        centre.add(xMax, baseline);
        XYSeriesCollection limits = new XYSeriesCollection();
        limits.addSeries(upper998);
        limits.addSeries(lower998);
        limits.addSeries(upper95);
        limits.addSeries(lower95);
        limits.addSeries(centre);
        XYLineAndShapeRenderer limitRenderer = new XYLineAndShapeRenderer(true, false);
        limitRenderer.setSeriesPaint(0, Theme.MID);
        limitRenderer.setSeriesPaint(1, Theme.MID);
        limitRenderer.setSeriesStroke(0, new BasicStroke(1.0f));
        limitRenderer.setSeriesStroke(1, new BasicStroke(1.0f));
        limitRenderer.setSeriesPaint(2, Theme.MID);
        limitRenderer.setSeriesPaint(3, Theme.MID);
        limitRenderer.setSeriesStroke(2, DASHED);
        limitRenderer.setSeriesStroke(3, DASHED);
        limitRenderer.setSeriesPaint(4, Theme.INK);
        limitRenderer.setSeriesStroke(4, new BasicStroke(1.2f));
        limitRenderer.setSeriesVisibleInLegend(1, false);
        limitRenderer.setSeriesVisibleInLegend(3, false);
        limitRenderer.setLegendItemLabelGenerator(
                new org.jfree.chart.labels.StandardXYSeriesLabelGenerator("{0}"));

        XYSeries dots = new XYSeries("Groups", false, true);
        for (FunnelPoint p : points) {
            dots.add(p.denominator(), p.percent());
        }
        XYSeriesCollection dotData = new XYSeriesCollection(dots);
        XYLineAndShapeRenderer dotRenderer = new XYLineAndShapeRenderer(false, true);
        dotRenderer.setSeriesPaint(0, Theme.ACCENT);
        dotRenderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        dotRenderer.setSeriesVisibleInLegend(0, false);
        XYItemLabelGenerator labels = (XYDataset dataset, int series, int item) -> points.get(item).label();
        dotRenderer.setDefaultItemLabelGenerator(labels);
        // Labels beside the points while they can be read; beyond that the table under the plot names them.
        dotRenderer.setDefaultItemLabelsVisible(points.size() <= 15);
        dotRenderer.setDefaultItemLabelFont(SMALL);
        dotRenderer.setDefaultItemLabelPaint(Theme.INK);
        dotRenderer.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        dotRenderer.setItemLabelAnchorOffset(5);

        NumberAxis x = new NumberAxis("Denominator (number of people the figure is based on)");
        styleAxis(x);
        x.setRange(0, xMax);
        x.setNumberFormatOverride(integerFormat());
        NumberAxis y = percentAxis("Percentage", 100);
        XYPlot plot = new XYPlot(dotData, x, y, dotRenderer);
        plot.setDataset(1, limits);
        plot.setRenderer(1, limitRenderer);
        stylePlot(plot);
        return chart(plot, true);
    }

    /** One line of a trend chart: a value per period (null where hidden or missing) and optional CIs. */
    record Line(String name, Double[] values, Double[] lower, Double[] upper, boolean primary) {
    }

    /** Lines over periods; the primary line is the accent colour with CI whiskers, the others grey. */
    static Drawn trend(List<String> periods, List<Line> lines, boolean percent, String axisLabel) {
        List<Outline.Row> rows = new ArrayList<>();
        List<Outline.Cell> header = new ArrayList<>();
        header.add(head("Period", false));
        for (Line line : lines) {
            header.add(head(line.name(), true));
            if (line.primary() && line.lower() != null) {
                header.add(head(line.name() + " 95% CI", true));
            }
        }
        rows.add(new Outline.Row(header));
        for (int i = 0; i < periods.size(); i++) {
            List<Outline.Cell> row = new ArrayList<>();
            row.add(text(periods.get(i)));
            for (Line line : lines) {
                Double v = line.values()[i];
                row.add(number(v == null ? Formats.NONE : percent ? percent(v) : Formats.number(v, 0)));
                if (line.primary() && line.lower() != null) {
                    row.add(number(v == null ? Formats.NONE : percent
                            ? Formats.percentRange(line.lower()[i], line.upper()[i], 1)
                            : Formats.range(line.lower()[i], line.upper()[i], 0)));
                }
            }
            rows.add(new Outline.Row(row));
        }
        return new Drawn(trendChart(periods, lines, percent, axisLabel), new Outline.Table(0, "", 1, rows,
                List.of(Formats.NONE + " Not shown: no figure, or hidden to protect confidentiality.")));
    }

    private static JFreeChart trendChart(List<String> periods, List<Line> lines, boolean percent,
                                         String axisLabel) {
        XYSeriesCollection lineData = new XYSeriesCollection();
        YIntervalSeriesCollection ciData = new YIntervalSeriesCollection();
        double max = 0;
        for (Line line : lines) {
            XYSeries s = new XYSeries(line.name(), false, true);
            for (int i = 0; i < periods.size(); i++) {
                Double v = line.values()[i];
                s.add(i, v);
                if (v != null) {
                    max = Math.max(max, v);
                }
            }
            lineData.addSeries(s);
            if (line.primary() && line.lower() != null) {
                YIntervalSeries ci = new YIntervalSeries(line.name() + " 95% CI", false, true);
                for (int i = 0; i < periods.size(); i++) {
                    Double v = line.values()[i];
                    Double lo = line.lower()[i];
                    Double hi = line.upper()[i];
                    if (v != null && lo != null && hi != null) {
                        ci.add(i, v, lo, hi);
                        max = Math.max(max, hi);
                    }
                }
                ciData.addSeries(ci);
            }
        }
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < lines.size(); i++) {
            boolean primary = lines.get(i).primary();
            lineRenderer.setSeriesPaint(i, primary ? Theme.ACCENT : i % 2 == 1 ? Theme.MID : Theme.INK);
            lineRenderer.setSeriesStroke(i, primary ? LINE : i % 2 == 1 ? DASHED : DOTTED);
            double r = primary ? 3.2 : 2.4;
            lineRenderer.setSeriesShape(i, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
        }
        XYErrorRenderer ciRenderer = new XYErrorRenderer();
        ciRenderer.setDefaultLinesVisible(false);
        ciRenderer.setDefaultShapesVisible(false);
        ciRenderer.setDrawXError(false);
        ciRenderer.setErrorPaint(Theme.ACCENT_LIGHT);
        ciRenderer.setErrorStroke(new BasicStroke(1.2f));
        ciRenderer.setCapLength(5);
        ciRenderer.setDefaultSeriesVisibleInLegend(false);

        SymbolAxis x = new SymbolAxis(null, periods.toArray(new String[0]));
        styleAxis(x);
        x.setGridBandsVisible(false);
        x.setRange(-0.5, periods.size() - 0.5);
        if (periods.size() > 6) {
            x.setVerticalTickLabels(false);
        }
        NumberAxis y;
        if (percent) {
            y = percentAxis(axisLabel, Math.min(100, Math.max(10, Math.ceil((max + 5) / 10) * 10)));
        } else {
            y = new NumberAxis(axisLabel);
            styleAxis(y);
            y.setRange(0, niceCeiling(Math.max(1, max) * 1.15));
            y.setNumberFormatOverride(integerFormat());
            y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        XYPlot plot = new XYPlot(lineData, x, y, lineRenderer);
        plot.setDataset(1, ciData);
        plot.setRenderer(1, ciRenderer);
        stylePlot(plot);
        plot.setDomainGridlinesVisible(false);
        return chart(plot, lines.size() > 1);
    }

    /** A pair of bars: the mean at the start and at follow-up of one measure. */
    record Pair(String label, double start, double followUp) {
    }

    /** Grouped horizontal bars, start (grey) and follow-up (accent), on an axis from 0 to {@code axisMax}. */
    static Drawn startFollowUp(List<Pair> pairs, double axisMax, String axisLabel) {
        List<Outline.Row> rows = new ArrayList<>();
        rows.add(new Outline.Row(List.of(head("Measure", false), head("At start", true),
                head("At follow-up", true))));
        for (Pair p : pairs) {
            rows.add(new Outline.Row(List.of(text(p.label()), number(Formats.number(p.start(), 1)),
                    number(Formats.number(p.followUp(), 1)))));
        }
        return new Drawn(startFollowUpChart(pairs, axisMax, axisLabel), new Outline.Table(0, "", 1, rows,
                List.of("Mean scores; " + axisLabel + ".")));
    }

    private static JFreeChart startFollowUpChart(List<Pair> pairs, double axisMax, String axisLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Pair p : pairs) {
            data.addValue(p.start(), "At start", p.label());
            data.addValue(p.followUp(), "At follow-up", p.label());
        }
        CategoryAxis categories = new CategoryAxis(null);
        categories.setTickLabelFont(TICK);
        categories.setTickLabelPaint(Theme.INK);
        categories.setMaximumCategoryLabelWidthRatio(0.3f);
        categories.setMaximumCategoryLabelLines(2);
        categories.setCategoryMargin(0.3);
        categories.setAxisLineVisible(false);
        categories.setTickMarksVisible(false);
        categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        NumberAxis values = new NumberAxis(axisLabel);
        styleAxis(values);
        values.setRange(0, axisMax);
        values.setTickUnit(new NumberTickUnit(axisMax > 20 ? 4 : 2, integerFormat()));
        BarRenderer renderer = new BarRenderer();
        renderer.setSeriesPaint(0, Theme.MID);
        renderer.setSeriesPaint(1, Theme.ACCENT);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator(
                "{2}", oneDecimalFormat()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(SMALL);
        renderer.setDefaultItemLabelPaint(Theme.INK);
        renderer.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(3);
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        stylePlot(plot);
        plot.setDomainGridlinesVisible(false);
        return chart(plot, true);
    }

    // ---------------------------------------------------------------------------------------------- styling

    private static JFreeChart chart(org.jfree.chart.plot.Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, LABEL, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(2, 2, 2, 8));
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setItemFont(LABEL);
            l.setItemPaint(Theme.INK);
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(Color.WHITE);
            l.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    private static void stylePlot(org.jfree.chart.plot.Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 2, 2, 10));
        plot.setNoDataMessageFont(LABEL);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(Theme.RULE);
            xy.setRangeGridlinePaint(Theme.RULE);
            xy.setDomainGridlineStroke(THIN);
            xy.setRangeGridlineStroke(THIN);
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
        } else if (plot instanceof CategoryPlot c) {
            c.setRangeGridlinePaint(Theme.RULE);
            c.setRangeGridlineStroke(THIN);
            c.setAxisOffset(RectangleInsets.ZERO_INSETS);
        }
    }

    private static void styleAxis(ValueAxis axis) {
        axis.setLabelFont(LABEL);
        axis.setLabelPaint(Theme.GREY);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(Theme.INK);
        axis.setAxisLinePaint(Theme.RULE);
        axis.setTickMarkPaint(Theme.RULE);
    }

    private static NumberAxis percentAxis(String label, double max) {
        NumberAxis axis = new NumberAxis(label);
        styleAxis(axis);
        axis.setRange(0, max);
        axis.setTickUnit(new NumberTickUnit(max > 50 ? 20 : max > 20 ? 10 : 2, percentFormat()));
        return axis;
    }

    private static DecimalFormat percentFormat() {
        return new DecimalFormat("0'%'", DecimalFormatSymbols.getInstance(Formats.LOCALE));
    }

    private static DecimalFormat integerFormat() {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Formats.LOCALE));
    }

    private static DecimalFormat oneDecimalFormat() {
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Formats.LOCALE));
    }

    private static double clamp(double percent) {
        return Math.max(0, Math.min(100, percent));
    }

    /** 1, 2 or 5 times a power of ten, at or above {@code v}. */
    static double niceCeiling(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** Bars with a 95% CI whisker (line and caps) drawn over each bar. */
    private static final class WhiskerBarRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final transient List<Bar> bars;

        WhiskerBarRenderer(List<Bar> bars) {
            this.bars = bars;
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
                             CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis,
                             CategoryDataset dataset, int row, int column, int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            Bar bar = bars.get(column);
            if (bar.lower() == null || bar.upper() == null) {
                return;
            }
            PlotOrientation orientation = plot.getOrientation();
            double w0 = calculateBarW0(plot, orientation, dataArea, domainAxis, state, row, column);
            double middle = w0 + state.getBarWidth() / 2;
            double cap = Math.max(2.5, state.getBarWidth() * 0.3);
            RectangleEdge edge = plot.getRangeAxisEdge();
            double lo = rangeAxis.valueToJava2D(bar.lower(), dataArea, edge);
            double hi = rangeAxis.valueToJava2D(bar.upper(), dataArea, edge);
            g2.setPaint(Theme.INK);
            g2.setStroke(new BasicStroke(0.9f));
            if (orientation == PlotOrientation.HORIZONTAL) {
                g2.draw(new Line2D.Double(lo, middle, hi, middle));
                g2.draw(new Line2D.Double(lo, middle - cap, lo, middle + cap));
                g2.draw(new Line2D.Double(hi, middle - cap, hi, middle + cap));
            } else {
                g2.draw(new Line2D.Double(middle, lo, middle, hi));
                g2.draw(new Line2D.Double(middle - cap, lo, middle + cap, lo));
                g2.draw(new Line2D.Double(middle - cap, hi, middle + cap, hi));
            }
        }
    }
}
