package org.interstice.protection.alarm;

/**
 * One reason an alarm applies. {@code key} tells reasons of the same code apart (an overdue ICPC clock is a
 * different reason from an overdue visit); {@code text} is what a manager reads.
 */
public record AlarmReason(ReasonCode code, String key, String text) {

    public static AlarmReason of(ReasonCode code, String text) {
        return new AlarmReason(code, code.name(), text);
    }
}
