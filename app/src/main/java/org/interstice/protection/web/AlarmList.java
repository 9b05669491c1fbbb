package org.interstice.protection.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.interstice.protection.alarm.Alarms.Alarm;

/** Open alarms, ordered by age or risk, with each owner's name. */
public record AlarmList(List<Alarm> alarms, long total, String sort, Map<UUID, String> owners, OffsetDateTime now,
                        LocalDate today) {

    public String owner(Alarm alarm) {
        return owners.getOrDefault(alarm.ownerTeamId(), "No responsible team");
    }

    /** How long the alarm has been open, in days (or hours on its first day). */
    public String age(Alarm alarm) {
        Duration open = Duration.between(alarm.raisedAt(), now);
        long days = open.toDays();
        if (days >= 1) {
            return days + (days == 1 ? " day" : " days");
        }
        long hours = Math.max(0, open.toHours());
        return hours + (hours == 1 ? " hour" : " hours");
    }

    public String childAge(Alarm alarm) {
        return alarm.birthDate() == null ? "Not known" : String.valueOf(java.time.Period.between(alarm.birthDate(), today).getYears());
    }
}
