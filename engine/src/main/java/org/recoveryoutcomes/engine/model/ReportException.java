package org.recoveryoutcomes.engine.model;

import java.util.Optional;

/**
 * The one exception the engine throws: the run had to stop. Its message is complete and meant for the user
 * (location first where there is one, e.g. {@code projects.csv:1: name: this looks like a direct identifier …});
 * the {@link Kind} says whose problem it is, and the command line maps it to an exit code.
 *
 * <p>Problems with single rows do not throw: they are collected as
 * {@link org.recoveryoutcomes.engine.model.RecordIssue}s and the rows quarantined.
 */
public final class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Whose problem it is. */
    public enum Kind {
        /** The input data cannot be used: a required file or column is missing, identifiers are present. */
        INPUT,
        /** A setting, template, mapping or period given by the user is wrong. */
        CONFIG,
        /** An output could not be written. */
        OUTPUT,
        /** A defect in the engine: please report it. */
        INTERNAL
    }

    private final Kind kind;
    private final transient SourceLocation location;

    public ReportException(Kind kind, String message) {
        this(kind, null, message, null);
    }

    public ReportException(Kind kind, String message, Throwable cause) {
        this(kind, null, message, cause);
    }

    /**
     * @param location where the problem is, or {@code null}; the message must already start with it
     */
    public ReportException(Kind kind, SourceLocation location, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.location = location;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<SourceLocation> location() {
        return Optional.ofNullable(location);
    }
}
