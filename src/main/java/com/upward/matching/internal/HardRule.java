package com.upward.matching.internal;

import com.upward.base.i18n.Text;

/** Rules no suggestion, auto-match or manual assignment may break. */
public enum HardRule {
    SAME_PERSON,
    MANAGER_CHAIN,
    CAPACITY,
    EARLIER_PAIR;

    /** What the rule forbids, as a refusal says it ("The mentor is the mentee's manager…"). */
    public Text text() {
        return Text.of("matching.rule.hard." + name());
    }
}
