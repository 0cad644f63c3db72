package org.recoveryoutcomes.engine.model;

/**
 * One item of a TOP interview: a column of {@code top} after the identifying columns. Every item may be
 * missing; a missing item is never zero.
 */
public enum TopItem implements Code {
    ALCOHOL_DAYS(Kind.DAYS),
    OPIATES_DAYS(Kind.DAYS),
    CRACK_DAYS(Kind.DAYS),
    COCAINE_DAYS(Kind.DAYS),
    AMPHETAMINES_DAYS(Kind.DAYS),
    CANNABIS_DAYS(Kind.DAYS),
    OTHER_DRUG_DAYS(Kind.DAYS),
    ALCOHOL_UNITS(Kind.AMOUNT),
    INJECTING_DAYS(Kind.DAYS),
    SHARED_EQUIPMENT(Kind.FLAG),
    SHOPLIFTING_DAYS(Kind.DAYS),
    SELLING_DRUGS_DAYS(Kind.DAYS),
    THEFT_FROM_VEHICLE(Kind.FLAG),
    OTHER_THEFT(Kind.FLAG),
    FRAUD_HANDLING(Kind.FLAG),
    ASSAULT_VIOLENCE(Kind.FLAG),
    PSYCH_HEALTH(Kind.SCORE),
    PHYSICAL_HEALTH(Kind.SCORE),
    QUALITY_OF_LIFE(Kind.SCORE),
    PAID_WORK_DAYS(Kind.DAYS),
    EDUCATION_DAYS(Kind.DAYS),
    VOLUNTEERING_DAYS(Kind.DAYS),
    ACUTE_HOUSING_PROBLEM(Kind.FLAG),
    RISK_OF_EVICTION(Kind.FLAG);

    /** The type and range of an item's values. */
    public enum Kind {
        /** Days in the past 28 days: an integer 0–28. */
        DAYS(0, 28),
        /** A self-rating: an integer 0–20, 0 poor, 20 good. */
        SCORE(0, 20),
        /** Yes or no, stored as 1 or 0. */
        FLAG(0, 1),
        /** A non-negative number. */
        AMOUNT(0, Double.MAX_VALUE);

        private final double min;
        private final double max;

        Kind(double min, double max) {
            this.min = min;
            this.max = max;
        }

        public double min() {
            return min;
        }

        public double max() {
            return max;
        }
    }

    private final Kind kind;

    TopItem(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The column name in {@code top} files, e.g. {@code psych_health}. */
    @Override
    public String code() {
        return Code.of(this);
    }
}
