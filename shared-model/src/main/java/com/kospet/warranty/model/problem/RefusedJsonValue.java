package com.kospet.warranty.model.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value that is well-formed and of the right type, but that a reader of ours refuses by a rule of its own
 * (text holding the NUL character). Its message is written for the caller, and {@link JsonProblems} says it as it is.
 */
public class RefusedJsonValue extends JsonMappingException {

    public RefusedJsonValue(JsonParser parser, String message) {
        super(parser, message);
    }
}
