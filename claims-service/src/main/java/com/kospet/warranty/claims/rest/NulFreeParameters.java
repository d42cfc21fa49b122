package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.domain.InvalidRequestException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/** The path and query parameters counterpart of {@link StrictJson}'s rule: no NUL character, in any parameter. */
public class NulFreeParameters {

    @ServerRequestFilter
    public void refuseNul(UriInfo uri) {
        check(uri.getPathParameters(true));
        check(uri.getQueryParameters(true));
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                throw InvalidRequestException.of("query", "parameter names " + StrictJson.NO_NUL);
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    throw InvalidRequestException.of(parameter.getKey(), StrictJson.NO_NUL);
                }
            }
        }
    }
}
