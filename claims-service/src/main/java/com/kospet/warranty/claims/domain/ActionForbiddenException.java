package com.kospet.warranty.claims.domain;

/** The caller's role may not take this action on any claim. */
public class ActionForbiddenException extends RuntimeException {

    private final ClaimAction action;

    public ActionForbiddenException(ClaimAction action, Caller.Role role) {
        super("the " + role.label() + " role may not " + action.pathName() + " a claim; only " + action.role().label() + " may");
        this.action = action;
    }

    public ClaimAction action() {
        return action;
    }
}
