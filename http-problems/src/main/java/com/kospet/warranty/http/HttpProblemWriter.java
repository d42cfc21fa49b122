package com.kospet.warranty.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kospet.warranty.model.problem.ProblemDetail;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;

/** Writes a {@link ProblemDetail} straight to the Vert.x response, for errors answered before or outside JAX-RS. */
@ApplicationScoped
public class HttpProblemWriter {

    private final ObjectMapper json;

    public HttpProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param closeConnection whether the connection is closed after the answer, because the request was not read
     *                        to its end and the connection cannot carry another one
     */
    public void write(RoutingContext context, ProblemDetail problem, boolean closeConnection) {
        HttpServerResponse response = context.response();
        if (response.headWritten()) {
            // Part of another answer went out already: nothing sensible can follow it.
            context.request().connection().close();
            return;
        }
        String body;
        try {
            body = json.writeValueAsString(problem.withInstance(instanceOf(context)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem detail could not be written as JSON", e);
        }
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE);
        // HTTP/2 forbids the header (a client takes it for a protocol error): there, ending the answer resets the
        // request's stream and the connection carries others on.
        if (closeConnection && context.request().version() != io.vertx.core.http.HttpVersion.HTTP_2) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body);
    }

    /** The path of the request, without its query; null where the URI is not one (it is the client's text). */
    private static URI instanceOf(RoutingContext context) {
        try {
            return URI.create(context.request().path());
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
