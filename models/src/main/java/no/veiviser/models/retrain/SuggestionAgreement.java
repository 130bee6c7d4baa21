package no.veiviser.models.retrain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import no.veiviser.models.audit.AuditJson;
import no.veiviser.models.evaluate.Bootstrap;

/**
 * How often champion and challenger suggest the same class for the same case: the share (with a bootstrap 95 %
 * interval), Cohen's kappa (agreement beyond what the two models' class shares give by chance), and the cross table
 * of suggestions. Each model's suggestions are by its own decision policy, as caseworkers would see them.
 */
final class SuggestionAgreement {
    private SuggestionAgreement() {
    }

    static ObjectNode of(int[] champion, int[] challenger, List<String> classCodes, int rounds, long seed) {
        int n = champion.length;
        int k = classCodes.size();
        long[][] cross = new long[k][k];
        for (int row = 0; row < n; row++) {
            cross[champion[row]][challenger[row]]++;
        }
        double[] same = new double[n];
        for (int row = 0; row < n; row++) {
            same[row] = champion[row] == challenger[row] ? 1 : 0;
        }
        ObjectNode node = AuditJson.object().put("rows", n);
        AuditJson.number(node, "share", share(cross, n));
        node.set("interval95", AuditJson.interval(Bootstrap.mean(same, null, rounds, seed).interval95()));
        AuditJson.number(node, "kappa", kappa(cross, n));
        ArrayNode table = node.putArray("cross_table");
        for (int a = 0; a < k; a++) {
            ArrayNode row = table.addArray();
            for (int b = 0; b < k; b++) {
                row.add(cross[a][b]);
            }
        }
        node.put("cross_table_rows_are", "the champion's suggested class; columns: the challenger's");
        return node;
    }

    private static double share(long[][] cross, int n) {
        long same = 0;
        for (int c = 0; c < cross.length; c++) {
            same += cross[c][c];
        }
        return n == 0 ? Double.NaN : (double) same / n;
    }

    /** Cohen's kappa: (observed − chance agreement) ÷ (1 − chance agreement); NaN when chance agreement is 1. */
    static double kappa(long[][] cross, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        double chance = 0;
        for (int c = 0; c < cross.length; c++) {
            long rowSum = 0;
            long columnSum = 0;
            for (int other = 0; other < cross.length; other++) {
                rowSum += cross[c][other];
                columnSum += cross[other][c];
            }
            chance += (double) rowSum / n * columnSum / n;
        }
        return chance >= 1 ? Double.NaN : (share(cross, n) - chance) / (1 - chance);
    }
}
