package com.kospet.warranty.http;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Documents, on every {@code /api} operation, the Problem Details answers any request can get whatever the
 * operation: a malformed request, a missing or insufficient token where the operation is secured, an unknown
 * resource where the path names one, a body, URI or header too large, a database or dependency outage (unless
 * {@value #OUTAGES} is false: a service that depends on nothing never answers it), and an unforeseen failure. An
 * operation's own description of one of them is kept. Problem Details carry extension members (RFC 9457), so their
 * schema admits more properties than it lists.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemAnswersDocumented implements OASFilter {

    private static final String PROBLEM = "application/problem+json";
    static final String OUTAGES = "warranty.openapi.dependency-outages";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Schema problem = openAPI.getComponents().getSchemas() == null ? null
                : openAPI.getComponents().getSchemas().get("ProblemDetail");
        if (problem == null) {
            problem = problemSchema();
            openAPI.getComponents().addSchema("ProblemDetail", problem);
        }
        problem.setAdditionalPropertiesBoolean(Boolean.TRUE);
        instanceIsAReference(problem);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean outages = ConfigProvider.getConfig().getOptionalValue(OUTAGES, Boolean.class).orElse(Boolean.TRUE);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api")) {
                item.getOperations().forEach((method, operation) -> document(path, operation, outages));
            }
        });
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problem() {
        return OASFactory.createContent().addMediaType(PROBLEM, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("ProblemDetail")));
    }

    /**
     * RFC 9457 §3.1.5: {@code instance} is a URI reference; the answers give the request's path, relative to the
     * service, which a {@code uri} (absolute) format would refuse.
     */
    static void instanceIsAReference(Schema problem) {
        Schema instance = problem.getProperties() == null ? null : problem.getProperties().get("instance");
        if (instance != null) {
            instance.setFormat("uri-reference");
        }
    }

    /** RFC 9457's members, for a service none of whose operations names the schema itself. */
    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("field", text).addProperty("message", text)));
    }

    private static void document(String path, Operation operation, boolean outages) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("400", "The request is malformed: a parameter, header or body that cannot be read");
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            answers.put("401", "No valid token");
            answers.put("403", "The token's role may not do this");
        }
        if (path.contains("{")) {
            answers.put("404", "Nothing by that name visible to the caller");
        }
        if (operation.getRequestBody() != null) {
            answers.put("413", "The body is larger than this operation takes");
            answers.put("415", "The body is not of a type this operation reads");
        }
        answers.put("414", "The URI is too long");
        answers.put("431", "The request's headers are too large");
        answers.put("500", "An unforeseen failure; its error id is logged");
        if (outages) {
            answers.put("503", "A dependency is unavailable; retry after Retry-After");
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        answers.forEach((status, description) -> {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(problem()));
            }
        });
        // An error an operation names without saying what it looks like is Problem Details like every other.
        responses.getAPIResponses().forEach((status, response) -> {
            boolean error = status.startsWith("4") || status.startsWith("5");
            if (error && (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problem());
            }
        });
        operation.setResponses(responses);
    }
}
