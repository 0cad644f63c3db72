package org.recoveryoutcomes.engine.render.pdf;

import com.lowagie.text.Font;
import java.awt.Color;

/**
 * The report's look: one accent colour (a deep teal), greys for everything else, and DejaVu Sans in a few
 * sizes. Colours are chosen to pass WCAG AA contrast for text on white.
 */
final class Theme {

    /** The one accent colour: headings, header rows, bars. */
    static final Color ACCENT = new Color(0x00, 0x5A, 0x70);
    /** A pale tint of the accent for bands and group header rows. */
    static final Color TINT = new Color(0xE3, 0xEF, 0xF2);
    /** A lighter accent for confidence-interval whiskers and secondary marks. */
    static final Color ACCENT_LIGHT = new Color(0x7F, 0xB0, 0xBE);
    /** Body text. */
    static final Color INK = new Color(0x1E, 0x24, 0x2A);
    /** Secondary text: captions, notes, labels. */
    static final Color GREY = new Color(0x55, 0x5E, 0x66);
    /** Rules and grid lines. */
    static final Color RULE = new Color(0xC8, 0xCF, 0xD5);
    /** Alternate table rows. */
    static final Color ZEBRA = new Color(0xF3, 0xF5, 0xF7);
    /** Comparator lines and start-of-treatment bars in charts. */
    static final Color MID = new Color(0x8A, 0x93, 0x9B);
    /** The "worse and worsening" flag: a dark red that keeps 4.5:1 contrast on white and on the zebra rows. */
    static final Color FLAG = new Color(0xA4, 0x26, 0x2C);
    /** The band of a working copy. */
    static final Color WARNING = new Color(0x1E, 0x24, 0x2A);

    final PdfFonts fonts;
    final Font body;
    final Font bodyBold;
    final Font small;
    final Font smallBold;
    final Font note;
    final Font h1;
    final Font h2;
    final Font h3;
    final Font caption;
    final Font tableHead;
    final Font cell;
    final Font cellBold;
    final Font tileValue;
    final Font tileLabel;
    final Font tileNote;
    final Font coverTitle;
    final Font coverSubject;
    final Font coverLabel;
    final Font coverValue;
    final Font white;
    final Font whiteBold;
    final Font link;

    Theme(PdfFonts fonts) {
        this.fonts = fonts;
        body = font(false, 9.5f, INK);
        bodyBold = font(true, 9.5f, INK);
        small = font(false, 8f, INK);
        smallBold = font(true, 8f, INK);
        note = font(false, 7.5f, GREY);
        h1 = font(true, 18f, ACCENT);
        h2 = font(true, 12.5f, ACCENT);
        h3 = font(true, 10f, INK);
        caption = font(true, 9f, INK);
        tableHead = font(true, 7.5f, Color.WHITE);
        cell = font(false, 7.5f, INK);
        cellBold = font(true, 7.5f, INK);
        tileValue = font(true, 21f, ACCENT);
        tileLabel = font(true, 8.5f, INK);
        tileNote = font(false, 7.5f, GREY);
        coverTitle = font(true, 28f, ACCENT);
        coverSubject = font(false, 17f, INK);
        coverLabel = font(false, 9f, GREY);
        coverValue = font(true, 10.5f, INK);
        white = font(false, 9f, Color.WHITE);
        whiteBold = font(true, 9f, Color.WHITE);
        link = font(false, 10f, INK);
    }

    Font font(boolean bold, float size, Color colour) {
        return new Font(bold ? fonts.bold : fonts.regular, size, Font.NORMAL, colour);
    }
}
