package org.recoveryoutcomes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.recoveryoutcomes.engine.api.ReportRequest;
import picocli.CommandLine.Option;

/** Where the data is and how to read it. */
final class InputOptions {

    @Option(names = {"-d", "--data"}, paramLabel = "DIR",
            description = "Data directory holding projects, contacts, clients, top, episodes and volunteers files "
                + "(CSV, XLSX or JSON). Default: the bundled sample data.")
    Path data;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "Column mapping file for a case-management system's export. Default: mapping.json in the "
                + "data directory, if there is one.")
    Path mapping;

    @Option(names = "--allow-identifiers",
            description = "Go on even when a column is named like a direct identifier (name, NHS number, date of "
                + "birth, address, postcode). Only for columns you know hold no personal data.")
    boolean allowIdentifiers;

    @Option(names = "--strict", description = "Treat warnings as errors: rows with warnings are rejected too.")
    boolean strict;

    /** Sets the data options on {@code b}, unpacking the bundled sample data when no directory was given. */
    ReportRequest.Builder apply(ReportRequest.Builder b, PrintWriter out, boolean quiet) {
        Path dir = data;
        if (dir == null) {
            dir = BundledSample.unpack();
            if (!quiet) {
                out.println("Using the bundled sample data (synthetic). Give --data DIR for your own.");
            }
        }
        return b.dataDir(dir).mappingFile(mapping).allowIdentifiers(allowIdentifiers).strict(strict);
    }
}
