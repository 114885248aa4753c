package org.scalingadvisor.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.scalingadvisor.plan.PlanRejectedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Planners' plans and their saved versions. A version is saved only when the plan is valid, with
 * its evaluation at that moment; the editor's working copy is kept whatever state it is in.
 */
@Singleton
public class PlanStore {

    /** A saved version with its plan and evaluation as JSON. */
    public record Version(int version, Instant savedAt, String verdict, JsonNode plan, JsonNode evaluation) {
    }

    /** A page of plans, newest change first; {@code next} is null on the last page. */
    public record Page(List<PlanListing> plans, PlanCursor next) {
    }

    private final PlanRepository plans;
    private final VersionRepository versions;
    private final PlanAdvice advice;
    private final Clock clock;
    private final int maxVersions;
    private final int maxPlans;

    PlanStore(PlanRepository plans, VersionRepository versions, PlanAdvice advice,
              @Value("${advisor.plans.max-versions:50}") int maxVersions, @Value("${advisor.plans.max-plans:200}") int maxPlans) {
        this.plans = plans;
        this.versions = versions;
        this.advice = advice;
        this.clock = Clock.systemUTC();
        this.maxVersions = maxVersions;
        this.maxPlans = maxPlans;
    }

    /** Creates a plan whose version 1 is the given plan body, made by the client (null: anonymous). */
    @Transactional
    public StoredPlan create(byte[] body, @Nullable String client) throws PlanRejectedException {
        PlanAdvice.Advised advised = advice.advise(body);
        if (plans.countOf(client) >= maxPlans) {
            throw new LimitReachedException((client == null ? "Anonymous callers have" : "The client " + client + " has")
                    + " made " + maxPlans + " plans, the most allowed (advisor.plans.max-plans); delete one to start another");
        }
        Instant now = now();
        String title = advised.plan().path("title").asText();
        StoredPlan plan = plans.save(new StoredPlan(UUID.randomUUID().toString(), title, 1, advised.verdict(), null, now, now,
                client));
        insertVersion(plan.id(), 1, now, advised);
        return plan;
    }

    /** Saves the plan body as the plan's next version; empty when there is no such plan. */
    @Transactional
    public Optional<Version> addVersion(String id, byte[] body) throws PlanRejectedException {
        PlanAdvice.Advised advised = advice.advise(body);
        Optional<StoredPlan> found = plans.findByIdForUpdate(id);
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
        return Optional.of(new Version(next, now, advised.verdict(), advised.plan(), advised.evaluation()));
    }

    /** Up to {@code size} plans changed before the cursor (from the newest when it is null). */
    @Transactional
    public Page list(@Nullable PlanCursor after, int size) {
        List<PlanListing> rows = after == null ? plans.firstPage(size + 1) : plans.pageAfter(after.updatedAt(), after.id(), size + 1);
        if (rows.size() <= size) {
            return new Page(rows, null);
        }
        PlanListing last = rows.get(size - 1);
        return new Page(rows.subList(0, size), new PlanCursor(last.updatedAt(), last.id()));
    }

    @Transactional
    public Optional<StoredPlan> find(String id) {
        return plans.findById(id);
    }

    /** The plan's versions, oldest first, without their bodies. */
    @Transactional
    public List<VersionListing> versions(String id) {
        return versions.listOf(id);
    }

    @Transactional
    public Optional<Version> version(String id, int version) {
        return versions.findByPlanIdAndVersion(id, version).map(PlanStore::toVersion);
    }

    /** Keeps what the editor holds now, valid or not; false when there is no such plan. */
    @Transactional
    public boolean keepWorkingCopy(String id, JsonNode working) {
        Optional<StoredPlan> plan = plans.findByIdForUpdate(id);
        plan.ifPresent(p -> plans.update(p.withWorkingCopy(write(working), now())));
        return plan.isPresent();
    }

    /** Deletes the plan and its versions; false when there was no such plan. */
    @Transactional
    public boolean delete(String id) {
        if (!plans.existsById(id)) {
            return false;
        }
        versions.deleteByPlanId(id);
        plans.deleteById(id);
        return true;
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
