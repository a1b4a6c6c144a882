package org.microcred.xml.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator whose next value is computed on demand; {@link #compute()} returns null at the end.
 *
 * @param <T> the value type
 */
public abstract class Pulling<T> implements Iterator<T> {
    private T next;
    private boolean done;

    /**
     * Computes the next value.
     *
     * @return the value, or null when there is none
     */
    protected abstract T compute();

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = compute();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T t = next;
        next = null;
        return t;
    }
}
