package org.scalingadvisor.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.FailFastAssertionException;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a submitted plan strictly: the JSON must parse (no duplicate keys, no NaN, bounded depth),
 * satisfy the plan's JSON Schema (the single statement of what a plan may contain), and only then
 * is bound to the immutable records. Every problem is reported with its JSON pointer.
 */
public final class PlanReader {

    /** The schema served at /api/v1/plan-schema and used to check every plan. */
    public static final String SCHEMA_RESOURCE = "/plan-schema.json";
    /** The schema keyword that maps each enum value to its plain-word meaning. */
    public static final String ENUM_DESCRIPTIONS = "x-enumDescriptions";
    static final int MAX_DEPTH = 16;
    static final int MAX_ERRORS = 50;

    private final ObjectMapper mapper;
    private final JsonSchema schema;
    private final String schemaText;
    private final JsonNode schemaTree;
    /** Answers for most valid plans without the full validator (which alone describes what is wrong). */
    private final ValidPlanShortcut shortcut;
    /** The plan's long lists: a plan full of faults is checked item by item, so checking can stop early. */
    private static final List<String> LIST_FIELDS = List.of("activities", "stakeholders");

    public PlanReader() {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxNumberLength(40)
                        .maxStringLength(100_000)
                        .build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        try (InputStream in = PlanReader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the classpath");
            }
            this.schemaText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            this.schemaTree = new ObjectMapper().readTree(schemaText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.shortcut = ValidPlanShortcut.of(schemaTree);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        // x-enumDescriptions explains each allowed value in plain words (the editor's help text): an annotation, not a check.
        JsonMetaSchema metaSchema = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .keyword(new AnnotationKeyword(ENUM_DESCRIPTIONS)).build();
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, schemas -> schemas.metaSchema(metaSchema))
                .getSchema(schemaText, config);
    }

    /** The plan's JSON Schema as text. */
    public String schemaText() {
        return schemaText;
    }

