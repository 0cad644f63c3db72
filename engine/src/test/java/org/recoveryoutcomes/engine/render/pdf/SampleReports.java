package org.recoveryoutcomes.engine.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.recoveryoutcomes.engine.render.RenderOptions;
import org.recoveryoutcomes.engine.render.ReportContent;

/** Renders the fixture with each shipped template, for tests and to look at ({@code main} writes them out). */
final class SampleReports {

    private SampleReports() {
    }

    static byte[] render(String template, boolean suppression, String focus) {
        RenderOptions options = ReportFixture.options(suppression, focus);
        return render(new ReportContent(ReportFixture.metrics(), ReportFixture.template(template), options));
    }

    static byte[] render(ReportContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfReportWriter().write(content, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the sample reports to the directory given (for looking at them as images). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/pdf-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve("quarterly-monitoring.pdf"), render("quarterly-monitoring", true, "project:BAT"));
        Files.write(dir.resolve("borough-comparison.pdf"), render("borough-comparison", true, null));
        Files.write(dir.resolve("impact-evaluation.pdf"), render("impact-evaluation", true, "borough:Ealing"));
        Files.write(dir.resolve("working-copy.pdf"), render("quarterly-monitoring", false, "project:BAT"));
    }
}
