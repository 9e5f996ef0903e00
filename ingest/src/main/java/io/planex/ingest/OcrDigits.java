package io.planex.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends the digits OCR misreads as letters or marks where only digits can stand: the day and month of a date
 * phrase ("ngày 0T tháng 7 năm 2028", "ngày l5 tháng 5"), the day and month of a numeric date ("1Š / Š_ /2026"),
 * a numeric date whose second slash was lost ("01/ 72025" is 01/7/2025), and the number after "Số:".
 *
 * <p>Why: in Vietnamese administrative writing these slots hold numbers only, so a letter read there is a digit
 * misread ({@code ocr-digit-confusions.tsv}: "l" for 1, "S" for 5, "O" for 0, ...), and a lost deadline, citation
 * date or document number costs more than a wrong letter anywhere else. A slot is mended only when what results
 * is possible (a day 1-31, a month 1-12); a day or month read with one stray mark at an end ("01T", "5Š") loses
 * the mark when the digits alone are possible and the mark as a digit is not. Words are never touched outside these slots.
 */
final class OcrDigits {
    private static final Map<Character, Character> CONFUSIONS = load("ocr-digit-confusions.tsv");
    private static final String MARKS = marks();
    /** A day or month as OCR may give it: up to three digits or marks read for digits. */
    private static final String SLOT = "[0-9" + MARKS + "]{1,3}";
    private static final String YEAR = "(?:19|20)\\d\\d";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** "ngày D tháng M năm YYYY", with the tone marks OCR may swap on "ngày" and "tháng". */
    private static final Pattern DATE_PHRASE = Pattern.compile("(?<![\\p{L}])(ng[aàáảãạ]y)(\\s{0,3})(" + SLOT
            + ")(\\s{1,3})(th[aàáảãạ]ng)(\\s{1,3})(" + SLOT + ")(\\s{1,3}n[ăaâ]m\\s{0,3}" + YEAR + ")(?!\\d)", FLAGS);
    /** "D/M/YYYY" (spaces around the slashes allowed, a stray underscore or dot after a part). */
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\p{L}\\d/])(" + SLOT + ")([_.]?\\s{0,2}/\\s{0,2})("
            + SLOT + ")([_.]?\\s{0,2}/\\s{0,2}" + YEAR + ")(?!\\d)");
    /** "D/ MYYYY": a numeric date whose second slash OCR lost, the month run into the year. */
    private static final Pattern LOST_SLASH = Pattern.compile("(?<![\\p{L}\\d/])(\\d{1,2}\\s{0,2}/\\s{0,2})(\\d{1,2})("
            + YEAR + ")(?!\\d)");
    /** The number after "Số:" at a line's start, up to the slash of its symbol. */
    private static final Pattern NUMBER = Pattern.compile("(?m)^([ \\t]*Số:[ \\t]*)([0-9" + MARKS + "]{1,6})(?=[ \\t]*/)");

    private OcrDigits() {}

    static String mend(String page) {
        if (page == null || page.isEmpty()) return page;
        String s = replace(DATE_PHRASE, page, m -> m.group(1) + m.group(2) + slot(m.group(3), OcrDigits::day)
                + m.group(4) + m.group(5) + m.group(6) + slot(m.group(7), OcrDigits::month) + m.group(8));
        s = replace(NUMERIC_DATE, s, m -> {
            String day = slot(m.group(1), OcrDigits::day);
            String month = slot(m.group(3), OcrDigits::month);
            // both parts must come out as numbers: a lone letter before a slash is not a day without a month
            if (!isDigits(day) || !isDigits(month)) return m.group();
            return day + m.group(2).replaceAll("[_.]", "") + month + m.group(4).replaceAll("^[_.]", "");
        });
        s = replace(LOST_SLASH, s, m -> month(Integer.parseInt(m.group(2)))
                ? m.group(1) + m.group(2) + "/" + m.group(3) : m.group());
        s = replace(NUMBER, s, m -> {
            String digits = asDigits(m.group(2));
            return digits != null && containsDigit(m.group(2)) ? m.group(1) + digits : m.group();
        });
        return s;
    }

    /** The slot as digits when that makes a possible value; else as read. */
    static String slot(String read, IntPredicate possible) {
        if (isDigits(read)) return read;
        String digits = asDigits(read);
        if (digits != null && digits.length() <= 2 && possible.test(Integer.parseInt(digits))) return digits;
        // one stray mark at an end of the digits, when the mark as a digit makes no possible value: "01T" is 01,
        // "5Š" is 5 (55 is no month)
        if (read.length() >= 2) {
            for (String part : new String[] {read.substring(0, read.length() - 1), read.substring(1)}) {
                if (isDigits(part) && possible.test(Integer.parseInt(part))) return part;
            }
        }
        return read;
    }

    private static boolean day(int value) {
        return value >= 1 && value <= 31;
    }

    private static boolean month(int value) {
        return value >= 1 && value <= 12;
    }

    /** The read marks as digits, or null when one of them stands for no digit. */
    private static String asDigits(String read) {
        StringBuilder out = new StringBuilder(read.length());
        for (int i = 0; i < read.length(); i++) {
            char c = read.charAt(i);
            if (c >= '0' && c <= '9') out.append(c);
            else if (CONFUSIONS.containsKey(c)) out.append(CONFUSIONS.get(c));
            else return null;
        }
        return out.toString();
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean containsDigit(String s) {
        return s.chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    private static String replace(Pattern p, String s, java.util.function.Function<Matcher, String> with) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        m.appendTail(out);
        return out.toString();
    }

    private static String marks() {
        StringBuilder out = new StringBuilder();
        for (char c : CONFUSIONS.keySet()) {
            if ("\\[]^-&".indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }

    private static Map<Character, Character> load(String resource) {
        try (InputStream in = OcrDigits.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            Map<Character, Character> out = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                if (cols.length != 2 || cols[0].strip().length() != 1) continue;
                char digit = cols[0].strip().charAt(0);
                for (char c : cols[1].strip().toCharArray()) out.put(c, digit);
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
