package no.veiviser.models.baseline;

import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.data.table.Table;
import smile.classification.LogisticRegression;

/**
 * Logistic regression (Smile) on the same features: the classic statistical profiling model —
 * binomial for a two-class target (Smile's multinomial fit refuses two classes), multinomial otherwise.
 */
public final class LogisticRegressionBaseline implements Baseline {
    private static final double LAMBDA = 1e-4;
    private static final double TOLERANCE = 1e-6;
    private static final int MAX_ITERATIONS = 500;

    @Override
    public String name() {
        return "logistic_regression";
    }

    @Override
    public String description() {
        return "logistic regression (Smile; binomial for two classes, multinomial otherwise) on standardised features with one-hot "
                + "categories and missing indicators";
    }

    @Override
    public boolean appliesTo(DatasetSchema schema) {
        return true;
    }

    @Override
    public double[][] fitAndPredict(Table train, Table test) {
        DesignMatrix design = DesignMatrix.fit(train);
        double[][] x = design.rows(train);
        int[] y = new int[train.rowCount()];
        for (int row = 0; row < y.length; row++) {
            y[row] = train.target(row);
        }
        int k = train.schema().target().classCount();
        LogisticRegression.Options options = new LogisticRegression.Options(LAMBDA, TOLERANCE, MAX_ITERATIONS);
        LogisticRegression model = k == 2 ? LogisticRegression.binomial(x, y, options) : LogisticRegression.multinomial(x, y, options);
        double[][] testX = design.rows(test);
        double[][] result = new double[testX.length][];
        for (int row = 0; row < testX.length; row++) {
            double[] posterior = new double[k];
            model.predict(testX[row], posterior);
            result[row] = posterior;
        }
        return result;
    }
}
