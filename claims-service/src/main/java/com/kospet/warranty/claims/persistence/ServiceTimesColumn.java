package com.kospet.warranty.claims.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.kospet.warranty.model.policy.ServiceTimes;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A claim's WF-6 service times in their column, as the JSON of the policy's answer they were frozen from. */
@Converter
public class ServiceTimesColumn implements AttributeConverter<ServiceTimes, String> {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @Override
    public String convertToDatabaseColumn(ServiceTimes times) {
        try {
            return times == null ? null : JSON.writeValueAsString(times);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the service times could not be stored", e);
        }
    }

    @Override
    public ServiceTimes convertToEntityAttribute(String column) {
        try {
            return column == null ? null : JSON.readValue(column, ServiceTimes.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored service times are unreadable: " + column, e);
        }
    }
}
