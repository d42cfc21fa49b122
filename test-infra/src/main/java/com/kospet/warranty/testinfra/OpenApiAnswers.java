package com.kospet.warranty.testinfra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an OpenAPI 3.1 document says a service answers, held against the answers it gives: the operation is found by
 * path template and method, the response by status code (or its {@code 4XX} range, or {@code default}), the media
 * type by the answer's {@code Content-Type}, and a JSON body is validated against the schema as JSON Schema 2020-12
 * (the dialect of OpenAPI 3.1), {@code $ref}s resolved within the document and formats asserted. A path, method or
 * status the document does not list is a violation like a body that does not match. Bodies that are not JSON (CSV,
 * images) are held to their media type only.
 */
public final class OpenApiAnswers {

    /** One way an answer disagrees with the document: where in the body (a JSON pointer; empty for the answer itself) and how. */
    public record Violation(String pointer, String message) {
        @Override
        public String toString() {
            return (pointer.isEmpty() ? "(answer)" : pointer) + ": " + message;
        }
    }

    /** Where the document is said to live, so that its {@code #/components/...} references resolve within it. */
    private static final String DOCUMENT = "https://openapi.invalid/openapi.json";
    private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    /**
     * Words of OpenAPI's schema vocabulary that say nothing JSON Schema checks, and the members of the document's root,
     * which the validator reads as the root of the schemas it resolves references in.
     */
    private static final List<String> OPENAPI_ANNOTATIONS = List.of("example", "discriminator", "xml", "externalDocs",
            "openapi", "info", "jsonSchemaDialect", "servers", "paths", "webhooks", "components", "security", "tags");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Template(String path, Pattern pattern, int literals) {
    }

    /** A part of the document and the JSON pointer it was reached at (the target of a reference, not the reference). */
    private record Located(JsonNode node, String pointer) {
        Located at(String name) {
            return new Located(node.path(name), pointer + "/" + name.replace("~", "~0").replace("/", "~1"));
        }
    }

