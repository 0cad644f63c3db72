/**
 * The Recovery Outcomes engine: read the six files, compute every metric, protect and write the reports.
 *
 * <p>Its one entry point is {@link org.recoveryoutcomes.engine.api.ReportEngine#run}; what a caller gives and gets
 * back are the domain values of {@code model}. Those two packages are all the module exports: {@code io},
 * {@code metrics}, {@code render} and {@code internal} are the engine's own and may change without notice.
 */
module org.recoveryoutcomes.engine {
    exports org.recoveryoutcomes.engine.api;
    exports org.recoveryoutcomes.engine.model;

    // Charts (JFreeChart) and fonts are drawn with Java 2D.
    requires java.desktop;
    // Reading: CSV, the encodings of files without a byte-order mark, workbooks and JSON.
    requires org.apache.commons.csv;
    requires com.github.albfernandez.juniversalchardet;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.ooxml.schemas;
    requires org.apache.xmlbeans;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    // Statistics, and the linear programmes of disclosure control.
    requires commons.math3;
    requires ortools.java;
    requires ojalgo;
    // Writing: the PDF, its charts, the HTML page's SVG charts and HTML.
    requires com.github.librepdf.openpdf;
    requires org.jfree.jfreechart;
    requires org.jfree.svg;
    requires org.jsoup;
}
