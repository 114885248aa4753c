package org.scalingadvisor.store;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An owner of plans: the row their plan creates lock, one after another. */
@MappedEntity("plan_owner_lock")
record PlanOwner(@Id String ownerId) {
}
