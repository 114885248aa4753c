package org.scalingadvisor.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.scalingadvisor.http.Caller;
import org.scalingadvisor.plan.PlanRejectedException;
import org.slf4j.MDC;

/**
 * Planners' plans and their saved versions. A version is saved only when the plan is valid, with
 * its evaluation at that moment; the editor's working copy is kept whatever state it is in.
 */
@Singleton
public class PlanStore {

    /** A saved version with its plan and evaluation as JSON. */
    public record Version(int version, Instant savedAt, String verdict, JsonNode plan, JsonNode evaluation) {
    }

    /** What a caller may do with a plan: nothing (it is not theirs: 404), read and save (shared with them), or everything. */
    public enum Access { NONE, SHARED, OWNER }

    /** A page of plans, newest change first; {@code next} is null on the last page. */
    public record Page(List<PlanListing> plans, PlanCursor next) {
    }

    private final PlanRepository plans;
    private final VersionRepository versions;
    private final ShareRepository shares;
    private final PlanOwnerRepository owners;
    private final AuditRepository audit;
    private final PlanAdvice advice;
    private final Clock clock;
    private final int maxVersions;
    private final int maxPlans;

    PlanStore(PlanRepository plans, VersionRepository versions, ShareRepository shares, PlanOwnerRepository owners,
              AuditRepository audit, PlanAdvice advice,
              @Value("${advisor.plans.max-versions:50}") int maxVersions, @Value("${advisor.plans.max-plans:200}") int maxPlans) {
        this.maxVersions = maxVersions;
        this.maxPlans = maxPlans;
        this.plans = plans;
        this.versions = versions;
        this.shares = shares;
        this.owners = owners;
        this.audit = audit;
        this.advice = advice;
        this.clock = Clock.systemUTC();
    }

    /** Creates a plan whose version 1 is the given plan body, owned by the caller and their team. */
    @Transactional
    public StoredPlan create(byte[] body, Caller caller) throws PlanRejectedException {
        return create(advice.advise(body), caller);
    }

    /** The same for a plan already checked and evaluated. */
    @Transactional
    public StoredPlan create(PlanAdvice.Advised advised, Caller caller) {
        // Creates sent at once by one owner wait here for each other, so each counts the plans the others made.
        owners.insertIfAbsent(caller.id());
        owners.findByOwnerIdForUpdate(caller.id());
        if (plans.countByOwnerId(caller.id()) >= maxPlans) {
            throw new LimitReachedException("You have made " + maxPlans + " plans, the most allowed"
                    + " (advisor.plans.max-plans); delete one to start another");
        }
        Instant now = now();
        String title = advised.plan().path("title").asText();
        StoredPlan plan = plans.save(new StoredPlan(UUID.randomUUID().toString(), title, 1, advised.verdict(), null, now, now,
                caller.kind() == Caller.Kind.KEY ? caller.client() : null, caller.id(), caller.team()));
        insertVersion(plan.id(), 1, now, advised);
        log(now, caller, "CREATED", plan.id(), 1, null);
        return plan;
    }

    /** Saves the plan body as the plan's next version; empty when there is no such plan the caller may see. */
    @Transactional
    public Optional<Version> addVersion(String id, byte[] body, Caller caller) throws PlanRejectedException {
        return addVersion(id, advice.advise(body), caller);
    }

    /** The same for a plan already checked and evaluated. */
    @Transactional
    public Optional<Version> addVersion(String id, PlanAdvice.Advised advised, Caller caller) {
        Optional<StoredPlan> found = plans.findByIdForUpdate(id).filter(p -> access(p, caller) != Access.NONE);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredPlan plan = found.get();
        if (plan.latestVersion() >= maxVersions) {
            throw new LimitReachedException("The plan has " + plan.latestVersion() + " saved versions, the most allowed"
                    + " (advisor.plans.max-versions); start a new plan from its JSON to keep saving");
        }
        Instant now = now();
        int next = plan.latestVersion() + 1;
        // The saved version supersedes the working copy it came from.
        plans.update(plan.withVersion(next, advised.plan().path("title").asText(), advised.verdict(), now)
                .withWorkingCopy(null, now));
        insertVersion(id, next, now, advised);
        log(now, caller, "SAVED", id, next, null);
        return Optional.of(new Version(next, now, advised.verdict(), advised.plan(), advised.evaluation()));
    }

