package dev.quarantine.core.ops;

import java.time.Instant;

/** A service request of a case: open until done, with who closed it and when. */
public record ServiceRequest(long id, String caseNumber, String name, String hotel, String room, ServiceType type,
                             String note, Instant openedAt, String openedBy, Instant doneAt, String doneBy) {

    /** True until the request is done. */
    public boolean open() {
        return doneAt == null;
    }
}
