package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.Channel;

import java.util.EnumMap;
import java.util.Map;

/** SCOPE-1: what to tell a customer who bought through another channel, one message per channel. */
public record ChannelRedirects(Map<Channel, String> messages, String fallback) {

    public ChannelRedirects {
        messages = messages.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(messages));
        if (fallback == null || fallback.isBlank()) {
            throw new IllegalArgumentException("a fallback redirect message is required");
        }
    }

    public String messageFor(Channel channel) {
        return messages.getOrDefault(channel, fallback);
    }
}
