package org.reachable.domain.text.snippet;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.reachable.domain.model.PhoneNumbers;
import org.reachable.domain.text.forwarding.CallForwarding;
import org.reachable.domain.text.forwarding.CallForwarding.Condition;

/**
 * The values of the call-forwarding text ({@code forwarding} in the template): the number, and per
 * condition the code that switches forwarding on and the one that cancels it, each with its
 * {@code tel:} link. The words around them are the template's, so that each language says them
 * in its own way; without a number, {@code set} is false and the template asks for one.
 */
final class ForwardingValues {

    private ForwardingValues() {
    }

    static Map<String, Object> of(Optional<CallForwarding> forwarding, PhoneNumbers phones) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("set", forwarding.isPresent());
        m.put("number", forwarding.map(f -> phones.international(f.to(), "ZZ")).orElse(""));
        forwarding.ifPresent(f -> {
            m.put("unconditional", code(f, Condition.UNCONDITIONAL));
            m.put("noAnswer", code(f, Condition.NO_ANSWER));
            m.put("busy", code(f, Condition.BUSY));
            m.put("notReachable", code(f, Condition.NOT_REACHABLE));
            m.put("allConditional", code(f, Condition.ALL_CONDITIONAL));
        });
        return m;
    }

    private static Map<String, Object> code(CallForwarding forwarding, Condition condition) {
        CallForwarding.Code code = forwarding.code(condition);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("on", code.on());
        m.put("off", code.off());
        m.put("onUri", code.onUri());
        m.put("offUri", code.offUri());
        return m;
    }
}
