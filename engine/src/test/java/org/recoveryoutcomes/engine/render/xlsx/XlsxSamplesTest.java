package org.recoveryoutcomes.engine.render.xlsx;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check: writes sample workbooks for a person (or scripts/check-xlsx.sh) to look at, only when asked:
 * {@code mvn -pl engine test -Dtest=XlsxSamplesTest -Dxlsx.samples=/tmp/xlsx-samples}.
 */
@EnabledIfSystemProperty(named = "xlsx.samples", matches = ".+")
class XlsxSamplesTest {

    @Test
    void writesSampleWorkbooks() throws Exception {
        Path dir = Path.of(System.getProperty("xlsx.samples"));
        Files.createDirectories(dir);
        Files.write(dir.resolve("quarterly-monitoring.xlsx"), new Fixture().write());
        Files.write(dir.resolve("quarterly-monitoring-unsuppressed.xlsx"), new Fixture().suppression(false).write());
        Files.write(dir.resolve("other-kinds.xlsx"), new Fixture().template(Fixture.everyOtherKind()).write());
        Files.write(dir.resolve("formula-name.xlsx"), new Fixture().eprName("=HYPERLINK(\"http://x\",\"y\")").write());
    }
}
