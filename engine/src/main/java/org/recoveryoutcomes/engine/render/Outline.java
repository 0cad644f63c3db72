package org.recoveryoutcomes.engine.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The report as a sequence of blocks (headings, paragraphs, lists, tables, figures), independent of how it is laid
 * out. The PDF renderer records one while it lays its pages out, so a flowing format such as HTML says exactly what
 * the PDF says, with the same cells hidden, without a second copy of the section logic. Immutable once built;
 * {@link Builder} is not thread-safe.
 *
 * @param title the report's title (template title: subject name)
 * @param cover what the PDF's cover says: organisation, template title, subject, audience, facts and notes
 * @param contents the contents page's "About this report" blocks
 * @param sections the report's sections in order, each with its blocks
 */
public record Outline(String title, Cover cover, List<Block> contents, List<Part> sections) {

    public Outline {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(cover, "cover");
        contents = List.copyOf(contents);
        sections = List.copyOf(sections);
    }

    /**
     * The cover page.
     *
     * @param audience the template's audience line, or {@code null}
     * @param facts label and value pairs: reporting period, data date and the like
     * @param notes the paragraphs under the facts
     */
    public record Cover(String organisation, String heading, String subject, String audience, List<Fact> facts,
                        List<String> notes) {
        public Cover {
            facts = List.copyOf(facts);
            notes = List.copyOf(notes);
        }
    }

    /** One line of the cover's facts. */
    public record Fact(String label, String value) {
    }

    /** One section of the template: its id (stable, for anchors), title and blocks. */
    public record Part(String id, String title, List<Block> blocks) {
        public Part {
            blocks = List.copyOf(blocks);
        }
    }

    /** A block of content. */
    public sealed interface Block permits Heading, Text, Bullets, Table, Figure, Tiles {
    }

    /** A heading inside a section: level 2 or 3 (the section title is level 1). */
    public record Heading(int level, String text) implements Block {
    }

    /** A paragraph; a note is the small print under a table or figure. */
    public record Text(String text, boolean note) implements Block {
    }

    /** A bulleted list. */
    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * A numbered table: {@code headerRows} rows of column headings, then rows whose first cell names the row. A
     * body row of a single cell spanning the table is a sub-heading for the rows under it.
     */
    public record Table(int number, String caption, int headerRows, List<Row> rows, List<String> notes)
            implements Block {
        public Table {
            rows = List.copyOf(rows);
            notes = List.copyOf(notes);
        }

        /** The number of columns. */
        public int columns() {
            int most = 0;
            for (Row r : rows) {
                int n = 0;
                for (Cell c : r.cells()) {
                    n += c.colspan();
                }
                most = Math.max(most, n);
            }
            return most;
        }
    }

    /** A row of a table. */
    public record Row(List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** Whether this row is one cell across the whole table: a sub-heading. */
        public boolean band(int columns) {
            return columns > 1 && cells.size() == 1 && cells.get(0).colspan() == columns;
        }
    }

    /**
     * A cell: its text ({@link Disclosure#MASK} when hidden), whether it is a number, how many columns and rows it
     * spans, and whether it is indented (a project under its borough).
     */
    public record Cell(String text, boolean number, int colspan, int rowspan, boolean indent) {
        public Cell(String text, boolean number, int colspan) {
            this(text, number, colspan, 1, false);
        }
    }

    /**
     * A numbered chart: its caption, a one-sentence summary (also its text alternative), the drawing as an SVG
     * document, the figures it shows as a table, and its notes.
     *
     * @param svg a standalone SVG document with a {@code viewBox}, or {@code null}
     * @param figures the figures drawn, as a table (number 0: it goes with the figure), or {@code null}
     */
    public record Figure(int number, String caption, String summary, String svg, Table figures, List<String> notes)
            implements Block {
        public Figure {
            notes = List.copyOf(notes);
        }
    }

    /** The headline boxes: one per metric. */
    public record Tiles(List<Tile> tiles) implements Block {
        public Tiles {
            tiles = List.copyOf(tiles);
        }
    }

    /**
     * One headline box.
     *
     * @param value the figure ({@link Disclosure#MASK} when hidden)
     * @param unit the unit after the figure, or {@code null}
     * @param lines the lines under the figure: CI, base, comparison, change
     */
    public record Tile(String label, String value, String unit, List<String> lines) {
        public Tile {
            lines = List.copyOf(lines);
        }
    }

    /** Collects the blocks as a renderer lays them out. */
    public static final class Builder {
        private String title = "";
        private Cover cover = new Cover("", "", "", null, List.of(), List.of());
        private final List<Block> contents = new ArrayList<>();
        private final List<Part> sections = new ArrayList<>();
        private String partId;
        private String partTitle;
        private List<Block> blocks = contents;

        public Builder title(String v) {
            title = v;
            return this;
        }

        public Builder cover(Cover v) {
            cover = v;
            return this;
        }

        /** Starts a section: every block added from now on belongs to it. */
        public Builder section(String id, String sectionTitle) {
            finishPart();
            partId = id;
            partTitle = sectionTitle;
            blocks = new ArrayList<>();
            return this;
        }

        public Builder add(Block b) {
            blocks.add(Objects.requireNonNull(b));
            return this;
        }

        private void finishPart() {
            if (partId != null) {
                sections.add(new Part(partId, partTitle, blocks));
                partId = null;
            }
        }

        public Outline build() {
            finishPart();
            blocks = contents;
            return new Outline(title, cover, contents, sections);
        }
    }
}
