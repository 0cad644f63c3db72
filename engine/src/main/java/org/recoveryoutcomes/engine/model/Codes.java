package org.recoveryoutcomes.engine.model;

import java.util.Locale;

/** The lower-case names of each enum's constants, by ordinal, computed once per enum class. */
final class Codes {

    static final ClassValue<String[]> BY_CLASS = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] codes = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                codes[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
            }
            return codes;
        }
    };

    private Codes() {
    }
}
