package org.recoveryoutcomes.engine.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * DejaVu Sans, regular and bold, from the engine's own resources: the PDF never uses the machine's fonts, in
 * its text or in its charts. The same font file gives the AWT fonts JFreeChart measures text with, so a chart
 * is laid out the same on every machine.
 *
 * <p>One instance per rendering pass: OpenPDF's {@link BaseFont} records which glyphs a document uses. Its
 * subset tag (the six letters before the font name, {@code ABCDEF+DejaVuSans}) is random in OpenPDF; here it is
 * drawn from a generator seeded with the document id, so the same report gives the same bytes.
 */
final class PdfFonts {

    private static final String DIR = "/org/recoveryoutcomes/fonts/";
    private static final String REGULAR_FILE = "DejaVuSans.ttf";
    private static final String BOLD_FILE = "DejaVuSans-Bold.ttf";

    final BaseFont regular;
    final BaseFont bold;

    PdfFonts(String documentId) {
        regular = create(REGULAR_FILE, Files.REGULAR, documentId);
        bold = create(BOLD_FILE, Files.BOLD, documentId);
    }

    /** Maps every AWT font a chart asks for to the embedded DejaVu Sans, bold or regular. */
    FontMapper mapper() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(Font font) {
                return font.isBold() ? bold : regular;
            }

            @Override
            public Font pdfToAwt(BaseFont font, int size) {
                return awt(font == bold, size);
            }
        };
    }

    /** DejaVu Sans as an AWT font of this size, built from the bundled file, for charts. */
    static Font awt(boolean isBold, float size) {
        return (isBold ? Files.AWT_BOLD : Files.AWT_REGULAR).deriveFont(size);
    }

    private static BaseFont create(String name, byte[] ttf, String documentId) {
        try {
            // Not cached: BaseFont instances are mutable (subset tracking, random source), one per document.
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
            font.setSubset(true);
            // OpenPDF's CIDSet lists only the glyphs used, not every CID of the subset it embeds, which PDF/UA
            // (veraPDF 7.21.4.2-2) rejects; the CIDSet is optional, so leave it out.
            font.setIncludeCidSet(false);
            font.setSecureRandom(new SeededRandom(seed(documentId + "/" + name)));
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + name, e);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("cannot use the bundled font " + name, e);
        }
    }

    private static long seed(String text) {
        long h = 1125899906842597L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h = 31 * h + b;
        }
        return h;
    }

    /** The bundled font files, read once: immutable after class initialisation. */
    private static final class Files {
        static final byte[] REGULAR = read(REGULAR_FILE);
        static final byte[] BOLD = read(BOLD_FILE);
        static final Font AWT_REGULAR = awtFont(REGULAR, REGULAR_FILE);
        static final Font AWT_BOLD = awtFont(BOLD, BOLD_FILE);

        private static byte[] read(String name) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + name)) {
                if (in == null) {
                    throw new IllegalStateException("the font " + DIR + name + " is missing from the engine's jar");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled font " + name, e);
            }
        }

        private static Font awtFont(byte[] ttf, String name) {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("cannot load the bundled font " + name + " for charts", e);
            }
        }
    }

    /**
     * OpenPDF draws the subset tag from {@link SecureRandom#nextDouble()}; this one returns a fixed sequence
     * (a 64-bit linear congruential generator), which is all a subset tag needs.
     */
    private static final class SeededRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private long state;

        SeededRandom(long seed) {
            state = seed;
        }

        @Override
        public double nextDouble() {
            state = state * 6364136223846793005L + 1442695040888963407L;
            return (state >>> 11) * 0x1.0p-53;
        }
    }
}
