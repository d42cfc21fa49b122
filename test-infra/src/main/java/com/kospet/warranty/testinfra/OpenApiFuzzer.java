package com.kospet.warranty.testinfra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Requests made up from a service's own OpenAPI document, as a careless or hostile client would send them:
 * documented operations with path and query values of every kind, bodies built from the documented schemas
 * and then broken (fields missing, of the wrong type, NUL bytes, huge numbers, trailing garbage, cut short),
 * with and without tokens. A finding is an answer a client must never get: a 5xx, an error that is not
 * RFC 9457 Problem Details, or an answer the document does not describe ({@link OpenApiAnswers}). Seeded, so a
 * finding can be replayed; bounded by the number of requests.
 */
public final class OpenApiFuzzer {

    /** One request that got an answer it must not: what was sent and what came back. */
    public record Finding(String request, int status, String contentType, String body) {
        @Override
        public String toString() {
            String shown = request.length() > 240 ? request.substring(0, 240) + "…(" + request.length() + " chars)" : request;
            return "\n  " + shown + " -> " + status + " " + contentType + " " + body;
        }
    }

    private record Operation(String method, String path, JsonNode spec) {
    }

    private static final List<String> HOSTILE_TEXT = List.of("", " ", "\u0000", "a\u0000b", "../../etc/passwd",
            "%00", "x".repeat(5000), "💥", "null", "-1", "0", "99999999999999999999", "1.5", "true", "{}", "[]",
            "<script>", "' or 1=1 --", "-999999999-01-01", "2026-02-30", "9999-12-31T23:59:59Z", "NaN");

