package no.veiviser.models.evaluate;

import java.util.List;
import java.util.Map;

/**
 * Metrics of one set of predictions with bootstrap 95 % intervals.
 *
 * @param rows       rows evaluated
 * @param decidedBy  how each row's class was decided for accuracy, balanced accuracy and the confusion matrix:
 *                   {@code argmax} (the most probable class) or a decision policy's description
 * @param point      the metrics on all rows
 * @param intervals  metric name (as in {@link MetricSet#scalars}) → interval
 * @param confusionIntervals interval of each confusion-matrix count [true][predicted]
 */
public record Evaluation(int rows, List<String> classCodes, String decidedBy, MetricSet point, Map<String, Interval> intervals,
                         Interval[][] confusionIntervals) {
    public double value(String metric) {
        return point.scalars(classCodes).get(metric);
    }
}