    /** Reads and checks a plan body; throws with every problem found when it is not a valid plan. */
    public ScalingPlan read(byte[] body) throws PlanRejectedException {
        JsonNode tree = parse(body);
        Checked checked = check(tree);
        List<FieldError> errors = checked.errors();
        if (errors.isEmpty()) {
            errors = activityTimes(tree);
        }
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1 ? "The plan has 1 problem." : checked.unchecked() > 0
                    ? "The plan has at least " + errors.size() + " problems; checking stopped at " + MAX_ERRORS + " (" + checked.unchecked()
                    + " list items were not checked)."
                    : checked.total() > errors.size()
                    ? "The plan has " + checked.total() + " problems; the first " + errors.size() + " are listed ("
                    + (checked.total() - errors.size()) + " more not shown)."
                    : "The plan has " + errors.size() + " problems.";
            throw new PlanRejectedException(PlanRejectedException.Reason.INVALID_PLAN, detail, errors);
        }
        try {
            return mapper.treeToValue(tree, ScalingPlan.class);
        } catch (JsonProcessingException e) {
            // The schema admits only what the records can hold, so this means the two disagree.
            throw new IllegalStateException("a plan that satisfies the schema did not bind: " + e.getOriginalMessage(), e);
        }
    }

    /** What the schema cannot say: an activity ends no earlier than it starts, and one that runs on has no end month. */
    private static List<FieldError> activityTimes(JsonNode tree) {
        JsonNode activities = tree.path("activities");
        List<FieldError> errors = new java.util.ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            JsonNode start = activities.get(i).path("startMonth");
            JsonNode end = activities.get(i).path("endMonth");
            if (start.isNumber() && end.isNumber() && end.asLong() < start.asLong()) {
                errors.add(new FieldError("/activities/" + i + "/endMonth",
                        "must not be before startMonth (" + start.asLong() + "): an activity ends no earlier than it starts"));
            }
            if (end.isNumber() && activities.get(i).path("ongoing").asBoolean(false)) {
                errors.add(new FieldError("/activities/" + i + "/ongoing",
                        "an ongoing activity has no planned end: leave endMonth (" + end.asLong() + ") out, or set ongoing to false"));
            }
        }
        return errors;
    }

    private JsonNode parse(byte[] body) throws PlanRejectedException {
        if (body == null || body.length == 0) {
            throw new PlanRejectedException(PlanRejectedException.Reason.MALFORMED_JSON,
                    "The request body is empty; send the plan as a JSON object.", List.of(new FieldError("", "empty body")));
        }
        int start = checkUtf8(body);
        try (JsonParser parser = mapper.createParser(body, start, body.length - start)) {
            JsonNode tree = mapper.readTree(parser);
            if (tree == null) {
                throw new PlanRejectedException(PlanRejectedException.Reason.MALFORMED_JSON,
                        "The request body holds no JSON value.", List.of(new FieldError("", "no JSON value")));
            }
            // Strict UTF-8 cannot encode a lone surrogate, so only a backslash-u escape can make one: without one, skip the walk.
            String lone = hasUnicodeEscape(body) ? loneSurrogate(tree, "") : null;
            if (lone != null) {
                throw new PlanRejectedException(PlanRejectedException.Reason.MALFORMED_JSON,
                        "The request body holds a \\u escape that is half of a character (a lone surrogate); it is not text.",
                        List.of(new FieldError(lone, "a lone surrogate escape such as \\ud800 is not a character")));
            }
            // JSON refuses raw C0 controls in strings: only an escape (backslash-n, backslash-u ...) makes one, or raw DEL and C1 bytes.
            List<FieldError> controls = ControlCharacters.mayHold(body) ? ControlCharacters.find(tree) : List.of();
            if (!controls.isEmpty()) {
                throw new PlanRejectedException(PlanRejectedException.Reason.INVALID_PLAN, controls.size() == 1
                        ? "The plan has 1 problem." : "The plan has " + controls.size() + " problems.", controls);
            }
            return tree;
        } catch (StreamReadException e) {
            JsonParser p = e.getProcessor();
            String pointer = p == null ? "" : p.getParsingContext().pathAsPointer().toString();
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new PlanRejectedException(PlanRejectedException.Reason.MALFORMED_JSON,
                    "The request body is not valid JSON" + where + ".",
                    List.of(new FieldError(pointer, JsonErrors.inOurWords(e.getOriginalMessage()))));
        } catch (JsonProcessingException e) {
            throw new PlanRejectedException(PlanRejectedException.Reason.MALFORMED_JSON,
                    "The request body is not valid JSON.", List.of(new FieldError("", JsonErrors.inOurWords(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new PlanRejectedException(PlanRejectedException.Reason.MALFORMED_JSON,
                    "The request body could not be read as UTF-8 JSON.", List.of(new FieldError("", "unreadable input")));
        }
    }

    /**
     * Checks the body is strict UTF-8 (RFC 8259 requires it): overlong forms, encoded surrogates and
     * other invalid sequences are refused rather than repaired. Decodes in small chunks so nothing
     * the size of the body is allocated. Returns where the JSON starts (after a BOM, if any).
     */
    private static int checkUtf8(byte[] body) throws PlanRejectedException {
        if (isAscii(body)) {
            return 0; // ASCII is valid UTF-8, and has no BOM
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(1024);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        if (result.isError()) {
            int at = in.position();
            int b = at < body.length ? body[at] & 0xff : -1;
            boolean typographic = b >= 0x91 && b <= 0x94;
            throw new PlanRejectedException(PlanRejectedException.Reason.MALFORMED_JSON, typographic
                    ? "The request body is not valid UTF-8: byte " + at + " looks like a typographic quote (\u2018 \u2019 \u201c \u201d)"
                    + " saved by a word processor in the Windows-1252 encoding. Save the file as UTF-8 and write JSON's quotes as straight quotes (\")."
                    : "The request body is not valid UTF-8 (at byte " + at + "); send JSON encoded as UTF-8.",
                    List.of(new FieldError("", typographic ? "typographic quote in the Windows-1252 encoding" : "invalid UTF-8 byte sequence")));
        }
        boolean bom = body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf;
        return bom ? 3 : 0;
    }

    private static boolean isAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the bytes hold a backslash followed by u (an escaped backslash before a u counts too: it only costs the walk). */
    private static boolean hasUnicodeEscape(byte[] body) {
        for (int i = 0; i + 1 < body.length; i++) {
            if (body[i] == '\\' && body[i + 1] == 'u') {
                return true;
            }
        }
        return false;
    }

    /** Checks a parsed plan against the schema; an empty list means it is valid. At most MAX_ERRORS come back. */
    public List<FieldError> validate(JsonNode tree) {
        return check(tree).errors();
    }

    /** The errors listed, how many there are in all (when known), and how many list items went unchecked. */
    private record Checked(List<FieldError> errors, int total, int unchecked) {
    }

    /**
     * A valid plan the shortcut vouches for costs one walk of plain checks; any other plan, one pass of the full
     * validator that stops at the first fault. An invalid one is checked again to
     * list its faults; a long one is checked item by item, and checking stops after MAX_ERRORS, so
     * rejecting a large plan full of faults stays cheap.
     */
    private Checked check(JsonNode tree) {
        if (shortcut.certainlyValid(tree)) {
            return new Checked(List.of(), 0, 0);
        }
        Set<ValidationMessage> first;
        try {
            first = schema.validate(tree, context -> context.getExecutionConfig().setFailFast(true));
        } catch (FailFastAssertionException e) {
            first = e.getValidationMessages();
        }
        if (first.isEmpty()) {
            return new Checked(List.of(), 0, 0);
        }
        if (!tree.isObject() || itemCount(tree) <= MAX_ERRORS) {
            List<FieldError> all = describeAll(schema.validate(tree), tree, "");
            return new Checked(all.stream().limit(MAX_ERRORS).toList(), all.size(), 0);
        }
        // The plan without its lists, then each list item on its own, until enough faults are found.
        ObjectNode skeleton = ((ObjectNode) tree).deepCopy();
        LIST_FIELDS.forEach(field -> {
            if (skeleton.path(field).isArray()) {
                skeleton.putArray(field);
            }
        });
        List<FieldError> errors = new ArrayList<>(describeAll(schema.validate(skeleton), skeleton, ""));
        int unchecked = 0;
        for (String field : LIST_FIELDS) {
            JsonNode list = tree.path(field);
            if (!list.isArray()) {
                continue;
            }
            int max = schemaTree.path("properties").path(field).path("maxItems").asInt(Integer.MAX_VALUE);
            if (list.size() > max) {
                errors.add(new FieldError("/" + field, "must have at most " + max + " items, found " + list.size()));
            }
            for (int i = 0; i < list.size(); i++) {
                if (errors.size() >= MAX_ERRORS) {
                    unchecked += list.size() - i;
                    break;
                }
                int index = i;
                String prefix = "/" + field + "/0";
                ObjectNode one = JsonNodeFactory.instance.objectNode().put("title", "t");
                one.putArray(field).add(list.get(i));
                errors.addAll(describeAll(schema.validate(one), one, prefix).stream()
                        .map(e -> new FieldError("/" + field + "/" + index + e.pointer().substring(prefix.length()), e.message()))
                        .toList());
            }
        }
        List<FieldError> sorted = errors.stream().distinct()
                .sorted(Comparator.comparing(FieldError::pointer).thenComparing(FieldError::message)).toList();
        return new Checked(sorted.stream().limit(MAX_ERRORS).toList(), sorted.size(), unchecked);
    }

    private static int itemCount(JsonNode tree) {
        int n = 0;
        for (String field : LIST_FIELDS) {
            n += tree.path(field).size();
        }
        return n;
    }

    /** The faults as FieldErrors, sorted; with a prefix, only those under it. */
    private static List<FieldError> describeAll(Set<ValidationMessage> messages, JsonNode tree, String under) {
        Set<FieldError> errors = new LinkedHashSet<>();
        for (ValidationMessage message : messages) {
            FieldError error = describe(message, tree);
            if (under.isEmpty() || error.pointer().startsWith(under)) {
                errors.add(error);
            }
        }
        return errors.stream().sorted(Comparator.comparing(FieldError::pointer).thenComparing(FieldError::message)).toList();
    }

    private static FieldError describe(ValidationMessage m, JsonNode tree) {
        String at = m.getInstanceLocation().toString();
        Object[] args = m.getArguments() == null ? new Object[0] : m.getArguments();
        switch (m.getType()) {
            case "required":
                return new FieldError(child(at, m.getProperty()), "is required");
            case "additionalProperties":
                return new FieldError(child(at, m.getProperty()),
                        "is not a field of the plan here; check the spelling against GET /api/v1/plan-schema");
            case "enum": {
                JsonNode value = tree.at(at);
                String allowed = args.length > 0 ? args[0].toString().replace("\"", "").replaceAll("^\\[|]$", "") : "";
                return new FieldError(at, (value.isTextual() ? "'" + abbreviate(value.asText()) + "'" : value.getNodeType().toString().toLowerCase())
                        + " is not allowed; allowed values: " + allowed);
            }
            case "type":
                return new FieldError(at, "must be " + article(String.valueOf(args.length > 1 ? args[1] : "?"))
                        + ", found " + (args.length > 0 ? args[0] : "?"));
            default: {
                String text = m.getMessage();
                String prefix = at + ": ";
                return new FieldError(at, text.startsWith(prefix) ? text.substring(prefix.length()) : text);
            }
        }
    }

    private static String child(String parent, String property) {
        if (property == null) {
            return parent;
        }
        return parent + "/" + property.replace("~", "~0").replace("/", "~1");
    }

    private static String article(String type) {
        return (type.matches("^[aeiou].*") ? "an " : "a ") + type;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    /** The pointer of the first string (value or key) holding a lone surrogate, or null. */
    private static String loneSurrogate(JsonNode node, String at) {
        if (node.isTextual()) {
            return hasLoneSurrogate(node.textValue()) ? at : null;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = loneSurrogate(node.get(i), at + "/" + i);
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            for (var it = node.fields(); it.hasNext(); ) {
                var entry = it.next();
                String child = at + "/" + entry.getKey().replace("~", "~0").replace("/", "~1");
                if (hasLoneSurrogate(entry.getKey())) {
                    return at;
                }
                String found = loneSurrogate(entry.getValue(), child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Jackson's message without its source excerpt, and in one line. */
    private static String plain(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int cut = message.indexOf("\n at [Source");
        String text = cut >= 0 ? message.substring(0, cut) : message;
        // Never echo the body back: drop Jackson's "(start marker at [Source: ...])" excerpts.
        return text.replaceAll("\\s*\\(start marker at \\[.*?]\\)", "").replaceAll("\\s+", " ").trim();
    }
}
