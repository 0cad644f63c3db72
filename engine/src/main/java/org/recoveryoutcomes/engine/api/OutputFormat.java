package org.recoveryoutcomes.engine.api;

/** What a run writes to its output directory. */
public enum OutputFormat {
    /**
     * {@code metrics.json}: every figure the run publishes, for every group; a hidden figure is withheld (every
     * figure raw only in a working copy with suppression off).
     */
    JSON,
    /** {@code report-<template>-<period>.xlsx}. */
    XLSX,
    /** {@code report-<template>-<period>.pdf}. */
    PDF,
    /** {@code report-<template>-<period>.html}: one self-contained, accessible page (WCAG 2.2 AA). */
    HTML
}
