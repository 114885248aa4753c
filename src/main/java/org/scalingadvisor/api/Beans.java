package org.scalingadvisor.api;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.plan.PlanReader;

/** The plain-Java parts of the engine, as beans for the HTTP layer. */
@Factory
class Beans {

    @Singleton
    PlanReader planReader() {
        return new PlanReader();
    }

    @Singleton
    Evaluator evaluator() {
        return new Evaluator();
    }
}
