package io.qantar.actors.model;

import io.qantar.common.graphql.Source;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person, state, organisation or group that takes part in the story. Aliases, sources, offices
 * and memberships belong to the actor: they are replaced together with it and count towards its
 * version, so a concurrent edit of any of them is detected.
 */
@Entity
@Table(name = "actor")
public class ActorEntity extends PanacheEntityBase {

    @Id
    @Column(name = "id", length = 100)
    public String id;

    /** Stored as text in both databases rather than as a vendor enum type. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 20)
    public ActorKind kind;

    @Column(name = "name", nullable = false, length = 200)
    public String name;

    @Column(name = "description", nullable = false, length = 4000)
    public String description;

    @Column(name = "country", length = 2)
    public String country;

    @ElementCollection
    @CollectionTable(name = "actor_alias", joinColumns = @JoinColumn(name = "actor_id"))
    @OrderColumn(name = "list_position")
    @Column(name = "alias_name", nullable = false, length = 200)
    public List<String> aliases = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "actor_source", joinColumns = @JoinColumn(name = "actor_id"))
    @OrderColumn(name = "list_position")
    public List<Source> sources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "actor_office", joinColumns = @JoinColumn(name = "actor_id"))
    @OrderColumn(name = "list_position")
    public List<HeldOffice> offices = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "actor_membership", joinColumns = @JoinColumn(name = "actor_id"))
    @OrderColumn(name = "list_position")
    public List<HeldMembership> memberships = new ArrayList<>();

    @Column(name = "retired", nullable = false)
    public boolean retired;

    /** Null until the actor is first stored, which tells Hibernate that it is new. */
    @Version
    @Column(name = "version", nullable = false)
    public Long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    void stampCreation() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = Instant.now();
    }
}
