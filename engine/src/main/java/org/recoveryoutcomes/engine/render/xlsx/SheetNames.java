package org.recoveryoutcomes.engine.render.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives sheet names Excel accepts: at most 31 characters, none of {@code [ ] : * ? / \}, not starting or
 * ending with an apostrophe, not {@code History} (reserved by Excel), and unique ignoring case; a clash gets
 * {@code (2)}, {@code (3)} … within the 31 characters.
 */
final class SheetNames {

    static final int MAX = 31;

    private final Set<String> taken = new HashSet<>();

    /** Reserves a name exactly as given (the fixed sheets: Definitions, About …). */
    void reserve(String name) {
        taken.add(key(name));
    }

    /** A usable, unused name made from {@code title}, now reserved. */
    String claim(String title) {
        String base = clean(title);
        String name = base;
        for (int n = 2; taken.contains(key(name)) || key(name).equals("history"); n++) {
            String suffix = " (" + n + ")";
            name = trimEnd(base.substring(0, Math.min(base.length(), MAX - suffix.length()))) + suffix;
        }
        taken.add(key(name));
        return name;
    }

    static String clean(String title) {
        StringBuilder sb = new StringBuilder();
        for (char c : (title == null ? "" : title).toCharArray()) {
            if ("[]:*?/\\".indexOf(c) >= 0 || Character.isISOControl(c)) {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        String s = sb.toString().replaceAll(" {2,}", " ").strip();
        while (s.startsWith("'")) {
            s = s.substring(1).strip();
        }
        if (s.length() > MAX) {
            s = s.substring(0, MAX);
        }
        s = trimEnd(s);
        return s.isEmpty() ? "Sheet" : s;
    }

    private static String trimEnd(String s) {
        String t = s.strip();
        while (t.endsWith("'")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
