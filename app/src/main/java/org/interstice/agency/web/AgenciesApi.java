package org.interstice.agency.web;

import org.interstice.agency.Agencies;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The partnership's agencies, for any agency's API token. */
@RestController
class AgenciesApi {

    private final Agencies agencies;

    AgenciesApi(Agencies agencies) {
        this.agencies = agencies;
    }

    /**
     * @param code      stable agency code
     * @param name      agency name
     * @param kind      CHILDRENS_SOCIAL_CARE, POLICE, HEALTH, EDUCATION, YOUTH_JUSTICE, VOLUNTARY or LICENSING
     * @param kindLabel the kind in words, e.g. "Children's social care"
     */
    record AgencyView(String code, String name, String kind, String kindLabel) {
    }

    @GetMapping("/api/v1/agencies")
    @PreAuthorize("hasRole('API')")
    List<AgencyView> agencies() {
        return agencies.all().stream()
                .map(a -> new AgencyView(a.code(), a.name(), a.kind().name(), a.kind().label()))
                .toList();
    }
}
