package org.reachable.domain.text;

/** How day names are written: "ma t/m vr", "maandag t/m vrijdag", "maandag tot en met vrijdag". */
public enum DayStyle {
    /** Abbreviated, for lines and signatures: "ma t/m vr", "Mon–Fri". */
    SHORT,
    /** Full names, written: "maandag t/m vrijdag", "Monday to Friday". */
    LONG,
    /** Full names with nothing to abbreviate, to be read aloud: "maandag tot en met vrijdag". */
    SPOKEN
}
