package org.recoveryoutcomes.engine.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.ReportTemplate;
import org.recoveryoutcomes.engine.model.Section;
import org.recoveryoutcomes.engine.model.SectionKind;
import org.recoveryoutcomes.engine.render.Disclosure;
import org.recoveryoutcomes.engine.render.Findings;
import org.recoveryoutcomes.engine.render.Formats;
import org.recoveryoutcomes.engine.render.Outline;
import org.recoveryoutcomes.engine.render.RenderOptions;
import org.recoveryoutcomes.engine.render.ReportContent;
import org.recoveryoutcomes.engine.render.Suppression;

/**
 * One rendering pass of the PDF report: cover, contents, the template's sections, then any appendix the
 * template leaves out. The first pass learns the page count and where each section starts; the second prints
 * them in the contents and the footers. Both passes lay out identically, because nothing on the page depends on
 * those numbers' widths.
 */
final class ReportRenderer {

    /** The organisation named on the cover: the model carries no commissioner for a group. */
    static final String ORGANISATION = "Recovery Outcomes";
    static final String AUTHOR = "Recovery Outcomes";

    /** What the first pass learnt: total pages and the page each section starts on. */
    record Pagination(int pages, Map<String, Integer> sectionPages) {
    }

    final ReportContent content;
    final MetricsResult metrics;
    final RenderOptions options;
    final ReportTemplate template;
    final GroupResult subject;
    final List<GroupResult> groups;
    final Suppression mask;
    final Findings findings;
    private final Pagination known;
    /** Records the blocks laid out, for a flowing format (HTML); {@code null} when only the PDF is wanted. */
    private final Outline.Builder outline;

    PdfFonts fonts;
    Theme theme;
    Flow flow;
    PdfWriter writer;
    private PdfStructureElement root;
    private final Map<String, Integer> sectionPages = new LinkedHashMap<>();
    private int figures;
    private int tables;
    private int notes;

    ReportRenderer(ReportContent content, Pagination known) {
        this(content, known, null);
    }

    ReportRenderer(ReportContent content, Pagination known, Outline.Builder outline) {
        this.outline = outline;
        this.content = content;
        this.metrics = content.metrics();
        this.options = content.options();
        this.template = content.template();
        this.subject = subjectOf(content);
        this.groups = Words.ordered(content.groups());
        this.mask = content.suppression();
        this.findings = new Findings(metrics, options, mask);
        this.known = known;
    }

    /** The focus group or all; the first group when the figures have no {@code all}. */
    private static GroupResult subjectOf(ReportContent content) {
        GroupResult g = content.subject();
        if (g != null) {
            return g;
        }
        if (content.metrics().groups().isEmpty()) {
            throw new IllegalArgumentException("the figures have no groups, so there is no report to write");
        }
        return content.metrics().groups().get(0);
    }

    /** The sections printed: the template's, plus data quality and methodology when the template has none. */
    List<Section> sections() {
        List<Section> out = new ArrayList<>(template.sections());
        boolean dataQuality = out.stream().anyMatch(s -> s.kind() == SectionKind.DATA_QUALITY);
        boolean methodology = out.stream().anyMatch(s -> s.kind() == SectionKind.METHODOLOGY);
        if (!dataQuality) {
            out.add(new Section("data_quality", "Data quality", SectionKind.DATA_QUALITY, List.of(), null));
        }
        if (!methodology) {
            out.add(new Section("methodology", "Methodology", SectionKind.METHODOLOGY, List.of(), null));
        }
        return out;
    }

    Pagination render(OutputStream out) throws IOException {
        fonts = new PdfFonts(options.documentId());
        theme = new Theme(fonts);
        Document document = new Document(Flow.PAGE, Flow.LEFT, Flow.MARGIN, Flow.PAGE.getHeight() - Flow.TOP,
                Flow.BOTTOM);
        try {
            writer = PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new IOException("cannot start the PDF", e);
        }
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setTagged();
        // Tab through annotations in structure order, as PDF/UA asks of tagged documents.
        writer.setTabs(PdfName.S);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, com.lowagie.text.pdf.PdfBoolean.PDFTRUE);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-GB"));
        writer.setPageEvent(new PageDecorator(this, known == null ? null : known.pages()));
        document.addTitle(title());
        document.addSubject(subject.name() + ", " + metrics.period().label());
        document.addAuthor(options.organisation() == null ? AUTHOR : options.organisation());
        document.addCreator(metrics.engine().name() + " " + metrics.engine().version());
        document.addKeywords(keywords());
        document.open();
        flow = new Flow(document, writer);
        root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
        root.put(PdfName.LANG, new PdfString("en-GB"));

