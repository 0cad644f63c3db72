package org.recoveryoutcomes.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.recoveryoutcomes.engine.api.ReportRequest;
import org.recoveryoutcomes.engine.model.ReportException;
import picocli.CommandLine.Option;

/** Where the data is and how to read it. */
final class InputOptions {

    private static final java.time.format.DateTimeFormatter UK_DATE = java.time.format.DateTimeFormatter
            .ofPattern("d/M/uuuu", java.util.Locale.ROOT).withResolverStyle(java.time.format.ResolverStyle.STRICT);

    @Option(names = {"-d", "--data"}, paramLabel = "DIR",
            description = "Data directory holding projects, contacts, clients, top, episodes and volunteers files "
                + "(CSV, XLSX or JSON). Default: the bundled sample data.")
    Path data;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "Column mapping file for a case-management system's export. Default: mapping.json in the "
                + "data directory, if there is one.")
    Path mapping;

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "Character encoding of the CSV and JSON files, e.g. windows-1252 for Excel's plain "
                + "\"CSV (Comma delimited)\". Default: UTF-8, with or without a byte order mark.")
    String encoding;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The date the data was extracted (yyyy-MM-dd or dd/MM/yyyy, as in the data): rows dated "
                + "after it are rejected as in the future, and reports say \"Data as at\" this date. Default: no "
                + "such check (dates before 1900 or after 2099 are always rejected); data as at its latest date.")
    String asOf;

    @Option(names = "--allow-identifiers",
            description = "Go on even when a column is named like a direct identifier (name, NHS number, date of "
                + "birth, address, postcode). Only for columns you know hold no personal data.")
    boolean allowIdentifiers;

    @Option(names = "--strict", description = "Treat warnings as errors: rows with warnings are rejected too.")
    boolean strict;

    /**
     * Sets the data options on {@code b}, unpacking the bundled sample data when no directory was given.
     *
     * @throws ReportException of kind CONFIG when the encoding or the date is not understood
     */
    ReportRequest.Builder apply(ReportRequest.Builder b, PrintWriter out, boolean quiet) {
        Charset charset = charset(encoding);
        LocalDate extracted = date(asOf);
        Path dir = data;
        if (dir == null) {
            dir = BundledSample.unpack();
            if (!quiet) {
                out.println("Using the bundled sample data (synthetic). Give --data DIR for your own.");
            }
        }
        return b.dataDir(dir).mappingFile(mapping).allowIdentifiers(allowIdentifiers).strict(strict)
                .encoding(charset).asOf(extracted);
    }

    static Charset charset(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ReportException(ReportException.Kind.CONFIG, "--encoding '" + name + "' is not an encoding "
                    + "Java knows; use e.g. UTF-8, windows-1252, ISO-8859-1 or UTF-16", e);
        }
    }

    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        try {
            // The data's two formats: the separator says which is meant.
            return t.indexOf('/') >= 0 ? LocalDate.parse(t, UK_DATE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new ReportException(ReportException.Kind.CONFIG, "--as-of '" + text + "' is not a date; write "
                    + "it as yyyy-MM-dd or dd/MM/yyyy, e.g. 2026-10-15 or 15/10/2026", e);
        }
    }
}
