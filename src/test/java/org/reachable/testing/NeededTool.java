package org.reachable.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * A test that needs a program from outside Maven (Node.js with ical.js, sievec, ...). On a
 * developer's machine without it the test is skipped, saying why. With {@code CI=true} (set by
 * {@code .ci/run}) it fails instead: CI installs every tool, so a missing one is a broken CI, and a
 * green run that quietly skipped the check would claim something nobody checked.
 */
public final class NeededTool {

    private NeededTool() {
    }

    /** True when the environment variable {@code CI} is {@code true}, as in .ci/run and most CI services. */
    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Returns when {@code present}; else skips the test, or under CI fails it, with {@code why}. */
    public static void require(boolean present, String why) {
        if (present) {
            return;
        }
        if (inCi()) {
            throw new AssertionError("CI=true, so this test may not be skipped: " + why);
        }
        Assumptions.assumeTrue(false, why);
    }
}
