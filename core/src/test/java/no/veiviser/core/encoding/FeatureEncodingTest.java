package no.veiviser.core.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.Language;
import no.veiviser.core.schema.ToySchema;
import org.junit.jupiter.api.Test;

class FeatureEncodingTest {
    private final DatasetSchema schema = ToySchema.load();
    private final FeatureEncoding encoding = FeatureEncoding.of(schema);

    @Test
    void namesColumnsLikeTribuoAndSortsThemAsTribuoNumbersThem() {
        assertEquals(List.of("age", "has_car", "income", "region@NORD", "region@SOR", "region@VEST"), encoding.columnNames());
        assertEquals(3, encoding.featureOfColumn(encoding.columnIndex("region@SOR")));
        assertEquals(1, encoding.levelOfColumn(encoding.columnIndex("region@SOR")));
        assertEquals(-1, encoding.levelOfColumn(encoding.columnIndex("age")));
        assertArrayEquals(new int[] {3, 4, 5}, encoding.columnsOfFeature(3));
        assertEquals("Region = SOR", encoding.describeColumn(4, Language.EN));
        assertEquals("Alder", encoding.describeColumn(0, Language.NB));
    }

    @Test
    void oneHotEncodesWithExplicitZerosAndLeavesMissingValuesOut() {
        EncodedRow row = encoding.encode(new double[] {30, Double.NaN, 1, 1});
        assertArrayEquals(new int[] {0, 1, 3, 4, 5}, row.columns());
        assertArrayEquals(new double[] {30, 1, 0, 1, 0}, row.values());

        EncodedRow missingRegion = encoding.encode(new double[] {30, 500, 0, Double.NaN});
        assertArrayEquals(new int[] {0, 1, 2}, missingRegion.columns());
        assertArrayEquals(new double[] {30, 0, 500}, missingRegion.values());
    }
}
