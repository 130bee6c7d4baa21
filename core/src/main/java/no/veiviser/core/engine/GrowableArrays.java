package no.veiviser.core.engine;

import java.util.Arrays;

/** Growable primitive arrays for building a model's flat arrays while reading and laying it out. */
final class GrowableArrays {
    private GrowableArrays() {
    }

    /** A growable int array. */
    static final class Ints {
        private int[] data = new int[256];
        private int size;

        void add(int value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = value;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    /** A growable array of numbers, kept as doubles (exact for float32 values) and read out as either. */
    static final class Numbers {
        private double[] data = new double[256];
        private int size;

        void add(double value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = value;
        }

        int size() {
            return size;
        }

        double[] toDoubles() {
            return Arrays.copyOf(data, size);
        }

        float[] toFloats() {
            float[] floats = new float[size];
            for (int i = 0; i < size; i++) {
                floats[i] = (float) data[i];
            }
            return floats;
        }
    }
}
