package org.interstice.learning;

import com.jayway.jsonpath.JsonPath;
import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Agencies;
import org.interstice.agency.Role;
import org.interstice.learning.measure.MeasureChart;
import org.interstice.learning.measure.SystemMeasures;
import org.interstice.learning.spc.Point;
import org.interstice.learning.spc.Rule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The system measures from live data, through the API as an outside system (and the owners' check) sees them. */
@IntegrationTest
class MeasuresTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SystemMeasures measures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Agencies agencies;

    @Autowired
    Clock clock;

    private List<Map<String, Object>> apiMeasures() throws Exception {
        String body = mvc.perform(get("/api/v1/measures").with(SignIn.partnershipToken()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.measures");
    }

    @Test
    void thePartnershipTokenGetsEveryMeasureMonthlyAndWeeklyWithPointsLimitsAndSignals() throws Exception {
        mvc.perform(get("/api/v1/measures").with(SignIn.partnershipToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measures.length()").value(measures.measures().size() * 2))
                .andExpect(jsonPath("$.measures[0].code").value("MASH_DECISION_IN_TIME"))
                .andExpect(jsonPath("$.measures[0].improvement").value("UP"))
                .andExpect(jsonPath("$.measures[0].period").value("MONTH"))
                .andExpect(jsonPath("$.measures[0].points.length()").value(24))
                .andExpect(jsonPath("$.measures[0].points[23].period").value(YearMonth.now(clock).minusMonths(1).toString()))
                .andExpect(jsonPath("$.measures[0].points[0].n").isNumber())
                .andExpect(jsonPath("$.measures[0].mean").isNumber())
                .andExpect(jsonPath("$.measures[0].lowerLimit").isNumber())
                .andExpect(jsonPath("$.measures[0].upperLimit").isNumber())
                .andExpect(jsonPath("$.measures[0].signals[0].rule").isString())
                .andExpect(jsonPath("$.measures[?(@.period == 'WEEK')].points[0].period").value(
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.matchesPattern("\\d{4}-W\\d{2}"))));
        assertThat(measures.measures()).extracting(Measure::code).containsExactly("MASH_DECISION_IN_TIME",
                "TOP_RISK_TO_ACTIVE_PLAN", "SUSPECT_PURSUED_WITHIN_28_DAYS", "HANDOFF_ACKNOWLEDGED_IN_TIME",
                "RE_REFERRAL_WITHIN_12_MONTHS", "KNOWN_NOT_PROTECTED_OVER_14_DAYS", "RETURN_INTERVIEW_IN_TIME");
    }

    @Test
    void theMeanAndLimitsAreExactlyWhatTheReturnedPointsGive() throws Exception {
        for (Map<String, Object> m : apiMeasures()) {
            List<Map<String, Object>> points = (List<Map<String, Object>>) m.get("points");
            List<Double> values = new ArrayList<>();
            for (Map<String, Object> p : points) {
                values.add(p.get("value") == null ? null : ((Number) p.get("value")).doubleValue());
                assertThat(p.get("value") == null).as("a gap has n = 0").isEqualTo(((Number) p.get("n")).intValue() == 0);
            }
            double sum = 0;
            int count = 0;
            double ranges = 0;
            int rangeCount = 0;
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    sum += values.get(i);
                    count++;
                    if (i > 0 && values.get(i - 1) != null) {
                        ranges += Math.abs(values.get(i) - values.get(i - 1));
                        rangeCount++;
                    }
                }
            }
            String what = m.get("code") + " " + m.get("period");
            assertThat(count).as(what + " has data").isPositive();
            double mean = sum / count;
            double mr = ranges / rangeCount;
            assertThat(((Number) m.get("mean")).doubleValue()).as(what).isCloseTo(mean, within(1e-9));
            assertThat(((Number) m.get("upperLimit")).doubleValue()).as(what).isCloseTo(mean + 2.66 * mr, within(1e-9));
            assertThat(((Number) m.get("lowerLimit")).doubleValue()).as(what).isCloseTo(mean - 2.66 * mr, within(1e-9));
        }
    }

    @Test
    void theDemoHistoryShowsEachKindOfSpecialCauseInTheMonthlyCharts() {
        Set<Rule> seen = EnumSet.noneOf(Rule.class);
        for (MeasureChart c : measures.charts(Grain.MONTH)) {
            long withData = c.chart().points().stream().filter(p -> !p.isGap()).count();
            assertThat(withData).as(c.measure().code() + " has 24 months of data").isEqualTo(24);
            assertThat(c.chart().points().stream().map(Point::value).distinct().count())
                    .as(c.measure().code() + " varies").isGreaterThan(3);
            c.chart().signals().forEach(s -> seen.add(s.rule()));
        }
        assertThat(seen).containsExactlyInAnyOrder(Rule.values());
    }

    @Test
    void aLateMashDecisionInLastMonthLowersThatMonthsShareAndAddsOneToItsCount() throws Exception {
        LocalDate due = YearMonth.now(clock).minusMonths(1).atDay(10);
        Map<String, Object> before = point("MASH_DECISION_IN_TIME", "MONTH", YearMonth.from(due).toString());
        UUID child = UUID.randomUUID();
        jdbc.sql("INSERT INTO protection_child (subject_id, stated_name) VALUES (:id, 'Measure Test Child')").param("id", child).update();
        jdbc.sql("""
                INSERT INTO protection_contact (id, subject_id, referring_agency_id, referred_by, referral_source, received_at,
                        concern, decision_due_on, outcome, outcome_reason, decided_at, decided_by)
                VALUES (:id, :child, :agency, 'test', '6', :received, 'test', :due, 'NFA', 'test', :decided, 'test')""")
                .param("id", UUID.randomUUID()).param("child", child).param("agency", agencies.byCode("NSP").orElseThrow().id())
                .param("received", Timestamp.valueOf(due.minusDays(1).atTime(LocalTime.NOON)))
                .param("due", due).param("decided", Timestamp.valueOf(due.plusDays(3).atTime(LocalTime.NOON)))
                .update();
        Map<String, Object> after = point("MASH_DECISION_IN_TIME", "MONTH", YearMonth.from(due).toString());
        int n = ((Number) before.get("n")).intValue();
        double share = ((Number) before.get("value")).doubleValue();
        assertThat(((Number) after.get("n")).intValue()).isEqualTo(n + 1);
        assertThat(((Number) after.get("value")).doubleValue()).isCloseTo(share * n / (n + 1), within(1e-9));
    }

    @Test
    void aHandoffAcknowledgedInTimeRaisesThatWeeksShare() throws Exception {
        LocalDate monday = Grain.WEEK.startOf(LocalDate.now(clock)).minusWeeks(2);
        String week = Grain.WEEK.label(monday);
        Map<String, Object> before = point("HANDOFF_ACKNOWLEDGED_IN_TIME", "WEEK", week);
        UUID from = agencies.byCode("NSP").orElseThrow().id();
        UUID to = agencies.byCode("NBH").orElseThrow().id();
        Timestamp due = Timestamp.valueOf(monday.plusDays(2).atTime(17, 0));
        jdbc.sql("""
                INSERT INTO handoff (id, kind, urgency, from_agency_id, to_agency_id, summary, state, sent_at,
                        acknowledgement_due_at, completion_due_at, acknowledged_at, accepted_at, closed_at, closing_note)
                VALUES (:id, 'ACTION', 'AMBER', :from, :to, 'test', 'COMPLETED', :sent, :due, :due, :ack, :ack, :ack, 'test')""")
                .param("id", UUID.randomUUID()).param("from", from).param("to", to)
                .param("sent", Timestamp.valueOf(monday.plusDays(1).atTime(10, 0))).param("due", due)
                .param("ack", Timestamp.valueOf(monday.plusDays(1).atTime(11, 0)))
                .update();
        Map<String, Object> after = point("HANDOFF_ACKNOWLEDGED_IN_TIME", "WEEK", week);
        int n = before.get("value") == null ? 0 : ((Number) before.get("n")).intValue();
        double hits = n == 0 ? 0 : ((Number) before.get("value")).doubleValue() * n / 100;
        assertThat(((Number) after.get("n")).intValue()).isEqualTo(n + 1);
        assertThat(((Number) after.get("value")).doubleValue()).isCloseTo(100 * (hits + 1) / (n + 1), within(1e-9));
    }

    @Test
    void aReturnHomeInterviewOfferedLateLowersThatMonthsShareAndOneNotYetDueIsNotCounted() throws Exception {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        Map<String, Object> before = point("RETURN_INTERVIEW_IN_TIME", "MONTH", last.toString());
        UUID police = agencies.byCode("NSP").orElseThrow().id();
        UUID child = UUID.randomUUID();
        java.time.OffsetDateTime returned = last.atDay(12).atTime(20, 0).atZone(clock.getZone()).toOffsetDateTime();
        UUID episode = missingEpisode(police, child, returned);
        jdbc.sql("""
                INSERT INTO return_home_interview (id, episode_id, subject_id, returned_at, due_at, owner_agency_id, status, offered_at)
                VALUES (:id, :episode, :child, :returned, :due, :owner, 'OFFERED', :offered)""")
                .param("id", UUID.randomUUID()).param("episode", episode).param("child", child).param("returned", returned)
                .param("due", returned.plusHours(72)).param("owner", police).param("offered", returned.plusHours(100)).update();
        Map<String, Object> current = point("RETURN_INTERVIEW_IN_TIME", "MONTH", last.toString());
        int n = ((Number) before.get("n")).intValue();
        double share = ((Number) before.get("value")).doubleValue();
        assertThat(((Number) current.get("n")).intValue()).isEqualTo(n + 1);
        assertThat(((Number) current.get("value")).doubleValue()).isCloseTo(share * n / (n + 1), within(1e-9));

        // an interview that falls due tomorrow and is not yet offered is not yet a failure: it is not counted
        Measure measure = measures.measures().stream().filter(m -> m.code().equals("RETURN_INTERVIEW_IN_TIME")).findFirst().orElseThrow();
        LocalDate from = LocalDate.now(clock).minusDays(10);
        LocalDate to = LocalDate.now(clock).plusDays(10);
        int counted = measure.tally(Grain.MONTH, from, to).stream().mapToInt(t -> t.n()).sum();
        java.time.OffsetDateTime recent = java.time.OffsetDateTime.now(clock).minusHours(48);
        UUID pending = missingEpisode(police, UUID.randomUUID(), recent);
        jdbc.sql("""
                INSERT INTO return_home_interview (id, episode_id, subject_id, returned_at, due_at, owner_agency_id)
                VALUES (:id, :episode, :child, :returned, :due, :owner)""")
                .param("id", UUID.randomUUID()).param("episode", pending).param("child", UUID.randomUUID())
                .param("returned", recent).param("due", recent.plusHours(72)).param("owner", police).update();
        assertThat(measure.tally(Grain.MONTH, from, to).stream().mapToInt(t -> t.n()).sum()).isEqualTo(counted);
        // once it is offered in time it counts, in time
        jdbc.sql("UPDATE return_home_interview SET status = 'OFFERED', offered_at = :at WHERE episode_id = :episode")
                .param("at", recent.plusHours(30)).param("episode", pending).update();
        assertThat(measure.tally(Grain.MONTH, from, to).stream().mapToInt(t -> t.n()).sum()).isEqualTo(counted + 1);
    }

    private UUID missingEpisode(UUID agency, UUID child, java.time.OffsetDateTime returned) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO signal (id, kind, agency_id, source_id, subject_id, occurred_at, ended_at, summary, received_via,
                                    recorded_at, recorded_by)
                VALUES (:id, 'MISSING_EPISODE', :agency, :source, :child, :from, :returned, 'test', 'DEMO', :returned, 'test')""")
                .param("id", id).param("agency", agency).param("source", "TEST-" + id).param("child", child)
                .param("from", returned.minusHours(10)).param("returned", returned).update();
        return id;
    }

    private Map<String, Object> point(String code, String period, String label) throws Exception {
        return apiMeasures().stream().filter(m -> m.get("code").equals(code) && m.get("period").equals(period))
                .flatMap(m -> ((List<Map<String, Object>>) m.get("points")).stream())
                .filter(p -> p.get("period").equals(label)).findFirst().orElseThrow();
    }

    @Test
    void anAgencyTokenASignedInUserAndNoTokenAreRefused() throws Exception {
        String agency = agencies.byCode("NSP").orElseThrow().id().toString();
        String page = mvc.perform(post("/admin/tokens").with(SignIn.as(Role.SYSTEM_ADMINISTRATOR)).with(csrf())
                        .param("agency", agency).param("name", "Measures test " + System.nanoTime()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = page.replaceAll("(?s).*<code class=\"app-token\" id=\"token\">([^<]+)</code>.*", "$1");
        mvc.perform(get("/api/v1/measures").with(SignIn.bearer(token))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/measures").with(SignIn.as(Role.PARTNERSHIP_LEAD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/measures")).andExpect(status().isUnauthorized());
    }

    @Test
    void theMeasuresPageShowsEachChartsTableWithoutJavaScript() throws Exception {
        String page = mvc.perform(get("/learning/measures").with(SignIn.as(Role.ELECTED_MEMBER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("MASH decisions within 1 working day", "Re-referrals within 12 months",
                "mash-decision-in-time-month-table", YearMonth.now(clock).minusMonths(1).toString());
        String weekly = mvc.perform(get("/learning/measures").param("period", "WEEK").with(SignIn.as(Role.PARTNERSHIP_LEAD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(weekly).contains(Grain.WEEK.label(Grain.WEEK.startOf(LocalDate.now(clock)).minusWeeks(1)));
        mvc.perform(get("/learning/measures").with(SignIn.as(Role.SYSTEM_ADMINISTRATOR))).andExpect(status().isForbidden());
    }
}
