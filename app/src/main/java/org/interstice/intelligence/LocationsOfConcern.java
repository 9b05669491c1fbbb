package org.interstice.intelligence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Locations of concern (addresses and premises such as takeaways, hotels and taxi offices) for the exploitation
 * panel's agenda, read-only. Only intelligence whose POLE content may be shared across the partnership counts: a
 * report not restricted by its handling code, or one with a sanitised summary; so nothing here reveals a restricted
 * report to the panel.
 */
@Component
public class LocationsOfConcern {

    /**
     * A location and how many of the given children and suspects, and how many reports since the date, link to it.
     * A person links to a location when a report links them directly or names both.
     */
    public record Location(UUID entityId, EntityType type, String label, String premisesKind, int children,
                           int suspects, int reportsSince) {

        /** Children, suspects and reports that link to it: the panel discusses the most linked first. */
        public int links() {
            return children + suspects + reportsSince;
        }
    }

    private final JdbcClient jdbc;

    LocationsOfConcern(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locations linked to any of the children or suspects (identity subjects) or named in reports dated on or after
     * {@code since}, most linked first (then by name), at most {@code limit}.
     */
    public List<Location> linkedTo(Collection<UUID> childSubjectIds, Collection<UUID> suspectSubjectIds,
                                   LocalDate since, int limit) {
        return jdbc.sql("""
                        with people as (
                            select e.id as person_id, bool_or(e.subject_id = any(:children)) as child,
                                   bool_or(e.subject_id = any(:suspects)) as suspect
                            from pole_entity e
                            where e.kind = 'PERSON' and (e.subject_id = any(:children) or e.subject_id = any(:suspects))
                            group by e.id
                        ), shared as (
                            select r.id, r.reported_on from intelligence_report r
                            where intelligence_content_visible(r.id, null, null)
                        ), place_person as (
                            select l.to_entity_id as place, p.person_id, p.child, p.suspect
                            from pole_link l join people p on p.person_id = l.from_entity_id
                            join shared s on s.id = l.report_id
                            union
                            select l.from_entity_id, p.person_id, p.child, p.suspect
                            from pole_link l join people p on p.person_id = l.to_entity_id
                            join shared s on s.id = l.report_id
                            union
                            select place.entity_id, p.person_id, p.child, p.suspect
                            from intelligence_mention named join people p on p.person_id = named.entity_id
                            join shared s on s.id = named.report_id
                            join intelligence_mention place on place.report_id = named.report_id
                        ), place_report as (
                            select m.entity_id as place, s.id as report_id
                            from intelligence_mention m join shared s on s.id = m.report_id
                            where s.reported_on >= :since
                            union
                            select unnest(array[l.from_entity_id, l.to_entity_id]), s.id
                            from pole_link l join shared s on s.id = l.report_id
                            where s.reported_on >= :since
                        ), counted as (
                            select e.id, e.entity_type, e.label, e.premises_kind,
                                   (select count(distinct pp.person_id) from place_person pp where pp.place = e.id and pp.child) as children,
                                   (select count(distinct pp.person_id) from place_person pp where pp.place = e.id and pp.suspect) as suspects,
                                   (select count(distinct pr.report_id) from place_report pr where pr.place = e.id) as reports
                            from pole_entity e
                            where e.kind = 'LOCATION'
                              and (e.id in (select place from place_person) or e.id in (select place from place_report))
                        )
                        select * from counted
                        order by children + suspects + reports desc, children desc, label
                        limit :limit""")
                .param("children", childSubjectIds.toArray(UUID[]::new))
                .param("suspects", suspectSubjectIds.toArray(UUID[]::new))
                .param("since", since).param("limit", limit)
                .query((rs, n) -> new Location(rs.getObject("id", UUID.class),
                        EntityType.valueOf(rs.getString("entity_type")), rs.getString("label"),
                        rs.getString("premises_kind"), rs.getInt("children"), rs.getInt("suspects"),
                        rs.getInt("reports")))
                .list();
    }
}
