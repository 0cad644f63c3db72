package org.recoveryoutcomes.engine.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises direct identifiers, which anonymised data must not hold: column names that look like one, and values
 * that look like an NHS number, a UK postcode, an e-mail address or a UK phone number.
 *
 * <p>A column name is compared after trimming, lower-casing, dropping dots and turning every other run of
 * non-alphanumeric characters into one underscore, so {@code Date of Birth}, {@code NHS-No} and {@code D.O.B.} are
 * caught. {@code projects.name} is a project's name, not a person's, so {@code name} is allowed there.
 */
final class Identifiers {

    private static final Map<String, String> CATEGORY = new LinkedHashMap<>();

    static {
        for (String n : List.of("name", "first_name", "firstname", "forename", "forenames", "given_name",
                "middle_name", "surname", "last_name", "lastname", "family_name", "full_name", "client_name")) {
            CATEGORY.put(n, "name");
        }
        for (String n : List.of("nhs_number", "nhs_no", "nhs_num", "nhsnumber", "nhs")) {
            CATEGORY.put(n, "NHS number");
        }
        for (String n : List.of("dob", "date_of_birth", "birth_date", "birthdate", "dateofbirth")) {
            CATEGORY.put(n, "date of birth");
        }
        for (String n : List.of("address", "address_line_1", "address_line_2", "address1", "address_1",
                "home_address", "street")) {
            CATEGORY.put(n, "address");
        }
        for (String n : List.of("postcode", "post_code", "postal_code", "zip", "zip_code", "zipcode")) {
            CATEGORY.put(n, "postcode");
        }
        for (String n : List.of("email", "e_mail", "email_address", "e_mail_address", "emailaddress", "mail",
                "email_addr", "personal_email", "work_email", "contact_email", "client_email")) {
            CATEGORY.put(n, "e-mail address");
        }
        for (String n : List.of("phone", "phone_number", "phone_no", "phonenumber", "telephone", "telephone_number",
                "telephone_no", "tel", "tel_no", "mobile", "mobile_phone", "mobile_number", "mobile_no",
                "mobilenumber", "mobile_tel", "home_phone", "home_telephone", "work_phone", "landline",
                "contact_number", "contact_phone", "contact_telephone", "phone_1", "phone_2", "client_phone",
                "client_mobile", "cell_phone", "cellphone", "mob", "mob_no")) {
            CATEGORY.put(n, "phone number");
        }
    }

    /**
     * Ten digits, optionally grouped 3-3-4 by spaces or dashes ({@code 943 476 5919}), not part of a longer run of
     * digits.
     */
    private static final Pattern NHS = Pattern.compile("(?<![0-9])([0-9]{3})[ -]?([0-9]{3})[ -]?([0-9]{4})(?![0-9])");

    /**
     * A full UK postcode in the standard formats (A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA) with the
     * letters each position allows, any case, with the space between its two halves: written without the space,
     * too many pseudonymous ids (such as {@code P001AB}) would match.
     */
    private static final Pattern POSTCODE = Pattern.compile("(?<![A-Za-z0-9])(?:GIR 0AA|[A-PR-UWYZ](?:[0-9]{1,2}"
            + "|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRV-Y])[ \\t]+[0-9][ABD-HJLNP-UW-Z]{2})"
            + "(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);

    /** An e-mail address: a local part, {@code @}, a domain with a dot. */
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![A-Za-z0-9])");

    /**
     * A UK phone number: {@code 0} or {@code +44} (with an optional {@code (0)}), then a landline, non-geographic
     * or mobile number ({@code 01}, {@code 02}, {@code 03}, {@code 07}, {@code 08}: premium-rate {@code 09} numbers
     * are no one's own) of 10 or 11 digits in all, grouped by single spaces or dashes, the area code perhaps in
     * brackets: {@code 07700 900123}, {@code +44 7700 900123}, {@code (020) 7946 0958}, {@code 0161-496-0000}.
     * Not part of a longer run of digits or of a word.
     */
    private static final Pattern PHONE = Pattern.compile("(?<![0-9A-Za-z+])(?:(?:\\+44|0044)[ -]?(?:\\(0\\)[ -]?)?"
            + "|\\(?0)[1-378](?:[ -]?\\)?[ -]?[0-9]){8,9}(?![0-9])");

