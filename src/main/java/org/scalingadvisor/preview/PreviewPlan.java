package org.scalingadvisor.preview;

/**
 * A plan a preview tries both rule sets on: where it comes from ({@code source}, e.g. a corpus folder or a
 * database), a name the trainer can find it by, the plan's JSON and the audience filter to ask with (null: none).
 */
public record PreviewPlan(String source, String name, byte[] plan, String audience) {
}
