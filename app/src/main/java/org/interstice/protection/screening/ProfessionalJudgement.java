package org.interstice.protection.screening;

/**
 * A practitioner's recorded judgement that the child's risk is higher than the screening reached. SERAF allows a
 * professional-judgement override upwards only (docs/domain.md section 3; ADR 0040), and it must say who and why.
 */
public record ProfessionalJudgement(int rank, String by, String reason) {

    public ProfessionalJudgement {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("A professional judgement must say who made it");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A professional judgement must say why");
        }
        reason = reason.strip();
    }
}
