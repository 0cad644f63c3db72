package org.recoveryoutcomes.engine.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.model.Wording;
import org.recoveryoutcomes.engine.render.ReportContent;

/**
 * The workbook of a peer-support service names the people it supports in its labels, notes and the template's
 * texts; metric ids and data names stay as they are. A treatment service's workbook is as it always was.
 */
class ServiceTypeWorkbookTest {

    /** The quarterly return and the template of every other kind (equality breakdowns among them), dumped. */
    private static String dump(Wording wording) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (var template : java.util.List.of(Fixture.quarterlyMonitoring(), Fixture.everyOtherKind())) {
            Fixture f = new Fixture().breakdowns();
            ReportContent content = new ReportContent(f.metrics(), template,
                    f.content().options().withWording(wording));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XlsxReportWriter().write(content, out);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                sb.append(WorkbookDump.dump(wb));
            }
        }
        return sb.toString();
    }

    @Test
    void aPeerSupportServicesWorkbookSaysPeopleSupportedButKeepsIdsAndDataNames() throws IOException {
        String peer = dump(Wording.PEER_SUPPORT);

        assertThat(peer).contains("\tSTRING\tPeople supported\t").contains("\tSTRING\tNew people supported\t")
                .doesNotContain("\tSTRING\tClients seen\t").doesNotContain("\tSTRING\tNew clients\t")
                .doesNotContain("\tSTRING\tContacts per client\t")
                .contains("\tSTRING\tclients_seen\t").contains("\tSTRING\tnew_clients\t")
                .contains(WorkbookBuilder.categoryNote(Wording.PEER_SUPPORT))
                .doesNotContain(WorkbookBuilder.CATEGORY_NOTE);
        assertThat(WorkbookBuilder.categoryNote(Wording.PEER_SUPPORT)).startsWith("Categories: the codes of the "
                + "clients file; 'not_recorded' counts people supported with no profile");
    }

    @Test
    void aTreatmentServicesWorkbookIsAsBefore() throws IOException {
        String treatment = dump(Wording.TREATMENT);

        assertThat(treatment).contains("\tSTRING\tClients seen\t").contains(WorkbookBuilder.CATEGORY_NOTE)
                .doesNotContain("people supported").doesNotContain("People supported");
        Fixture f = new Fixture().breakdowns();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        new XlsxReportWriter().write(f.content(), plain);
        ByteArrayOutputStream worded = new ByteArrayOutputStream();
        new XlsxReportWriter().write(new ReportContent(f.metrics(), Fixture.quarterlyMonitoring(),
                f.content().options().withWording(Wording.TREATMENT)), worded);
        assertThat(worded.toByteArray()).isEqualTo(plain.toByteArray());
    }
}
