package org.scalingadvisor.bench;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.config.SerializationConfiguration;
import io.micronaut.serde.config.annotation.SerdeConfig;
import org.scalingadvisor.evaluation.Evaluation;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Evaluation → JSON bytes for the benchmarks: EvaluationJson where the build has it, else Micronaut Serde with
 * the service's inclusion (ALWAYS), so the same benchmark classes measure the base commit (e4d224d) too.
 */
final class BenchSerialiser {

    private BenchSerialiser() {
    }

    static MethodHandle serialiser() throws Exception {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        try {
            Class<?> json = Class.forName("org.scalingadvisor.evaluation.EvaluationJson");
            return lookup.findStatic(json, "write", MethodType.methodType(byte[].class, Evaluation.class));
        } catch (ClassNotFoundException e) {
            ObjectMapper mapper = ObjectMapper.getDefault().cloneWithConfiguration(null, new SerializationConfiguration() {
                @Override
                public SerdeConfig.SerInclude getInclusion() {
                    return SerdeConfig.SerInclude.ALWAYS;
                }

                @Override
                public boolean isAlwaysSerializeErrorsAsList() {
                    return true;
                }
            }, null);
            return lookup.findVirtual(ObjectMapper.class, "writeValueAsBytes", MethodType.methodType(byte[].class, Object.class))
                    .bindTo(mapper).asType(MethodType.methodType(byte[].class, Evaluation.class));
        }
    }
}
