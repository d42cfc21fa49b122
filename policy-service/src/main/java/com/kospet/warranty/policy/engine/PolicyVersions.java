package com.kospet.warranty.policy.engine;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The versions of the policy, by {@code effective-from}. A question is answered by the version in force
 * on the order date: a customer keeps the terms they bought under.
 */
public final class PolicyVersions {

    private final List<PolicyParameters> oldestFirst;

    public PolicyVersions(List<PolicyParameters> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("at least one policy version is required");
        }
        this.oldestFirst = versions.stream()
                .sorted(Comparator.comparing(PolicyParameters::effectiveFrom))
                .toList();
        var names = new HashSet<String>();
        var dates = new HashSet<LocalDate>();
        for (PolicyParameters version : oldestFirst) {
            if (!names.add(version.version()) || !dates.add(version.effectiveFrom())) {
                throw new IllegalArgumentException(
                        "policy versions need distinct names and effective-from dates: " + version.version());
            }
        }
    }

    public static PolicyVersions of(PolicyParameters... versions) {
        return new PolicyVersions(List.of(versions));
    }

    /** The version in force on {@code orderDate}: the latest whose effective-from is not after it. */
    public Optional<PolicyParameters> inForceOn(LocalDate orderDate) {
        PolicyParameters inForce = null;
        for (PolicyParameters version : oldestFirst) {
            if (version.effectiveFrom().isAfter(orderDate)) {
                break;
            }
            inForce = version;
        }
        return Optional.ofNullable(inForce);
    }

    public PolicyParameters earliest() {
        return oldestFirst.get(0);
    }

    public List<PolicyParameters> oldestFirst() {
        return oldestFirst;
    }
}
