package org.scalingadvisor.plan;

import io.micronaut.serde.annotation.Serdeable;

/** The innovation being spread and what is known about it. */
@Serdeable
public record Innovation(
        String name,
        InnovationNature nature,
        Boolean changesProfessionalRoles,
        Boolean changesPowerRelationships,
        Evidence evidence,
        EvidenceShows evidenceShows,
        Boolean valueForMoneyShown,
        Boolean corePrinciplesCodified,
        Boolean localAdaptationAllowed,
        InnovationForm form,
        InnovationOrigin origin,
        Boolean usersAreStaff) {
}
