package org.recoveryoutcomes.engine.api;

/** What a run writes to its output directory. */
public enum OutputFormat {
    /** {@code metrics.json}: every figure, raw, for analysts. */
    JSON,
    /** {@code report-<template>-<period>.xlsx}. */
    XLSX,
    /** {@code report-<template>-<period>.pdf}. */
    PDF,
    /** {@code report-<template>-<period>.html}: one self-contained, accessible page (WCAG 2.2 AA). */
    HTML
}
