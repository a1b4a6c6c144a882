package org.microcred.json.proof;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.microcred.core.verification.Check;
import org.microcred.core.verification.CheckKind;

/** Issuer and validity-period lookups shared by the Data Integrity and VC-JWT verifiers. */
final class CredentialDates {
    private CredentialDates() {
    }

    /** The issuer id: {@code issuer} as a string or {@code issuer.id}. */
    static Optional<String> issuerId(JsonNode doc) {
        JsonNode issuer = doc.get("issuer");
        if (issuer == null) {
            return Optional.empty();
        }
        if (issuer.isTextual()) {
            return Optional.of(issuer.textValue());
        }
        JsonNode id = issuer.get("id");
        return id != null && id.isTextual() ? Optional.of(id.textValue()) : Optional.empty();
    }

    /** Parses an XML Schema dateTime; a value without a zone is taken as UTC. */
    static Instant parseDateTime(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("not an XML Schema dateTime: '" + value + "'", e);
            }
        }
    }

    /** VALID_FROM and VALID_UNTIL of a credential (VCDM 2.0 names, falling back to the VCDM 1.1 ones). */
    static List<Check> validity(JsonNode doc, VerificationOptions options) {
        List<Check> checks = new ArrayList<>();
        checks.add(notInFuture(CheckKind.VALID_FROM, doc, "validFrom", "issuanceDate", options));
        String untilName = doc.has("validUntil") ? "validUntil" : "expirationDate";
        JsonNode until = doc.get(untilName);
        if (until == null) {
            checks.add(Check.skipped(CheckKind.VALID_UNTIL, "no validUntil: the credential does not expire"));
        } else if (!until.isTextual()) {
            checks.add(Check.failed(CheckKind.VALID_UNTIL, untilName + " is not a string: " + until));
        } else {
            try {
                Instant t = parseDateTime(until.textValue());
                checks.add(t.isAfter(options.now())
                        ? Check.passed(CheckKind.VALID_UNTIL, untilName + " " + until.textValue() + " has not passed")
                        : Check.failed(CheckKind.VALID_UNTIL, "credential expired: " + untilName + " "
                                + until.textValue() + " is before " + options.now()));
            } catch (IllegalArgumentException e) {
                checks.add(Check.failed(CheckKind.VALID_UNTIL, untilName + ": " + e.getMessage()));
            }
        }
        return checks;
    }

    private static Check notInFuture(CheckKind kind, JsonNode doc, String name, String legacyName,
            VerificationOptions options) {
        String used = doc.has(name) ? name : legacyName;
        JsonNode v = doc.get(used);
        if (v == null) {
            return Check.skipped(kind, "no " + name);
        }
        return timeNotInFuture(kind, used, v, options);
    }

    static Check timeNotInFuture(CheckKind kind, String name, JsonNode v, VerificationOptions options) {
        if (!v.isTextual()) {
            return Check.failed(kind, name + " is not a string: " + v);
        }
        try {
            Instant t = parseDateTime(v.textValue());
            return t.isAfter(options.now().plus(options.clockSkew()))
                    ? Check.failed(kind, name + " " + v.textValue() + " is in the future (now " + options.now() + ")")
                    : Check.passed(kind, name + " " + v.textValue() + " is not in the future");
        } catch (IllegalArgumentException e) {
            return Check.failed(kind, name + ": " + e.getMessage());
        }
    }
}
