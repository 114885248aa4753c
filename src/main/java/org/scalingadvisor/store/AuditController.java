package org.scalingadvisor.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.scalingadvisor.http.ApiException;
import org.scalingadvisor.http.Caller;
import org.scalingadvisor.http.Callers;

/** The whole audit log, newest first, for auditors ({@code advisor.api.auditors}, or people with the auditor role). */
@Controller("/api/v1/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {

    private static final int MAX_LIMIT = 1000;

    private final PlanStore store;

    AuditController(PlanStore store) {
        this.store = store;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    PlansController.AuditLog audit(HttpRequest<?> request, @Nullable @QueryValue String limit) {
        Caller caller = Callers.of(request);
        if (!caller.auditor()) {
            throw ApiException.forbidden("the whole audit log is for auditors; GET /api/v1/plans/{id}/audit shows a plan's own");
        }
        if (limit != null && (!limit.matches("[0-9]{1,4}") || Integer.parseInt(limit) < 1 || Integer.parseInt(limit) > MAX_LIMIT)) {
            throw ApiException.badParameter("limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
        }
        return new PlansController.AuditLog(store.audit(limit == null ? 100 : Integer.parseInt(limit)));
    }
}
