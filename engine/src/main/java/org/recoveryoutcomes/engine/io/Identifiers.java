package org.recoveryoutcomes.engine.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recognises column names that look like direct identifiers, which anonymised data must not hold. A name is
 * compared after trimming, lower-casing and turning spaces and dashes into underscores, so {@code Date of Birth}
 * and {@code NHS-No} are caught. {@code projects.name} is a project's name, not a person's, so {@code name} is
 * allowed there.
 */
final class Identifiers {

    private static final Map<String, String> CATEGORY = new LinkedHashMap<>();

    static {
        for (String n : List.of("name", "first_name", "surname", "last_name", "full_name", "client_name")) {
            CATEGORY.put(n, "name");
        }
        for (String n : List.of("nhs_number", "nhs_no", "nhs")) {
            CATEGORY.put(n, "NHS number");
        }
        for (String n : List.of("dob", "date_of_birth", "birth_date")) {
            CATEGORY.put(n, "date of birth");
        }
        for (String n : List.of("address", "address_line_1", "street")) {
            CATEGORY.put(n, "address");
        }
        for (String n : List.of("postcode", "post_code", "zip")) {
            CATEGORY.put(n, "postcode");
        }
    }

    private Identifiers() {
    }

    /** What kind of identifier {@code header} names in a file of kind {@code kind} (e.g. "date of birth"), or null. */
    static String category(FileKind kind, String header) {
        String key = header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (kind == FileKind.PROJECTS && key.equals("name")) {
            return null;
        }
        return CATEGORY.get(key);
    }
}
