package org.recoveryoutcomes.engine.render.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.util.LocaleUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.render.Disclosure;
import org.recoveryoutcomes.engine.render.RenderOptions;
import org.recoveryoutcomes.engine.render.ReportContent;
import org.recoveryoutcomes.engine.render.ReportWriter;

/**
 * Renders a report as an Excel workbook (outputs.md, Excel workbook): a tidy table per template section, native
 * charts drawing on the tables' cells, then Definitions, Data quality and About sheets.
 *
 * <p>The same content gives the same bytes: the document's dates are the report date, and every zip entry is
 * stamped with it. The workbook is built in memory with XSSF: it holds aggregate figures only, never a row
 * per record, so it stays small. This class is stateless and safe to share.
 */
public final class XlsxReportWriter implements ReportWriter {

    /** The document's creator, in place of the user name POI would otherwise leave blank. */
    static final String CREATOR = "Recovery Outcomes";

    public XlsxReportWriter() {
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void write(ReportContent content, OutputStream out) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        // POI takes the language of chart text (lang="…") and some date conversions from the thread's
        // "user" locale and time zone, which default to the JVM's: pin them for this write.
        Locale userLocale = LocaleUtil.getUserLocale();
        TimeZone userZone = LocaleUtil.getUserTimeZone();
        LocaleUtil.setUserLocale(content.options().locale());
        LocaleUtil.setUserTimeZone(LocaleUtil.TIMEZONE_UTC);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new WorkbookBuilder(workbook, content).build();
            properties(workbook, content);
            workbook.write(buffer);
        } finally {
            restore(userLocale, userZone);
        }
        FixedZip.rewrite(buffer.toByteArray(), content.options().reportDate().atStartOfDay(), out);
    }

    private static void restore(Locale locale, TimeZone zone) {
        if (locale.equals(Locale.getDefault())) {
            LocaleUtil.resetUserLocale();
        } else {
            LocaleUtil.setUserLocale(locale);
        }
        if (zone.equals(TimeZone.getDefault())) {
            LocaleUtil.resetUserTimeZone();
        } else {
            LocaleUtil.setUserTimeZone(zone);
        }
    }

    private static void properties(XSSFWorkbook workbook, ReportContent content) {
        RenderOptions options = content.options();
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        Date date = Date.from(options.reportDate().atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreator(options.organisation() == null ? CREATOR : options.organisation());
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setLastPrinted(Optional.empty());
        core.setTitle(content.template().title() + ", " + content.metrics().period().label());
        GroupResult subject = content.subject();
        if (subject != null) {
            core.setSubjectProperty(subject.name());
        }
        core.setIdentifier(options.documentId());
        if (options.notForPublication()) {
            core.setContentStatus(Disclosure.NOT_FOR_PUBLICATION);
        }
    }
}
