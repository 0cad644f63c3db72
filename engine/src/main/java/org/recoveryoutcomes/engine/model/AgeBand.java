package org.recoveryoutcomes.engine.model;

/** Age band of a client (clients.age_band), or derived from birth_year at the period end. */
public enum AgeBand implements Code {
    AGE_18_24("18-24", 18, 24),
    AGE_25_34("25-34", 25, 34),
    AGE_35_44("35-44", 35, 44),
    AGE_45_54("45-54", 45, 54),
    AGE_55_64("55-64", 55, 64),
    AGE_65_PLUS("65+", 65, Integer.MAX_VALUE);

    private final String code;
    private final int from;
    private final int to;

    AgeBand(String code, int from, int to) {
        this.code = code;
        this.from = from;
        this.to = to;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * The band holding {@code age} in whole years, or {@code null} under 18 (the data format has no
     * band for children, who are not in the scope of these services).
     */
    public static AgeBand ofAge(int age) {
        for (AgeBand b : values()) {
            if (age >= b.from && age <= b.to) {
                return b;
            }
        }
        return null;
    }
}
