package org.reachable.domain.text.forwarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachable.domain.text.forwarding.CallForwarding.Condition;

class CallForwardingTest {

    private final CallForwarding toAnna = new CallForwarding("+31612345678");

    @Test
    void eachConditionHasItsStandardCodeWithTheE164NumberAndItsCancel() {
        assertEquals(List.of("**21*+31612345678#", "**61*+31612345678#", "**67*+31612345678#",
                "**62*+31612345678#", "**004*+31612345678#"), toAnna.codes().stream().map(CallForwarding.Code::on)
                .toList());
        assertEquals(List.of("##21#", "##61#", "##67#", "##62#", "##004#"), toAnna.codes().stream()
                .map(CallForwarding.Code::off).toList());
        assertEquals(Condition.UNCONDITIONAL, toAnna.codes().get(0).condition());
    }

    @Test
    void theTelLinkKeepsTheStarsAndEscapesEveryHash() {
        CallForwarding.Code always = toAnna.code(Condition.UNCONDITIONAL);
        assertEquals("tel:**21*+31612345678%23", always.onUri());
        assertEquals("tel:%23%2321%23", always.offUri());
        assertEquals("tel:**004*+31612345678%23", toAnna.code(Condition.ALL_CONDITIONAL).onUri());
        for (CallForwarding.Code code : toAnna.codes()) {
            assertFalse(code.onUri().contains("#") || code.offUri().contains("#"),
                    "a # would start the URI's fragment: " + code);
        }
    }

    @Test
    void onlyAnE164NumberIsForwardedTo() {
        assertTrue(CallForwarding.isE164("+442071234567"));
        for (String bad : new String[] {"0612345678", "+31 6 12345678", "+0612345678", "+3161234567890123",
                "+", "", "+31#21", "0031612345678"}) {
            assertFalse(CallForwarding.isE164(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> new CallForwarding(bad), bad);
        }
    }
}
