package org.microcred.core;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/** Reflection helpers for tests over the model's records. */
public final class RecordComponents {
    private RecordComponents() {
    }

    /**
     * Gets the component names of a record type.
     *
     * @param type the record type
     * @return the names, in declaration order
     */
    public static List<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
