package dev.quarantine.core.result;

import dev.quarantine.core.Message;

import java.util.List;

/**
 * A correction of a case ({@code amend}): the case before and after, every field that changed (typed and recomputed)
 * with its values, the reason, and what staff should do about it (a door tag to change, a case now due).
 */
public record Amendment(CaseView before, CaseView after, List<FieldChange> changes, String reason,
                        List<Message> notes) {

    /** Copies the lists: an amendment does not change. */
    public Amendment {
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
    }
}
