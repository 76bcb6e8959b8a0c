package nl.hecht.directory.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import nl.hecht.identity.AccountId;

/**
 * One line of an entry's change history: who (an account, or nobody for an import), when, what happened and, for a
 * change, each field's old and new value. Written by {@link SocialMapRegister} only, never changed afterwards.
 */
@Entity
@Table(name = "directory_service_history")
public class HistoryRecord {

    @Id
    private UUID id;

    @Column(name = "service_id", nullable = false)
    private UUID serviceId;

    @Column(name = "sequence_no", nullable = false)
    private int sequenceNo;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "account_id")
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    private HistoryKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "directory_service_history_change", joinColumns = @JoinColumn(name = "history_id"))
    @OrderColumn(name = "position")
    private List<FieldChange> changes = new ArrayList<>();

    protected HistoryRecord() {
    }

    HistoryRecord(UUID serviceId, int sequenceNo, Instant occurredAt, AccountId by, HistoryKind kind,
            List<FieldChange> changes) {
        this.id = UUID.randomUUID();
        this.serviceId = serviceId;
        this.sequenceNo = sequenceNo;
        this.occurredAt = occurredAt;
        this.accountId = by == null ? null : by.value();
        this.kind = kind;
        this.changes = new ArrayList<>(changes);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public AccountId by() {
        return accountId == null ? null : new AccountId(accountId);
    }

    public HistoryKind kind() {
        return kind;
    }

    public List<FieldChange> changes() {
        return List.copyOf(changes);
    }

    /** One field of an entry that changed: its name (as in {@code ServiceDetails}) and its old and new value as text. */
    @Embeddable
    public static class FieldChange {

        @Column(name = "field", nullable = false)
        private String field;

        @Column(name = "old_value")
        private String oldValue;

        @Column(name = "new_value")
        private String newValue;

        protected FieldChange() {
        }

        FieldChange(String field, String oldValue, String newValue) {
            this.field = field;
            this.oldValue = cut(oldValue);
            this.newValue = cut(newValue);
        }

        private static String cut(String value) {
            return value == null || value.length() <= 4000 ? value : value.substring(0, 3999) + "…";
        }

        public String field() {
            return field;
        }

        public String oldValue() {
            return oldValue;
        }

        public String newValue() {
            return newValue;
        }
    }
}
