package org.recoveryoutcomes.engine.model;

import java.util.Objects;

/**
 * Where a row came from: the input file's name and the 1-based row number, the header being row 1.
 *
 * <p>{@code new SourceLocation("top.csv", 118).toString()} is {@code top.csv:118}, the prefix of every
 * message about that row. This class is immutable.
 */
public record SourceLocation(String file, int row) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (row < 1) {
            throw new IllegalArgumentException("row must be 1 or more, was " + row);
        }
    }

    @Override
    public String toString() {
        return file + ":" + row;
    }
}
