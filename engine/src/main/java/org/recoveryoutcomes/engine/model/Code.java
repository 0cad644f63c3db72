package org.recoveryoutcomes.engine.model;

import java.util.Locale;
import java.util.Optional;

/**
 * An enum constant that has a stable lower-case code in the input files and in the JSON output.
 *
 * <p>{@code Code.parse(Sex.class, "female")} gives {@code Optional.of(Sex.FEMALE)}.
 */
public interface Code {

    /** The code as written in input files and in {@code metrics.json}, e.g. {@code peer_aftercare}. */
    String code();

    /**
     * Finds the constant of {@code type} whose code equals {@code text}, ignoring case and surrounding blanks.
     *
     * @return the constant, or empty when no code matches
     */
    static <E extends Enum<E> & Code> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(wanted)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The codes of {@code type} in declaration order, joined with ", " for error messages. */
    static <E extends Enum<E> & Code> String list(Class<E> type) {
        StringBuilder sb = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.code());
        }
        return sb.toString();
    }

    /**
     * The default code: the constant's name in lower case. Codes are asked for per record on hot paths, so each
     * enum's codes are worked out once and kept.
     */
    static String of(Enum<?> e) {
        return Codes.BY_CLASS.get(e.getDeclaringClass())[e.ordinal()];
    }
}
