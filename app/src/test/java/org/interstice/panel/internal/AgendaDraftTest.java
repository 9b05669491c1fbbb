package org.interstice.panel.internal;

import java.util.List;
import java.util.UUID;

import org.interstice.panel.AgendaSignal;
import org.interstice.panel.VoltSection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interstice.panel.VoltSection.LOCATIONS;
import static org.interstice.panel.VoltSection.OFFENDERS;
import static org.interstice.panel.VoltSection.TRENDS;
import static org.interstice.panel.VoltSection.VICTIMS;

class AgendaDraftTest {

    private final UUID amy = UUID.randomUUID();
    private final UUID ben = UUID.randomUUID();
    private final UUID suspect = UUID.randomUUID();

    @Test
    void the_agenda_runs_in_volt_order_whatever_order_the_data_came_in() {
        List<AgendaDraft.Item> items = AgendaDraft.from(List.of(
                new AgendaSignal(TRENDS, null, "Missing episodes", "up from 4 to 9"),
                new AgendaSignal(LOCATIONS, null, "Station Road takeaway", "named by two children"),
                new AgendaSignal(OFFENDERS, suspect, "Suspect S-1", "named by three sources, no pursuit action"),
                new AgendaSignal(VICTIMS, amy, "Child A", "high risk, no plan")));
        assertThat(items).extracting(AgendaDraft.Item::section).containsExactly(VICTIMS, OFFENDERS, LOCATIONS, TRENDS);
    }

    @Test
    void a_child_with_several_reasons_is_one_item_and_comes_before_a_child_with_one() {
        List<AgendaDraft.Item> items = AgendaDraft.from(List.of(
                new AgendaSignal(VICTIMS, ben, "Child B", "overdue hand-off"),
                new AgendaSignal(VICTIMS, amy, "Child A", "red referral since last meeting"),
                new AgendaSignal(VICTIMS, amy, "Child A", "overdue hand-off")));
        assertThat(items).hasSize(2);
        assertThat(items.get(0).subjectId()).isEqualTo(amy);
        assertThat(items.get(0).detail()).isEqualTo("red referral since last meeting; overdue hand-off");
        assertThat(items).extracting(AgendaDraft.Item::position).containsExactly(1, 2);
    }

    @Test
    void positions_restart_in_each_section() {
        List<AgendaDraft.Item> items = AgendaDraft.from(List.of(
                new AgendaSignal(VICTIMS, amy, "Child A", "x"),
                new AgendaSignal(VoltSection.TRENDS, null, "Declined hand-offs", "2, up from 0"),
                new AgendaSignal(VoltSection.TRENDS, null, "Red hand-offs", "5, no change")));
        assertThat(items).extracting(AgendaDraft.Item::position).containsExactly(1, 1, 2);
    }

    @Test
    void trends_say_which_way_they_went() {
        assertThat(new Trend("Red hand-offs sent", 7, 3).sentence()).isEqualTo("Red hand-offs sent: 7, up from 3");
        assertThat(new Trend("Hand-offs declined", 1, 4).sentence()).isEqualTo("Hand-offs declined: 1, down from 4");
        assertThat(new Trend("Overdue", 2, 2).sentence()).isEqualTo("Overdue: 2, no change");
    }
}
