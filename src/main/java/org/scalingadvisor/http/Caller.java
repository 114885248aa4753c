package org.scalingadvisor.http;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * Who is asking: a person signed in through OpenID Connect (their {@code sub}, teams and roles), a
 * machine with an API key, or the one local user of a personal instance (no identity configured).
 */
public record Caller(Kind kind, String id, List<String> teams, boolean auditor, boolean operator) {

    /** How the caller identified themselves. */
    public enum Kind { LOCAL, PERSON, KEY }

    /** Everyone on a personal instance: owns every plan, reads every record. */
    public static final Caller LOCAL = new Caller(Kind.LOCAL, "local", List.of(), true, true);

    private static final String LOCAL_ID = "local";

    /**
     * A person by their {@code sub}. A subject that could pass for the local user or a key ("local",
     * "key:…", or one already starting "oidc:") is kept apart as {@code oidc:<sub>}, so no identity
     * provider can hand someone the local user's plans or a machine's.
     */
    public static Caller person(String subject, List<String> teams, boolean auditor, boolean operator) {
        String id = subject.equals(LOCAL_ID) || subject.startsWith("key:") || subject.startsWith("oidc:") ? "oidc:" + subject : subject;
        return new Caller(Kind.PERSON, id, List.copyOf(teams), auditor, operator);
    }

    public static Caller key(String name, boolean auditor, boolean operator) {
        return new Caller(Kind.KEY, "key:" + name, List.of(), auditor, operator);
    }

    /** The team a plan made by this caller belongs to (the first the claim names), or null. */
    @Nullable
    public String team() {
        return teams.isEmpty() ? null : teams.get(0);
    }

    /** The decision records' {@code client}: the key's name, {@code oidc:<sub>} for a person, null locally. */
    @Nullable
    public String client() {
        return switch (kind) {
            case KEY -> id.substring(4);
            case PERSON -> "oidc:" + id;
            case LOCAL -> null;
        };
    }

    /** The names a plan can be shared with that reach this caller: {@code person:<sub>} and {@code team:<name>} for each team. */
    public List<String> grantees() {
        List<String> names = new ArrayList<>();
        names.add(kind == Kind.PERSON ? "person:" + id : id);
        teams.forEach(team -> names.add("team:" + team));
        return names;
    }
}
