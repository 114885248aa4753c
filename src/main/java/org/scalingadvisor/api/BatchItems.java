package org.scalingadvisor.api;

import org.scalingadvisor.http.References;
import org.scalingadvisor.http.Problem;
import org.scalingadvisor.http.ApiException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamReadException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a batch body into its items without reading the plans: each item's plan stays the exact bytes
 * the client sent, so it is read as strictly as the body of a single POST, and a bad plan fails alone.
 * Two forms: a JSON document {@code { "items": [ { "reference", "plan" } ] }}, or NDJSON, one item per line
 * (where even a line that is not JSON fails alone).
 */
final class BatchItems {

    /** An item of the batch: its plan's bytes, or the problem with the item itself (then plan is null). */
    record Item(int index, String reference, byte[] plan, Problem problem) {
    }

    private static final int MAX_DEPTH = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxNumberLength(40)
                    .maxStringLength(100_000).build())
            .build();

    private final int maxItems;

    BatchItems(int maxItems) {
        this.maxItems = maxItems;
    }

    /** The items of a JSON batch document; a body that is not such a document is one 400 (or 413 for too many items). */
    List<Item> fromJson(byte[] body) {
        byte[] json = withoutBom(body);
        List<Item> items = new ArrayList<>();
        boolean sawItems = false;
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw invalidBatch("", "a batch is a JSON object: { \"items\": [ { \"reference\": \"…\", \"plan\": { … } } ] }");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!field.equals("items")) {
                    throw invalidBatch("/" + escape(field), "is not a field of a batch; a batch has only items");
                }
                if (sawItems) {
                    throw invalidBatch("/items", "items is given twice");
                }
                sawItems = true;
                if (value != JsonToken.START_ARRAY) {
                    throw invalidBatch("/items", "items must be an array of { reference, plan }");
                }
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (items.size() == maxItems) {
                        throw tooManyItems();
                    }
                    items.add(item(items.size(), parser, json));
                }
            }
            if (parser.nextToken() != null) {
                throw invalidBatch("", "the body holds more than the batch object");
            }
        } catch (StreamReadException e) {
            throw malformed("The batch is not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "; send it as NDJSON (one item per line) if one bad item should fail alone.");
        } catch (IOException e) {
            throw malformed("The batch could not be read as JSON.");
        }
        if (!sawItems) {
            throw invalidBatch("/items", "is required: a batch is { \"items\": [ … ] }");
        }
        if (items.isEmpty()) {
            throw invalidBatch("/items", "holds no items; send at least one");
        }
        return items;
    }

    /** The items of an NDJSON batch: one { reference, plan } per line; blank lines are skipped. */
    List<Item> fromNdjson(byte[] body) {
        byte[] text = withoutBom(body);
        List<Item> items = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length; i++) {
            if (i == text.length || text[i] == '\n') {
                byte[] line = Arrays.copyOfRange(text, start, i > start && text[i - 1] == '\r' ? i - 1 : i);
                start = i + 1;
                if (isBlank(line)) {
                    continue;
                }
                if (items.size() == maxItems) {
                    throw tooManyItems();
                }
                items.add(line(items.size(), line));
            }
        }
        if (items.isEmpty()) {
            throw invalidBatch("", "the batch holds no items; send one { \"reference\": \"…\", \"plan\": { … } } per line");
        }
        return items;
    }

    private Item line(int index, byte[] line) {
        try (JsonParser parser = FACTORY.createParser(line)) {
            parser.nextToken();
            Item item = item(index, parser, line);
            if (item.problem() == null && parser.nextToken() != null) {
                return failed(index, item.reference(), itemProblem("", "a line holds one item and nothing after it"));
            }
            return item;
        } catch (StreamReadException e) {
            return failed(index, null, Problem.of(400, "malformed_json", "Malformed JSON", "Line " + (index + 1)
                    + " of the batch is not valid JSON (at column " + e.getLocation().getColumnNr() + ").",
                    List.of(Problem.Error.at("", "not valid JSON"))));
        } catch (IOException e) {
            return failed(index, null, itemProblem("", "the line could not be read"));
        }
    }

    /** Reads one item; the parser is on its first token and is left on its last. */
    private static Item item(int index, JsonParser parser, byte[] source) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return failed(index, null, itemProblem("", "an item is an object: { \"reference\": \"…\", \"plan\": { … } }"));
        }
        String reference = null;
        byte[] plan = null;
        List<Problem.Error> errors = new ArrayList<>();
        boolean sawReference = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("plan") && plan == null) {
                int from = (int) parser.currentTokenLocation().getByteOffset();
                parser.skipChildren();
                parser.finishToken(); // a string value is read lazily: read it, so the location is past its end
                int to = (int) parser.currentLocation().getByteOffset();
                plan = Arrays.copyOfRange(source, from, to);
            } else if (field.equals("reference") && !sawReference) {
                sawReference = true;
                if (value == JsonToken.VALUE_STRING && References.PATTERN.matcher(parser.getText()).matches()) {
                    reference = parser.getText();
                } else if (value != JsonToken.VALUE_NULL) {
                    parser.skipChildren();
                    errors.add(Problem.Error.parameter("reference", References.RULE + ", or absent"));
                }
            } else {
                parser.skipChildren();
                errors.add(Problem.Error.parameter(field, field.equals("plan") || field.equals("reference")
                        ? field + " is given twice" : "is not a field of a batch item; an item has reference and plan"));
            }
        }
        if (plan == null) {
            errors.add(Problem.Error.parameter("plan", "is required: the plan to evaluate"));
        }
        if (!errors.isEmpty()) {
            return failed(index, reference, Problem.of(400, "invalid_item", "Invalid batch item",
                    "This item of the batch is not { reference, plan }; it was not evaluated.", errors));
        }
        return new Item(index, reference, plan, null);
    }

    private static Item failed(int index, String reference, Problem problem) {
        return new Item(index, reference, null, problem);
    }

    private static Problem itemProblem(String pointer, String message) {
        return Problem.of(400, "invalid_item", "Invalid batch item", "This item of the batch is not { reference, plan }; it was not evaluated.",
                List.of(Problem.Error.at(pointer, message)));
    }

    private ApiException tooManyItems() {
        return ApiException.batchTooLarge("The batch holds more than " + maxItems + " items (advisor.batch.max-items);"
                + " split it into smaller batches.", Problem.Error.at("/items", "at most " + maxItems + " items"));
    }

    private static ApiException invalidBatch(String pointer, String message) {
        return ApiException.problem(Problem.of(400, "invalid_batch", "Invalid batch",
                "The body is not a batch; nothing was evaluated.", List.of(Problem.Error.at(pointer, message))));
    }

    private static ApiException malformed(String detail) {
        return ApiException.problem(Problem.of(400, "malformed_json", "Malformed JSON", detail, List.of(Problem.Error.at("", "not valid JSON"))));
    }

    private static byte[] withoutBom(byte[] body) {
        boolean bom = body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf;
        return bom ? Arrays.copyOfRange(body, 3, body.length) : body;
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }
}
