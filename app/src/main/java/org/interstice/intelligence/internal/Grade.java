package org.interstice.intelligence.internal;

import org.interstice.intelligence.*;
import java.util.Optional;

/**
 * An intelligence evaluation. The current College of Policing 3x5x2 grade gives the source a NUMBER (1-3), the
 * information a LETTER (A-E) and a handling code P or C; the legacy 5x5x5 grade is the reverse (source letter A-E,
 * information number 1-5, handling 1-5). The two are separate types so they cannot be confused.
 */
public sealed interface Grade {

    String system();

    String sourceCode();

    String informationCode();

    String handlingCode();

    /** True when the grade limits who may read the full report. */
    boolean restricted();

    /** A short display form, such as "3x5x2 1A C" or "5x5x5 B2 4". */
    default String display() {
        return system() + " " + sourceCode() + informationCode() + " " + handlingCode();
    }

    /** Current grade: source 1 reliable, 2 untested, 3 not reliable; information A-E; handling P or C. */
    record Current(int source, char information, char handling) implements Grade {
        public Current {
            if (source < 1 || source > 3) throw new IllegalArgumentException("source must be 1, 2 or 3");
            if (information < 'A' || information > 'E') throw new IllegalArgumentException("information must be A to E");
            if (handling != 'P' && handling != 'C') throw new IllegalArgumentException("handling must be P or C");
        }
        public String system() { return "3x5x2"; }
        public String sourceCode() { return Integer.toString(source); }
        public String informationCode() { return Character.toString(information); }
        public String handlingCode() { return Character.toString(handling); }
        public boolean restricted() { return handling == 'C'; }
    }

    /** Legacy grade: source A-E, information 1-5, handling 1-5 (4 and 5 never leave the originating agency). */
    record Legacy(char source, int information, int handling) implements Grade {
        public Legacy {
            if (source < 'A' || source > 'E') throw new IllegalArgumentException("legacy source must be A to E");
            if (information < 1 || information > 5) throw new IllegalArgumentException("legacy information must be 1 to 5");
            if (handling < 1 || handling > 5) throw new IllegalArgumentException("legacy handling must be 1 to 5");
        }
        public String system() { return "5x5x5"; }
        public String sourceCode() { return Character.toString(source); }
        public String informationCode() { return Integer.toString(information); }
        public String handlingCode() { return Integer.toString(handling); }
        public boolean restricted() { return handling >= 4; }
    }

    /** Rebuilds a grade from stored columns; the stored system decides how the codes are read. */
    static Grade of(String system, String source, String information, String handling) {
        return switch (system) {
            case "3x5x2" -> new Current(Integer.parseInt(source), information.charAt(0), handling.charAt(0));
            case "5x5x5" -> new Legacy(source.charAt(0), Integer.parseInt(information), Integer.parseInt(handling));
            default -> throw new IllegalArgumentException("unknown grading system " + system);
        };
    }

    /**
     * Reads a grade typed by a person, returning the refusal reason when it is not valid for the chosen system.
     * A legacy-looking grade offered as 3x5x2 (for example "B2") is refused with a reason that says so.
     */
    static Result parse(String system, String source, String information, String handling) {
        String s = trim(source), i = trim(information), h = trim(handling);
        if (s.isEmpty()) return Result.refused("source", "Enter the source evaluation");
        if (i.isEmpty()) return Result.refused("information", "Enter the intelligence assessment");
        if (h.isEmpty()) return Result.refused("handling", "Enter the handling code");
        if ("3x5x2".equals(system)) {
            if (s.matches("[A-E]") && i.matches("[1-5]"))
                return Result.refused("source", "In 3x5x2 the source is a number and the information a letter: "
                        + s + i + " looks like a legacy 5x5x5 grade; record it as 5x5x5");
            if (!s.matches("[1-3]")) return Result.refused("source", "Source evaluation must be 1, 2 or 3");
            if (!i.matches("[A-E]")) return Result.refused("information", "Intelligence assessment must be A, B, C, D or E");
            if (!h.matches("[PC]")) return Result.refused("handling", "Handling code must be P or C");
            return Result.ok(new Current(Integer.parseInt(s), i.charAt(0), h.charAt(0)));
        }
        if ("5x5x5".equals(system)) {
            if (s.matches("[1-3]") && i.matches("[A-E]"))
                return Result.refused("source", "In 5x5x5 the source is a letter and the information a number: "
                        + s + i + " looks like a current 3x5x2 grade; record it as 3x5x2");
            if (!s.matches("[A-E]")) return Result.refused("source", "Legacy source evaluation must be A, B, C, D or E");
            if (!i.matches("[1-5]")) return Result.refused("information", "Legacy information assessment must be 1 to 5");
            if (!h.matches("[1-5]")) return Result.refused("handling", "Legacy handling code must be 1 to 5");
            return Result.ok(new Legacy(s.charAt(0), Integer.parseInt(i), Integer.parseInt(h)));
        }
        return Result.refused("system", "Choose the grading system: 3x5x2 or legacy 5x5x5");
    }

    private static String trim(String v) {
        return v == null ? "" : v.trim().toUpperCase();
    }

    /** The outcome of parsing: a grade, or the field at fault and why. */
    record Result(Grade grade, String field, String reason) {
        static Result ok(Grade g) { return new Result(g, null, null); }
        static Result refused(String field, String reason) { return new Result(null, field, reason); }
        public Optional<Grade> value() { return Optional.ofNullable(grade); }
    }
}
