package org.scalingadvisor.evaluation;

import org.scalingadvisor.ruleset.SourceRef;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The evaluation JSON (CONTRACT §2) written straight to bytes: the same bytes Micronaut Serde writes
 * for an {@link Evaluation} with inclusion ALWAYS (fields in record order, nulls and empty lists
 * written, compact, Jackson's string escaping, {@code loadedAt} as an ISO-8601 instant), in a
 * fraction of the time. What is fixed per rule (ruleId, kind, title, message, audiences, refs,
 * sources, the trace's rule, file and line) is encoded once and copied on every evaluation.
 * {@code EvaluationJsonTest} holds it to Serde's output.
 */
public final class EvaluationJson {

    /** Encoded fixed parts of one rule's items, valid while the item carries the very same values. */
    private record Fixed(String ruleId, String kind, String title, String message, List<String> audiences, List<String> refs,
                         List<SourceRef> sources, String rule, String file, int line, byte[] head, byte[] middle, byte[] tail) {

        boolean matches(Evaluation.Item item) {
            Evaluation.Trace t = item.trace();
            return item.ruleId() == ruleId && item.kind() == kind && item.title() == title && item.message() == message
                    && item.audiences() == audiences && item.refs() == refs && item.sources() == sources
                    && t != null && t.rule() == rule && t.file() == file && t.line() == line;
        }
    }

    /** By ruleId. A reload brings new values, so an entry that no longer matches is replaced. */
    private static final Map<String, Fixed> FIXED = new ConcurrentHashMap<>();
    private static final int MAX_FIXED = 10_000;
    private static final ThreadLocal<JsonBytes> BUFFERS = ThreadLocal.withInitial(() -> new JsonBytes(64 * 1024));
    /** A buffer that grew past this for one big answer is not kept for the thread's next one. */
    private static final int MAX_KEPT_BUFFER = 256 * 1024;

    private static volatile Object[] lastInstant = {null, null};

    private EvaluationJson() {
    }

    /** The evaluation's JSON. */
    public static byte[] write(Evaluation evaluation) {
        JsonBytes out = BUFFERS.get();
        out.reset();
        evaluation(out, evaluation);
        byte[] bytes = out.toByteArray();
        if (out.capacity() > MAX_KEPT_BUFFER) {
            BUFFERS.remove();
        }
        return bytes;
    }

    private static void evaluation(JsonBytes out, Evaluation e) {
        out.raw("{\"evaluationId\":").string(e.evaluationId());
        out.raw(",\"plan\":");
        if (e.plan() == null) {
            out.nullValue();
        } else {
            out.raw("{\"title\":").string(e.plan().title()).raw('}');
        }
        out.raw(",\"ruleset\":");
        Evaluation.RulesetRef r = e.ruleset();
        if (r == null) {
            out.nullValue();
        } else {
            out.raw("{\"version\":").string(r.version()).raw(",\"ruleCount\":").number(r.ruleCount())
                    .raw(",\"loadedAt\":").string(instant(r.loadedAt())).raw('}');
        }
        out.raw(",\"summary\":");
        summary(out, e.summary());
        out.raw(",\"advice\":");
        if (e.advice() == null) {
            out.nullValue();
        } else {
            out.raw('[');
            for (int i = 0; i < e.advice().size(); i++) {
                if (i > 0) {
                    out.raw(',');
                }
                item(out, e.advice().get(i));
            }
            out.raw(']');
        }
        if (e.policy() != null) { // absent when no policy was asked for (NON_NULL on that member only)
            policy(out, e.policy());
        }
        out.raw('}');
    }

    private static void policy(JsonBytes out, PolicyCheck.Outcome p) {
        out.raw(",\"policy\":{\"name\":").string(p.name()).raw(",\"outcome\":").string(p.outcome()).raw(",\"reasons\":");
        if (p.reasons() == null) {
            out.nullValue();
        } else {
            out.raw('[');
            for (int i = 0; i < p.reasons().size(); i++) {
                PolicyCheck.Reason r = p.reasons().get(i);
                out.raw(i > 0 ? ",{\"ruleId\":" : "{\"ruleId\":").string(r.ruleId()).raw(",\"criterion\":").string(r.criterion())
                        .raw(",\"why\":").string(r.why()).raw('}');
            }
            out.raw(']');
        }
        out.raw('}');
    }

    private static void summary(JsonBytes out, Evaluation.Summary s) {
        if (s == null) {
            out.nullValue();
            return;
        }
        out.raw("{\"verdict\":").string(s.verdict()).raw(",\"myths\":").strings(s.myths()).raw(",\"counts\":");
        Evaluation.Counts c = s.counts();
        if (c == null) {
            out.nullValue();
        } else {
            out.raw("{\"CRITICAL\":").number(c.CRITICAL()).raw(",\"HIGH\":").number(c.HIGH())
                    .raw(",\"MEDIUM\":").number(c.MEDIUM()).raw(",\"LOW\":").number(c.LOW()).raw('}');
        }
        out.raw(",\"gaps\":").number(s.gaps()).raw(",\"strengths\":").number(s.strengths())
                .raw(",\"firstActions\":").strings(s.firstActions()).raw(",\"actions\":");
        if (s.actions() == null) {
            out.nullValue();
        } else {
            out.raw('[');
            for (int i = 0; i < s.actions().size(); i++) {
                Evaluation.Action a = s.actions().get(i);
                out.raw(i == 0 ? "{\"ruleId\":" : ",{\"ruleId\":").string(a.ruleId()).raw(",\"title\":").string(a.title())
                        .raw(",\"nextStep\":").string(a.nextStep()).raw('}');
            }
            out.raw(']');
        }
        out.raw('}');
    }

    private static void item(JsonBytes out, Evaluation.Item item) {
        Fixed fixed = fixed(item);
        out.raw("{\"rank\":").number(item.rank());
        if (fixed != null) {
            out.raw(fixed.head());
        } else {
            head(out, item);
        }
        priority(out, item.priority());
        if (fixed != null) {
            out.raw(fixed.middle());
        } else {
            middle(out, item);
        }
        signs(out, item.signs());
        Evaluation.Trace t = item.trace();
        if (t == null) {
            out.raw(",\"trace\":").nullValue().raw(",\"about\":").strings(item.about())
                    .raw(item.folded() ? ",\"folded\":true}" : ",\"folded\":false}");
            return;
        }
        if (fixed != null) {
            out.raw(fixed.tail());
        } else {
            tail(out, t);
        }
        out.strings(t.evidence()).raw(",\"missing\":").strings(t.missing()).raw(",\"derivedFrom\":").strings(t.derivedFrom())
                .raw(",\"merged\":").strings(t.merged()).raw("},\"about\":").strings(item.about())
                .raw(item.folded() ? ",\"folded\":true}" : ",\"folded\":false}");
    }

    /** From after the rank up to the priority's value. */
    private static void head(JsonBytes out, Evaluation.Item item) {
        out.raw(",\"ruleId\":").string(item.ruleId()).raw(",\"kind\":").string(item.kind())
                .raw(",\"title\":").string(item.title()).raw(",\"message\":").string(item.message())
                .raw(",\"audiences\":").strings(item.audiences()).raw(",\"refs\":").strings(item.refs()).raw(",\"priority\":");
    }

    /** From after the priority up to the signs' value. */
    private static void middle(JsonBytes out, Evaluation.Item item) {
        out.raw(",\"sources\":");
        List<SourceRef> sources = item.sources();
        if (sources == null) {
            out.nullValue();
        } else {
            out.raw('[');
            for (int i = 0; i < sources.size(); i++) {
                SourceRef s = sources.get(i);
                if (i > 0) {
                    out.raw(',');
                }
                if (s == null) {
                    out.nullValue();
                } else {
                    out.raw("{\"sourceId\":").string(s.sourceId()).raw(",\"section\":").string(s.section()).raw('}');
                }
            }
            out.raw(']');
        }
        out.raw(",\"signs\":");
    }

    /** From after the signs up to the trace's evidence value. */
    private static void tail(JsonBytes out, Evaluation.Trace t) {
        out.raw(",\"trace\":{\"rule\":").string(t.rule()).raw(",\"file\":").string(t.file())
                .raw(",\"line\":").number(t.line()).raw(",\"evidence\":");
    }

    private static void priority(JsonBytes out, Evaluation.Priority p) {
        if (p == null) {
            out.nullValue();
            return;
        }
        out.raw("{\"score\":").number(p.score()).raw(",\"band\":").string(p.band()).raw(",\"contributions\":");
        List<Evaluation.Contribution> contributions = p.contributions();
        if (contributions == null) {
            out.nullValue();
        } else {
            out.raw('[');
            for (int i = 0; i < contributions.size(); i++) {
                Evaluation.Contribution c = contributions.get(i);
                if (i > 0) {
                    out.raw(',');
                }
                if (c == null) {
                    out.nullValue();
                } else {
                    out.raw("{\"ruleId\":").string(c.ruleId()).raw(",\"points\":").number(c.points())
                            .raw(",\"reason\":").string(c.reason()).raw('}');
                }
            }
            out.raw(']');
        }
        out.raw('}');
    }

    private static void signs(JsonBytes out, List<Evaluation.Sign> signs) {
        if (signs == null) {
            out.nullValue();
            return;
        }
        out.raw('[');
        for (int i = 0; i < signs.size(); i++) {
            Evaluation.Sign s = signs.get(i);
            if (i > 0) {
                out.raw(',');
            }
            if (s == null) {
                out.nullValue();
            } else {
                out.raw("{\"id\":").string(s.id()).raw(",\"text\":").string(s.text()).raw(",\"evidence\":").strings(s.evidence())
                        .raw('}');
            }
        }
        out.raw(']');
    }

    private static Fixed fixed(Evaluation.Item item) {
        if (item.ruleId() == null || item.trace() == null) {
            return null;
        }
        Fixed fixed = FIXED.get(item.ruleId());
        if (fixed != null && fixed.matches(item)) {
            return fixed;
        }
        JsonBytes part = new JsonBytes(1024);
        head(part, item);
        byte[] head = part.toByteArray();
        part.reset();
        middle(part, item);
        byte[] middle = part.toByteArray();
        part.reset();
        tail(part, item.trace());
        Evaluation.Trace t = item.trace();
        fixed = new Fixed(item.ruleId(), item.kind(), item.title(), item.message(), item.audiences(), item.refs(), item.sources(),
                t.rule(), t.file(), t.line(), head, middle, part.toByteArray());
        if (FIXED.size() >= MAX_FIXED) {
            FIXED.clear();
        }
        FIXED.put(item.ruleId(), fixed);
        return fixed;
    }

    /** ISO-8601 with the fraction in groups of three digits, as Serde writes an Instant; the last one is kept. */
    private static String instant(Instant instant) {
        if (instant == null) {
            return null;
        }
        Object[] last = lastInstant;
        if (last[0] == instant) {
            return (String) last[1];
        }
        String text = DateTimeFormatter.ISO_INSTANT.format(instant);
        lastInstant = new Object[] {instant, text};
        return text;
    }
}
