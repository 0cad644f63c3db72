package org.recoveryoutcomes.engine.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.recoveryoutcomes.engine.render.Disclosure;
import org.recoveryoutcomes.engine.render.Outline;
import org.recoveryoutcomes.engine.render.ReportContent;
import org.recoveryoutcomes.engine.render.ReportWriter;

/**
 * Writes the report as one self-contained HTML page: semantic landmarks (header, nav, main, footer), one
 * {@code h1}, headings in order, tables with captions and scoped headers, charts as inline SVG with a text
 * alternative and their figures in a table beside them, a contents list and print styles for A4. Nothing is
 * fetched (no fonts, scripts or images) and nothing needs JavaScript. Hidden figures show {@code *} with the
 * words "suppressed: small number" for screen readers.
 *
 * <p>The page is built from the report's {@link Outline}, the blocks the PDF lays out, so the two say the same
 * thing and hide the same cells. Same content, same bytes. This class is stateless and thread-safe.
 */
public final class HtmlReportWriter implements ReportWriter {

    /** What a screen reader says for a hidden figure. */
    static final String SUPPRESSED = "suppressed: small number";

    private static final String CSS = css();

    private final Function<ReportContent, Outline> outlines;

    /** @param outlines the report as blocks, e.g. {@code PdfReportWriter::outline} */
    public HtmlReportWriter(Function<ReportContent, Outline> outlines) {
        this.outlines = Objects.requireNonNull(outlines, "outlines");
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(ReportContent content, OutputStream out) throws IOException {
        Outline outline;
        try {
            outline = outlines.apply(content);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Document doc = page(outline, !content.options().notForPublication(), content.options().locale().toLanguageTag());
        out.write(doc.outerHtml().getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        out.flush();
    }

    /** @param suppression true for a publishable report; false for a working copy, NOT FOR PUBLICATION */
    static Document page(Outline o, boolean suppression, String lang) {
        Document doc = new Document("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base)
                .prettyPrint(true).outline(false).indentAmount(1);
        doc.appendChild(new DocumentType("html", "", ""));
        Element html = doc.appendElement("html").attr("lang", lang);
        Element head = html.appendElement("head");
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text((suppression ? "" : Disclosure.NOT_FOR_PUBLICATION + ": ") + o.title());
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(CSS));
        Element body = html.appendElement("body");
        body.appendElement("a").addClass("skip-link").attr("href", "#main").text("Skip to main content");
        cover(body, o, suppression);
        contents(body, o);
        Element main = body.appendElement("main").id("main").attr("tabindex", "-1");
        Blocks blocks = new Blocks();
        if (!o.contents().isEmpty()) {
            Element about = main.appendElement("section").addClass("section").attr("aria-labelledby", "about");
            blocks.section(about, "about", "About this report", o.contents());
        }
        for (Outline.Part p : o.sections()) {
            Element s = main.appendElement("section").addClass("section").attr("aria-labelledby", anchor(p.id()));
            blocks.section(s, anchor(p.id()), p.title(), p.blocks());
        }
        Element footer = body.appendElement("footer").addClass("footer");
        Element inner = footer.appendElement("div").addClass("width");
        if (!suppression) {
            inner.appendElement("p").addClass("warning-text").text(Disclosure.NOT_FOR_PUBLICATION
                    + ": small numbers are not hidden in full in this working copy.");
        }
        if (o.cover().notes().size() > 1) {
            inner.appendElement("p").text(o.cover().notes().get(o.cover().notes().size() - 1));
        }
        inner.appendElement("p").appendElement("a").attr("href", "#top").text("Back to top");
        return doc;
    }

    static String anchor(String sectionId) {
        return "section-" + sectionId.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static void cover(Element body, Outline o, boolean suppression) {
        Outline.Cover c = o.cover();
        Element header = body.appendElement("header").addClass("cover").id("top");
        Element inner = header.appendElement("div").addClass("width");
        if (!suppression) {
            Element banner = inner.appendElement("div").addClass("warning-banner");
            banner.appendElement("strong").text(Disclosure.NOT_FOR_PUBLICATION);
            banner.appendText(": a working copy with small-number suppression turned off or weakened (a threshold"
                    + " under 5). It shows small figures and must not be published or shared beyond those entitled"
                    + " to see the underlying records.");
        }
        inner.appendElement("p").addClass("organisation").text(c.organisation());
        Element h1 = inner.appendElement("h1");
        h1.appendText(c.heading());
        h1.appendElement("span").addClass("subject").text(c.subject());
        if (c.audience() != null) {
            inner.appendElement("p").addClass("lead").text(c.audience());
        }
        Element facts = inner.appendElement("dl").addClass("facts");
        for (Outline.Fact f : c.facts()) {
            Element row = facts.appendElement("div");
            row.appendElement("dt").text(f.label());
            row.appendElement("dd").text(f.value());
        }
        if (!c.notes().isEmpty()) {
            inner.appendElement("p").addClass("cover-note").text(c.notes().get(0));
        }
    }

    private static void contents(Element body, Outline o) {
        Element nav = body.appendElement("nav").addClass("contents").attr("aria-labelledby", "contents-title");
        Element inner = nav.appendElement("div").addClass("width");
        inner.appendElement("h2").id("contents-title").text("Contents");
        Element list = inner.appendElement("ol");
        if (!o.contents().isEmpty()) {
            list.appendElement("li").appendElement("a").attr("href", "#about").text("About this report");
        }
        for (Outline.Part p : o.sections()) {
            list.appendElement("li").appendElement("a").attr("href", "#" + anchor(p.id())).text(p.title());
        }
    }

    /** The blocks of one section, numbering ids across the page. */
    private static final class Blocks {
        private int headingLevel;
        private int ids;

        void section(Element s, String id, String title, List<Outline.Block> blocks) {
            Element inner = s.appendElement("div").addClass("width");
            inner.appendElement("h2").id(id).text(title);
            headingLevel = 2;
            for (Outline.Block b : blocks) {
                if (b instanceof Outline.Heading h && h.text().equals(title)) {
                    continue; // the PDF's contents page heads its "About this report" part; here it is the section
                }
                block(inner, b);
            }
        }

        private void block(Element parent, Outline.Block b) {
            if (b instanceof Outline.Heading h) {
                // Section titles are h2 under the page's h1; a level is never skipped.
                int level = Math.min(h.level() + 1, headingLevel + 1);
                headingLevel = level;
                parent.appendElement("h" + level).text(h.text());
            } else if (b instanceof Outline.Text t) {
                parent.appendElement("p").addClass(t.note() ? "note" : "body").text(t.text());
            } else if (b instanceof Outline.Bullets l) {
                Element ul = parent.appendElement("ul").addClass("bullets");
                for (String item : l.items()) {
                    ul.appendElement("li").text(item);
                }
            } else if (b instanceof Outline.Table t) {
                table(parent, t, "Table " + t.number() + ". ", t.caption());
            } else if (b instanceof Outline.Figure f) {
                figure(parent, f);
            } else if (b instanceof Outline.Tiles t) {
                tiles(parent, t);
            }
        }

        private void tiles(Element parent, Outline.Tiles t) {
            Element ul = parent.appendElement("ul").addClass("tiles");
            for (Outline.Tile tile : t.tiles()) {
                Element li = ul.appendElement("li").addClass("tile");
                li.appendElement("p").addClass("tile-label").text(tile.label());
                Element value = li.appendElement("p").addClass("tile-value");
                figure(value, tile.value());
                if (tile.unit() != null) {
                    value.appendText(" ");
                    value.appendElement("span").addClass("tile-unit").text(tile.unit());
                }
                for (String line : tile.lines()) {
                    li.appendElement("p").addClass("tile-line").text(line);
                }
            }
        }

        private void table(Element parent, Outline.Table t, String label, String caption) {
            String id = "table-" + (++ids);
            Element wrap = parent.appendElement("div").addClass("table-wrap").attr("role", "region")
                    .attr("aria-labelledby", id).attr("tabindex", "0");
            Element table = wrap.appendElement("table");
            Element cap = table.appendElement("caption").id(id);
            if (!label.isEmpty()) {
                cap.appendElement("span").addClass("caption-number").text(label);
            }
            cap.appendText(caption);
            int columns = t.columns();
            List<Outline.Row> rows = t.rows();
            if (t.headerRows() > 0) {
                Element thead = table.appendElement("thead");
                for (int r = 0; r < Math.min(t.headerRows(), rows.size()); r++) {
                    Element tr = thead.appendElement("tr");
                    for (Outline.Cell c : rows.get(r).cells()) {
                        if (c.text().isEmpty() && c.colspan() == 1) {
                            tr.appendElement("td").addClass("blank");
                            continue;
                        }
                        Element th = tr.appendElement("th").attr("scope", c.colspan() > 1 ? "colgroup" : "col");
                        cell(th, c);
                    }
                }
            }
            Element tbody = null;
            for (int r = t.headerRows(); r < rows.size(); r++) {
                Outline.Row row = rows.get(r);
                if (row.band(columns)) {
                    tbody = table.appendElement("tbody");
                    Element th = tbody.appendElement("tr").addClass("band").appendElement("th")
                            .attr("scope", "rowgroup").attr("colspan", String.valueOf(columns));
                    cell(th, row.cells().get(0));
                    continue;
                }
                if (tbody == null) {
                    tbody = table.appendElement("tbody");
                }
                Element tr = tbody.appendElement("tr");
                List<Outline.Cell> cells = row.cells();
                for (int k = 0; k < cells.size(); k++) {
                    Outline.Cell c = cells.get(k);
                    boolean rowHeader = k == 0 && columns > 1 && !c.text().isEmpty();
                    Element cell = rowHeader ? tr.appendElement("th").attr("scope", "row") : tr.appendElement("td");
                    cell(cell, c);
                }
            }
            for (String n : t.notes()) {
                parent.appendElement("p").addClass("note").text(n);
            }
        }

        private static void cell(Element e, Outline.Cell c) {
            if (c.number()) {
                e.addClass("num");
            }
            if (c.colspan() > 1) {
                e.attr("colspan", String.valueOf(c.colspan()));
            }
            if (c.rowspan() > 1) {
                e.attr("rowspan", String.valueOf(c.rowspan()));
            }
            if (c.indent()) {
                e.addClass("indent");
            }
            figure(e, c.text());
        }

        /** A figure's text; the mask is spoken as words, not as "star". */
        private static void figure(Element e, String text) {
            if (text.equals(Disclosure.MASK)) {
                e.appendElement("span").attr("aria-hidden", "true").text(Disclosure.MASK);
                e.appendElement("span").addClass("visually-hidden").text(SUPPRESSED);
            } else if (text.startsWith(Disclosure.MASK + " / ")) {
                // A hidden number over the denominator the publication shows: "suppressed: small number, of 57".
                e.appendElement("span").attr("aria-hidden", "true").text(text);
                e.appendElement("span").addClass("visually-hidden")
                        .text(SUPPRESSED + ", of " + text.substring((Disclosure.MASK + " / ").length()));
            } else {
                e.appendText(text);
            }
        }

        private void figure(Element parent, Outline.Figure f) {
            String id = "figure-" + f.number();
            Element figure = parent.appendElement("figure").addClass("chart").attr("aria-labelledby", id + "-caption");
            Element caption = figure.appendElement("figcaption").id(id + "-caption");
            caption.appendElement("span").addClass("caption-number").text("Figure " + f.number() + ". ");
            caption.appendText(f.caption());
            Element body = figure.appendElement("div").addClass("chart-body");
            if (f.svg() != null) {
                Element drawing = body.appendElement("div").addClass("chart-drawing");
                Document svgDoc = Jsoup.parse(f.svg(), "", Parser.xmlParser());
                Element svg = svgDoc.selectFirst("svg");
                if (svg != null) {
                    svg.removeAttr("xmlns:jfreesvg");
                    svg.attr("role", "img").attr("aria-labelledby", id + "-title").attr("focusable", "false");
                    svg.prependElement("title").id(id + "-title").text(f.caption() + ". " + f.summary());
                    drawing.appendChild(svg);
                }
            }
            if (f.figures() != null) {
                Element side = body.appendElement("div").addClass("chart-figures");
                table(side, f.figures(), "", "The figures in figure " + f.number());
            }
            figure.appendElement("p").addClass("summary").text(f.summary());
            for (String n : f.notes()) {
                figure.appendElement("p").addClass("note").text(n);
            }
        }
    }

    private static String css() {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the engine's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
