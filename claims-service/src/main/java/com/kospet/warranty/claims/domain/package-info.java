/**
 * The claim's lifecycle in plain Java: states, transitions and the policy rules a transition checks. The rule
 * IDs it cites (DB-1, DP-2, WF-6, UN-1 … UN-3, and EX-* through rejection reasons) are defined in the
 * repository's rulebook, {@code docs/policy.md}.
 */
package com.kospet.warranty.claims.domain;
