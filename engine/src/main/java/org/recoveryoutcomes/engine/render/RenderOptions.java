package org.recoveryoutcomes.engine.render;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.recoveryoutcomes.engine.model.Wording;

/**
 * How to render: always explicit, never the JVM's defaults, so the same inputs give the same bytes.
 *
 * @param locale en-GB for every shipped report
 * @param suppression false only for unpublished working copies, which then say NOT FOR PUBLICATION everywhere
 * @param focus a group key ({@code project:BAT}, {@code borough:Ealing}) the report is about, or {@code null}
 *     for every group
 * @param reportDate the date printed as the report's date and used as the document's creation date; derived
 *     from the data (its latest date), never the clock
 * @param documentId a stable id derived from the inputs, template and settings (hex), for the PDF's
 *     document id
 * @param organisation the organisation's own name for the cover, page header and document metadata, or
 *     {@code null} for the engine's name
 * @param logo a PNG or JPEG image for the cover, or {@code null}
 * @param dataQuality the data-quality banner: one line per problem the user chose to go on with (rejected rows
 *     over the share allowed, a partial period); empty for none
 * @param weakened true when protection is weaker than a publication needs (a threshold under 5): the report is
 *     then a working copy, NOT FOR PUBLICATION
 * @param wording the words for the people served and what they are given (the {@code service_type} setting):
 *     every sentence, heading and label that names them asks it
 */
public record RenderOptions(Locale locale, boolean suppression, String focus, LocalDate reportDate,
                            String documentId, String organisation, java.nio.file.Path logo,
                            java.util.List<String> dataQuality, boolean weakened, Wording wording) {

    /**
     * True when the report is a working copy that must say NOT FOR PUBLICATION on every page and sheet: made
     * with suppression off, or with a threshold under 5.
     */
    public boolean notForPublication() {
        return !suppression || weakened;
    }

    public static final Locale EN_GB = Locale.UK;

    /** Options with no organisation of its own and no data-quality banner, in a treatment service's words. */
    public RenderOptions(Locale locale, boolean suppression, String focus, LocalDate reportDate, String documentId) {
        this(locale, suppression, focus, reportDate, documentId, null, null, java.util.List.of(), false);
    }

    /** Options in a treatment service's words. */
    public RenderOptions(Locale locale, boolean suppression, String focus, LocalDate reportDate, String documentId,
                         String organisation, java.nio.file.Path logo, java.util.List<String> dataQuality,
                         boolean weakened) {
        this(locale, suppression, focus, reportDate, documentId, organisation, logo, dataQuality, weakened,
                Wording.TREATMENT);
    }

    public RenderOptions {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(reportDate, "reportDate");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(wording, "wording");
        dataQuality = java.util.List.copyOf(dataQuality);
    }

    /** These options in {@code w}'s words. */
    public RenderOptions withWording(Wording w) {
        return new RenderOptions(locale, suppression, focus, reportDate, documentId, organisation, logo, dataQuality,
                weakened, w);
    }
}
