package org.recoveryoutcomes.engine.render.xlsx;

import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTErrBars;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTMarker;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumRef;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrBarType;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrValType;

/**
 * Native Excel charts that draw on the table's cells, placed to the right of the table one under another.
 * They read the {@code plotted …} columns, which are blank where a figure is hidden or cannot be computed:
 * Excel plots text such as {@code *} as zero, so charts must never read the value column itself.
 */
final class Charts {

    static final int WIDTH_COLUMNS = 10;
    static final int HEIGHT_ROWS = 20;

    /** Fixed series colours, so every report and every viewer draws the same picture. */
    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private static final String[] PALETTE = {"1F4E79", "C55A11", "548235", "7030A0", "BF9000", "2E75B6", "7F7F7F",
        "833C0B"};

    private Charts() {
    }

    /** A chart's rows in the table (0-based data rows, both ends included). */
    record Span(int from, int to) {
    }

    /**
     * A bar chart of one proportion by group with CI whiskers, and the comparator as a marker over each bar.
     *
     * @param slot the chart's place in the column of charts, from 0
     */
    static void bars(Placed placed, FigureTable.Built built, String title, Span span, int slot, boolean percent) {
        XSSFSheet sheet = placed.sheet();
        XSSFChart chart = newChart(placed, title, slot);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = valueAxis(chart, percent);
        XDDFDataSource<String> groups = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                range(placed, span, built.column(Col.GROUP)));

        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        bars.setGapWidth(80);
        XDDFBarChartData.Series value = (XDDFBarChartData.Series) bars.addSeries(groups,
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, range(placed, span,
                        built.column(Col.PLOTTED_VALUE))));
        value.setTitle(percent ? "value (%)" : "value", null);
        value.setShapeProperties(fill(PALETTE[0]));
        int above = built.column(Col.PLOTTED_ABOVE);
        int below = built.column(Col.PLOTTED_BELOW);
        if (above >= 0 && below >= 0) {
            // POI's XDDFErrorBars() starts without the elements it then sets, so the XML is built here.
            CTErrBars whiskers = value.getCTBarSer().addNewErrBars();
            whiskers.addNewErrBarType().setVal(STErrBarType.BOTH);
            whiskers.addNewErrValType().setVal(STErrValType.CUST);
            whiskers.addNewNoEndCap().setVal(false);
            reference(whiskers.addNewPlus(), XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    range(placed, span, above)));
            reference(whiskers.addNewMinus(), XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    range(placed, span, below)));
            whiskers.setSpPr(line("000000", false).getXmlObject());
        }
        chart.plot(bars);

        int comparator = built.column(Col.PLOTTED_COMPARATOR);
        if (comparator >= 0 && anyNumber(placed, span, comparator)) {
            XDDFLineChartData marks = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
            marks.setVaryColors(false);
            XDDFLineChartData.Series c = (XDDFLineChartData.Series) marks.addSeries(groups,
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, range(placed, span, comparator)));
            c.setTitle("comparator (%)", null);
            c.setSmooth(false);
            c.setMarkerStyle(MarkerStyle.DASH);
            markerSize(c, 20);
            c.setShapeProperties(line(PALETTE[1], true));
            markerColour(c, PALETTE[1]);
            chart.plot(marks);
        }
    }

    /** A line chart of one metric over periods: a line per group, each drawing on its own rows. */
    static void lines(Placed placed, FigureTable.Built built, String title, List<Span> series, int slot,
                      boolean percent) {
        XSSFSheet sheet = placed.sheet();
        XSSFChart chart = newChart(placed, title, slot);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = valueAxis(chart, percent);
        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        lines.setVaryColors(false);
        for (int i = 0; i < series.size(); i++) {
            Span span = series.get(i);
            XDDFLineChartData.Series s = (XDDFLineChartData.Series) lines.addSeries(
                    XDDFDataSourcesFactory.fromStringCellRange(sheet, range(placed, span, built.column(Col.PERIOD))),
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, range(placed, span,
                            built.column(Col.PLOTTED_VALUE))));
            int groupCol = built.column(Col.GROUP);
            Datum name = placed.table().cell(span.from(), groupCol);
            s.setTitle(name instanceof Datum.Text t ? t.text() : "",
                    new CellReference(sheet.getSheetName(), placed.rowOf(span.from()), groupCol, true, true));
            s.setSmooth(false);
            s.setMarkerStyle(MarkerStyle.CIRCLE);
            String colour = PALETTE[i % PALETTE.length];
            XDDFShapeProperties props = line(colour, false);
            s.setShapeProperties(props);
            markerColour(s, colour);
        }
        chart.plot(lines);
    }

    private static XSSFChart newChart(Placed placed, String title, int slot) {
        XSSFDrawing drawing = placed.sheet().createDrawingPatriarch();
        int col = placed.columnAfter();
        int row = placed.headerRow() + slot * (HEIGHT_ROWS + 1);
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, row, col + WIDTH_COLUMNS, row + HEIGHT_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    private static XDDFValueAxis valueAxis(XSSFChart chart, boolean percent) {
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.setMinimum(0);
        if (percent) {
            // Percentages are stored as fractions (Formats.PERCENT).
            y.setMaximum(1);
            y.setTitle("%");
        }
        y.setNumberFormat(percent ? "0%" : Formats.COUNT);
        return y;
    }

    private static void reference(CTNumDataSource target, XDDFNumericalDataSource<Double> source) {
        CTNumRef ref = target.addNewNumRef();
        ref.setF(source.getDataRangeReference());
        source.fillNumericalCache(ref.addNewNumCache());
    }

    private static boolean anyNumber(Placed placed, Span span, int column) {
        for (int i = span.from(); i <= span.to(); i++) {
            if (placed.table().cell(i, column) instanceof Datum.Num) {
                return true;
            }
        }
        return false;
    }

    private static CellRangeAddress range(Placed placed, Span span, int column) {
        return new CellRangeAddress(placed.rowOf(span.from()), placed.rowOf(span.to()), column, column);
    }

    private static XDDFShapeProperties fill(String rgb) {
        XDDFShapeProperties p = new XDDFShapeProperties();
        p.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(hex(rgb))));
        return p;
    }

    /** A line of this colour, or no line at all (a series that shows only its markers). */
    private static XDDFShapeProperties line(String rgb, boolean markersOnly) {
        XDDFShapeProperties p = new XDDFShapeProperties();
        XDDFLineProperties l = markersOnly
                ? new XDDFLineProperties(new XDDFNoFillProperties())
                : new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(hex(rgb))));
        if (!markersOnly) {
            l.setWidth(1.5);
        }
        p.setLineProperties(l);
        return p;
    }

    private static byte[] hex(String rgb) {
        byte[] b = new byte[3];
        for (int i = 0; i < 3; i++) {
            b[i] = (byte) Integer.parseInt(rgb.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    /**
     * Sets a marker's size. POI's setMarkerSize needs a schema type that the lean ooxml jar lacks, so the
     * element is written through a cursor, after the marker's symbol as the schema orders it.
     */
    private static void markerSize(XDDFLineChartData.Series s, int size) {
        CTMarker marker = s.getCTLineSer().getMarker();
        try (XmlCursor cursor = marker.getSymbol().newCursor()) {
            cursor.toEndToken();
            cursor.toNextToken();
            cursor.beginElement(new QName(CHART_NS, "size", "c"));
            cursor.insertAttributeWithValue("val", Integer.toString(size));
        }
    }

    /** Gives a line series' markers a solid colour with an outline of the same colour. */
    private static void markerColour(XDDFLineChartData.Series s, String rgb) {
        XDDFShapeProperties p = fill(rgb);
        p.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(hex(rgb)))));
        s.getCTLineSer().getMarker().setSpPr(p.getXmlObject());
    }
}
