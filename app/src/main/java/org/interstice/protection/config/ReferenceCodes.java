package org.interstice.protection.config;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** CIN census code lists held in {@code census_code}. */
@Component("protectionReferenceCodes")
public class ReferenceCodes {

    public record Code(String code, String label) {
    }

    private final JdbcClient jdbc;

    ReferenceCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Code> list(String codeList) {
        return jdbc.sql("SELECT code, label FROM census_code WHERE code_list = :list ORDER BY sort_order")
                .param("list", codeList).query(Code.class).list();
    }

    public List<Code> referralSources() {
        return list("REFERRAL_SOURCE");
    }

    public List<Code> primaryNeeds() {
        return list("PRIMARY_NEED");
    }

    public List<Code> assessmentFactors() {
        return list("ASSESSMENT_FACTOR");
    }

    public List<Code> closureReasons() {
        return list("CLOSURE_REASON");
    }

    public List<Code> cpCategories() {
        return list("CP_CATEGORY");
    }

    public boolean exists(String codeList, String code) {
        return code != null && jdbc.sql("SELECT count(*) FROM census_code WHERE code_list = :list AND code = :code")
                .param("list", codeList).param("code", code).query(Long.class).single() > 0;
    }

    public String label(String codeList, String code) {
        if (code == null) {
            return "";
        }
        return jdbc.sql("SELECT label FROM census_code WHERE code_list = :list AND code = :code")
                .param("list", codeList).param("code", code).query(String.class).optional().orElse(code);
    }
}
