package io.qantar.actors.service;

import io.qantar.actors.graphql.ActorLimits;
import io.qantar.actors.graphql.MembershipInput;
import io.qantar.actors.graphql.OfficeInput;
import io.qantar.actors.model.ActorKind;
import io.qantar.actors.model.HeldMembership;
import io.qantar.actors.model.HeldOffice;
import io.qantar.common.error.BadUserInputException;
import io.qantar.common.graphql.Source;
import io.qantar.common.graphql.SourceInput;
import io.qantar.common.service.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the lists of an actor's input into what is stored, enforcing the rules Bean Validation
 * cannot express: references to other actors, the order of dates, and the kind an actor must have
 * to be referenced. Each failure names the offending field, e.g. {@code input.offices[1].endedOn}.
 */
@ApplicationScoped
public class ActorInputRules {

    /** What an office may belong to. */
    static final Set<ActorKind> OFFICE_OWNER_KINDS = EnumSet.of(ActorKind.STATE, ActorKind.ORGANISATION);

    @Inject
    EntityManager em;

    /** Aliases stripped of surrounding spaces, the first spelling kept when one is repeated. */
    public List<String> aliases(String field, List<String> aliases) {
        Set<String> kept = new LinkedHashSet<>();
        for (int i = 0; i < aliases.size(); i++) {
            String alias = aliases.get(i).strip();
            if (alias.isEmpty() || alias.length() > ActorLimits.ALIAS_LENGTH) {
                throw new BadUserInputException(field + "[" + i + "]",
                        field + "[" + i + "] must hold between 1 and " + ActorLimits.ALIAS_LENGTH + " characters besides spaces");
            }
            kept.add(alias);
        }
        return List.copyOf(kept);
    }

    public List<Source> sources(List<SourceInput> sources) {
        return sources.stream().map(Source::from).toList();
    }

    public List<HeldOffice> offices(String field, List<OfficeInput> offices) {
        Map<String, ActorKind> kinds = kindsOf(offices.stream().map(office -> office.organisationId).toList());
        List<HeldOffice> held = new ArrayList<>(offices.size());
        for (int i = 0; i < offices.size(); i++) {
            OfficeInput input = offices.get(i);
            String at = field + "[" + i + "]";
            if (input.organisationId != null) {
                requireKind(at + ".organisationId", input.organisationId, kinds, OFFICE_OWNER_KINDS);
            }
            if (input.startedOn != null && input.endedOn != null && input.endedOn.isBefore(input.startedOn)) {
                throw new BadUserInputException(at + ".endedOn",
                        at + ".endedOn (" + input.endedOn + ") is before startedOn (" + input.startedOn + ")");
            }
            if (Boolean.TRUE.equals(input.current) && input.endedOn != null) {
                throw new BadUserInputException(at + ".current", at + ".current cannot be true for an office that ended");
            }
            HeldOffice office = new HeldOffice();
            office.title = input.title.strip();
            office.organisationId = input.organisationId;
            office.startedOn = input.startedOn;
            office.endedOn = input.endedOn;
            office.current = input.current != null ? input.current : input.endedOn == null;
            office.note = optional(input.note);
            held.add(office);
        }
        return held;
    }

    public List<HeldMembership> memberships(String field, String memberId, List<MembershipInput> memberships) {
        Map<String, ActorKind> kinds = kindsOf(memberships.stream().map(membership -> membership.organisationId).toList());
        Set<String> seen = new HashSet<>();
        List<HeldMembership> held = new ArrayList<>(memberships.size());
        for (int i = 0; i < memberships.size(); i++) {
            MembershipInput input = memberships.get(i);
            String at = field + "[" + i + "].organisationId";
            if (Objects.equals(input.organisationId, memberId)) {
                throw new BadUserInputException(at, at + ": an actor cannot be a member of itself");
            }
            requireKind(at, input.organisationId, kinds, EnumSet.of(ActorKind.ORGANISATION));
            if (!seen.add(input.organisationId)) {
                throw new BadUserInputException(at, at + ": '" + input.organisationId + "' is listed twice");
            }
            HeldMembership membership = new HeldMembership();
            membership.organisationId = input.organisationId;
            membership.role = optional(input.role);
            membership.since = input.since;
            membership.contributedTroops = input.contributedTroops;
            membership.note = optional(input.note);
            held.add(membership);
        }
        return held;
    }

    /**
     * Refuses a change of kind that would leave other actors pointing at an actor of the wrong kind:
     * members need an organisation, offices a state or an organisation.
     */
    public void requireKindChangeKeepsReferences(String field, String actorId, ActorKind newKind) {
        if (newKind != ActorKind.ORGANISATION && referenced("memberships", actorId)) {
            throw new BadUserInputException(field, field + ": '" + actorId
                    + "' has members, so it must stay an ORGANISATION");
        }
        if (!OFFICE_OWNER_KINDS.contains(newKind) && referenced("offices", actorId)) {
            throw new BadUserInputException(field, field + ": offices belong to '" + actorId
                    + "', so it must stay a STATE or an ORGANISATION");
        }
    }

    private boolean referenced(String collection, String actorId) {
        return em.createQuery("select count(a) from ActorEntity a join a." + collection + " entry"
                        + " where entry.organisationId = :id", Long.class)
                .setParameter("id", actorId)
                .getSingleResult() > 0;
    }

    private Map<String, ActorKind> kindsOf(List<String> ids) {
        List<String> valid = ids.stream().filter(Ids::isValid).distinct().toList();
        Map<String, ActorKind> kinds = new HashMap<>();
        if (!valid.isEmpty()) {
            em.createQuery("select a.id, a.kind from ActorEntity a where a.id in :ids", Object[].class)
                    .setParameter("ids", valid)
                    .getResultList()
                    .forEach(row -> kinds.put((String) row[0], (ActorKind) row[1]));
        }
        return kinds;
    }

    private static void requireKind(String field, String id, Map<String, ActorKind> kinds, Set<ActorKind> allowed) {
        Ids.require(field, id);
        ActorKind kind = kinds.get(id);
        if (kind == null) {
            throw new BadUserInputException(field, field + ": actor '" + id + "' does not exist");
        }
        if (!allowed.contains(kind)) {
            String expected = allowed.stream().map(Enum::name).collect(Collectors.joining(" or "));
            throw new BadUserInputException(field, field + ": actor '" + id + "' is a " + kind + ", expected " + expected);
        }
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