        if (outline != null) {
            outline.title(title());
        }
        cover();
        flow.newPage();
        contents();
        SectionRenderer sections = new SectionRenderer(this);
        for (Section s : sections()) {
            // Each section starts a page, unless the last one was short and most of its page is still free.
            if (flow.room() > 0.55f * (Flow.TOP - Flow.BOTTOM) && !sectionPages.isEmpty()) {
                flow.gap(26);
            } else {
                flow.newPage();
            }
            sectionPages.put(s.id(), flow.page());
            if (outline != null) {
                outline.section(s.id(), s.title());
            }
            PdfStructureElement sect = Flow.tag(root, PdfName.SECT);
            heading1(s.title(), sect, s.id());
            sections.render(s, sect);
        }
        int pages = flow.page();
        fixInfo();
        writer.setXmpMetadata(Xmp.packet(title(), subject.name() + ", " + metrics.period().label(), AUTHOR,
                keywords(), metrics.engine().name() + " " + metrics.engine().version(),
                metrics.engine().name() + " " + metrics.engine().version() + " with OpenPDF", options.reportDate()));
        document.close();
        return new Pagination(pages, Map.copyOf(sectionPages));
    }

    /** The Document element every tagged block hangs from. */
    PdfStructureElement structureRoot() {
        return root;
    }

    String title() {
        return template.title() + ": " + subject.name();
    }

    private String keywords() {
        List<String> words = new ArrayList<>(List.of("recovery outcomes", template.id(), metrics.period().label(),
                "Treatment Outcomes Profile"));
        if (options.notForPublication()) {
            words.add(Disclosure.NOT_FOR_PUBLICATION);
        }
        return String.join(", ", words);
    }

    /**
     * Dates and the document id come from the options, never the clock: creation and modification are the
     * report date (midnight UTC); the /ID pair is the document id's bytes (hex), or the first 16 bytes of its
     * SHA-256 when it is not hex. OpenPDF writes /ID from the info dictionary's /FileID entry when present.
     */
    private void fixInfo() {
        PdfDictionary info = writer.getInfo();
        GregorianCalendar day = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        day.clear();
        day.set(options.reportDate().getYear(), options.reportDate().getMonthValue() - 1,
                options.reportDate().getDayOfMonth(), 0, 0, 0);
        info.put(PdfName.CREATIONDATE, new PdfDate(day));
        info.put(PdfName.MODDATE, new PdfDate(day));
        info.put(PdfName.PRODUCER, new PdfString(metrics.engine().name() + " " + metrics.engine().version()
                + " with OpenPDF"));
        byte[] id = documentIdBytes(options.documentId());
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    static byte[] documentIdBytes(String documentId) {
        String hex = documentId.trim();
        if (!hex.isEmpty() && hex.length() % 2 == 0 && hex.matches("[0-9a-fA-F]+")) {
            byte[] out = new byte[Math.min(hex.length() / 2, 32)];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
            }
            return out;
        }
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(documentId.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[16];
            System.arraycopy(sha, 0, out, 0, 16);
            return out;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    // ---------------------------------------------------------------------------------------------- cover

    private void cover() {
        PdfContentByte cb = flow.cb;
        float top = Flow.PAGE.getHeight();
        float bandBottom = top - 330;
        flow.artifact(() -> {
            cb.saveState();
            cb.setColorFill(Theme.ACCENT);
            cb.rectangle(0, bandBottom, Flow.PAGE.getWidth(), top - bandBottom);
            cb.fill();
            cb.setColorFill(Theme.ACCENT_LIGHT);
            cb.rectangle(0, bandBottom - 6, Flow.PAGE.getWidth(), 6);
            cb.fill();
            cb.restoreState();
        });
        float left = Flow.LEFT;
        float right = Flow.RIGHT;
        logo(cb, right, top - 40);
        flow.y(top - 86);
        flow.write(new Paragraph(12, organisation().toUpperCase(Locale.ROOT), theme.whiteBold),
                Flow.tag(root, PdfName.P), left, right);
        flow.y(top - 150);
        Paragraph title = new Paragraph(34, template.title(), theme.font(true, 28f, java.awt.Color.WHITE));
        flow.write(title, Flow.tag(root, PdfName.H1), left, right);
        flow.y(flow.y() - 14);
        Paragraph subjectLine = new Paragraph(22, subject.name(), theme.font(false, 17f, java.awt.Color.WHITE));
        flow.write(subjectLine, Flow.tag(root, PdfName.P), left, right);
        if (template.audience() != null) {
            flow.y(Math.min(flow.y() - 16, bandBottom + 70));
            flow.write(new Paragraph(13, template.audience(), theme.font(false, 9.5f, new java.awt.Color(0xDD, 0xEB,
                    0xEF))), Flow.tag(root, PdfName.P), left, right - 60);
        }

        flow.y(bandBottom - 50);
        List<Outline.Fact> recorded = new ArrayList<>();
        String[][] facts = {
            {"Reporting period", Formats.period(metrics.period())},
            {"Outcome period", Formats.period(metrics.outcomePeriod())},
            {"Data as at", metrics.dataDate() == null ? "not known" : Formats.date(metrics.dataDate())},
            {"Report date", Formats.date(options.reportDate())},
            {"Area or project", subject.name() + levelNote(subject)},
            {"Organisation", organisation()},
        };
        PdfStructureElement list = Flow.tag(root, PdfName.TABLE);
        for (String[] fact : facts) {
            recorded.add(new Outline.Fact(fact[0], fact[1]));
            PdfStructureElement tr = Flow.tag(list, Flow.TR);
            float y = flow.y();
            PdfStructureElement th = Flow.tag(tr, PdfName.TH);
            PdfDictionary scope = new PdfDictionary();
            scope.put(Flow.O, Flow.ATTRIBUTE_OWNER_TABLE);
            scope.put(Flow.SCOPE, Flow.ROW);
            th.put(Flow.A, scope);
            flow.write(new Paragraph(12, fact[0], theme.coverLabel), th, left, left + 130);
            float afterLabel = flow.y();
            flow.y(y);
            flow.write(new Paragraph(14, fact[1], theme.coverValue), Flow.tag(tr, PdfName.TD), left + 130, right);
            flow.y(Math.min(afterLabel, flow.y()) - 9);
        }
        flow.artifact(() -> {
            cb.saveState();
            cb.setColorStroke(Theme.RULE);
            cb.setLineWidth(0.6f);
            cb.moveTo(left, flow.y() - 4);
            cb.lineTo(right, flow.y() - 4);
            cb.stroke();
            cb.restoreState();
        });
        flow.y(flow.y() - 22);
        dataQualityBanner(root, left, right);
        String about = options.suppression()
                ? "Figures based on small numbers are hidden to protect confidentiality (shown as *). Every "
                + "figure is given with its 95% confidence interval where one applies."
                : "WORKING COPY, NOT FOR PUBLICATION: small numbers are not hidden in this copy, which must not be "
                + "published or shared beyond those entitled to see the underlying records.";
        flow.write(new Paragraph(12, about, theme.note), Flow.tag(root, PdfName.P), left, right);
        flow.y(flow.y() - 6);
        String engine = "Produced by " + metrics.engine().name() + " " + metrics.engine().version()
                + " from " + metrics.inputs().size() + " input file" + (metrics.inputs().size() == 1 ? "" : "s")
                + " (their SHA-256 fingerprints are listed in the methodology). Document id " + options.documentId()
                + ".";
        flow.write(new Paragraph(12, engine, theme.note), Flow.tag(root, PdfName.P), left, right);
        if (outline != null) {
            outline.cover(new Outline.Cover(ORGANISATION, template.title(), subject.name(), template.audience(),
                    recorded, List.of(about, engine)));
        }
    }

    /**
     * The organisation's logo, when the settings name one, at most 140 × 56 points with its top right corner at
     * ({@code right}, {@code top}). Decorative (the organisation's name is printed beside it), so an artifact.
     */
    private void logo(PdfContentByte cb, float right, float top) {
        if (options.logo() == null) {
            return;
        }
        com.lowagie.text.Image image;
        try {
            image = com.lowagie.text.Image.getInstance(java.nio.file.Files.readAllBytes(options.logo()));
        } catch (java.io.IOException | RuntimeException e) {
            throw new org.recoveryoutcomes.engine.model.ReportException(
                    org.recoveryoutcomes.engine.model.ReportException.Kind.CONFIG, "organisation_logo: "
                    + options.logo() + " cannot be read as a PNG or JPEG image (" + e.getMessage() + ")", e);
        }
        image.scaleToFit(140, 56);
        image.setAbsolutePosition(right - image.getScaledWidth(), top - image.getScaledHeight());
        flow.artifact(() -> {
            try {
                cb.addImage(image);
            } catch (com.lowagie.text.DocumentException e) {
                throw new IllegalStateException("the logo cannot be placed: " + e.getMessage(), e);
            }
        });
    }

    /** The organisation the report is by: its own name from the settings, else the engine's. */
    String organisation() {
        return options.organisation() == null ? ORGANISATION : options.organisation();
    }

    /**
     * The data-quality banner, on the cover and above the summary, when the user chose to go on with rejected rows
     * or a partial period: readers must not take the figures at face value.
     */
    private void dataQualityBanner(PdfStructureElement parent, float left, float right) {
        if (options.dataQuality().isEmpty()) {
            return;
        }
        flow.write(new Paragraph(13, bannerText(), theme.font(true, 9.5f, Theme.WARNING)), Flow.tag(parent, PdfName.P),
                left, right);
        flow.y(flow.y() - 8);
    }

    private String bannerText() {
        return "DATA-QUALITY WARNING: " + String.join("; ", options.dataQuality())
                + ". The figures rest on the data accepted and may understate the work done.";
    }

    private static String levelNote(GroupResult g) {
        return switch (g.level()) {
            case ALL -> "";
            case BOROUGH -> " (borough)";
            case PROJECT -> g.borough() == null ? " (project)" : " (project in " + g.borough() + ")";
        };
    }

    // ---------------------------------------------------------------------------------------------- contents

    private void contents() {
        PdfStructureElement sect = Flow.tag(root, PdfName.SECT);
        heading1("Contents", sect, null);
        PdfStructureElement toc = Flow.tag(sect, PdfName.TOC);
        for (Section s : sections()) {
            Integer page = known == null ? null : known.sectionPages().get(s.id());
            Paragraph p = new Paragraph(22, "", theme.link);
            p.add(new Chunk(s.title(), theme.link));
            p.add(new Chunk(" ", theme.link));
            DottedLineSeparator dots = new DottedLineSeparator();
            dots.setGap(3f);
            dots.setLineColor(Theme.MID);
            dots.setOffset(-2f);
            Chunk leader = new Chunk(dots);
            // A separator's placeholder character is set in the chunk's font: never let it default to Helvetica.
            leader.setFont(theme.link);
            p.add(leader);
            p.add(new Chunk(" " + (page == null ? "00" : page.toString()), theme.link));
            PdfStructureElement link = Flow.tag(Flow.tag(toc, PdfName.TOCI), PdfName.LINK);
            float top = flow.y();
            flow.write(p, link, Flow.LEFT, Flow.RIGHT);
            // One link for the whole line, title to page number.
            flow.link(link, "section-" + s.id(), s.title() + (page == null ? "" : ", page " + page), top,
                    flow.y());
        }
        flow.gap(18);
        heading2("About this report", sect);
        if (!options.dataQuality().isEmpty()) {
            paragraph(new Paragraph(13.5f, bannerText(), theme.font(true, 9.5f, Theme.WARNING)), sect);
        }
        paragraph(template.audience() == null ? template.title() : template.audience(), sect);
        paragraph("Engagement figures cover " + Formats.period(metrics.period()) + ". Outcome and completion "
                + "figures cover " + Formats.period(metrics.outcomePeriod()) + ", so that they rest on enough "
                + "people to mean something. The data were complete to "
                + (metrics.dataDate() == null ? "an unknown date" : Formats.date(metrics.dataDate())) + ".", sect);
        paragraph("Percentages are given with their 95% confidence interval (CI): the range within which the true "
                + "figure very probably lies, given the number of people it rests on. Where two intervals overlap "
                + "a lot, the difference between the figures may be chance. A change or a difference is called "
                + "significant only when the statistics show it at the 5% level; an arrow marks a significant "
                + "change since the previous period.", sect);
        if (options.suppression()) {
            paragraph(Disclosure.FOOTNOTE + " Zero is shown.", sect);
        } else {
            paragraph(Disclosure.NOT_FOR_PUBLICATION + ": this working copy was made with small-number "
                    + "suppression turned off. It shows every figure, however small, and must not be published.",
                    sect);
        }
    }

    // ---------------------------------------------------------------------------------------------- blocks

    void heading1(String text, PdfStructureElement parent, String anchor) {
        Paragraph p = new Paragraph(24);
        Chunk c = new Chunk(text, theme.h1);
        if (anchor != null) {
            c.setLocalDestination("section-" + anchor);
        }
        p.add(c);
        float before = flow.y();
        flow.text(p, parent, PdfName.H1);
        if (anchor != null) {
            new PdfOutline(writer.getRootOutline(), new PdfDestination(PdfDestination.FITH, before + 4), text,
                    false);
        }
        float y = flow.y() - 10;
        flow.artifact(() -> {
            PdfContentByte cb = flow.cb;
            cb.saveState();
            cb.setColorFill(Theme.ACCENT);
            cb.rectangle(Flow.LEFT, y, 42, 2.5f);
            cb.fill();
            cb.restoreState();
        });
        flow.y(y - 12);
    }

    /** A second-level heading, kept with at least {@code keep} points of what follows. */
    void heading2(String text, PdfStructureElement parent, float keep) {
        record(new Outline.Heading(2, text));
        Paragraph p = new Paragraph(16, text, theme.h2);
        flow.ensure(flow.height(p) + keep);
        if (!flow.atTop()) {
            flow.gap(6);
        }
        flow.text(p, parent, PdfName.H2);
        flow.gap(5);
    }

    void heading2(String text, PdfStructureElement parent) {
        heading2(text, parent, 60);
    }

    void heading3(String text, PdfStructureElement parent, float keep) {
        record(new Outline.Heading(3, text));
        Paragraph p = new Paragraph(13, text, theme.h3);
        flow.ensure(flow.height(p) + keep);
        flow.text(p, parent, PdfName.H3);
        flow.gap(3);
    }

    void paragraph(String text, PdfStructureElement parent) {
        paragraph(new Paragraph(13.5f, text, theme.body), parent);
    }

    void paragraph(Paragraph p, PdfStructureElement parent) {
        record(new Outline.Text(p.getContent(), false));
        flow.text(p, parent, PdfName.P);
        flow.gap(6);
    }

    void note(String text, PdfStructureElement parent) {
        record(new Outline.Text(text, true));
        pdfNote(text, parent);
    }

    private void pdfNote(String text, PdfStructureElement parent) {
        PdfStructureElement note = flow.text(new Paragraph(10, text, theme.note), parent, PdfName.NOTE);
        // PDF/UA: every Note has a unique ID.
        note.put(PdfName.ID, new PdfString("note-" + (++notes)));
        flow.gap(2);
    }

    void bullets(List<String> items, PdfStructureElement parent) {
        record(new Outline.Bullets(items));
        PdfStructureElement list = Flow.tag(parent, PdfName.L);
        for (String item : items) {
            Paragraph p = new Paragraph(13.5f);
            p.setIndentationLeft(14);
            p.setFirstLineIndent(-11);
            p.add(new Chunk("\u2022", theme.font(true, 9.5f, Theme.ACCENT)));
            p.add(new Chunk("  " + item, theme.body));
            PdfStructureElement li = Flow.tag(list, PdfName.LI);
            flow.text(p, li, PdfName.LBODY);
            flow.gap(5);
        }
    }

    /** A numbered caption above a table, the table, then its notes. */
    void table(PdfPTable t, String caption, List<String> notes, PdfStructureElement parent) {
        tables++;
        if (outline != null) {
            outline.add(Transcribe.table(tables, caption, t, notes));
        }
        Paragraph c = new Paragraph(12);
        c.add(new Chunk("Table " + tables + ". ", theme.caption));
        c.add(new Chunk(caption, theme.font(false, 9f, Theme.INK)));
        t.setTotalWidth(Flow.WIDTH);
        t.setLockedWidth(true);
        float firstRows = t.getHeaderHeight();
        for (int r = t.getHeaderRows(); r < Math.min(t.size(), t.getHeaderRows() + 2); r++) {
            firstRows += t.getRowHeight(r);
        }
        float whole = t.getTotalHeight();
        float captionHeight = flow.height(c) + 4;
        flow.ensure(captionHeight + (whole <= Flow.KEEP_TOGETHER ? whole : firstRows));
        flow.text(c, parent, PdfName.CAPTION);
        flow.gap(4);
        flow.table(t, parent, caption);
        flow.gap(4);
        for (String n : notes) {
            pdfNote(n, parent); // recorded with the table
        }
        flow.gap(10);
    }

    /**
     * A chart drawn as vector graphics, with a numbered caption above and a one-line text summary below for
     * readers who cannot see it (also its alternative text), then notes such as points left out.
     */
    void chart(Charts.Drawn drawn, float height, String caption, String summary, List<String> notes,
               PdfStructureElement parent) {
        figures++;
        JFreeChart chart = drawn.chart();
        if (outline != null) {
            outline.add(new Outline.Figure(figures, caption, summary, Transcribe.svg(chart, Flow.WIDTH, height,
                    "figure-" + figures + "-"), drawn.figures(), notes));
        }
        Paragraph c = new Paragraph(12);
        c.add(new Chunk("Figure " + figures + ". ", theme.caption));
        c.add(new Chunk(caption, theme.font(false, 9f, Theme.INK)));
        float width = Flow.WIDTH;
        flow.ensure(flow.height(c) + 4 + height + 30);
        flow.text(c, parent, PdfName.CAPTION);
        flow.gap(4);
        PdfTemplate drawing = flow.cb.createTemplate(width, height);
        Graphics2D g2 = drawing.createGraphics(width, height, fonts.mapper());
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        g2.dispose();
        flow.figure(drawing, width, height, caption + ". " + summary, parent);
        flow.gap(4);
        flow.text(new Paragraph(12, summary, theme.font(false, 8.5f, Theme.INK)), parent, PdfName.P);
        flow.gap(2);
        for (String n : notes) {
            pdfNote(n, parent); // recorded with the figure
        }
        flow.gap(12);
    }

    /** The headline boxes, for the outline: the PDF lays them out itself. */
    void tiles(List<Outline.Tile> tiles) {
        record(new Outline.Tiles(tiles));
    }

    private void record(Outline.Block b) {
        if (outline != null) {
            outline.add(b);
        }
    }

    /** What a change metric is measured on, as its words declare: a 0–20 score unless they say days of use. */
    org.recoveryoutcomes.engine.model.MetricWords.Scale scaleOf(String metricId) {
        var d = metrics.definition(metricId);
        return d != null && d.words() instanceof org.recoveryoutcomes.engine.model.MetricWords.Change c ? c.scale()
                : org.recoveryoutcomes.engine.model.MetricWords.Scale.SCORE_0_20;
    }

    boolean isAll(GroupResult g) {
        return g.level() == GroupLevel.ALL;
    }

    /** Font for text that lies in the header band; used by the page decorator. */
    Font headerFont() {
        return theme.note;
    }

    Phrase phrase(String text, Font font) {
        return new Phrase(text, font);
    }

    static int align(boolean number) {
        return number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
    }
}