    /** Up to {@code size} of the plans the caller may see, changed before the cursor (from the newest when it is null). */
    @Transactional
    public Page list(@Nullable PlanCursor after, int size, Caller caller) {
        List<PlanListing> rows;
        if (caller.kind() == Caller.Kind.LOCAL) {
            rows = after == null ? plans.firstPage(size + 1) : plans.pageAfter(after.updatedAt(), after.id(), size + 1);
        } else {
            // "" is never a team's name: an empty IN list is not SQL.
            List<String> teams = caller.teams().isEmpty() ? List.of("") : caller.teams();
            rows = after == null ? plans.firstVisiblePage(caller.id(), teams, caller.grantees(), size + 1)
                    : plans.visiblePageAfter(caller.id(), teams, caller.grantees(), after.updatedAt(), after.id(), size + 1);
        }
        if (rows.size() <= size) {
            return new Page(rows, null);
        }
        PlanListing last = rows.get(size - 1);
        return new Page(rows.subList(0, size), new PlanCursor(last.updatedAt(), last.id()));
    }

    /** The plan, when the caller may see it. */
    @Transactional
    public Optional<StoredPlan> find(String id, Caller caller) {
        return plans.findById(id).filter(p -> access(p, caller) != Access.NONE);
    }

    /** What the caller may do with the plan (NONE also when there is no such plan). */
    @Transactional
    public Access access(String id, Caller caller) {
        return plans.findById(id).map(p -> access(p, caller)).orElse(Access.NONE);
    }

    /** The plan's versions, oldest first, without their bodies (none when the caller may not see the plan). */
    @Transactional
    public List<VersionListing> versions(String id, Caller caller) {
        if (find(id, caller).isEmpty()) {
            return List.of();
        }
        return versions.listOf(id);
    }

    @Transactional
    public Optional<Version> version(String id, int version, Caller caller) {
        if (find(id, caller).isEmpty()) {
            return Optional.empty();
        }
        return versions.findByPlanIdAndVersion(id, version).map(PlanStore::toVersion);
    }

    /** Keeps what the editor holds now, valid or not; false when there is no such plan the caller may see. */
    @Transactional
    public boolean keepWorkingCopy(String id, JsonNode working, Caller caller) {
        Optional<StoredPlan> plan = plans.findByIdForUpdate(id).filter(p -> access(p, caller) != Access.NONE);
        plan.ifPresent(p -> plans.update(p.withWorkingCopy(write(working), now())));
        return plan.isPresent();
    }

    /** Replaces the working copy with imported JSON, and says so in the audit log. */
    @Transactional
    public boolean importWorkingCopy(String id, JsonNode imported, Caller caller) {
        boolean kept = keepWorkingCopy(id, imported, caller);
        if (kept) {
            log(now(), caller, "IMPORTED", id, null, null);
        }
        return kept;
    }

    /** Deletes the plan and its versions; false when there was no such plan the caller may see. Only its owners may. */
    @Transactional
    public boolean delete(String id, Caller caller) {
        Access access = access(id, caller);
        if (access == Access.NONE) {
            return false;
        }
        if (access != Access.OWNER) {
            throw new NotOwnerException("only the plan's owner or team may delete it");
        }
        shares.deleteByPlanId(id);
        versions.deleteByPlanId(id);
        plans.deleteById(id);
        log(now(), caller, "DELETED", id, null, null);
        return true;
    }

