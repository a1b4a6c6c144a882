/**
 * The 1EdTech Open Badges 3.0 codec ({@link org.microcred.json.ob3.Ob3Codec}, format {@code ob3}); only the
 * codec class is public, and it is meant to be found through {@link java.util.ServiceLoader}.
 *
 * <h2>The microcred extension</h2>
 * Elements with no OB 3.0 slot are written with terms of microcred's extension: the JSON-LD context
 * {@code https://w3id.org/microcred/ob3/v1} (prefix {@code mc:} = {@code https://w3id.org/microcred/vocab#};
 * concepts use SKOS {@code skos:prefLabel}, {@code skos:inScheme}, {@code skos:notation}) and the JSON Schema
 * {@code https://w3id.org/microcred/ob3/v1/schema.json}, both shipped in this jar next to this package
 * ({@code microcred-ob3-v1.jsonld}, {@code microcred-ob3-v1.schema.json}) and listed in every written
 * credential ({@code @context}, {@code credentialSchema}). Terms are compact IRIs, so they can never clash
 * with a protected VC 2.0 or OB 3.0 term. Values are EU vocabulary IRIs where one exists. The version in the
 * URL changes only for incompatible changes; terms may be added to v1.
 *
 * <h2>Mapping</h2>
 * Native slots get the interoperable projection of a value; the extension carries what a native slot cannot
 * hold exactly. When reading, an element comes from the extension if present, else from the native slot;
 * a native value that is only the projection of an extension value is recognised and not kept twice.
 * <table>
 * <caption>Element by element</caption>
 * <tr><th>Element</th><th>OB 3.0 (native)</th><th>microcred extension</th></tr>
 * <tr><td>S01 identifier</td><td>{@code id} (minted {@code urn:uuid} if absent, listed in {@code mc:unset})</td><td></td></tr>
 * <tr><td>E04 awarding bodies, S02 issuer</td><td>{@code issuer} Profile: the S02 issuer if there is one,
 *   else the first awarding body</td><td>{@code mc:awardingBody} (Profiles, or the issuer's id when the issuer is
 *   one of them), left out when the issuer is the only awarding body</td></tr>
 * <tr><td>Organisation</td><td>Profile {@code id}, {@code name}, {@code url} (homepage),
 *   {@code address.addressCountryCode} (E03, alpha-2), {@code address.addressRegion} (first region IRI),
 *   {@code otherIdentifier} ({@code ext:<scheme>} or OB's identifier type)</td><td>{@code mc:legalName},
 *   {@code mc:identifier}, {@code mc:region}</td></tr>
 * <tr><td>E05 date of issuing, S05 validity</td><td>{@code validFrom} = S05 start, else E05; {@code awardedDate}
 *   = E05 when S05 start is given; {@code validUntil}; VCDM 1.1 {@code issuanceDate}/{@code expirationDate} read</td>
 *   <td>{@code mc:unset} [{@code awardedDate}, {@code validFrom}] when E05 / both are absent</td></tr>
 * <tr><td>E01 learner</td><td>{@code credentialSubject.id}; {@code identifier[]} IdentityObjects (full name as
 *   {@code name}, e-mail as {@code emailAddress}, national id as {@code nationalIdentityNumber}, others
 *   {@code ext:<scheme>}), unhashed</td><td>{@code mc:fullName}, {@code mc:givenName}, {@code mc:familyName},
 *   {@code mc:dateOfBirth}, {@code mc:identifier}</td></tr>
 * <tr><td>N03 time period</td><td>{@code activityStartDate}, {@code activityEndDate} (day at 00:00Z)</td><td></td></tr>
 * <tr><td>E14 grade</td><td>{@code result[0]} ({@code value}; {@code status} Completed = passed, Failed = failed;
 *   {@code resultDescription} = scheme id) and {@code achievement.resultDescription[0]} (scheme)</td>
 *   <td>{@code mc:gradingScheme}, {@code mc:gradeDistribution} on the result</td></tr>
 * <tr><td>S07 specification</td><td>{@code achievement} ({@code id}, {@code achievementType} MicroCredential)</td><td></td></tr>
 * <tr><td>E02 title, N02 description</td><td>{@code achievement.name}, {@code description} (credential
 *   {@code name} too)</td><td>{@code mc:title}, {@code mc:description} (language maps)</td></tr>
 * <tr><td>E06 learning outcomes</td><td>{@code criteria.narrative} (the statements), {@code alignment[]}
 *   (related skills, {@code ceasn:Competency})</td><td>{@code mc:learningOutcome}</td></tr>
 * <tr><td>E07 workload</td><td>{@code creditsAvailable} = ECTS</td><td>{@code mc:notionalHours}, {@code mc:otherCredit}</td></tr>
 * <tr><td>E08 level</td><td>{@code alignment[]} to the EQF level ({@code ext:EQF})</td><td>{@code mc:eqfLevel},
 *   {@code mc:qfEheaCycle}, {@code mc:nqfLevel}, {@code mc:levelNotApplicable}</td></tr>
 * <tr><td>E09, E10, E11, E12, E13, E15, E16, N01, N04, N05, S06</td><td>none</td><td>{@code mc:assessmentType};
 *   {@code mc:mode}, {@code mc:learningSetting}, {@code mc:learningSchedule}, {@code mc:learningActivity};
 *   {@code mc:qualityAssurance}; {@code mc:entryRequirement}, {@code mc:requiredCredential}; {@code mc:supervision};
 *   {@code mc:stackability}, {@code mc:stackingTarget}; {@code mc:additionalNote}, {@code mc:furtherLink},
 *   {@code mc:supplementaryDocument}; {@code mc:provider}; {@code mc:learningResource}; {@code mc:successOutcome};
 *   {@code mc:learningOpportunityType}</td></tr>
 * <tr><td>S03 fields of education</td><td>{@code fieldOfStudy} (label of the first)</td><td>{@code mc:fieldOfEducation}</td></tr>
 * <tr><td>S04 languages</td><td>{@code inLanguage} (the first)</td><td>{@code mc:language}</td></tr>
 * <tr><td>S08 extensions</td><td colspan="2">everything else, kept with the pointer of its place (see
 *   {@link org.microcred.json.ob3.Ob3Codec})</td></tr>
 * </table>
 * A native string read without the extension gets the achievement's {@code inLanguage} as its language, else
 * {@code und}. A JSON {@code null} where a value of the model is read is an absent value (JSON-LD drops it), as in
 * the other JSON codecs; it is not kept as an extension, which would be written over the value written there.
 * ResultDescriptions of the achievement other than the grade's are kept as items after the one written for the
 * grade.
 */
package org.microcred.json.ob3;
