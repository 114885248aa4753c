package org.scalingadvisor.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;

import java.util.Map;

/** GET /problems/{code}: a short page saying what each problem code means (the problems' type URIs point here). */
@Controller(ProblemTypesController.PATH)
public class ProblemTypesController {

    public static final String PATH = "/problems";

    public static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("malformed_json", "The body is not JSON the service can read: not UTF-8, duplicate keys, NaN, nesting deeper than 16, or a syntax error. The errors list says where."),
            Map.entry("invalid_plan", "The body is JSON but not a plan: an unknown field, an unknown enum value (the allowed values are listed), a wrong type, a value out of range, or no title. Each error has the JSON pointer of the field."),
            Map.entry("invalid_parameter", "A query parameter has a value the endpoint does not accept, e.g. audience, or a policy that is not loaded (the known ones are listed)."),
            Map.entry("invalid_batch", "The body of a batch is not { \"items\": [ { \"reference\": ..., \"plan\": ... } ] } with at least one item; nothing was evaluated."),
            Map.entry("invalid_item", "One item of a batch is not { reference, plan }: no plan, a reference that is not text of 1 to 200 characters, or an unknown field (named in parameter). The other items were evaluated."),
            Map.entry("batch_too_large", "A batch has more items than advisor.batch.max-items or more bytes than advisor.batch.max-bytes; nothing was evaluated. Split it."),
            Map.entry("bad_request", "The request could not be read."),
            Map.entry("unauthorized", "The endpoint needs a bearer token: the admin token, or an API key where advisor.api.keys is set."),
            Map.entry("forbidden", "The token is wrong, or a cross-origin request came from an origin not listed in micronaut.server.cors."),
            Map.entry("not_found", "No such path, or no rule, plan, decision record or rule set version with that id."),
            Map.entry("method_not_allowed", "The path exists but not with this method."),
            Map.entry("not_acceptable", "The Accept header asks for a format the service does not produce (it answers JSON)."),
            Map.entry("body_timeout", "The request body did not arrive in time (advisor.http.body-timeout-ms); the connection was closed."),
            Map.entry("body_too_large", "The body is larger than the server reads whole (1 MB, micronaut.server.max-request-buffer-size), or a batch's body larger than micronaut.server.max-request-size."),
            Map.entry("uri_too_long", "The request line is longer than the server accepts."),
            Map.entry("unsupported_media_type", "The body must be application/json in UTF-8, with that Content-Type header."),
            Map.entry("headers_too_large", "The request headers are larger than the server accepts."),
            Map.entry("server_busy", "Too many request bodies were arriving at once; retry after the Retry-After seconds."),
            Map.entry("invalid_header", "A request header has a value the endpoint does not accept, e.g. an Idempotency-Key over 200 characters."),
            Map.entry("idempotency_key_reused", "The Idempotency-Key was used before with a different plan or reference; use a new key for a different request."),
            Map.entry("records_disabled", "This service keeps no decision records (advisor.records.enabled is false)."),
            Map.entry("records_unavailable", "The decision records could not be read just now; retry after the Retry-After seconds."),
            Map.entry("evaluation_deadline", "The rules ran past the evaluation deadline (advisor.evaluation.deadline-ms) on this plan and were stopped; the rule set misbehaves on it and the fault is logged."),
            Map.entry("limit_reached", "A plan or a version beyond the bounds: advisor.plans.max-plans plans per owner, advisor.plans.max-versions versions per plan."),
            Map.entry("conflict", "The change collided with another made at the same moment (the database refused it by a constraint); read the resource again and retry if still needed."),
            Map.entry("database_unavailable", "The database holding plans could not be reached or written just now; retry after the Retry-After seconds."),
            Map.entry("stored_plan_invalid", "The plan stored with a record is no longer a valid plan for this service, so it cannot be replayed."),
            Map.entry("internal_error", "The service failed to answer; the fault is logged and was not caused by the request."));

    @Get(uri = "/{code}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> page(@PathVariable String code) {
        String meaning = MEANINGS.get(code);
        if (meaning == null) {
            throw ApiException.notFound("no problem code '" + code.replaceAll("[^a-z_]", "?") + "'");
        }
        return HttpResponse.ok("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + code
                + " - Scaling Advisor</title></head><body><h1>" + code + "</h1><p>" + meaning
                + "</p><p>Errors are application/problem+json (RFC 9457); see the API description at"
                + " <a href=\"/openapi/scaling-advisor-1.yml\">/openapi/scaling-advisor-1.yml</a>.</p></body></html>");
    }
}
