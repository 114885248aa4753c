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
        List<FieldError> errors = validate(tree);
        if (!errors.isEmpty()) {
            throw new PlanRejectedException(PlanRejectedException.Reason.INVALID_PLAN,
                    errors.size() == 1 ? "The plan has 1 problem." : "The plan has " + errors.size() + " problems.", errors);
        }
        try {
            return mapper.treeToValue(tree, ScalingPlan.class);
        } catch (JsonProcessingException e) {
            // The schema admits only what the records can hold, so this means the two disagree.
            throw new IllegalStateException("a plan that satisfies the schema did not bind: " + e.getOriginalMessage(), e);
        }
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
            return tree;
        } catch (StreamReadException e) {
            JsonParser p = e.getProcessor();
            String pointer = p == null ? "" : p.getParsingContext().pathAsPointer().toString();
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new PlanRejectedException(PlanRejectedException.Reason.MALFORMED_JSON,
                    "The request body is not valid JSON" + where + ".",
                    List.of(new FieldError(pointer, plain(e.getOriginalMessage()))));
        } catch (JsonProcessingException e) {
            throw new PlanRejectedException(PlanRejectedException.Reason.MALFORMED_JSON,
                    "The request body is not valid JSON.", List.of(new FieldError("", plain(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new PlanRejectedException(PlanRejectedException.Reason.MALFORMED_JSON,
                    "The request body could not be read as UTF-8 JSON.", List.of(new FieldError("", plain(e.getMessage()))));
        }
    }

    /**
     * Checks the body is strict UTF-8 (RFC 8259 requires it): overlong forms, encoded surrogates and
     * other invalid sequences are refused rather than repaired. Decodes in small chunks so nothing
     * the size of the body is allocated. Returns where the JSON starts (after a BOM, if any).
     */
    private static int checkUtf8(byte[] body) throws PlanRejectedException {
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
            throw new PlanRejectedException(PlanRejectedException.Reason.MALFORMED_JSON,
                    "The request body is not valid UTF-8 (at byte " + in.position() + "); send JSON encoded as UTF-8.",
                    List.of(new FieldError("", "invalid UTF-8 byte sequence")));
        }
        boolean bom = body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf;
        return bom ? 3 : 0;
    }

    /** Checks a parsed plan against the schema; an empty list means it is valid. */
    public List<FieldError> validate(JsonNode tree) {
        Set<ValidationMessage> messages = schema.validate(tree);
        if (messages.isEmpty()) {
            return List.of();
        }
        Set<FieldError> errors = new LinkedHashSet<>();
        for (ValidationMessage message : messages) {
            errors.add(describe(message, tree));
        }
        return errors.stream()
                .sorted(Comparator.comparing(FieldError::pointer).thenComparing(FieldError::message))
                .limit(MAX_ERRORS)
                .toList();
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