    private final URI base;
    private final JsonNode document;
    private final Random random;
    private final List<String> tokens;
    private final Map<String, List<String>> knownValues;
    private final List<Operation> operations = new ArrayList<>();
    private final OpenApiAnswers contract;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param base        the service's root, e.g. {@code http://127.0.0.1:8081/}
     * @param openApi     the service's OpenAPI document as JSON
     * @param tokens      bearer tokens to try (each request takes one at random, or none, or a forged one)
     * @param knownValues real values for parameters by name ({@code id}, {@code orderNumber}, …), so that some
     *                    requests reach stored resources
     */
    public OpenApiFuzzer(URI base, String openApi, long seed, List<String> tokens, Map<String, List<String>> knownValues) {
        this.base = base;
        this.random = new Random(seed);
        this.tokens = List.copyOf(tokens);
        this.knownValues = Map.copyOf(knownValues);
        try {
            this.document = json.readTree(openApi);
        } catch (IOException e) {
            throw new IllegalArgumentException("the OpenAPI document is not JSON", e);
        }
        this.contract = OpenApiAnswers.of(openApi);
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (List.of("get", "put", "post", "patch", "delete").contains(method.getKey())) {
                    operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
                }
            }
        }
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("the OpenAPI document lists no /api operation");
        }
    }

    /** The number of documented operations the requests are spread over. */
    public int operations() {
        return operations.size();
    }

    /** Sends {@code requests} made-up requests; the findings, in the order they were seen. */
    public List<Finding> run(int requests) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            Operation operation = operations.get(i % operations.size());
            HttpRequest request = request(operation);
            String described = request.method() + " " + request.uri();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                String contentType = response.headers().firstValue("Content-Type").orElse("");
                boolean serverError = response.statusCode() >= 500;
                boolean bareError = response.statusCode() >= 400 && !contentType.startsWith("application/problem+json");
                if (serverError || bareError) {
                    findings.add(new Finding(described, response.statusCode(), contentType,
                            response.body().length() > 300 ? response.body().substring(0, 300) : response.body()));
                } else {
                    List<OpenApiAnswers.Violation> violations = contract.violations(request.method(), request.uri().getRawPath(),
                            response.statusCode(), contentType.isEmpty() ? null : contentType,
                            response.body().getBytes(StandardCharsets.UTF_8));
                    if (!violations.isEmpty()) {
                        findings.add(new Finding(described, response.statusCode(), "contract",
                                violations.stream().map(OpenApiAnswers.Violation::toString)
                                        .collect(java.util.stream.Collectors.joining(" | "))));
                    }
                }
            } catch (IOException e) {
                findings.add(new Finding(described, -1, "", "no answer: " + e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return findings;
    }

    private HttpRequest request(Operation operation) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.spec().path("parameters")) {
            String name = parameter.path("name").asText();
            String value = value(name, schema(parameter.path("schema")));
            switch (parameter.path("in").asText()) {
                case "path" -> path = path.replace("{" + name + "}", encode(value.isEmpty() ? "x" : value));
                case "query" -> {
                    if (random.nextInt(10) < 6) {
                        query.append(query.isEmpty() ? "?" : "&").append(encode(name)).append('=').append(encode(value));
                    }
                }
                default -> {
                }
            }
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path.substring(1) + query))
                .timeout(Duration.ofSeconds(30));
        int auth = random.nextInt(10);
        if (auth < 8 && !tokens.isEmpty()) {
            builder.header("Authorization", "Bearer " + tokens.get(random.nextInt(tokens.size())));
        } else if (auth == 8) {
            builder.header("Authorization", "Bearer " + "e30.e30." + UUID.randomUUID());
        }
        if (random.nextInt(4) == 0) {
            builder.header("Idempotency-Key", pick(List.of(UUID.randomUUID().toString(), "key with spaces", "k".repeat(300), "ä")));
        }
        JsonNode content = operation.spec().path("requestBody").path("content");
        if (content.has("application/json")) {
            builder.header("Content-Type", "application/json");
            builder.method(operation.method(), HttpRequest.BodyPublishers.ofByteArray(jsonBody(content.get("application/json"))));
        } else if (content.has("multipart/form-data")) {
            String boundary = "fuzz" + random.nextInt(1000);
            builder.header("Content-Type", "multipart/form-data; boundary=" + boundary);
            builder.method(operation.method(), HttpRequest.BodyPublishers.ofByteArray(multipart(boundary)));
        } else {
            builder.method(operation.method(), HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }

    private byte[] jsonBody(JsonNode mediaType) {
        JsonNode schema = schema(mediaType.path("schema"));
        JsonNode example = schema.path("example");
        JsonNode body;
        if (example.isTextual()) {
            try {
                body = json.readTree(example.asText());
            } catch (IOException e) {
                body = generate(schema, 0);
            }
        } else if (!example.isMissingNode() && !example.isNull()) {
            body = example.deepCopy();
        } else {
            body = generate(schema, 0);
        }
        int mutations = random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            body = mutate(body, 0);
        }
        String text = body.toString();
        return switch (random.nextInt(12)) {
            case 0 -> (text + "}}}").getBytes(StandardCharsets.UTF_8);
            case 1 -> text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8);
            case 2 -> new byte[0];
            case 3 -> new byte[]{(byte) 0xC3, (byte) 0x28, '{', '}'};
            case 4 -> "[1,2,3]".getBytes(StandardCharsets.UTF_8);
            default -> text.getBytes(StandardCharsets.UTF_8);
        };
    }

    private byte[] multipart(String boundary) {
        String part = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + pick(HOSTILE_TEXT)
                + "\"\r\nContent-Type: image/png\r\n\r\n\u0089PNG\r\n\u001a\n" + "x".repeat(random.nextInt(2000)) + "\r\n";
        String whole = part + "--" + boundary + "--\r\n";
        return (random.nextBoolean() ? whole.substring(0, random.nextInt(whole.length())) : whole)
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private JsonNode schema(JsonNode schema) {
        JsonNode resolved = schema;
        for (int depth = 0; depth < 5 && resolved.has("$ref"); depth++) {
            String ref = resolved.get("$ref").asText();
            resolved = document.at(ref.substring(1));
        }
        if (resolved.has("allOf") && resolved.get("allOf").size() > 0) {
            return schema(resolved.get("allOf").get(0));
        }
        return resolved;
    }

    private JsonNode generate(JsonNode schema, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode resolved = schema(schema);
        String type = resolved.path("type").asText("object");
        if (resolved.has("enum")) {
            JsonNode values = resolved.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        return switch (type) {
            case "object" -> {
                ObjectNode object = nodes.objectNode();
                if (depth < 4) {
                    for (Iterator<Map.Entry<String, JsonNode>> fields = resolved.path("properties").fields(); fields.hasNext(); ) {
                        Map.Entry<String, JsonNode> field = fields.next();
                        object.set(field.getKey(), generate(field.getValue(), depth + 1));
                    }
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = nodes.arrayNode();
                if (depth < 4) {
                    array.add(generate(resolved.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer" -> nodes.numberNode(random.nextInt(5));
            case "number" -> nodes.textNode(random.nextInt(300) + ".00");
            case "boolean" -> nodes.booleanNode(random.nextBoolean());
            default -> nodes.textNode(value("", resolved));
        };
    }

    private JsonNode mutate(JsonNode node, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (node instanceof ObjectNode object && object.size() > 0 && depth < 3) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = pick(names);
            switch (random.nextInt(4)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(name, mutate(object.get(name), depth + 1));
                case 2 -> object.set("unexpected" + random.nextInt(10), nodes.textNode(pick(HOSTILE_TEXT)));
                default -> object.set(name, hostileValue());
            }
            return object;
        }
        if (node instanceof ArrayNode array && depth < 3) {
            if (array.size() > 0 && random.nextBoolean()) {
                array.set(0, mutate(array.get(0), depth + 1));
            } else {
                array.add(hostileValue());
            }
            return array;
        }
        return hostileValue();
    }

    private JsonNode hostileValue() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (random.nextInt(9)) {
            case 0 -> nodes.nullNode();
            case 1 -> nodes.numberNode(-1);
            case 2 -> nodes.numberNode(new java.math.BigDecimal("1e400"));
            case 3 -> nodes.numberNode(2.5);
            case 4 -> nodes.booleanNode(true);
            case 5 -> nodes.arrayNode().add(nodes.objectNode());
            case 6 -> nodes.objectNode().put("x", "\u0000");
            case 7 -> nodes.numberNode(Long.MAX_VALUE);
            default -> nodes.textNode(pick(HOSTILE_TEXT));
        };
    }

    /** A value for a parameter or string field: often a real or well-formed one, often not. */
    private String value(String name, JsonNode schema) {
        List<String> known = knownValues.getOrDefault(name, List.of());
        int roll = random.nextInt(10);
        if (!known.isEmpty() && roll < 4) {
            return pick(known);
        }
        if (roll < 7) {
            if (schema.has("enum")) {
                return schema.get("enum").get(random.nextInt(schema.get("enum").size())).asText();
            }
            String format = schema.path("format").asText("");
            return switch (schema.path("type").asText("string")) {
                case "integer" -> Integer.toString(random.nextInt(200) - 20);
                case "boolean" -> Boolean.toString(random.nextBoolean());
                case "number" -> random.nextInt(300) + ".50";
                default -> switch (format) {
                    case "uuid" -> UUID.randomUUID().toString();
                    case "date" -> LocalDate.now().minusDays(random.nextInt(900) - 100).toString();
                    case "date-time" -> LocalDate.now().minusDays(random.nextInt(900)) + "T10:15:30Z";
                    default -> "v" + random.nextInt(1000);
                };
            };
        }
        return pick(HOSTILE_TEXT);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
