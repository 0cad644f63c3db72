package org.recoveryoutcomes.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.recoveryoutcomes.engine.model.ReportException;

/** The exit codes of every {@code outcomes} command, listed in {@code --help}. */
final class ExitCodes {

    static final int OK = 0;
    static final int USAGE = 2;
    static final int INVALID_DATA = 3;
    static final int CONFIG = 4;
    static final int OUTPUT = 5;
    static final int INTERNAL = 70;

    /** The list shown under "Exit codes:" in every command's help. */
    static final Map<String, String> HELP = help();

    private static Map<String, String> help() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(" 0", "Success.");
        m.put(" 2", "Bad usage: an unknown option or a missing or malformed argument.");
        m.put(" 3", "Invalid input data: a required file or column is missing or unreadable, identifiers are "
                + "present, or (validate) rows were rejected.");
        m.put(" 4", "Bad configuration: template, settings, mapping or period.");
        m.put(" 5", "An output could not be written, or (verify) the output folder's files do not match its "
                + "manifest.");
        m.put("70", "Internal error: please report it, with the output of --stacktrace.");
        return Collections.unmodifiableMap(m);
    }

    private ExitCodes() {
    }

    static int of(ReportException.Kind kind) {
        return switch (kind) {
            case INPUT -> INVALID_DATA;
            case CONFIG -> CONFIG;
            case OUTPUT -> OUTPUT;
            case INTERNAL -> INTERNAL;
        };
    }
}
