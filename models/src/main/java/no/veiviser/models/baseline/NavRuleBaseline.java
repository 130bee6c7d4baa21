package no.veiviser.models.baseline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.data.profiling.NavRuleProfiler;
import no.veiviser.data.profiling.NavRuleProfiler.Category;
import no.veiviser.data.table.Table;

/**
 * NAV's current rule-based profiling ({@link NavRuleProfiler}). A rule gives a category, not
 * probabilities; for log-loss and AUC each category gets the class shares observed for it in the
 * training split (add-one smoothed), and its suggested class is the innsatsgruppe NAV proposes
 * for the category — never spesielt or varig tilpasset innsats.
 */
public final class NavRuleBaseline implements Baseline {
    @Override
    public String name() {
        return "nav_rules";
    }

    @Override
    public String description() {
        return "NAV's rule-based profiling at registration (good prospects / needs guidance / barriers reported),"
                + " each category with the class shares seen for it in training";
    }

    @Override
    public boolean appliesTo(DatasetSchema schema) {
        return NavRuleProfiler.appliesTo(schema) && schema.target().indexOf("STANDARD_INNSATS").isPresent()
                && schema.target().indexOf("SITUASJONSBESTEMT_INNSATS").isPresent();
    }

    @Override
    public double[][] fitAndPredict(Table train, Table test) {
        NavRuleProfiler rule = NavRuleProfiler.of(train.schema());
        Map<Category, List<Integer>> rowsByCategory = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            rowsByCategory.put(category, new ArrayList<>());
        }
        for (int row = 0; row < train.rowCount(); row++) {
            rowsByCategory.get(rule.categorize(train, row)).add(row);
        }
        Map<Category, double[]> shares = new EnumMap<>(Category.class);
        rowsByCategory.forEach((category, rows) -> shares.put(category,
                ClassPriorBaseline.classShares(train, rows.stream().mapToInt(Integer::intValue).toArray(), 1.0)));
        double[][] result = new double[test.rowCount()][];
        for (int row = 0; row < result.length; row++) {
            result[row] = shares.get(rule.categorize(test, row)).clone();
        }
        return result;
    }

    /** The innsatsgruppe (class index) NAV's rule proposes for every row of a table. */
    public static int[] proposedClasses(Table table) {
        NavRuleProfiler rule = NavRuleProfiler.of(table.schema());
        int[] proposed = new int[table.rowCount()];
        for (int row = 0; row < proposed.length; row++) {
            String code = rule.categorize(table, row).proposedInnsatsgruppe();
            proposed[row] = table.schema().target().indexOf(code).orElseThrow();
        }
        return proposed;
    }
}