    private Identifiers() {
    }

    /** What kind of identifier {@code header} names in a file of kind {@code kind} (e.g. "date of birth"), or null. */
    static String category(FileKind kind, String header) {
        String key = header.strip().toLowerCase(Locale.ROOT).replace(".", "")
                .replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (kind == FileKind.PROJECTS && key.equals("name")) {
            return null;
        }
        return CATEGORY.get(key);
    }

    /**
     * The warning for a value holding what looks like an NHS number or a UK postcode, or null. The value itself is
     * never repeated: the message must not spread what it warns about.
     */
    static String valueWarning(String value) {
        if (!mayHoldIdentifier(value)) {
            return null;
        }
        String what = null;
        boolean whole = false;
        Matcher nhs = NHS.matcher(value);
        while (nhs.find()) {
            if (isNhsNumber(nhs.group(1) + nhs.group(2) + nhs.group(3))) {
                what = "an NHS number";
                whole = nhs.start() == 0 && nhs.end() == value.length();
                break;
            }
        }
        if (what == null) {
            Matcher postcode = POSTCODE.matcher(value);
            if (postcode.find()) {
                what = "a UK postcode";
                whole = postcode.start() == 0 && postcode.end() == value.length();
            }
        }
        if (what == null && value.indexOf('@') >= 0) {
            Matcher email = EMAIL.matcher(value);
            if (email.find()) {
                what = "an e-mail address";
                whole = email.start() == 0 && email.end() == value.length();
            }
        }
        if (what == null) {
            Matcher phone = PHONE.matcher(value);
            if (phone.find()) {
                what = "a phone number";
                whole = phone.start() == 0 && phone.end() == value.length();
            }
        }
        if (what == null) {
            return null;
        }
        return (whole ? "this value looks like " : "this value holds what looks like ") + what
                + "; anonymised data must not hold one";
    }

    /**
     * False when {@code value} cannot match any pattern, which most values cannot: a postcode needs a space or
     * tab between its halves; an NHS number needs whole runs of digits of lengths 10, 3+7, 6+4 or 3+3+4, joined by
     * one space or dash each (so {@code HDC-62-62-001549}, with ten digits, cannot hold one); an e-mail address
     * needs an {@code @}; a phone number without a space, bracket or {@code +} needs ten digits or more from a run
     * starting with 0, joined by single dashes. A cheap test that spares the patterns.
     */
    static boolean mayHoldIdentifier(String value) {
        int n = value.length();
        int before = -1;
        int last = -1;
        int phoneDigits = -1; // digits of the dash-joined runs since the first run starting with 0, or -1
        int i = 0;
        while (i < n) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == '@' || c == '+' || c == '(' || c == ')') {
                return true;
            }
            if (c < '0' || c > '9') {
                i++;
                continue;
            }
            int start = i;
            while (i < n && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
                i++;
            }
            int run = i - start;
            if (run == 10 || last == 3 && run == 7 || last == 6 && run == 4 || before == 3 && last == 3 && run == 4) {
                return true;
            }
            if (phoneDigits < 0 && value.charAt(start) == '0') {
                phoneDigits = 0;
            }
            if (phoneDigits >= 0) {
                phoneDigits += run;
                if (phoneDigits >= 10) {
                    return true;
                }
            }
            if (i + 1 < n && value.charAt(i) == '-' && value.charAt(i + 1) >= '0' && value.charAt(i + 1) <= '9') {
                before = last;
                last = run;
                i++;
            } else {
                before = -1;
                last = -1;
                phoneDigits = -1;
            }
        }
        return false;
    }

    /**
     * The NHS number check (modulus 11): the first nine digits weighted 10 down to 2, the sum's remainder from 11
     * is the check digit (11 counts as 0; 10 means the number cannot be an NHS number).
     */
    static boolean isNhsNumber(String tenDigits) {
        if (tenDigits.length() != 10) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (tenDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == tenDigits.charAt(9) - '0';
    }
}