    /** Shares the plan with {@code person:<sub>} or {@code team:<name>}; false when there is no such plan the caller may see. */
    @Transactional
    public boolean share(String id, String grantee, Caller caller) {
        // The plan's row is locked, so of two identical shares at once the second waits and then finds the first.
        Access access = plans.findByIdForUpdate(id).map(p -> access(p, caller)).orElse(Access.NONE);
        if (access == Access.NONE) {
            return false;
        }
        if (access != Access.OWNER) {
            throw new NotOwnerException("only the plan's owner or team may share it");
        }
        Instant now = now();
        if (!shares.existsByPlanIdAndGrantee(id, grantee)) {
            shares.save(new PlanShare(UUID.randomUUID().toString(), id, grantee, caller.id(), now));
            log(now, caller, "SHARED", id, null, "with " + grantee);
        }
        return true;
    }

    /** What removing a share came to. */
    public enum Unshared { REMOVED, NO_SUCH_SHARE, NO_SUCH_PLAN }

    /** Stops sharing the plan with the grantee. Only its owners may. */
    @Transactional
    public Unshared unshare(String id, String grantee, Caller caller) {
        Access access = plans.findByIdForUpdate(id).map(p -> access(p, caller)).orElse(Access.NONE);
        if (access == Access.NONE) {
            return Unshared.NO_SUCH_PLAN;
        }
        if (access != Access.OWNER) {
            throw new NotOwnerException("only the plan's owner or team may stop sharing it");
        }
        if (shares.deleteByPlanIdAndGrantee(id, grantee) == 0) {
            return Unshared.NO_SUCH_SHARE;
        }
        log(now(), caller, "UNSHARED", id, null, "with " + grantee);
        return Unshared.REMOVED;
    }

    /** Who the plan is shared with (grantees), oldest share first. */
    @Transactional
    public List<String> shares(String id) {
        return shares.findByPlanIdOrderByGrantedAt(id).stream().map(PlanShare::grantee).toList();
    }

    /** The plan's audit log, newest first: for those who may see the plan, and for auditors (also after it is deleted). */
    @Transactional
    public Optional<List<AuditEvent>> audit(String id, Caller caller, int limit) {
        if (!caller.auditor() && find(id, caller).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(audit.newestForPlan(id, limit));
    }

    /** The whole audit log, newest first (auditors only: the caller checks). */
    @Transactional
    public List<AuditEvent> audit(int limit) {
        return audit.newest(limit);
    }

    /** A caller who may see a plan but not delete or share it. */
    public static final class NotOwnerException extends RuntimeException {
        NotOwnerException(String message) {
            super(message);
        }
    }

    private Access access(StoredPlan plan, Caller caller) {
        if (caller.kind() == Caller.Kind.LOCAL || plan.ownerId().equals(caller.id())
                || plan.teamId() != null && caller.teams().contains(plan.teamId())) {
            return Access.OWNER;
        }
        return shares.existsByPlanIdAndGranteeInList(plan.id(), caller.grantees()) ? Access.SHARED : Access.NONE;
    }

    private void log(Instant at, Caller caller, String action, String planId, Integer version, String detail) {
        audit.save(new AuditEvent(UUID.randomUUID().toString(), at, caller.id(), action, planId, version, detail, MDC.get("requestId")));
    }

    private void insertVersion(String planId, int number, Instant at, PlanAdvice.Advised advised) {
        versions.save(new StoredVersion(UUID.randomUUID().toString(), planId, number, at, advised.verdict(),
                write(advised.plan()), write(advised.evaluation())));
    }

    /** Microseconds: what both H2 and PostgreSQL keep, so a stored time reads back equal. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Version toVersion(StoredVersion v) {
        return new Version(v.version(), v.savedAt(), v.verdict(), read(v.planJson()), read(v.evaluationJson()));
    }

    static JsonNode read(String json) {
        try {
            return PlanAdvice.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored JSON column does not parse", e);
        }
    }

    static String write(JsonNode json) {
        try {
            return PlanAdvice.JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
