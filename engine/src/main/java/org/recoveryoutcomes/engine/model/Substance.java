package org.recoveryoutcomes.engine.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A substance recorded on the TOP form. Its {@link #code()} is used in metric ids ({@code abstinent_opiates})
 * and in the TOP column names ({@code opiates_days}). In {@code clients.primary_substance} the code of
 * {@link #OTHER_DRUG} is {@code other}.
 */
public enum Substance implements Code {
    ALCOHOL, OPIATES, CRACK, COCAINE, AMPHETAMINES, CANNABIS, OTHER_DRUG;

    @Override
    public String code() {
        return Code.of(this);
    }

    /** True for every substance but alcohol: the ones counted by {@code abstinent_any_illicit}. */
    public boolean isIllicit() {
        return this != ALCOHOL;
    }

    /** The TOP item holding the days of use of this substance. */
    public TopItem daysItem() {
        return TopItem.valueOf(name() + "_DAYS");
    }

    /** Parses {@code clients.primary_substance}, where {@code other} means {@link #OTHER_DRUG}. */
    public static Optional<Substance> parsePrimary(String text) {
        if (text != null && text.trim().toLowerCase(Locale.ROOT).equals("other")) {
            return Optional.of(OTHER_DRUG);
        }
        return Code.parse(Substance.class, text);
    }
}