    private final JsonNode document;
    private final List<Template> templates;
    private final JsonSchemaFactory schemas;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true)
            .locale(Locale.ENGLISH)
            .build();
    private final Map<String, JsonSchema> byPointer = new ConcurrentHashMap<>();

    private OpenApiAnswers(String document) {
        try {
            this.document = JSON.readTree(document);
        } catch (IOException e) {
            throw new IllegalArgumentException("the OpenAPI document is not JSON", e);
        }
        if (!this.document.path("openapi").asText().startsWith("3.1")) {
            throw new IllegalArgumentException("not an OpenAPI 3.1 document: openapi is '" + this.document.path("openapi").asText()
                    + "'; its schemas would not be JSON Schema 2020-12");
        }
        List<Template> found = new ArrayList<>();
        this.document.path("paths").fieldNames().forEachRemaining(path -> found.add(template(path)));
        // A literal segment wins over a template one: /api/claims/export before /api/claims/{id}.
        found.sort(Comparator.comparingInt(Template::literals).reversed());
        this.templates = List.copyOf(found);
        JsonMetaSchema openApiDialect = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .keywords(OPENAPI_ANNOTATIONS.stream().map(NonValidationKeyword::new).toList())
                .build();
        this.schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, factory -> factory
                .metaSchema(openApiDialect)
                .defaultMetaSchemaIri(DIALECT)
                .schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT, document))));
    }

    /** The answers {@code document} (an OpenAPI 3.1 document as JSON) describes. */
    public static OpenApiAnswers of(String document) {
        return new OpenApiAnswers(document);
    }

    /**
     * How the answer to {@code method} on {@code rawPath} (no query) disagrees with the document; empty when it agrees.
     *
     * @param contentType the answer's {@code Content-Type}, or null when it has none
     * @param body        the answer's body, empty when it has none
     */
    public List<Violation> violations(String method, String rawPath, int status, String contentType, byte[] body) {
        Template template = templates.stream().filter(t -> t.pattern().matcher(rawPath).matches()).findFirst().orElse(null);
        if (template == null) {
            return List.of(new Violation("", "the document lists no path " + rawPath));
        }
        Located item = resolve(new Located(document, "").at("paths").at(template.path()));
        String verb = method.toLowerCase(Locale.ROOT);
        if (!item.node().has(verb)) {
            return List.of(new Violation("", "the document lists no " + method.toUpperCase(Locale.ROOT) + " on " + template.path()
                    + " (only " + documented(item.node(), METHODS) + ")"));
        }
        Located responses = item.at(verb).at("responses");
        Located response = response(responses, status);
        if (response == null) {
            List<String> codes = new ArrayList<>();
            responses.node().fieldNames().forEachRemaining(codes::add);
            return List.of(new Violation("", "status " + status + " is not documented for " + method.toUpperCase(Locale.ROOT) + " "
                    + template.path() + " (documented: " + String.join(", ", codes) + ")"));
        }
        return bodyViolations(method, response.at("content"), contentType, body == null ? new byte[0] : body);
    }

    /** Fails with every violation, the request and the answer's body when the answer disagrees with the document. */
    public void check(String method, String rawPath, int status, String contentType, byte[] body) {
        List<Violation> violations = violations(method, rawPath, status, contentType, body);
        if (!violations.isEmpty()) {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            throw new AssertionError("The answer to " + method.toUpperCase(Locale.ROOT) + " " + rawPath + " (" + status + " "
                    + (contentType == null ? "no content type" : contentType) + ") disagrees with the service's OpenAPI document:"
                    + violations.stream().map(v -> "\n  " + v).collect(Collectors.joining())
                    + "\n  body: " + (text.length() > 2000 ? text.substring(0, 2000) + "…" : text));
        }
    }

    private Located response(Located responses, int status) {
        for (String key : List.of(Integer.toString(status), status / 100 + "XX", status / 100 + "xx", "default")) {
            if (responses.node().has(key)) {
                return resolve(responses.at(key));
            }
        }
        return null;
    }

    private List<Violation> bodyViolations(String method, Located content, String contentType, byte[] body) {
        boolean bodyless = body.length == 0 || "head".equalsIgnoreCase(method);
        if (content.node().isMissingNode() || content.node().isEmpty()) {
            return bodyless ? List.of() : List.of(new Violation("", "the answer has a body ("
                    + (contentType == null ? "no content type" : contentType) + "); the document describes none"));
        }
        if (contentType == null || contentType.isBlank()) {
            return bodyless ? List.of() : List.of(new Violation("", "the answer's body has no content type; the document names "
                    + documented(content.node(), null)));
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        String documentedType = mediaTypeFor(content.node(), mediaType);
        if (documentedType == null) {
            return List.of(new Violation("", "answered as " + mediaType + "; the document names only " + documented(content.node(), null)));
        }
        Located schema = content.at(documentedType).at("schema");
        if (schema.node().isMissingNode() || !isJson(mediaType) || "head".equalsIgnoreCase(method)) {
            return List.of();
        }
        if (body.length == 0) {
            return List.of(new Violation("", "the answer has no body; the document describes a " + mediaType + " one"));
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (IOException e) {
            return List.of(new Violation("", "the body is not JSON: " + e.getMessage().lines().findFirst().orElse("")));
        }
        return byPointer.computeIfAbsent(schema.pointer(), this::schemaAt).validate(answer).stream()
                .map(message -> new Violation(message.getInstanceLocation().toString(), message.getError()))
                .sorted(Comparator.comparing(Violation::pointer).thenComparing(Violation::message))
                .distinct()
                .toList();
    }

    private JsonSchema schemaAt(String pointer) {
        return schemas.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer), config);
    }

    /** The documented media type that covers {@code mediaType}: itself, its {@code type/*}, or {@code * /*}. */
    private static String mediaTypeFor(JsonNode content, String mediaType) {
        for (String candidate : List.of(mediaType, mediaType.split("/", 2)[0] + "/*", "*/*")) {
            for (Iterator<String> names = content.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (name.split(";", 2)[0].trim().equalsIgnoreCase(candidate)) {
                    return name;
                }
            }
        }
        return null;
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    /** Follows a {@code $ref} within the document (a path item or response kept in components). */
    private Located resolve(Located located) {
        Located current = located;
        for (int depth = 0; depth < 10 && current.node().path("$ref").isTextual(); depth++) {
            String ref = current.node().get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("a reference outside the document: " + ref);
            }
            current = new Located(document.at(ref.substring(1)), ref.substring(1));
        }
        return current;
    }

    private static String documented(JsonNode node, List<String> among) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (among == null || among.contains(name)) {
                names.add(among == null ? name : name.toUpperCase(Locale.ROOT));
            }
        });
        return names.isEmpty() ? "nothing" : String.join(", ", names);
    }

    private static Template template(String path) {
        StringBuilder regex = new StringBuilder();
        int literals = 0;
        for (String part : path.split("(?=\\{)|(?<=})")) {
            if (part.startsWith("{") && part.endsWith("}")) {
                regex.append("[^/]+");
            } else {
                regex.append(Pattern.quote(part));
                literals += part.length();
            }
        }
        return new Template(path, Pattern.compile(regex.toString()), literals);
    }
}
