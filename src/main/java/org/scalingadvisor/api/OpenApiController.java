package org.scalingadvisor.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import org.scalingadvisor.plan.PlanReader;

/** GET /openapi/scaling-advisor-1.yml: the API description, with the plan schema the reader checks plans against. */
@Controller
class OpenApiController {

    static final String PATH = "/openapi/scaling-advisor-1.yml";
    static final String MEDIA_TYPE = "application/yaml";

    private final PlanReader reader;
    private volatile String document;

    OpenApiController(PlanReader reader) {
        this.reader = reader;
    }

    @Get(uri = PATH, produces = MEDIA_TYPE)
    HttpResponse<String> document() {
        String yaml = document;
        if (yaml == null) {
            yaml = OpenApiDocument.yaml(reader.schemaText());
            document = yaml;
        }
        return HttpResponse.ok(yaml).contentType(MEDIA_TYPE);
    }
}
