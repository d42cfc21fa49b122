package com.kospet.warranty.model.policy;

import com.kospet.warranty.model.Channel;

/** SCOPE-1: where a customer who bought elsewhere should go instead. */
public record Redirect(Channel channel, String message) {
}
