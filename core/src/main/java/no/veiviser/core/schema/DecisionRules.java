package no.veiviser.core.schema;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who decides, as data in the schema ({@code "decisionRules"}): the classes for which every
 * decision — following the suggestion or not — needs a written justification, and the classes for
 * which a decision is final only when a second person (NAV's beslutter) approves it. An override of
 * the suggestion always needs a justification, whatever the rules say. A schema without rules
 * requires nothing more ({@link #NONE}).
 *
 * @param justificationRequiredFor class codes whose decisions need a justification
 * @param secondApproverFor        class codes whose decisions need a second person's approval
 */
public record DecisionRules(Set<String> justificationRequiredFor, Set<String> secondApproverFor) {
    /** No rules beyond the justification every override needs. */
    public static final DecisionRules NONE = new DecisionRules(Set.of(), Set.of());

    public DecisionRules {
        justificationRequiredFor = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(justificationRequiredFor)));
        secondApproverFor = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(secondApproverFor)));
    }

    public static DecisionRules of(List<String> justificationRequiredFor, List<String> secondApproverFor) {
        return new DecisionRules(new LinkedHashSet<>(justificationRequiredFor), new LinkedHashSet<>(secondApproverFor));
    }

    public boolean isNone() {
        return justificationRequiredFor.isEmpty() && secondApproverFor.isEmpty();
    }

    /** Whether a decision for this class needs a justification even when it follows the suggestion. */
    public boolean needsJustification(String classCode) {
        return justificationRequiredFor.contains(classCode);
    }

    /** Whether a decision for this class needs a second person's approval before it is final. */
    public boolean needsSecondApprover(String classCode) {
        return secondApproverFor.contains(classCode);
    }
}
