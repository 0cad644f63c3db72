package org.recoveryoutcomes.engine.render.xlsx;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the standard fixture's workbook to the file named by the first argument: a second JVM's run. */
final class WriteFixture {

    private WriteFixture() {
    }

    public static void main(String[] args) throws Exception {
        Files.write(Path.of(args[0]), new Fixture().write());
    }
}
