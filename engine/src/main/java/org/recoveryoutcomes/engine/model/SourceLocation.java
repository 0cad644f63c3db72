package org.recoveryoutcomes.engine.model;

import java.util.Objects;

/**
 * Where a row came from: the input file's name, the 1-based row number as a spreadsheet numbers it (the header
 * being row 1), and the 1-based line of text where the row starts.
 *
 * <p>Row and line are the same but in a CSV file with a quoted cell holding line breaks: from there on a row
 * starts on a later line than its number, and a user looking in a text editor needs the line, one looking in a
 * spreadsheet the row. {@code new SourceLocation("top.csv", 118).toString()} is {@code top.csv:118}, the prefix of
 * every message about that row; {@code new SourceLocation("contacts.csv", 2602, 2747).toString()} is
 * {@code contacts.csv: row 2602 (line 2747)}. This class is immutable.
 *
 * @param line the line of text where the row starts; {@link #row()} for a file that has no lines of its own to
 *     tell apart (a workbook, JSON) or where the two agree
 */
public record SourceLocation(String file, int row, int line) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (row < 1) {
            throw new IllegalArgumentException("row must be 1 or more, was " + row);
        }
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
    }

    /** A row whose line is its number. */
    public SourceLocation(String file, int row) {
        this(file, row, row);
    }

    /** {@code row 118}, or {@code row 2602 (line 2747)} when the row starts on another line than its number. */
    public String rowAndLine() {
        return rowAndLine(row, line);
    }

    /** As {@link #rowAndLine()} for a row and line held elsewhere. */
    public static String rowAndLine(int row, int line) {
        return line == row ? "row " + row : "row " + row + " (line " + line + ")";
    }

    @Override
    public String toString() {
        return line == row ? file + ":" + row : file + ": " + rowAndLine();
    }
}
