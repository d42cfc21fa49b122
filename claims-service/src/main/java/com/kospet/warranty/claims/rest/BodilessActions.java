package com.kospet.warranty.claims.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Most actions need no body ({@code receipt}, {@code refund}, {@code close}, a {@code confirm} without
 * figures): a POST that sends none is read as an empty JSON body, whatever Content-Type the client put
 * on it (none, or a default such as a form type), rather than refused as an unsupported media type.
 * A body actually sent in another type is still refused.
 */
public class BodilessActions {

    @ServerRequestFilter(preMatching = true)
    public void emptyBodyIsJson(ContainerRequestContext request) {
        if (HttpMethod.POST.equals(request.getMethod()) && !hasBody(request)) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        String encoding = request.getHeaderString("Transfer-Encoding");
        return encoding != null || (length != null && !length.strip().equals("0"));
    }
}
