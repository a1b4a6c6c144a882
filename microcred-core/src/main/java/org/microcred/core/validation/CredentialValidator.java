package org.microcred.core.validation;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.Element;
import org.microcred.core.MicroCredential;
import org.microcred.core.vocabulary.Concept;

/**
 * Validates credentials and specifications against a {@link Profile}.
 *
 * <p>The profiles are expressed as Jakarta Validation constraints and groups on the model; this class
 * runs them with whatever Jakarta Validation provider is present (Hibernate Validator, Apache BVal, ...)
 * and turns each constraint violation into a {@link Violation} that names the element of the standard.
 * No expression-language implementation is needed: {@link #create()} configures a message interpolator
 * that treats messages as plain text, so user data is never evaluated.
 *
 * <pre>{@code
 * CredentialValidator validator = CredentialValidator.create();
 * List<Violation> violations = validator.validate(credential, Profile.EU_2022);
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe; create one and share it.
 *
 * @since 0.1
 */
public final class CredentialValidator {
    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::element)
            .thenComparing(Violation::path).thenComparing(Violation::severity).thenComparing(Violation::message);

    private final Validator validator;

    private CredentialValidator(Validator validator) {
        this.validator = validator;
    }

    /**
     * Creates a validator with the default Jakarta Validation provider.
     *
     * @return the validator, not null
     * @throws jakarta.validation.NoProviderFoundException if no provider is on the class path or module path
     */
    public static CredentialValidator create() {
        return create(Validation.byDefaultProvider().configure());
    }

    /**
     * Creates a validator with a chosen Jakarta Validation provider, e.g.
     * {@code CredentialValidator.create(Validation.byProvider(HibernateValidator.class).configure())}.
     * The configuration's message interpolator is replaced by one that treats messages as plain text.
     *
     * @param configuration the provider's bootstrap configuration, not null
     * @return the validator, not null
     */
    public static CredentialValidator create(Configuration<?> configuration) {
        ValidatorFactory factory = configuration.messageInterpolator(new LiteralMessageInterpolator()).buildValidatorFactory();
        return new CredentialValidator(factory.getValidator());
    }

    /**
     * Creates a validator on a validator the caller configured. Its message interpolator should leave
     * microcred's plain-text messages alone (braces in them are escaped with a backslash).
     *
     * @param validator the Jakarta validator, not null
     * @return the validator, not null
     */
    public static CredentialValidator of(Validator validator) {
        return new CredentialValidator(Objects.requireNonNull(validator, "validator"));
    }

    /**
     * Reads the constraints of every model type now rather than during the first validation.
     *
     * <p>Optional: results are the same either way. The first validation otherwise pays for reading the
     * constraint annotations of every record type of the model, which costs about as much as creating the
     * validator; a command-line tool or a server can call this on a background thread while it does other
     * start-up work (reading the input, say), so that the first {@code validate} is as fast as the next ones.
     *
     * @return this validator, not null
     * @since 0.1
     */
    public CredentialValidator preload() {
        Set<Class<?>> seen = new HashSet<>();
        ArrayDeque<Type> todo = new ArrayDeque<>(
                List.of(MicroCredential.class, CredentialSpecification.class));
        while (!todo.isEmpty()) {
            Type type = todo.pop();
            if (type instanceof ParameterizedType p) {
                todo.addAll(List.of(p.getActualTypeArguments())); // Optional<X>, List<X>, Map<K, V>
            } else if (type instanceof Class<?> c && isModelType(c) && seen.add(c)) {
                validator.getConstraintsForClass(c);
                if (c.isRecord()) {
                    for (RecordComponent rc : c.getRecordComponents()) {
                        todo.push(rc.getGenericType());
                    }
                }
                if (c.isSealed()) {
                    todo.addAll(List.of(c.getPermittedSubclasses()));
                }
            }
        }
        return this;
    }

    private static boolean isModelType(Class<?> c) {
        return !c.isPrimitive() && !c.isArray() && !c.isEnum()
                && c.getPackageName().startsWith(MicroCredential.class.getPackageName());
    }

    /**
     * Validates a credential against a profile.
     *
     * @param credential the credential, not null
     * @param profile the profile, not null
     * @return the violations, errors and warnings, ordered by element then path; empty if none
     */
    public List<Violation> validate(MicroCredential credential, Profile profile) {
        Objects.requireNonNull(credential, "credential");
        return convert(validator.validate(credential, profile.group()));
    }

    /**
     * Validates a specification (a course definition without a learner) against a profile; only the
     * elements a specification carries are checked.
     *
     * @param specification the specification, not null
     * @param profile the profile, not null
     * @return the violations, ordered by element then path; empty if none
     */
    public List<Violation> validate(CredentialSpecification specification, Profile profile) {
        Objects.requireNonNull(specification, "specification");
        return convert(validator.validate(specification, profile.group()));
    }

    /**
     * Checks whether a credential has no error under a profile (warnings allowed).
     *
     * @param credential the credential, not null
     * @param profile the profile, not null
     * @return true if valid
     */
    public boolean isValid(MicroCredential credential, Profile profile) {
        return validate(credential, profile).stream().noneMatch(Violation::isError);
    }

    private static <T> List<Violation> convert(Set<ConstraintViolation<T>> set) {
        List<Violation> out = new ArrayList<>(set.size());
        for (ConstraintViolation<T> v : set) {
            Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
            Object element = attributes.get("element");
            Object severity = attributes.get("severity");
            if (!(element instanceof Element e) || !(severity instanceof Severity s)) {
                continue; // a constraint that is not microcred's, e.g. added by the caller's own mapping
            }
            out.add(new Violation(e, path(v.getPropertyPath()), s, v.getMessage(), offending(v.getInvalidValue())));
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    private static Optional<String> offending(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Optional<?> o) {
            return o.map(String::valueOf);
        }
        if (value instanceof Collection<?> c && c.isEmpty()) {
            return Optional.empty();
        }
        if (value instanceof Concept c) {
            return Optional.of(c.uri().toString());
        }
        if (value instanceof Record) {
            return Optional.empty(); // a class-level rule: its message carries the offending values
        }
        return Optional.of(String.valueOf(value));
    }

    private static String path(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    sb.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    sb.append('[').append(node.getKey()).append(']');
                }
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(name);
            }
        }
        return sb.toString();
    }

    /** Treats message templates as plain text: only the backslash escapes are undone. */
    private static final class LiteralMessageInterpolator implements MessageInterpolator {
        @Override
        public String interpolate(String messageTemplate, Context context) {
            return unescape(messageTemplate);
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale locale) {
            return unescape(messageTemplate);
        }

        private static String unescape(String s) {
            if (s.indexOf('\\') < 0) {
                return s;
            }
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    c = s.charAt(++i);
                }
                sb.append(c);
            }
            return sb.toString();
        }
    }
}
