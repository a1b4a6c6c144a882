package org.microcred.testkit.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options and operands of one command, parsed against the flags and valued options it declares.
 * {@code --name value}, {@code --name=value} and {@code -o value} are accepted; {@code --} ends the options;
 * a lone {@code -} is an operand (standard input).
 */
final class Arguments {
    private final Set<String> flags = new HashSet<>();
    private final Map<String, List<String>> values = new HashMap<>();
    private final List<String> operands = new ArrayList<>();

    private Arguments() {
    }

    static Arguments parse(List<String> args, Set<String> knownFlags, Set<String> knownValued) {
        Arguments a = new Arguments();
        boolean options = true;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (options && arg.equals("--")) {
                options = false;
            } else if (options && arg.startsWith("-") && arg.length() > 1) {
                String name = arg;
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                if (knownFlags.contains(name) && value == null) {
                    a.flags.add(name);
                } else if (knownValued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException("option " + name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    a.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else {
                    throw new UsageException("unknown option '" + arg + "'");
                }
            } else {
                a.operands.add(arg);
            }
        }
        return a;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    Optional<String> value(String name) {
        List<String> v = values.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (v.size() > 1) {
            throw new UsageException("option " + name + " given more than once");
        }
        return Optional.of(v.get(0));
    }

    /** All values of a repeatable option, each also split at commas. */
    List<String> all(String name) {
        List<String> out = new ArrayList<>();
        for (String v : values.getOrDefault(name, List.of())) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    List<String> operands() {
        return operands;
    }

    String operand(String what) {
        if (operands.size() != 1) {
            throw new UsageException(operands.isEmpty() ? "missing " + what : "expected one " + what + " but got " + operands);
        }
        return operands.get(0);
    }

    /** A mistake in the command line: exit status 2, with a hint to --help. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
