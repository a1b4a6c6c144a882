package org.microcred.xml;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Finds the first difference between two values of the model, for readable assertion messages. */
final class Diff {
    private Diff() {
    }

    static String first(Object a, Object b) {
        return first("", a, b);
    }

    private static String first(String path, Object a, Object b) {
        if (Objects.equals(a, b)) {
            return null;
        }
        if (a instanceof Optional<?> oa && b instanceof Optional<?> ob && oa.isPresent() && ob.isPresent()) {
            return first(path, oa.get(), ob.get());
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
                String d = first(path + "[" + i + "]", la.get(i), lb.get(i));
                if (d != null) {
                    return d;
                }
            }
            return path + ": sizes " + la.size() + " vs " + lb.size();
        }
        if (a instanceof Map<?, ?> || a == null || b == null || !a.getClass().equals(b.getClass()) || !a.getClass().isRecord()) {
            return path + ": " + cut(a) + "\n   vs " + cut(b);
        }
        for (RecordComponent rc : a.getClass().getRecordComponents()) {
            try {
                String d = first(path + "." + rc.getName(), rc.getAccessor().invoke(a), rc.getAccessor().invoke(b));
                if (d != null) {
                    return d;
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return path + ": differ";
    }

    private static String cut(Object o) {
        String s = String.valueOf(o);
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }
}
